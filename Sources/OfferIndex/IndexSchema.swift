import OfferModel

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
/// Documents carry no data: what a hit shows is in the offer store beside the database
/// (`OfferStore`, `StoredOffer`).
///
/// Text terms carry no positions and no unstemmed copies: search matches on stems only,
/// which halves the postings Xapian's default (STEM_SOME) would write.
public enum IndexSchema {
    /// Bumped whenever terms, slots or data change shape; a searcher refuses other versions.
    public static let version = "tilbudsguide-index-5"
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
        /// The offer's access routes as 2-byte codes (positions in `accessCodes`); an offer that
        /// states none has the code of `noAccess`, so the facet can count those too.
        static let accessCodes = 5
    }

    /// The facet key of offers without a stated access route (`facetter.adgang`'s `uden`).
    public static let noAccess = "uden"
    /// Access facet codes: position = code in `Slot.accessCodes`. Fixed, as `Access` is.
    static let accessCodes = Access.allCases.map(\.rawValue) + [noAccess]

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
        /// The catalogue's average `Ranking` length at the last full build (decimal text); an
        /// update normalises the offers it writes with it, so they rank as the rest do.
        static let averageLength = "average-length"
        /// "offset count" of the current revision's table in the offer store (`OfferStore`).
        static let offerStore = "offer-store"
        /// "offset count" of the current revision's table in the vector store (`VectorStore`);
        /// empty when the index was built without a sentence-embedding model.
        static let vectorStore = "vector-store"
        /// JSON array of the catalogue's info screens (`Screen`, Danish keys). Not part of
        /// `IndexPlan.metadata`: a change to the screens alone is written in place.
        static let screens = "screens"
        /// "identity dimension" of the model the vectors were made with; empty without vectors.
        /// Part of `IndexPlan.metadata`, so an update never mixes vectors of two models.
        static let vectorModel = "vector-model"
    }

    /// BM25 with Xapian's default parameters (k1 = 1, b = 0.5, normalised length at least 0.5),
    /// with the length normalisation done once, at indexing, instead of at every search.
    ///
    /// BM25 weighs a term in a document by (k1 + 1)·wdf / (k1·K + wdf), K = (1 − b) + b·length/average.
    /// The index stores wdf/K (times `wdfScale`, rounded) as the term's wdf, and searches rank with
    /// BM25 b = 0 and k1 = `wdfScale`·k1, which gives (k1 + 1)·wdf / (k1·K + wdf) times a constant:
    /// the same order as BM25, to the rounding. Xapian's own length normalisation looks up the
    /// length of every candidate document: with it a common word took 1.0–1.4 ms to rank at
    /// 100,000 offers, without it 0.26–0.4 ms (shared benchmark, Xapian's Python bindings).
    ///
    /// A document's length is its weighted word count (`FieldWeight` per word); the average is the
    /// catalogue's at the last full build (`Metadata.averageLength`). Offers written by an in-place
    /// update use that same average, so a catalogue that grows longer on average through many
    /// updates ranks as of its last full build until the next (`tilbud index --fuld`).
    public enum Ranking {
        static let k1 = 1.0
        static let b = 0.5
        static let minimumNormalisedLength = 0.5
        /// Stored wdfs are scaled by this before rounding: rounding moves a term's weight by at
        /// most 1/(2·stored wdf), under 1 % for a word once in a text of average length, about
        /// 4 % in a text ten times as long. Larger scales risk Xapian's 32-bit collection
        /// frequencies (a word in every name of 1,000,000 offers: 1,000,000 × 3 × 64/0.75 ≈ 2.6·10⁸).
        static let wdfScale = 64
        /// The k1 searches pass to Xapian's BM25 (with b = 0) for wdfs stored this way.
        static let searchK1 = k1 * Double(wdfScale)

        /// K for a document of `length` in a catalogue whose average length is `average`.
        static func lengthFactor(length: Int, average: Double) -> Double {
            let normalised = average > 0 ? max(Double(length) / average, minimumNormalisedLength) : 1
            return (1 - b) + b * normalised
        }

        /// The wdf stored for a term occurring `wdf` (weighted) times in a document with factor K.
        static func storedWDF(_ wdf: Int, factor: Double) -> Int {
            max(1, Int((Double(wdf * wdfScale) / factor).rounded()))
        }
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
