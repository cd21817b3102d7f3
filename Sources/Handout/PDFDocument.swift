import CPangoCairo
import Foundation

/// An RGB colour with components from 0 to 1.
struct Colour: Sendable, Hashable {
    var red: Double, green: Double, blue: Double

    static let text = Colour(red: 0.10, green: 0.10, blue: 0.12)
    static let muted = Colour(red: 0.36, green: 0.38, blue: 0.42)
    static let accent = Colour(red: 0.05, green: 0.30, blue: 0.45)
    static let rule = Colour(red: 0.78, green: 0.80, blue: 0.83)
    static let tint = Colour(red: 0.93, green: 0.95, blue: 0.97)
}

/// The size of a page in PDF points (1/72 inch).
struct PageSize: Sendable, Hashable {
    var width: Double, height: Double

    /// ISO A4, 210 x 297 mm.
    static let a4 = PageSize(width: 595.276, height: 841.89)
}

/// The one door to Cairo and Pango: a PDF surface written to memory, its drawing context and the
/// Pango context every `TextBlock` is laid out in.
///
/// Not `Sendable`: one handout is made on one thread from start to end. Every Cairo call that can fail
/// is followed by `check`, which turns Cairo's status into a `HandoutError`.
final class PDFDocument {
    let size: PageSize
    /// The family every text is set in; checked at start so Pango cannot silently swap it.
    static let fontFamily = "DejaVu Sans"

    private let sink: Unmanaged<ByteSink>
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The Pango context `TextBlock`s are created in.
    let pango: OpaquePointer

    /// Opens an empty PDF with document title `title`.
    init(title: String, size: PageSize = .a4) throws(HandoutError) {
        self.size = size
        sink = Unmanaged.passRetained(ByteSink())
        surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, sink.toOpaque(), size.width, size.height)
        cairo = cairo_create(surface)
        // Our own font map: Pango's default one is per thread, and tests make handouts on many threads.
        fontMap = pango_cairo_font_map_new()
        pango = pango_font_map_create_context(fontMap)
        try check(cairo_surface_status(surface), "PDF-fladen")
        try check(cairo_status(cairo), "tegneflade")
        configureText()
        title.withCString { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, $0) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Tilbudsguide")
        try checkFont()
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        g_object_unref(fontMap)
        cairo_destroy(cairo)
        // Destroying an unfinished surface still writes to the sink, so the sink goes last.
        cairo_surface_destroy(surface)
        sink.release()
    }

    /// Draws a laid-out text with its top-left corner at (`x`, `y`).
    func draw(_ text: TextBlock, x: Double, y: Double, colour: Colour = .text) {
        setColour(colour)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, text.layout)
    }

    /// Fills a rectangle.
    func fill(x: Double, y: Double, width: Double, height: Double, colour: Colour) {
        setColour(colour)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
    }

    /// Draws a straight line.
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double, colour: Colour) {
        setColour(colour)
        cairo_set_line_width(cairo, width)
        cairo_move_to(cairo, start.x, start.y)
        cairo_line_to(cairo, end.x, end.y)
        cairo_stroke(cairo)
    }

    /// Ends the current page and starts a new, empty one.
    func newPage() throws(HandoutError) {
        cairo_show_page(cairo)
        try check(cairo_status(cairo), "sideskift")
    }

    /// Ends the last page, writes the PDF and returns its bytes. Call once.
    func finish() throws(HandoutError) -> Data {
        cairo_show_page(cairo)
        try check(cairo_status(cairo), "sidste side")
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "afslutning af PDF")
        return sink.takeUnretainedValue().data
    }

    private func setColour(_ colour: Colour) {
        cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue)
    }

    /// Points as units, and unhinted metrics so a measured height is the printed height.
    private func configureText() {
        pango_cairo_update_context(cairo, pango)
        pango_cairo_context_set_resolution(pango, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pango, options)
        cairo_font_options_destroy(options)
    }

    private func checkFont() throws(HandoutError) {
        let wanted = pango_font_description_new()
        defer { pango_font_description_free(wanted) }
        pango_font_description_set_family(wanted, Self.fontFamily)
        pango_font_description_set_absolute_size(wanted, Double(10 * PANGO_SCALE))
        guard let font = pango_font_map_load_font(fontMap, pango, wanted) else { throw .pango(step: "indlæsning af skrifttype") }
        defer { g_object_unref(font) }
        let found = pango_font_describe(font)
        defer { pango_font_description_free(found) }
        let family = pango_font_description_get_family(found).map { String(cString: $0) } ?? "ukendt"
        guard family.lowercased() == Self.fontFamily.lowercased() else {
            throw .fontMissing(family: Self.fontFamily, substitute: family)
        }
    }

    private func check(_ status: cairo_status_t, _ step: String) throws(HandoutError) {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(step: step, message: String(cString: cairo_status_to_string(status)))
        }
    }
}

/// Collects the bytes Cairo writes.
private final class ByteSink {
    var data = Data()
}
