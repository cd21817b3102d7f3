import Foundation

/// body(0) ... body(count - 1) spread over the cores (`DispatchQueue.concurrentPerform`), with
/// the results in index order. For the full build's parallel parts: the writers and counting the
/// catalogue's average length.
func parallelMap<Value>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    let results = Results<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in results.set(body(index), at: index) }
    return results.values.map { $0! }
}

/// One result per iteration. `@unchecked Sendable`: each iteration writes only its own slot,
/// under `lock`, and the values are read after all iterations end.
private final class Results<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ value: Value, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [Value?] { lock.withLock { slots } }
}
