import Directory

/// The markup of an info screen showing one of its offers: the screen page (`ScreenPage`) and
/// Redaktionen's preview (`ScreenEditorPage`) draw the same.
///
/// On the live screen the parts carry the ids `skaerm.js` fills in when it moves on (`s-navn`,
/// `s-kort` ...), and the frame is the page's banner, main and footer; a preview shows several
/// screens inside Redaktionen's own main, so there they are plain, id-less blocks.
struct ScreenView {
    var show: ScreenShow
    var contents: [ScreenSlideContent]
    /// Which offer is shown (counted from 0; wraps around).
    var position: Int
    var live: Bool

    /// The frame's attributes (the script's `data-` settings) on the live page.
    var attributes: HTML = ""

    var html: HTML {
        let slide = contents.isEmpty ? nil : contents[position % contents.count]
        let screen = show.screen
        let (top, middle, bottom): (HTML, HTML, HTML) = live ? ("header", "main", "footer") : ("div", "div", "div")
        let counter = slide.map { _ in "\(position % contents.count + 1) af \(contents.count)" } ?? ""
        return """
        <div class="skaerm\(live ? "" : " skaerm-miniature")"\(id("skaerm"))\(attributes)>
        <\(top) class="skaerm-top"><p class="skaerm-tema"\(id("s-tema"))>\(screen.theme.isEmpty ? screen.title : screen.theme)</p>\
        <p class="skaerm-afsender">\(show.municipality.name)</p></\(top)>
        <\(middle) class="skaerm-indhold"\(id("s-indhold"))\(HTML.when(slide != nil, " data-id=\"\(slide?.id ?? "")\""))>
        <div class="skaerm-tekst">
        <\(live ? "h1" : "p") class="skaerm-navn"\(id("s-navn"))>\(slide?.name ?? screen.title)</\(live ? "h1" : "p")>
        <p class="skaerm-kort"\(id("s-kort"))>\(slide?.summary ?? "Der er ingen tilbud at vise på skærmen lige nu.")</p>
        <dl class="skaerm-fakta">
        \(row("s-for", "For hvem", slide?.audience ?? ""))
        \(row("s-adgang", "Sådan kommer du med", slide?.access ?? ""))
        \(row("s-tid", slide?.whenLabel ?? "Hvornår", slide?.when ?? ""))
        \(row("s-kontakt", "Kontakt", slide?.contact ?? ""))
        </dl>
        </div>
        \(qr(slide))
        </\(middle)>
        <\(bottom) class="skaerm-bund"><p\(id("s-nr"))>\(counter)</p><p>\(show.municipality.web)</p></\(bottom)>
        </div>
        """
    }

    /// A label and its text; hidden while the text is empty, so a missing fact shows as nothing.
    private func row(_ name: String, _ label: String, _ text: String) -> HTML {
        "<div class=\"skaerm-raekke\"\(id(name))\(HTML.when(text.isEmpty, " hidden"))><dt\(id(name + "-overskrift"))>\(label)</dt><dd\(id(name + "-tekst"))>\(text)</dd></div>"
    }

    private func qr(_ slide: ScreenSlideContent?) -> HTML {
        let picture = slide?.qr
        let svg: HTML = """
        <svg class="qr" viewBox="0 0 \(picture?.side ?? 1) \(picture?.side ?? 1)" role="img"\(id("s-qr-billede")) \
        aria-label="QR-kode til tilbuddets side" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/>\
        <path\(id("s-qr-sti")) d="\(picture?.path ?? "")" fill="#000"/></svg>
        """
        return """
        <figure class="skaerm-qr"\(id("s-qr"))\(HTML.when(picture == nil, " hidden"))>\(svg)\
        <figcaption>Scan koden med mobilens kamera og læs mere<span class="skaerm-adresse"\(id("s-adresse"))>\(slide?.shownAddress ?? "")</span></figcaption></figure>
        """
    }

    private func id(_ name: String) -> HTML {
        live ? " id=\"\(name)\"" : ""
    }
}
