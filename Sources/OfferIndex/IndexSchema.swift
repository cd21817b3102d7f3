/// The contract between indexing and searching: one table of prefixes, value slots and
/// metadata keys that `IndexWriter` writes and `OfferSearcher` reads (as Omega's
/// `termprefixes.rst` is for Xapian's own tools).
///
/// | prefix | term                                  | kind    |
/// |--------|---------------------------------------|---------|
/// | (none) | Danish stem of a word in the text     | weighted, no positions |
/// | `Q`    | offer id (unique)                     | boolean |
/// | `XB`   | need id (`behov`)                     | boolean |
/// | `XC`   | centre id                             | boolean |
/// | `XA`   | access route (`adgang`)               | boolean |
/// | `XS`   | status                                | boolean |
/// | `XK`   | municipality id (`kommune`)           | boolean |
/// | `XY`   | age band (decade) an age-bounded offer covers, e.g. `XY8` = 80-89 | weighted, wdf 1 |
///
/// Text terms carry no positions and no unstemmed copies: search matches on stems only,
/// which halves the postings Xapian's default (STEM_SOME) would write.
public enum IndexSchema {
    /// Bumped whenever terms, slots or data change shape; a searcher refuses other versions.
    public static let version = "tilbudsguide-index-1"
    /// The Snowball stemmer used on both sides.
    static let language = "danish"

    enum Prefix {
        static let id = "Q"
        static let need = "XB"
        static let centre = "XC"
        static let access = "XA"
        static let status = "XS"
        static let municipality = "XK"
        /// Only offers with an explicit age bound get these, so a known age can lift them.
        static let ageBand = "XY"
    }

    /// The age band term for an age: decades, `XY0` ... `XY12`.
    static func ageBand(_ age: Int) -> String { Prefix.ageBand + String(max(0, min(age, 129)) / 10) }

    enum Slot {
        /// `alder.fra` (sortable_serialise); an open bound is stored as `openAgeLow`.
        static let ageFrom = 0
        /// `alder.til`; an open bound is stored as `openAgeHigh`.
        static let ageTo = 1
        /// The offer's needs as 2-byte codes (see `Metadata.needCodes`), for exact facet counts.
        static let needCodes = 2
        /// The offer's centre as one 2-byte code (see `Metadata.centreCodes`).
        static let centreCode = 3
        /// 8-byte content hash + id, so an update can index only what changed.
        static let fingerprint = 4
    }

    static let openAgeLow = 0.0
    static let openAgeHigh = 999.0

    enum Metadata {
        static let schema = "schema"
        /// JSON array of need ids; position = code in `Slot.needCodes`.
        static let needCodes = "need-codes"
        /// JSON array of centre ids; position = code in `Slot.centreCode`.
        static let centreCodes = "centre-codes"
        /// JSON: needs, centres and municipality with their Danish names.
        static let vocabulary = "vocabulary"
        /// JSON object of the synonym table the index was built with.
        static let synonyms = "synonyms"
        /// Newline-separated surface words, for splitting compounds at query time.
        static let words = "words"
        /// JSON `IndexOptions` the index was built with.
        static let options = "options"
    }

    /// How much a word counts in each field (within-document frequency per occurrence).
    enum FieldWeight {
        static let name = 3
        static let summary = 2
        static let keywords = 2
        static let body = 1
        /// A part of a compound word counts less than the word itself.
        static let compoundPart = 1
    }
}
