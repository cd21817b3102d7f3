import Synchronization

/// Where PDFs are rendered: at most `running` at once (on `BlockingWork`'s threads) and at most
/// `waiting` more in line; a request beyond that is refused at once (`DirectoryError.busy`), so
/// that printing cannot take the threads searches need. Two clients fetching the all-offers
/// overview moved the search page's p50 from 12 to 57 ms, sixteen to 807 ms (issue 28).
final class RenderQueue: Sendable {
    let running: Int
    let waiting: Int
    /// Seconds a refused client is told to wait (`Retry-After`).
    static let retryAfter = 5

    private struct State {
        var active = 0
        var line: [CheckedContinuation<Bool, Never>] = []
    }

    private let state = Mutex(State())

    init(running: Int = 1, waiting: Int = 4) {
        self.running = running
        self.waiting = waiting
    }

    /// Renders under way and waiting now.
    var load: (running: Int, waiting: Int) {
        state.withLock { ($0.active, $0.line.count) }
    }

    /// Runs body when its turn comes, or throws `busy` when the line is full.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws(DirectoryError) -> T) async throws(DirectoryError) -> T {
        try await enter()
        defer { leave() }
        return try await BlockingWork.run(body)
    }

    private func enter() async throws(DirectoryError) {
        let refused = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let decided: Bool? = state.withLock { state in
                if state.active < running {
                    state.active += 1
                    return false
                }
                guard state.line.count < waiting else { return true }
                state.line.append(continuation)
                return nil
            }
            if let decided { continuation.resume(returning: decided) }
        }
        if refused { throw .busy(retryAfter: Self.retryAfter) }
    }

    /// Hands the turn to the first in line (the count of active renders stays), or frees it.
    private func leave() {
        let next = state.withLock { state -> CheckedContinuation<Bool, Never>? in
            if state.line.isEmpty {
                state.active -= 1
                return nil
            }
            return state.line.removeFirst()
        }
        next?.resume(returning: false)
    }
}
