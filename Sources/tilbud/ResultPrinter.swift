import Directory
import OfferModel

/// Renders a search answer as Danish text for a terminal.
struct ResultPrinter {
    /// Marks matched words with bold when writing to a terminal, «» otherwise.
    let colour: Bool

    func render(_ response: SearchResponse) -> String {
        var out = ""
        if let language = response.languageNotice { out += language + ".\n" }
        if let age = response.age {
            let ages = response.ageTo.map { "\(age)-\($0)" } ?? "\(age)"
            out += response.ageFromText ? "Alder læst fra teksten: \(ages) år.\n" : "Alder: \(ages) år.\n"
        }
        if let suggestion = response.suggestion { out += "Mente du: \(suggestion)?\n" }
        if !response.ignoredWords.isEmpty {
            out += "Ord uden match i kataloget: \(response.ignoredWords.joined(separator: ", ")).\n"
        }
        if response.truncated { out += "Søgningen var lang og blev forkortet.\n" }
        switch response.quality {
        case .none:
            out += "Ingen tilbud passer til søgningen. Prøv andre ord, eller fjern et filter.\n"
            return out
        case .weak:
            out += "Ingen gode match. \(response.total) \(response.total == 1 ? "tilbud passer" : "tilbud passer") kun delvist:\n\n"
        case .good:
            out += "\(response.total) \(response.total == 1 ? "tilbud" : "tilbud") fundet.\n\n"
        }
        for (number, hit) in response.results.enumerated() {
            out += render(hit, number: number + 1)
        }
        if !response.facets.needs.isEmpty {
            out += "Behov: " + response.facets.needs.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        if !response.facets.centres.isEmpty {
            out += "Centre: " + response.facets.centres.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    private func render(_ hit: SearchResponse.Hit, number: Int) -> String {
        let offer = hit.offer
        var out = "\(number). \(offer.name)"
        if offer.status == .paused { out += " [på pause]" }
        out += "  (\(offer.id))\n"
        out += "   \(offer.summary)\n"
        let ages = offer.ages.isOpen ? "" : offer.ages.label
        let who = offer.audience.isEmpty ? ages : ages.isEmpty ? offer.audience : "\(offer.audience) (\(ages))"
        if !who.isEmpty { out += "   For: \(who)\n" }
        var access = offer.access.map(\.label).joined(separator: ", ")
        if !offer.referral.isEmpty { access += access.isEmpty ? offer.referral : " — \(offer.referral)" }
        if !access.isEmpty { out += "   Sådan kommer man i gang: \(access)\n" }
        if !hit.centreName.isEmpty { out += "   Center: \(hit.centreName)\n" }
        out += "   Kontakt: \(hit.contact.text)\n"
        if hit.similarity != nil, hit.coverage == 0 { out += "   Fundet på betydningen, ikke på ordene.\n" }
        let snippet = hit.snippet.map { $0.marked ? mark($0.text) : $0.text }.joined()
        if !snippet.isEmpty { out += "   \(snippet.replacingOccurrences(of: "\n", with: " "))\n" }
        return out + "\n"
    }

    private func mark(_ word: String) -> String {
        colour ? "\u{1B}[1m\(word)\u{1B}[0m" : "«\(word)»"
    }
}

import Foundation
