extension HTML {
    /// Text someone typed (a name, a report, a note), escaped and isolated in `<bdi>`, so a
    /// right-to-left name cannot reorder the words around it.
    static func isolated(_ text: String) -> HTML {
        "<bdi>\(text)</bdi>"
    }
}
