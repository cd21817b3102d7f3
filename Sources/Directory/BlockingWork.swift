import Foundation
import NIOPosix

/// The one door off the event loops and Swift's cooperative pool: every call of the async
/// Directory API that blocks (Xapian, files, PDF rendering, git, SQLite) runs its work here, on a
/// small pool of the Directory's own threads, as Hummingbird's `NonBlockingFileIO` does for file
/// reads. The cooperative pool has one thread a core (two here), and it runs every route
/// handler: one of them blocked in a search or a git commit held up every other request.
///
/// The language model is not called here: it has a thread of its own (`ModelService`), and a
/// search waits for it without holding any thread.
enum BlockingWork {
    /// Enough that a slow call (a git commit, an fsync, an update of the index after a save)
    /// leaves threads for searches; few enough that blocked work cannot crowd out the event
    /// loops on a small machine.
    static let threadCount = max(4, ProcessInfo.processInfo.activeProcessorCount)

    /// Started on first use and kept for the life of the process (as `NIOThreadPool.singleton`).
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: threadCount)
        pool.start()
        return pool
    }()

    /// Runs body on the pool and waits for it without holding a thread of the caller's.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(DirectoryError) -> T) async throws(DirectoryError) -> T {
        let result: Result<T, DirectoryError>
        do {
            result = try await pool.runIfActive { () -> Result<T, DirectoryError> in
                do throws(DirectoryError) { return .success(try body()) } catch { return .failure(error) }
            }
        } catch {
            // Only when the pool was shut down, which this process never does.
            throw .invalidRequest("Arbejdet kunne ikke startes: \(error)")
        }
        return try result.get()
    }

    /// Runs body on a thread of its own, for work that can take minutes (a full build of the
    /// index embeds every offer): on the pool it would hold one of the few threads that every
    /// page's work shares, and a few of them at once would stall every request.
    static func runAlone<T: Sendable>(_ body: @escaping @Sendable () throws(DirectoryError) -> T) async throws(DirectoryError) -> T {
        let result: Result<T, DirectoryError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                do throws(DirectoryError) { continuation.resume(returning: .success(try body())) } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            thread.name = "tilbud-lang-opgave"
            thread.start()
        }
        return try result.get()
    }
}
