import Catalog
@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct EditorialConcurrencyTests {
    /// Two editors save the same offer from the same version, many times: each round exactly one
    /// save wins and the other gets a conflict; the file is the winner's and every save is audited.
    @Test func twoEditorsSavingTheSameOfferNeverBothWin() throws {
        let site = try EditorialFixture()
        let rounds = 15
        var saved = 0
        for round in 0..<rounds {
            let editable = try site.service.editableOffer(id: "rygestop")
            let base = OfferFields.values(of: editable.offer)
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { editor in
                var texts = base
                // Eight digits in pairs: a number the catalogue's rules take as it is written.
                texts["kontakt.telefon"] = "\(10 + round) \(editor)0 00 00"
                let edit = OfferEdit(id: "rygestop", texts: texts, baseVersion: editable.version)
                outcomes.add(editor, Result { try site.service.save(edit, by: EditorialFixture.health) })
            }
            let results = outcomes.all
            let winners = results.filter { if case .success(.saved) = $0.1 { true } else { false } }
            let conflicts = results.filter { if case .success(.conflict) = $0.1 { true } else { false } }
            #expect(winners.count == 1 && conflicts.count == 1, "runde \(round): \(results)")
            if let winner = winners.first?.0 {
                #expect(site.file("rygestop").contains("telefon: \(10 + round) \(winner)0 00 00"))
            }
            saved += winners.count
        }
        #expect(try site.service.auditTrail(subject: "rygestop").count == saved)
        #expect(try site.directory.validate().isValid)
    }

    /// Two editors save different offers at the same time, many times: every save wins.
    @Test func twoEditorsSavingDifferentOffersBothWinEveryTime() throws {
        let site = try EditorialFixture()
        let rounds = 15
        for round in 0..<rounds {
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let (id, editor) = index == 0 ? ("rygestop", EditorialFixture.health) : ("vennekreds", EditorialFixture.elderly)
                outcomes.add(index, Result { try site.service.save(try site.edit(id, ["tid": "Runde \(round)"]), by: editor) })
            }
            #expect(outcomes.all.allSatisfy { if case .success(.saved) = $0.1 { true } else { false } }, "\(outcomes.all)")
        }
        #expect(site.file("rygestop").contains("tid: Runde \(rounds - 1)"))
        #expect(site.file("vennekreds").contains("tid: Runde \(rounds - 1)"))
        #expect(try site.service.auditTrail(subject: "rygestop").count == rounds)
        #expect(try site.service.auditTrail(subject: "vennekreds").count == rounds)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.catalog.at("tilbud")).sorted()
        #expect(files == ["boernevaegt.yaml", "rygestop.yaml", "vennekreds.yaml"])
        #expect(try site.directory.offer(id: "vennekreds").offer.schedule == "Runde \(rounds - 1)")
    }
}

/// Results gathered from concurrent saves.
/// `@unchecked Sendable`: `results` is only touched under `lock`.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(Int, Result<SaveOutcome, any Error>)] = []

    func add(_ who: Int, _ result: Result<SaveOutcome, any Error>) {
        lock.lock()
        results.append((who, result))
        lock.unlock()
    }

    var all: [(Int, Result<SaveOutcome, any Error>)] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}

