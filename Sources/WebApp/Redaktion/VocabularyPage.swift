import Directory
import Hummingbird

/// `/redaktion/filer/<navn>`: an administrator edits `behov.yaml`, `centre.yaml` or
/// `synonymer.yaml` as text; saving checks the whole catalogue with the new text first.
struct VocabularyPage: Sendable {
    let service: EditorialService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("filer/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            let editor = context.editor
            let file = try await EditorialPage.run { () async throws(DirectoryError) in try await service.editableFile(name, by: editor) }
            return page(name: name, text: file.text, version: file.version, context: context)
        }
        group.post("filer/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            let fields = try await context.form(request)
            let text = fields.raw("tekst") ?? ""
            let version = fields.value("version") ?? ""
            let editor = context.editor
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in
                try await service.saveFile(name, text: text, baseVersion: version, by: editor)
            }
            switch outcome {
            case let .saved(newVersion, notes):
                let lines: [HTML] = ["<p>Gemt.</p>"] + notes.map { "<p>\($0)</p>" }
                return page(name: name, text: text, version: newVersion, context: context,
                            banner: "<div class=\"besked ok\" role=\"status\">\(HTML.join(lines))</div>")
            case let .invalid(findings):
                let items: [HTML] = findings.map { "<li>\($0.description)</li>" }
                return page(name: name, text: text, version: version, context: context, status: .unprocessableContent, banner: """
                <div class="fejlliste" role="alert"><h2>Filen er ikke gemt</h2><p>Med den nye tekst ville kataloget have fejl:</p><ul>\(HTML.join(items))</ul></div>
                """)
            case let .conflict(conflict):
                var main = ConflictView(conflict: conflict, name: name).html
                main += "<p><a href=\"/redaktion/filer/\(name)\">Åbn filen igen</a></p>"
                return EditorialPage.page(title: "Konflikt", main: main, context: context, status: .conflict)
            }
        }
    }

    private func page(name: String, text: String, version: String, context: SignedInContext,
                      status: HTTPResponse.Status = .ok, banner: HTML = "") -> Response {
        let main: HTML = """
        <h1>\(name)</h1>
        <p>Filen er fælles for hele kataloget; se <code>catalog/README.md</code> for formatet. Når du gemmer, kontrolleres hele \
        kataloget med den nye tekst, og intet gemmes, hvis det giver fejl.</p>
        \(banner)
        <form method="post" action="/redaktion/filer/\(name)">\(context.tokenField)
        <input type="hidden" name="version" value="\(version)">
        <div class="felt"><label for="tekst">Filens tekst (YAML)</label>
        <textarea id="tekst" name="tekst" rows="30" class="kode" spellcheck="false">\(text)</textarea></div>
        <p class="knapper"><button type="submit">Gem filen</button></p>
        </form>
        """
        return EditorialPage.page(title: name, main: main, context: context, status: status)
    }
}
