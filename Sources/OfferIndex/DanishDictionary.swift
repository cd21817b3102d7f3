import CHunspell
import Foundation

/// Whether a word is a Danish word, by Debian's Danish hunspell dictionary (`hunspell-da`, the
/// dictionary of Stavekontrolden.dk, with its inflections and compounds): a dictionary word is
/// never "corrected" ("taler" is not a misspelt "tager"), and a query none of whose words is a
/// word anywhere is gibberish.
///
/// The dictionary is loaded once per process, when first asked: 1.6-1.9 s on the shared
/// machine under load 16-18 (hunspell reads 160,000 stems and 1,800 affix rules). It is asked
/// only when the index's spelling data would correct a word, and when the index knows no word
/// of the query; `tilbud serve` loads it at start (`OfferDirectory.prepareSpelling`), so no
/// search waits for it. Without the dictionary every answer is "unknown" (nil), and callers then
/// fall back to what they did before.
/// `@unchecked Sendable`: hunspell's handle is not thread-safe, so every call holds `lock`.
final class DanishDictionary: @unchecked Sendable {
    static let shared = DanishDictionary(affix: "/usr/share/hunspell/da_DK.aff", words: "/usr/share/hunspell/da_DK.dic")

    private let lock = NSLock()
    private let affix: String
    private let words: String
    private var handle: OpaquePointer?
    private var loaded = false

    init(affix: String, words: String) {
        self.affix = affix
        self.words = words
    }

    deinit {
        if let handle { Hunspell_destroy(handle) }
    }

    /// Loads the dictionary now, if it is not yet.
    func load() { _ = contains("og") }

    /// Whether the dictionary knows word (in any inflection or as a compound); nil without a dictionary.
    func contains(_ word: String) -> Bool? {
        lock.lock()
        defer { lock.unlock() }
        if !loaded {
            loaded = true
            if FileManager.default.isReadableFile(atPath: affix), FileManager.default.isReadableFile(atPath: words) {
                handle = Hunspell_create(affix, words)
            }
        }
        guard let handle else { return nil }
        return Hunspell_spell(handle, word) != 0
    }
}
