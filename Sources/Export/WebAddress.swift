import OfferModel

/// Converts between the catalogue's web addresses (`boblberg.dk`, no scheme) and absolute URLs.
enum WebAddress {
    /// An absolute URL: `https://` is added when the address has no scheme; nil for anything
    /// that is not an http(s) address (`javascript:` ...), which no export may carry.
    /// Formats that require a URI (HSDS `url`/`website`) get this form.
    static func absolute(_ web: String) -> String? {
        ContactInput.absoluteWeb(web)
    }

    /// The address as the catalogue writes it, if it is an http(s) address, else "".
    static func checked(_ web: String) -> String {
        ContactInput.web(web).value ?? ""
    }

    /// The catalogue's form: a leading `https://` is dropped (the catalogue writes addresses without it).
    static func catalogueForm(_ url: String) -> String {
        url.hasPrefix("https://") ? String(url.dropFirst("https://".count)) : url
    }
}
