import Catalog
import Directory
import OfferModel

/// Redaktionen's form for one offer: every public field of the catalogue format with the
/// README's label and help text (`OfferFieldGuide`), needs, access routes and languages as
/// choices, lists one item a line, and each problem beside its field.
///
/// The form posts the catalogue's field names (`kontakt.telefon`) and the version of the file it
/// was made from; `OfferFields` turns them back into an offer below the face.
struct OfferForm {
    /// The texts to show, by field (the file's, or what the editor sent back).
    var values: [String: String]
    var findings: [FieldFinding]
    var needs: [Need]
    var centres: [Centre]
    /// Set for a centre's editor: the centre is fixed.
    var fixedCentre: String?
    var action: String
    var version: String
    var csrf: HTML

    var html: HTML {
        let errors = findings.filter { $0.severity == .error }
        let summary: HTML = errors.isEmpty ? "" : """
        <div class="fejlliste" role="alert" tabindex="-1" id="fejlliste"><h2>Tilbuddet er ikke gemt</h2>\
        <p>Ret \(errors.count == 1 ? "fejlen" : "de \(errors.count) fejl") herunder; intet er skrevet til kataloget endnu.</p>\
        <ul>\(HTML.join(errors.map { "<li><a href=\"#felt-\(anchor($0.field))\">\(label($0.field))</a>: \($0.message)</li>" }))</ul></div>
        """
        return """
        \(summary)
        <form method="post" action="\(action)" class="redaktion-form" novalidate>
        \(csrf)
        <input type="hidden" name="version" value="\(version)">
        <fieldset><legend>Om tilbuddet</legend>
        \(line("navn", required: true))
        \(line("kort", required: true))
        \(area("beskrivelse", rows: 6))
        \(choices("behov", needs.map { ($0.id, $0.name) }))
        \(area("maalgruppe", rows: 2))
        \(select("tilbudstype", [("", "(ikke angivet)")] + OfferKind.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }))
        </fieldset>
        <fieldset><legend>Hvem og hvordan</legend>
        <div class="felter-side">\(number("alder.fra"))\(number("alder.til"))</div>
        \(centre)
        \(choices("adgang", Access.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }))
        \(area("henvisning", rows: 2))
        </fieldset>
        <fieldset><legend>Kontakt, sted og tid</legend>
        \(line("kontakt.telefon", type: "tel"))
        \(line("kontakt.email", type: "email"))
        \(line("kontakt.web"))
        \(line("sted.navn"))
        \(line("sted.adresse"))
        \(line("tid"))
        \(line("pris"))
        \(choices("sprog", languageChoices))
        </fieldset>
        <fieldset><legend>Status og vedligehold</legend>
        \(select("status", OfferStatus.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }))
        \(line("sidst_verificeret", type: "date"))
        \(line("ansvarlig"))
        \(area("soegeord", rows: 4, hint: "Ét ord eller udtryk pr. linje."))
        \(area("situationer", rows: 4, hint: "Én situation pr. linje, fx \u{201E}Min mor taler ikke dansk og sidder meget alene\u{201C}."))
        \(area("kilde", rows: 3, hint: "Én kilde pr. linje."))
        </fieldset>
        <fieldset><legend>Internt (vises aldrig offentligt)</legend>
        \(area("intern.note", rows: 3))
        \(line("intern.telefon", type: "tel"))
        </fieldset>
        <p class="knapper"><button type="submit">Gem tilbuddet</button></p>
        </form>
        """
    }

    /// Languages to choose from: the known names, then any the offer has that are not among them.
    private var languageChoices: [(String, String)] {
        let chosen = list("sprog")
        let names = LanguageCode.choices + chosen.filter { !LanguageCode.choices.contains($0) }
        return names.map { ($0, $0.capitalizedFirst) }
    }

    private var centre: HTML {
        if let fixedCentre {
            let name = centres.first { $0.id == fixedCentre }?.name ?? fixedCentre
            return """
            <div class="felt" id="felt-center"><p class="etiket">\(label("center"))</p><p>\(name)</p>\
            <input type="hidden" name="center" value="\(fixedCentre)">\(problems("center"))</div>
            """
        }
        return select("center", [("", "(intet center)")] + centres.map { ($0.id, $0.name) })
    }

    // MARK: Controls

    private func line(_ field: String, type: String = "text", required: Bool = false) -> HTML {
        let id = "felt-\(anchor(field))"
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))\(HTML.when(required, " <span class=\"kraevet\">(skal udfyldes)</span>"))</label>\
        <input type="\(type)" id="\(id)" name="\(field)" value="\(values[field] ?? "")"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\
        \(help(field))\(problems(field))</div>
        """
    }

    private func number(_ field: String) -> HTML {
        let id = "felt-\(anchor(field))"
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))</label>\
        <input type="text" inputmode="numeric" id="\(id)" name="\(field)" value="\(values[field] ?? "")" size="4"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\
        \(help(field))\(problems(field))</div>
        """
    }

    private func area(_ field: String, rows: Int, hint: String = "") -> HTML {
        let id = "felt-\(anchor(field))"
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))</label>\
        <textarea id="\(id)" name="\(field)" rows="\(rows)"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\(values[field] ?? "")</textarea>\
        \(help(field, extra: hint))\(problems(field))</div>
        """
    }

    private func select(_ field: String, _ options: [(String, String)]) -> HTML {
        let id = "felt-\(anchor(field))"
        let current = values[field] ?? ""
        var known = options
        if !current.isEmpty, !options.contains(where: { $0.0 == current }) { known.append((current, current)) }
        let items: [HTML] = known.map { value, name in
            "<option value=\"\(value)\"\(HTML.when(value == current, " selected"))>\(name)</option>"
        }
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))</label>\
        <select id="\(id)" name="\(field)"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\(HTML.join(items))</select>\
        \(help(field))\(problems(field))</div>
        """
    }

    /// Checkboxes sent as one value per ticked box under the field's name.
    private func choices(_ field: String, _ options: [(String, String)]) -> HTML {
        let chosen = Set(list(field))
        var known = options
        for value in list(field) where !options.contains(where: { $0.0 == value }) { known.append((value, value)) }
        let boxes: [HTML] = known.enumerated().map { index, option in
            let id = "felt-\(anchor(field))-\(index)"
            return "<li><input type=\"checkbox\" id=\"\(id)\" name=\"\(field)\" value=\"\(option.0)\"\(HTML.when(chosen.contains(option.0), " checked"))> <label for=\"\(id)\">\(option.1)</label></li>"
        }
        return """
        <fieldset class="felt valg\(invalid(field) ? " ugyldig" : "")" id="felt-\(anchor(field))"\(described(field))><legend>\(label(field))</legend>\
        <ul class="valgliste">\(HTML.join(boxes))</ul>\(help(field))\(problems(field))</fieldset>
        """
    }

    // MARK: Parts

    private func list(_ field: String) -> [String] {
        (values[field] ?? "").split(separator: "\n").map { String($0) }.filter { !$0.isEmpty }
    }

    private func label(_ field: String) -> String { OfferFieldGuide.of(field)?.label ?? field }

    private func anchor(_ field: String) -> String { field.isEmpty ? "fejlliste" : field.replacingOccurrences(of: ".", with: "-") }

    private func invalid(_ field: String) -> Bool { findings.contains { $0.field == field && $0.severity == .error } }

    private func described(_ field: String) -> HTML {
        " aria-describedby=\"hjaelp-\(anchor(field))\(HTML.when(findings.contains { $0.field == field }, " problem-\(anchor(field))"))\""
    }

    private func help(_ field: String, extra: String = "") -> HTML {
        let text = [OfferFieldGuide.of(field)?.help ?? "", extra].filter { !$0.isEmpty }.joined(separator: " ")
        return "<p class=\"hjaelp\" id=\"hjaelp-\(anchor(field))\">\(text)</p>"
    }

    private func problems(_ field: String) -> HTML {
        let own = findings.filter { $0.field == field }
        guard !own.isEmpty else { return "" }
        let items: [HTML] = own.map { "<li class=\"\($0.severity == .error ? "fejl" : "advarsel")\">\($0.severity == .error ? "Fejl" : "Bemærk"): \($0.message)</li>" }
        return "<ul class=\"problemer\" id=\"problem-\(anchor(field))\">\(HTML.join(items))</ul>"
    }
}
