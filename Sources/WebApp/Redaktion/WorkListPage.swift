import Directory
import Foundation
import Hummingbird

/// `/redaktion`: an editor's work list; for an administrator the whole municipality's round,
/// with each centre's list at `/redaktion/center/<id>` (`-` for offers without a centre).
/// Also closing an error report (`/redaktion/fejlmelding/<n>/luk`) and, for an administrator,
/// the sundhed.dk package (`/redaktion/sundhed-dk`).
struct WorkListPage: Sendable {
    let service: EditorialService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("") { _, context in
            let editor = context.editor
            if let centre = editor.centre {
                return try await list(centre: centre, context: context)
            }
            let round = try await EditorialPage.run { () async throws(DirectoryError) in try await service.roundOverview(for: editor) }
            return EditorialPage.page(title: "Redaktionen", main: RoundView(round: round, csrf: context.tokenField).html, context: context)
        }
        group.get("center/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            return try await list(centre: id == "-" ? "" : id, context: context)
        }
        group.post("fejlmelding/:id/luk") { request, context in
            let fields = try await context.form(request)
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else {
                throw WebError.notFound("Fejlmeldingen findes ikke.")
            }
            let note = fields.value("note") ?? ""
            let editor = context.editor
            let closed = try await EditorialPage.run { () async throws(DirectoryError) in
                try await service.closeReport(id: id, note: note, by: editor)
            }
            return EditorialPage.redirect(to: "/redaktion/tilbud/\(closed.offerID)#fejlmeldinger")
        }
        group.post("sundhed-dk") { request, context in
            _ = try await context.form(request)
            let editor = context.editor
            let package = try await EditorialPage.run { () async throws(DirectoryError) in try await service.sundhedDKPackage(by: editor) }
            return Response(status: .ok, headers: [
                .contentType: "application/zip",
                .contentDisposition: "attachment; filename=\"\(package.fileName)\"",
                .contentLength: String(package.archive.count),
                .cacheControl: "no-store",
            ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: package.archive)))
        }
    }

    private func list(centre: String, context: SignedInContext) async throws -> Response {
        let editor = context.editor
        let list = try await EditorialPage.run { () async throws(DirectoryError) in try await service.workList(centre: centre, for: editor) }
        return EditorialPage.page(title: "Arbejdsliste", main: WorkListView(list: list, csrf: context.tokenField).html, context: context)
    }
}
