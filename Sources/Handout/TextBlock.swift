import CPangoCairo

/// A piece of text in one style; several make up a `TextBlock`.
struct TextRun: Sendable, Hashable {
    var text: String
    var bold = false
    var italic = false
    var colour: Colour?
    /// Size relative to the block's font size.
    var scale = 1.0

    init(_ text: String, bold: Bool = false, italic: Bool = false, colour: Colour? = nil, scale: Double = 1.0) {
        // Catalogue text is set as plain text (never markup), so `<` and `&` are just characters;
        // control characters other than line breaks and tabs are dropped so they cannot upset the layout.
        self.text = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0 == "\n" || $0 == "\t" || !($0.properties.generalCategory == .control)
        }))
        self.bold = bold
        self.italic = italic
        self.colour = colour
        self.scale = scale
    }
}

/// How a `TextBlock` is set: font size, width, spacing and an optional label column.
struct TextStyle: Sendable, Hashable {
    var size: Double
    var lineSpacing = 1.0
    /// A tab stop at this distance and a hanging indent to it, for "Label:<tab>value" lines.
    var labelColumn: Double?
    /// Lines after the first of each paragraph start this far in (ignored with `labelColumn`).
    var hangingIndent: Double?
    /// Longer text is cut with "…" after this many lines.
    var maxLines: Int?
    var alignment = Alignment.left

    enum Alignment: Sendable, Hashable { case left, centre, right }
}

/// Text laid out by Pango at a fixed width: real line breaking, measured before it is placed.
///
/// The text is plain text with attributes, never Pango markup, so catalogue text is printed as written.
final class TextBlock {
    let layout: OpaquePointer
    let width: Double
    /// The laid-out height in points, line spacing included.
    let height: Double
    /// Distance from the top to the first line's baseline, in points.
    let baseline: Double

    init(_ runs: [TextRun], style: TextStyle, width: Double, in document: PDFDocument) throws(HandoutError) {
        guard let layout = pango_layout_new(document.pango) else { throw .pango(step: "ny tekstblok") }
        self.layout = layout
        self.width = width
        let text = runs.map(\.text).joined()
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        let font = pango_font_description_new()
        pango_font_description_set_family(font, PDFDocument.fontFamily)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_width(layout, Self.units(width))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if style.lineSpacing != 1 { pango_layout_set_line_spacing(layout, Float(style.lineSpacing)) }
        switch style.alignment {
        case .left: break
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if let column = style.labelColumn {
            let tabs = pango_tab_array_new(1, 0)
            pango_tab_array_set_tab(tabs, 0, PANGO_TAB_LEFT, Self.units(column))
            pango_layout_set_tabs(layout, tabs)
            pango_tab_array_free(tabs)
            pango_layout_set_indent(layout, -Self.units(column))
        } else if let hangingIndent = style.hangingIndent {
            pango_layout_set_indent(layout, -Self.units(hangingIndent))
        }
        if let maxLines = style.maxLines {
            pango_layout_set_height(layout, -Int32(maxLines))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        Self.apply(runs, size: style.size, to: layout)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        height = Double(logical.height) / Double(PANGO_SCALE)
        baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// The width of the widest line, in points.
    var usedWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// Turns each run's style into attributes over its UTF-8 byte range.
    private static func apply(_ runs: [TextRun], size: Double, to layout: OpaquePointer) {
        let list = pango_attr_list_new()
        var start = 0
        for run in runs {
            let end = start + run.text.utf8.count
            func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?) {
                guard let attribute else { return }
                attribute.pointee.start_index = UInt32(start)
                attribute.pointee.end_index = UInt32(end)
                pango_attr_list_insert(list, attribute)
            }
            if run.bold { add(pango_attr_weight_new(PANGO_WEIGHT_BOLD)) }
            if run.italic { add(pango_attr_style_new(PANGO_STYLE_ITALIC)) }
            if run.scale != 1 { add(pango_attr_size_new_absolute(units(size * run.scale))) }
            if let colour = run.colour {
                add(pango_attr_foreground_new(channel(colour.red), channel(colour.green), channel(colour.blue)))
            }
            start = end
        }
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }

    private static func units(_ points: Double) -> Int32 { Int32((points * Double(PANGO_SCALE)).rounded()) }
    private static func channel(_ value: Double) -> UInt16 { UInt16((min(max(value, 0), 1) * 65535).rounded()) }
}
