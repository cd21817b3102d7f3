/// Converts between the catalogue's web addresses (`boblberg.dk`, no scheme) and absolute URLs.
enum WebAddress {
    /// An absolute URL: `https://` is added when the address has no scheme.
    /// Formats that require a URI (HSDS `url`/`website`) get this form.
    static func absolute(_ web: String) -> String {
        web.contains("://") ? web : "https://" + web
    }

    /// The catalogue's form: a leading `https://` is dropped (the catalogue writes addresses without it).
    static func catalogueForm(_ url: String) -> String {
        url.hasPrefix("https://") ? String(url.dropFirst("https://".count)) : url
    }
}
