internal import Catalog
import Foundation
import Logging
internal import OfferIndex
import OfferModel
internal import TextEmbedding

/// The use cases every face (command line, web page) shares: validate, reindex, search, show.
///
/// Faces turn their input into one call here and format the answer; no search or catalogue
/// logic lives in a face.
/// Every call here blocks (Xapian, files, the model): a command calls them as they are; a server
/// calls the same use cases through their `async` forms (`OfferDirectory+Async.swift`), which run
/// them on the Directory's own threads (`BlockingWork`), and `searchAtOnce` for the few it may
/// answer on an event loop.
/// `@unchecked Sendable`: the lazily opened searcher is guarded by `lock`, which is never held
/// while the index is opened or read; the searcher is thread-safe.
public final class OfferDirectory: @unchecked Sendable {
    public let catalogPath: String
    let index: IndexLocation
    /// Where index events go: each rebuild, update in place and refused catalogue is a line.
    /// Silent unless a face passes its logger (`tilbud index`, `tilbud serve`).
    public let logger: Logger
    private let lock = NSLock()
    private var openSearcher: OfferSearcher?
    let semantic: SemanticSide
    /// PDFs render here, a few at a time (`handout` in its async form).
    let renders = RenderQueue()
    /// The all-offers overview handout of the live revision, rendered once (`OverviewHandoutCache`).
    let overviewHandouts = OverviewHandoutCache()
    /// The live revision's status and vector model, read once per revision (`RevisionFacts`).
    let revisionFacts = RevisionFactsCache()

    /// `semantic`: which sentence-embedding model indexes and searches use (by default as the
    /// environment says, see `EmbedderConfiguration.resolve`); `.off` for lexical only.
    /// `model`: how long a search waits for the model; a server passes `.server(budget:)`, so a
    /// search never waits for the load and waits for its embedding to start at most the budget.
    public init(catalogPath: String = "catalog", indexPath: String = "index",
                semantic: LanguageModel = .resolve(), model: ModelWaiting = .complete,
                logger: Logger = Logger(label: "tilbudsguide", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.catalogPath = catalogPath
        index = IndexLocation(directory: indexPath)
        self.semantic = SemanticSide(configuration: semantic.configuration, policy: model.policy)
        self.logger = logger
    }

    /// The folder the index lives in, as the log names it.
    public var indexFolder: String { index.directory }

    /// The live index's revision now, or nil without an index: one `stat(2)`, cheap enough for
    /// an event loop (the answer cache's key; see `searchAtOnce`).
    public func revisionAtOnce() -> CommitStamp? { index.currentRevision() }

    /// Loads what a search may need and is slow to load the first time (the Danish dictionary of
    /// the spelling check), so a server's first searches do not wait for it. Call it off the
    /// event loop: it blocks for a second or two.
    public func prepareSpelling() { OfferSearcher.prepareSpelling() }

    /// Whether semantic search works against the live index (waits for the model's load).
    public var semanticStatus: SemanticStatus {
        _ = semantic.embedder()
        let indexModel = try? searcher().vectorModel()
        return semantic.status(indexModel: indexModel)
    }

    /// Starts loading the language model in the background (a server, at start-up); searches
    /// meanwhile answer as the policy says.
    public func loadModelInBackground() {
        semantic.service.startLoading()
    }

    /// Changes whenever the model's state does (loading, ready, failed): an answer made under one
    /// value holds as long as it and the index revision stay (the server's answer cache).
    public var semanticEpoch: Int { semantic.service.epoch }

    /// What the model has done and is doing (`/metrics`); never waits.
    public var semanticActivity: SemanticActivity { SemanticActivity(semantic.service.counts) }

    /// Reads the catalogue and applies every rule; problems are in `findings`. Records whose
    /// bytes match a digest in `known` are not read again (see `CatalogLoader.load(path:known:)`).
    func validate(today: CalendarDate = .today(), known: KnownRecords? = nil) throws(DirectoryError) -> Catalog {
        do { return try CatalogLoader(today: today).load(path: catalogPath, known: known) } catch { throw .catalog(error) }
    }

    /// Validates the catalogue and, only if it has no errors, brings the index up to date:
    /// in place when few offers changed, else (or with `full`) as a new index swapped in whole.
    ///
    /// Without `full`, records whose bytes are as when the live index was built are not read
    /// again (`CatalogSnapshot`); if the index then cannot be updated in place, the whole
    /// catalogue is read and built. The returned catalogue lists those records in `known`.
    func reindex(options: IndexOptions = IndexOptions(), full: Bool = false) throws(DirectoryError) -> (catalog: Catalog, report: IndexReport) {
        do {
            let result = try reindexWithModel(options: options, full: full)
            let report = result.report
            logger.info(report.mode == .full ? "indeks bygget" : "indeks opdateret på stedet", metadata: [
                "tilbud": .stringConvertible(report.offers), "aendrede": .stringConvertible(report.changed),
                "fjernede": .stringConvertible(report.removed), "sekunder": .string(String(format: "%.3f", report.seconds)),
                "advarsler": .stringConvertible(result.catalog.warningCount), "indeks": .string(report.database),
            ])
            return result
        } catch {
            switch error {
            case let .invalidCatalog(errors):
                logger.warning("katalog afvist, indekset er ikke ændret", metadata: [
                    "fejl": .stringConvertible(errors.count), "foerste": .string(errors.first?.description ?? ""),
                ])
            default:
                logger.error("indeksering fejlede, indekset er ikke ændret", metadata: ["fejl": .string(error.description)])
            }
            throw error
        }
    }

    /// Builds with the model when it loads; a model that fails on the catalogue must not keep
    /// the index from being built, so then the index is built without vectors.
    private func reindexWithModel(options: IndexOptions, full: Bool) throws(DirectoryError) -> (catalog: Catalog, report: IndexReport) {
        do { return try bringIndexUpToDate(options: options, full: full, embedder: try? semantic.embedder().get()) } catch {
            guard case .index(.embedding, _) = error else { throw error }
            semantic.announce(SemanticStatus(state: .unavailable, model: nil, description: error.description + " Indekset bygges uden vektorer."))
            return try bringIndexUpToDate(options: options, full: true, embedder: nil)
        }
    }

    private func bringIndexUpToDate(options: IndexOptions, full: Bool, embedder: (any TextEmbedder)?) throws(DirectoryError) -> (catalog: Catalog, report: IndexReport) {
        let writer = IndexWriter(location: index, options: options, embedder: embedder)
        var catalog: Catalog?
        if !full, let snapshot = CatalogSnapshot(index: index) {
            let (partial, report) = try updateInPlace(known: snapshot.known, writer: writer)
            if let report { return (partial, report) }
            // No record recognised: this reading is already the whole catalogue.
            if partial.known.isEmpty { catalog = partial }
        }
        let whole: Catalog
        if let catalog { whole = catalog } else { whole = try validate() }
        guard whole.isValid else { throw .invalidCatalog(errors: whole.errors) }
        do {
            let content = Self.content(of: whole)
            let report = full ? try writer.rebuild(content) : try writer.update(content)
            CatalogSnapshot.save(whole, stamp: report.stamp, index: index)
            return (whole, report)
        } catch { throw .index(error) }
    }

    /// Reads only the records not in known and writes them into the live index; the report is
    /// nil when the index cannot be updated in place.
    private func updateInPlace(known: KnownRecords, writer: IndexWriter) throws(DirectoryError) -> (Catalog, IndexReport?) {
        let catalog = try validate(known: known)
        guard catalog.isValid else { throw .invalidCatalog(errors: catalog.errors) }
        var content = Self.content(of: catalog)
        content.unchanged = catalog.known.map { UnchangedOffer(id: $0.digest.id, needs: $0.digest.needs, centre: $0.digest.centre) }
        do {
            guard let report = try writer.updateInPlace(content) else { return (catalog, nil) }
            CatalogSnapshot.save(catalog, stamp: report.stamp, index: index)
            return (catalog, report)
        } catch { throw .index(error) }
    }

    private static func content(of catalog: Catalog) -> IndexContent {
        var content = IndexContent(offers: catalog.offers, needs: catalog.needs, centres: catalog.centres,
                                   municipality: catalog.municipality, synonyms: catalog.synonyms)
        content.screens = catalog.screens
        return content
    }

    /// The centres the catalogue's `centre.yaml` names, read from disk (the index may not be built
    /// yet): an editor's account is checked against their ids.
    public func catalogueCentres() throws(DirectoryError) -> [Centre] {
        do { return try CatalogLoader().centres(folder: catalogPath).centres } catch { throw .catalog(error) }
    }

    /// The searcher over the live index, opened once and kept. Opened without the lock (it
    /// reads the index), so a search never waits behind another's opening; if two open at
    /// once, the first kept is used by both.
    func searcher() throws(DirectoryError) -> OfferSearcher {
        lock.lock()
        let known = openSearcher
        lock.unlock()
        if let known { return known }
        let opened: OfferSearcher
        do { opened = try OfferSearcher(location: index) } catch { throw .index(error) }
        lock.lock()
        defer { lock.unlock() }
        if let openSearcher { return openSearcher }
        openSearcher = opened
        return opened
    }

    /// The one search every face calls: the free text is embedded (unless the request is
    /// lexical) and answered by both sides, fused; without a model or vectors, lexically, and the
    /// response says so (`SearchResponse.semantic`).
    public func search(_ request: SearchRequest) throws(DirectoryError) -> SearchResponse {
        let wantsVector = Self.wantsVector(request)
        return try search(request, wantsVector: wantsVector,
                          vector: wantsVector ? semantic.vector(for: SearchRequest.textForEmbedding(request.text)) : nil)
    }

    /// The same, with the model asked as the directory's policy says (the server: no wait for the
    /// load, the time budget); only the index search runs on the Directory's threads.
    public func search(_ request: SearchRequest) async throws(DirectoryError) -> SearchResponse {
        let wantsVector = Self.wantsVector(request)
        let vector = wantsVector ? await semantic.vector(for: SearchRequest.textForEmbedding(request.text)) : nil
        return try await BlockingWork.run { [self] () throws(DirectoryError) in
            try search(request, wantsVector: wantsVector, vector: vector)
        }
    }

    /// The same search when it can be answered at once, from memory and the index alone: no
    /// query text to embed (or its vector already in memory, or a model that is off, failed or
    /// loading) and a live index of at most `quickSearchLimit` offers; nil otherwise. The one
    /// non-blocking subset of the API: the web server answers these on the connection's event
    /// loop (`SearchCacheHandler`), where nothing may wait for a model, a lock or the pool. Such
    /// an answer holds while the index revision and `semanticEpoch` stay.
    public func searchAtOnce(_ request: SearchRequest) throws(DirectoryError) -> SearchResponse? {
        guard let count = liveIndexSize(), count <= Self.quickSearchLimit else { return nil }
        let wantsVector = Self.wantsVector(request)
        var vector: QueryEmbedding?
        if wantsVector {
            guard let known = semantic.vectorAtOnce(for: SearchRequest.textForEmbedding(request.text)) else { return nil }
            vector = known
        }
        return try search(request, wantsVector: wantsVector, vector: vector)
    }

    /// Both sides of a search, given what the model gave for the query when it wants a vector.
    private func search(_ request: SearchRequest, wantsVector: Bool, vector found: QueryEmbedding?) throws(DirectoryError) -> SearchResponse {
        let searcher = try searcher()
        do {
            let vector = semantic.queryVector(found)
            var result = try searcher.search(request, vector: vector)
            // The access facet counts the search without its own filter, so a chosen route that
            // finds nothing is shown beside the routes that do and "uden angivet adgang".
            if !request.access.isEmpty {
                var unfiltered = request
                unfiltered.access = []
                unfiltered.limit = 0
                unfiltered.offset = 0
                result.accessCounts = try searcher.search(unfiltered, vector: vector).accessCounts
            }
            var status: SemanticStatus?
            if wantsVector, !result.semanticUsed {
                let indexModel: String? = try searcher.vectorModel()
                status = semantic.status(of: found, indexModel: indexModel)
                if let status { semantic.announce(status) }
            }
            return SearchResponse(result: result, semantic: status)
        } catch { throw .index(error) }
    }

    /// The number of offers in the live index (`RevisionFacts`, read once per revision); nil
    /// without an index.
    private func liveIndexSize() -> Int? {
        (try? currentFactsNow())?.status.offers
    }

    /// The largest index `searchAtOnce` takes: a lexical search over 100,000 offers has p99
    /// about 1 ms (the shared benchmark, docs/ydelse.md); larger ones are not held on an event loop.
    public static let quickSearchLimit = 100_000

    private static func wantsVector(_ request: SearchRequest) -> Bool {
        request.expansion && request.ranking != .lexical && !request.text.trimmedWhitespace.isEmpty
    }

    /// What the live index holds: every offer with the names of needs, centres and municipality.
    /// Handouts and overview pages use this, so they show exactly what search shows.
    public func published() throws(DirectoryError) -> PublishedCatalog {
        let searcher = try searcher()
        do {
            let vocabulary = try searcher.vocabulary()
            return PublishedCatalog(offers: try searcher.allOffers(), needs: vocabulary.needs,
                                    centres: vocabulary.centres, municipality: vocabulary.municipality)
        } catch { throw .index(error) }
    }

    /// Needs, centres and municipality as the live index names them; reads no offers.
    public func vocabulary() throws(DirectoryError) -> CatalogVocabulary {
        let searcher = try searcher()
        do {
            let vocabulary = try searcher.vocabulary()
            return CatalogVocabulary(needs: vocabulary.needs, centres: vocabulary.centres,
                                     municipality: vocabulary.municipality)
        } catch { throw .index(error) }
    }

    /// One offer by id (ended offers too); `unknownOffer` if there is none.
    public func offer(id: String) throws(DirectoryError) -> OfferDetail {
        let searcher = try searcher()
        do {
            guard let offer = try searcher.offer(id: id) else { throw DirectoryError.unknownOffer(id: id) }
            let vocabulary = try searcher.vocabulary()
            return OfferDetail(offer: offer, needs: vocabulary.needs, centres: vocabulary.centres,
                               municipality: vocabulary.municipality)
        } catch let error as DirectoryError {
            throw error
        } catch let error as IndexError {
            throw .index(error)
        } catch {
            throw .invalidRequest("\(error)")
        }
    }
}
