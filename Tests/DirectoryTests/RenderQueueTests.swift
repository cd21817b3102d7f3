@testable import Directory
import Foundation
import Testing

/// PDFs render a few at a time, a few more wait, and beyond that a request is refused at once
/// (`busy`, which the web answers with 503 and Retry-After) instead of taking the threads
/// searches need.
@Suite struct RenderQueueTests {
    /// A render that holds its thread until the test lets it go.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        func wait() { semaphore.wait() }
        func open(_ times: Int) { for _ in 0..<times { semaphore.signal() } }
    }

    static func until(_ queue: RenderQueue, running: Int, waiting: Int) async throws -> Bool {
        for _ in 0..<1200 {
            if queue.load == (running, waiting) { return true }
            try await Task.sleep(for: .milliseconds(25))
        }
        return false
    }

    @Test func oneRendersTwoWaitAndTheNextIsRefusedAtOnce() async throws {
        let queue = RenderQueue(running: 1, waiting: 2)
        let gate = Gate()
        let held = (0..<3).map { number in
            Task { () async throws(DirectoryError) -> Int in try await queue.run { gate.wait(); return number } }
        }
        #expect(try await Self.until(queue, running: 1, waiting: 2))
        do {
            _ = try await queue.run { 99 }
            Issue.record("a fourth render was taken")
        } catch {
            guard case .busy(let seconds) = error else { Issue.record("\(error)"); return }
            #expect(seconds == RenderQueue.retryAfter)
        }
        gate.open(3)
        var done: [Int] = []
        for task in held { done.append(try await task.value) }
        #expect(done == [0, 1, 2])
        #expect(queue.load == (0, 0))
        #expect(try await queue.run { 7 } == 7, "free again")
    }
}
