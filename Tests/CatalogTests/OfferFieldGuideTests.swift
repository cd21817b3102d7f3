import Catalog
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct OfferFieldGuideTests {
    /// The form's help texts are the README's rules: each stands in catalog/README.md's field table.
    @Test func everyHelpTextIsTheReadmesRule() throws {
        let readme = try String(contentsOfFile: RepositoryPaths.catalog + "/README.md", encoding: .utf8)
            .replacingOccurrences(of: "`", with: "")
        for guide in OfferFieldGuide.all {
            for sentence in guide.help.split(separator: ". ").map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }) {
                #expect(readme.contains(sentence), "\(guide.field): '\(sentence)' står ikke i catalog/README.md")
            }
        }
    }

    @Test func everyFieldAnEditorFillsInHasAGuide() {
        let fields = Set(OfferFieldGuide.all.map { $0.field.split(separator: ".").first.map(String.init)! })
        #expect(fields == ["navn", "kort", "beskrivelse", "behov", "alder", "center", "maalgruppe", "adgang", "henvisning", "kontakt",
                           "sted", "tid", "pris", "sprog", "status", "sidst_verificeret", "ansvarlig", "soegeord", "situationer", "tilbudstype",
                           "kilde", "intern"])
        #expect(Set(OfferFields.values(of: .init(id: "a", name: "", summary: "", needs: [])).keys) == Set(OfferFieldGuide.all.map(\.field)))
    }
}
