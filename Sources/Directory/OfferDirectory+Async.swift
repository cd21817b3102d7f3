import OfferModel

/// The use cases as a server (and every `tilbud` subcommand) calls them: the same work as the
/// blocking forms, run on the Directory's own threads (`BlockingWork`), so that no route handler
/// or event loop waits for Xapian, a file, a PDF or git. `search` is in OfferDirectory.swift (it
/// waits for the model without any thread), `handout` below (PDFs have a queue of their own).
extension OfferDirectory {
    public func validate(today: CalendarDate = .today()) async throws(DirectoryError) -> CatalogCheck {
        try await BlockingWork.run { [self] () throws(DirectoryError) in CatalogCheck(catalog: try validate(today: today)) }
    }

    public func reindex(options: IndexOptions = IndexOptions(), full: Bool = false) async throws(DirectoryError)
        -> (catalog: CatalogCheck, report: IndexReport) {
        try await BlockingWork.runAlone { [self] () throws(DirectoryError) in
            let (catalog, report) = try reindex(options: options, full: full)
            return (CatalogCheck(catalog: catalog), report)
        }
    }

    public func catalogueCentres() async throws(DirectoryError) -> [Centre] {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try catalogueCentres() }
    }

    public func published() async throws(DirectoryError) -> PublishedCatalog {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try published() }
    }

    public func screenShow(id: String, today: CalendarDate = .today()) async throws(DirectoryError) -> ScreenShow? {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try screenShow(id: id, today: today) }
    }

    public func screenShow(for screen: Screen, today: CalendarDate = .today()) async throws(DirectoryError) -> ScreenShow {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try screenShow(for: screen, today: today) }
    }

    public func vocabulary() async throws(DirectoryError) -> CatalogVocabulary {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try vocabulary() }
    }

    public func offer(id: String) async throws(DirectoryError) -> OfferDetail {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try offer(id: id) }
    }

    public func overview() async throws(DirectoryError) -> CatalogOverview {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try overview() }
    }

    /// The live index's status, read once per revision (`RevisionFacts`).
    public func indexStatus() async throws(DirectoryError) -> IndexStatus? {
        try await currentFacts()?.status
    }

    /// Whether semantic search works against the live index, as the model is now: never waits
    /// for a load (`/healthz` says `indlaeser` meanwhile).
    public func semanticStatus() async -> SemanticStatus {
        let facts = try? await currentFacts()
        return semantic.status(indexModel: facts?.vectorModel)
    }

    /// A print-ready PDF, rendered on the render queue (a few at a time; `busy` when its line is
    /// full). The all-offers overview for GPs is rendered once per index revision and day.
    public func handout(_ request: HandoutRequest) async throws(DirectoryError) -> PrintedHandout {
        try await renders.run { [self] () throws(DirectoryError) in
            guard OverviewHandoutCache.isOverview(request), let revision = index.currentRevision() else { return try handout(request) }
            return try overviewHandouts.handout(revision: revision, day: request.today) { () throws(DirectoryError) in try handout(request) }
        }
    }

    public func exportSundhedDK(to folder: String, since previous: String? = nil, today: CalendarDate = .today()) async throws(DirectoryError)
        -> ExportReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try exportSundhedDK(to: folder, since: previous, today: today) }
    }

    public func exportHSDS(to folder: String) async throws(DirectoryError) -> ExportReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try exportHSDS(to: folder) }
    }

    public func exportFHIR(to file: String) async throws(DirectoryError) -> ExportReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try exportFHIR(to: file) }
    }

    public func importHSDS(from folder: String, to catalogFolder: String) async throws(DirectoryError) -> ImportReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try importHSDS(from: folder, to: catalogFolder) }
    }

    public func formatOffers(check: Bool, stateFolder: String? = nil) async throws(DirectoryError) -> [String] {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try formatOffers(check: check, stateFolder: stateFolder) }
    }
}
