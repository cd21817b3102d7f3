import Directory
import OfferModel

/// Redaktionen's form for one offer: every field of the catalogue format with its label
/// (`OfferFieldGuide`) and a help text in the words of a centre's staff (`FormWording`), needs,
/// access routes, kinds and languages as choices by their Danish names, lists one item a line,
/// sources and internal fields folded away under "Til administratoren", and each problem
/// beside its field.
///
/// The form posts the catalogue's field names (`kontakt.telefon`) and the version of the file it
/// was made from; `OfferFields` turns them back into an offer below the face.
struct OfferForm {
    /// The texts to show, by field (the file's, or what the editor sent back).
    var values: [String: String]
    var findings: [FieldFinding]
    var needs: [Need]
    var centres: [Centre]
    /// Set for a centre's editor and for an existing offer: the centre is fixed (an
    /// administrator hands an offer on with its own form).
    var fixedCentre: String?
    var action: String
    var version: String
    var csrf: HTML
    /// The heading above the list of errors.
    var refusal = "Tilbuddet er ikke gemt"

    var html: HTML {
        let errors = findings.filter { $0.severity == .error }
        let summary: HTML = errors.isEmpty ? "" : """
        <div class="fejlliste" role="alert" tabindex="-1" id="fejlliste"><h2>\(refusal)</h2>\
        <p>Ret \(errors.count == 1 ? "det" : "de \(errors.count) ting") herunder; intet er skrevet til kataloget endnu.</p>\
        <ul>\(HTML.join(errors.map { "<li><a href=\"#felt-\(anchor($0.field))\">\(label($0.field))</a>: \($0.message)</li>" }))</ul></div>
        """
        return """
        \(summary)
        <form method="post" action="\(action)" class="redaktion-form" novalidate>
        \(csrf)
        <input type="hidden" name="version" value="\(version)">
        <fieldset><legend>Om tilbuddet</legend>
        \(line("navn", required: true))
        \(line("kort", required: true, readability: true))
        \(area("beskrivelse", rows: 6, readability: true))
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
        <fieldset><legend>Status og søgeord</legend>
        \(select("status", OfferStatus.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) }))
        \(area("soegeord", rows: 4))
        \(area("situationer", rows: 4))
        </fieldset>
        <details class="til-administratoren"\(HTML.when(FormWording.administrative.contains { field in findings.contains { $0.field == field } }, " open"))>\
        <summary>Til administratoren: kilder, ansvarlig og interne noter</summary>
        \(area("kilde", rows: 3))
        \(line("ansvarlig"))
        \(line("sidst_verificeret", type: "date"))
        \(area("intern.note", rows: 3))
        \(line("intern.telefon", type: "tel"))
        </details>
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

    private func line(_ field: String, type: String = "text", required: Bool = false, readability: Bool = false) -> HTML {
        let id = "felt-\(anchor(field))"
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))\(HTML.when(required, " <span class=\"kraevet\">(skal udfyldes)</span>"))</label>\
        <input type="\(type)" id="\(id)" name="\(field)" value="\(values[field] ?? "")"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\
        \(help(field))\(HTML.when(readability, lix(field)))\(problems(field))</div>
        """
    }

    /// Editors write for citizens with low health literacy: above this LIX the form suggests shorter words and sentences.
    static let lixHint = 40.0

    /// The text's LIX as the editor types (`redaktion.js` counts as `Readability.lix` does), with
    /// a hint above `lixHint`.
    private func lix(_ field: String) -> HTML {
        let id = "felt-\(anchor(field))"
        let value = Readability.lix(values[field] ?? "")
        let text = value.map { "LIX \(Int($0.rounded())) (\(Readability.band($0)))" } ?? ""
        let hint = value.map { $0 > Self.lixHint } ?? false
        return """
        <p class="lix" id="lix-\(anchor(field))" data-lix-for="\(id)" data-lix-hint="\(Int(Self.lixHint))" aria-live="polite">\
        <span class="lix-tal">\(text)</span> <span class="lix-raad"\(HTML.when(!hint, " hidden"))>Teksten er svær at læse. \
        Skriv kortere sætninger og brug kortere, almindelige ord (mål: LIX 35 eller under).</span></p>
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

    private func area(_ field: String, rows: Int, readability: Bool = false) -> HTML {
        let id = "felt-\(anchor(field))"
        return """
        <div class="felt\(invalid(field) ? " ugyldig" : "")"><label for="\(id)">\(label(field))</label>\
        <textarea id="\(id)" name="\(field)" rows="\(rows)"\(described(field))\(HTML.when(invalid(field), " aria-invalid=\"true\""))>\(values[field] ?? "")</textarea>\
        \(help(field))\(HTML.when(readability, lix(field)))\(problems(field))</div>
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

    private func help(_ field: String) -> HTML {
        "<p class=\"hjaelp\" id=\"hjaelp-\(anchor(field))\">\(FormWording.help[field] ?? OfferFieldGuide.of(field)?.help ?? "")</p>"
    }

    private func problems(_ field: String) -> HTML {
        let own = findings.filter { $0.field == field }
        guard !own.isEmpty else { return "" }
        let items: [HTML] = own.map { finding in
            let error = finding.severity == .error
            let text = error ? finding.message : FormWording.warnings[field] ?? finding.message
            return "<li class=\"\(error ? "fejl" : "advarsel")\">\(error ? "Fejl" : "Bemærk"): \(text)</li>"
        }
        return "<ul class=\"problemer\" id=\"problem-\(anchor(field))\">\(HTML.join(items))</ul>"
    }
}
