import Directory
import Hummingbird
import OfferModel

/// `/redaktion/tilbud/<id>` (the form, its audit log and error reports; POST saves),
/// `/redaktion/tilbud/<id>/verificer` ("Oplysningerne er stadig korrekte") and `/redaktion/nyt`.
///
/// The face only renders forms and maps outcomes to pages: the save itself is
/// `EditorialService.save`, the one path every change takes.
struct OfferEditorPage: Sendable {
    let service: EditorialService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("tilbud/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let note: HTML = request.uri.queryParameters.get("oprettet") != nil ? "<p class=\"besked ok\" role=\"status\">Tilbuddet er oprettet og kan findes i søgningen.</p>" : ""
            return try await edit(id: id, context: context, banner: note)
        }
        group.post("tilbud/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let fields = try await context.form(request)
            let edit = OfferEdit(id: id, texts: fields.offerTexts, baseVersion: fields.value("version") ?? "")
            let editor = context.editor
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in try await service.save(edit, by: editor) }
            return try await answer(outcome, id: id, context: context)
        }
        group.post("tilbud/:id/verificer") { request, context in
            let id = context.parameters.get("id") ?? ""
            let fields = try await context.form(request)
            let version = fields.value("version") ?? ""
            let editor = context.editor
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in
                try await service.verify(id: id, baseVersion: version, by: editor)
            }
            if case .saved = outcome, fields.value("tilbage") != "tilbud" { return EditorialPage.redirect(to: "/redaktion#opgave-\(id)") }
            return try await answer(outcome, id: id, context: context, refusal: "Tilbuddet er ikke bekræftet")
        }
        group.post("tilbud/:id/overdrag") { request, context in
            let id = context.parameters.get("id") ?? ""
            let fields = try await context.form(request)
            try context.requireAdministrator()
            let centre = fields.value("center") ?? "", version = fields.value("version") ?? ""
            let editor = context.editor
            let recipients = (try? await context.access.mailRecipients()) ?? []
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in
                try await service.handOver(id: id, to: centre, baseVersion: version, by: editor, recipients: recipients)
            }
            return try await answer(outcome, id: id, context: context)
        }
        group.get("nyt") { request, context in
            let asked: String = request.uri.queryParameters.get("center").map { String($0) } ?? ""
            let centre = context.account.centre ?? asked
            return try await newOffer(values: ["status": OfferStatus.active.rawValue, "center": centre], findings: [], context: context)
        }
        group.post("nyt") { request, context in
            let fields = try await context.form(request)
            let edit = OfferEdit(id: nil, texts: fields.offerTexts, baseVersion: "ny")
            let editor = context.editor
            let outcome = try await EditorialPage.run { () async throws(DirectoryError) in try await service.save(edit, by: editor) }
            switch outcome {
            case let .saved(saved): return EditorialPage.redirect(to: "/redaktion/tilbud/\(saved.id)?oprettet=1")
            case let .invalid(offer, findings):
                return try await newOffer(values: OfferFields.values(of: offer), findings: findings, context: context, status: .unprocessableContent)
            case let .conflict(conflict):
                return EditorialPage.page(title: "Konflikt", main: ConflictView(conflict: conflict, name: conflict.id).html,
                                          context: context, status: .conflict)
            }
        }
    }

    /// The page after a save or verification.
    private func answer(_ outcome: SaveOutcome, id: String, context: SignedInContext,
                        refusal: String = "Tilbuddet er ikke gemt") async throws -> Response {
        switch outcome {
        case let .saved(saved):
            var lines: [HTML] = [saved.changes.isEmpty ? "Intet var ændret." : "Gemt. Ændringen kan ses i søgningen nu."]
            lines += saved.notes.map { "\($0)" }
            let banner: HTML = "<div class=\"besked ok\" role=\"status\">\(HTML.join(lines.map { "<p>\($0)</p>" }))</div>"
            // Each remaining warning beside its field; when it was last confirmed is told above the form.
            let warnings = saved.warnings.filter { $0.field != "sidst_verificeret" }
            return try await edit(id: id, context: context, findings: warnings, banner: banner)
        case let .invalid(offer, findings):
            return try await edit(id: id, context: context, values: OfferFields.values(of: offer), findings: findings,
                                  status: .unprocessableContent, refusal: refusal)
        case let .conflict(conflict):
            let name = (try? await EditorialPage.run { () async throws(DirectoryError) in try await service.editableOffer(id: id).offer.name }) ?? id
            return EditorialPage.page(title: "Konflikt", main: ConflictView(conflict: conflict, name: name).html, context: context,
                                      status: .conflict)
        }
    }

    /// The form for an existing offer: from the file, or with what the editor sent and its problems.
    private func edit(id: String, context: SignedInContext, values: [String: String]? = nil, findings: [FieldFinding] = [],
                      banner: HTML = "", status: HTTPResponse.Status = .ok, refusal: String = "Tilbuddet er ikke gemt") async throws -> Response {
        let (editable, trail, reports, vocabulary) = try await EditorialPage.run { () async throws(DirectoryError) in
            (try await service.editableOffer(id: id), try await service.auditTrail(subject: id), try await service.reports(offerID: id),
             try await service.directory.vocabulary())
        }
        try context.requireMayEdit(centre: editable.offer.centre)
        let offer = editable.offer
        let form = OfferForm(values: values ?? OfferFields.values(of: offer), findings: findings, needs: vocabulary.needs,
                             centres: vocabulary.centres, fixedCentre: context.account.centre ?? (offer.centre.isEmpty ? nil : offer.centre),
                             action: "/redaktion/tilbud/\(id)", version: editable.version, csrf: context.tokenField, refusal: refusal)
        let main: HTML = """
        <h1>\(offer.name)</h1>
        <p><a href="/tilbud/\(id)">Se tilbuddet, som søgesiden viser det</a> · <a href="#fejlmeldinger">Fejlmeldinger (\(reports.count { $0.isOpen }) åbne)</a></p>
        \(banner)
        \(verifyPart(offer, version: editable.version, centre: vocabulary.centre(offer.centre), context: context))
        \(form.html)
        \(HTML.when(context.account.isAdministrator && !offer.centre.isEmpty,
                    handOverPart(offer, version: editable.version, centres: vocabulary.centres, context: context)))
        \(ReportsView(reports: reports, csrf: context.tokenField, mayClose: true).html)
        \(AuditView(entries: trail).html)
        """
        return EditorialPage.page(title: "Redigér \(offer.name)", main: main, context: context, status: status)
    }

    /// "Oplysningerne er stadig korrekte", or why it cannot be pressed yet (with links to the fields).
    private func verifyPart(_ offer: Offer, version: String, centre: Centre?, context: SignedInContext) -> HTML {
        guard offer.status != .ended else { return "" }
        let when: HTML = offer.lastVerified.map { date in
            "<p class=\"frist\">Sidst bekræftet \(date.spelledOut); næste gang senest \(UpkeepTask.dueDate(verified: date)?.spelledOut ?? "").</p>"
        } ?? "<p class=\"frist forfalden\">Ingen har bekræftet oplysningerne endnu.</p>"
        return when + verifyButton(offer, version: version, centre: centre, context: context)
    }

    private func verifyButton(_ offer: Offer, version: String, centre: Centre?, context: SignedInContext) -> HTML {
        let refusals = UpkeepTask.verificationRefusals(for: offer, centre: centre)
        guard refusals.isEmpty else {
            let items: [HTML] = refusals.map { "<li><a href=\"#felt-\($0.field.replacingOccurrences(of: ".", with: "-"))\">\($0.reason)</a></li>" }
            return """
            <div class="besked advarsel" id="bekraeft"><p><strong>Tilbuddet kan ikke bekræftes endnu.</strong></p><ul>\(HTML.join(items))</ul></div>
            """
        }
        return """
        <form method="post" action="/redaktion/tilbud/\(offer.id)/verificer" class="en-knap" id="bekraeft">\(context.tokenField)\
        <input type="hidden" name="version" value="\(version)"><input type="hidden" name="tilbage" value="tilbud">\
        <button type="submit" class="sekundaer">Oplysningerne er stadig korrekte</button></form>
        <p class="hjaelp">Sætter datoen for, hvornår tilbuddet sidst er bekræftet, til i dag og ændrer intet andet.</p>
        """
    }

    /// An administrator gives the offer to another centre, whose editors are told by e-mail.
    private func handOverPart(_ offer: Offer, version: String, centres: [Centre], context: SignedInContext) -> HTML {
        let options: [HTML] = centres.filter { $0.id != offer.centre }.map { "<option value=\"\($0.id)\">\($0.name)</option>" }
        return """
        <h2 id="giv-videre">Giv tilbuddet til et andet center</h2>
        <form method="post" action="/redaktion/tilbud/\(offer.id)/overdrag" class="redaktion-form">\(context.tokenField)\
        <input type="hidden" name="version" value="\(version)">
        <div class="felt"><label for="nyt-center">Nyt center</label><select id="nyt-center" name="center">\(HTML.join(options))</select>\
        <p class="hjaelp">Centrets redaktører får besked på e-mail, og ændringen står i loggen herunder.</p></div>
        <p class="knapper"><button type="submit" class="sekundaer">Giv tilbuddet videre</button></p>
        </form>
        """
    }

    private func newOffer(values: [String: String], findings: [FieldFinding], context: SignedInContext,
                          status: HTTPResponse.Status = .ok) async throws -> Response {
        let vocabulary = try await EditorialPage.run { () async throws(DirectoryError) in try await service.directory.vocabulary() }
        let form = OfferForm(values: values, findings: findings, needs: vocabulary.needs, centres: vocabulary.centres,
                             fixedCentre: context.account.centre, action: "/redaktion/nyt", version: "ny", csrf: context.tokenField)
        let main: HTML = """
        <h1>Nyt tilbud</h1>
        <p>Udfyld mindst navn, kort beskrivelse, behov og status – og kun med oplysninger, der er bekræftet. Id'et laves af navnet.</p>
        \(form.html)
        """
        return EditorialPage.page(title: "Nyt tilbud", main: main, context: context, status: status)
    }
}
