import Directory
import Hummingbird
import OfferModel

/// `/redaktion/skaerme` (the info screens, each previewed) and `/redaktion/skaerme/<id>` (one
/// screen's form; `ny` for a new one): an administrator chooses which offers a screen shows, in
/// which order and for how long, and sees the screen before saving.
///
/// "Vis forhåndsvisning" draws the screen as sent without saving; "Gem skærmen" saves it with
/// `EditorialService.saveScreen`, the path every shared file takes.
struct ScreenEditorPage: Sendable {
    let service: EditorialService
    /// As `ScreenPage`: where the QR codes of the preview point.
    let publicAddress: String?

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("skaerme") { request, context in try await list(request, context: context) }
        group.get("skaerme/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let editor = context.editor
            let file = try await EditorialPage.run { () async throws(DirectoryError) in try await service.editableScreens(by: editor) }
            let catalog = try await published()
            guard id != "ny" else {
                let screen = Screen(id: "", title: "")
                return form(ScreenForm(screen: screen, id: nil, version: file.version, catalog: catalog, csrf: context.tokenField,
                                       base: base(request)), context: context)
            }
            guard let screen = file.screens.first(where: { $0.id == id }) else {
                throw WebError.notFound("Der er ingen infoskærm med id '\(id)' i \(EditorialService.screensFile).")
            }
            let preview = try await show(screen)
            return form(ScreenForm(screen: screen, id: id, version: file.version, catalog: catalog, csrf: context.tokenField,
                                   preview: preview, base: base(request)), context: context)
        }
        group.post("skaerme/:id") { request, context in
            let given = context.parameters.get("id") ?? ""
            let id: String? = given == "ny" ? nil : given
            let fields = try await context.form(request)
            let catalog = try await published()
            let (screen, problems) = ScreenForm.screen(from: fields, id: id, offers: catalog.offers)
            let version = fields.value("version") ?? ""
            var page = ScreenForm(screen: screen, id: id, version: version, catalog: catalog, csrf: context.tokenField,
                                  problems: problems, base: base(request))
            guard problems.isEmpty, fields.value("handling") == "gem" else {
                page.preview = try await show(screen)
                return form(page, context: context, status: problems.isEmpty ? .ok : .unprocessableContent)
            }
            let editor = context.editor
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in
                try await service.saveScreen(screen, replacing: id, baseVersion: version, by: editor)
            }
            switch outcome {
            case let .saved(newVersion, notes):
                let file = try await EditorialPage.run { () async throws(DirectoryError) in try await service.editableScreens(by: editor) }
                let saved = file.screens.first { $0.id == id } ?? file.screens.last ?? screen
                page = ScreenForm(screen: saved, id: saved.id, version: newVersion, catalog: catalog, csrf: context.tokenField,
                                  preview: try await show(saved), base: base(request))
                let lines: [HTML] = ["<p>Gemt. Skærmen viser ændringen inden for et minut.</p>"] + notes.map { "<p>\($0)</p>" }
                return form(page, context: context, banner: "<div class=\"besked ok\" role=\"status\">\(HTML.join(lines))</div>")
            case let .invalid(findings):
                page.problems = findings.map(\.description)
                page.preview = try await show(screen)
                return form(page, context: context, status: .unprocessableContent)
            case let .conflict(conflict):
                var main = ConflictView(conflict: conflict, name: EditorialService.screensFile).html
                main += "<p><a href=\"/redaktion/skaerme/\(given)\">Åbn skærmen igen</a></p>"
                return EditorialPage.page(title: "Konflikt", main: main, context: context, status: .conflict)
            }
        }
    }

    /// Every screen with its first offer as it shows now, and a link to each form.
    private func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let editor = context.editor
        let file = try await EditorialPage.run { () async throws(DirectoryError) in try await service.editableScreens(by: editor) }
        var items: [HTML] = []
        for screen in file.screens {
            let show = try await show(screen)
            let contents = ScreenPage.contents(show, base: base(request))
            let view = ScreenView(show: show, contents: contents, position: 0, live: false)
            items.append("""
            <li><h2><a href="/redaktion/skaerme/\(screen.id)">\(screen.title)</a></h2>\
            <p>\(contents.count == 1 ? "1 tilbud" : "\(contents.count) tilbud"), \(screen.seconds) sekunder hver. \
            Vises på <a href="/skaerm/\(screen.id)">/skaerm/\(screen.id)</a>.</p><div class="skaerm-ramme">\(view.html)</div></li>
            """)
        }
        let problems: [HTML] = file.findings.map { "<li>\($0.description)</li>" }
        let main: HTML = """
        <link rel="stylesheet" href="/static/skaerm.css">
        <h1>Infoskærme</h1>
        <p>Skærmene i Borgerservice, på Ishøj Lægecenter og i kantinen viser tilbuddene på skift med en QR-kode til tilbuddets side. \
        De følger kataloget af sig selv: et ændret tilbud ses inden for et minut, og tilbud på pause eller ophørte tilbud vises ikke.</p>
        \(HTML.when(!problems.isEmpty, "<div class=\"fejlliste\" role=\"alert\"><p>\(EditorialService.screensFile) kan ikke læses:</p><ul>\(HTML.join(problems))</ul></div>"))
        <p><a href="/redaktion/skaerme/ny">Opret en ny infoskærm</a> · <a href="/redaktion/filer/\(EditorialService.screensFile)">Ret \(EditorialService.screensFile) som tekst</a></p>
        \(items.isEmpty ? "<p>Der er ingen infoskærme endnu.</p>" as HTML : "<ul class=\"skaerm-liste\">\(HTML.join(items))</ul>")
        """
        return EditorialPage.page(title: "Infoskærme", main: main, context: context)
    }

    private func form(_ form: ScreenForm, context: SignedInContext, status: HTTPResponse.Status = .ok, banner: HTML = "") -> Response {
        EditorialPage.page(title: form.id == nil ? "Ny infoskærm" : "Infoskærm: \(form.screen.title)", main: banner + form.html,
                           context: context, status: status)
    }

    private func published() async throws -> PublishedCatalog {
        try await EditorialPage.run { () async throws(DirectoryError) in try await service.directory.published() }
    }

    private func show(_ screen: Screen) async throws -> ScreenShow {
        try await EditorialPage.run { () async throws(DirectoryError) in try await service.directory.screenShow(for: screen) }
    }

    private func base(_ request: Request) -> String {
        ScreenPage.base(request, publicAddress: publicAddress)
    }
}
