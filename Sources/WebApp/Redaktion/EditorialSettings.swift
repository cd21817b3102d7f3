import Accounts
import Hummingbird

/// How Redaktionen (`/redaktion`, and the anonymous forms such as "Meld fejl") is run: plain
/// values, so `tilbud serve`'s options and a configuration file can both fill them in.
public struct EditorialSettings: Sendable {
    /// The git-ignored folder with the accounts, the sessions and the form key (`StateFolder`).
    public var stateFolder: String
    /// The site is reached only over HTTPS (a proxy in front): cookies get `Secure`.
    public var https: Bool
    /// A session ends after this long without a request.
    public var idleTimeout: Duration
    /// A session ends this long after login however busy it is.
    public var maximumSessionLength: Duration
    /// Single sign-on: a header with the user name that a reverse proxy in front sets after its
    /// own login (e.g. `X-Remote-User`). Nil (the default): no header is trusted, whatever a request
    /// carries. Set only when the server can be reached through that proxy alone, which must
    /// remove the header from what clients send.
    public var trustedUserHeader: String?
    /// Behind a proxy: the header holding the client's address (`X-Forwarded-For`, `X-Real-IP`;
    /// its last entry is used), for the per-address limits. Nil: the connection's address.
    public var clientAddressHeader: String?
    public var loginThrottle: LoginThrottle.Policy
    /// What one address may send through an anonymous form ("Meld fejl") per window.
    public var reportsPerAddress: Int
    public var reportWindow: Duration
    /// The largest form body accepted on the editorial routes.
    public var maximumFormBytes: Int

    public init(stateFolder: String = StateFolder.defaultPath, https: Bool = false,
                idleTimeout: Duration = .seconds(30 * 60), maximumSessionLength: Duration = .seconds(12 * 60 * 60),
                trustedUserHeader: String? = nil, clientAddressHeader: String? = nil,
                loginThrottle: LoginThrottle.Policy = .standard, reportsPerAddress: Int = 30,
                reportWindow: Duration = .seconds(60 * 60), maximumFormBytes: Int = 64 * 1024) {
        self.stateFolder = stateFolder
        self.https = https
        self.idleTimeout = idleTimeout
        self.maximumSessionLength = maximumSessionLength
        self.trustedUserHeader = trustedUserHeader
        self.clientAddressHeader = clientAddressHeader
        self.loginThrottle = loginThrottle
        self.reportsPerAddress = reportsPerAddress
        self.reportWindow = reportWindow
        self.maximumFormBytes = maximumFormBytes
    }

    /// What is wrong with these settings, in Danish; empty when they can be used.
    public var problems: [String] {
        var problems: [String] = []
        for (option, header) in [("SSO-headeren", trustedUserHeader), ("klientadresse-headeren", clientAddressHeader)] {
            if let header, HTTPFields.Element.Name(header) == nil { problems.append("\(option) '\(header)' er ikke et gyldigt navn på en HTTP-header.") }
        }
        if idleTimeout < .seconds(1) { problems.append("Sessionens tidsgrænse skal være mindst ét sekund.") }
        if maximumFormBytes < 1024 { problems.append("Formularer skal mindst kunne fylde 1024 bytes.") }
        if reportsPerAddress < 1 { problems.append("Der skal kunne sendes mindst én fejlmelding.") }
        return problems
    }
}
