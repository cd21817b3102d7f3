import Foundation
import OfferModel

/// Builds Xapian documents and stored offers on a second thread while the caller adds them
/// to the database and the offer store, so term generation (Swift) and Xapian's own writing
/// use both cores.
///
/// `@unchecked Sendable`: the queue is guarded by `condition`; the builder and the offers are
/// used only by the producer thread once `start` has handed them over.
final class DocumentPipeline: @unchecked Sendable {
    private enum Item {
        case document(XapianDocument, stored: [UInt8])
        case failure(IndexError)
        case end
    }

    static let capacity = 512
    private let condition = NSCondition()
    private var queue: [Item] = []
    private var head = 0
    private var cancelled = false
    private let builder: OfferDocumentBuilder
    private let offers: [Offer]

    init(builder: OfferDocumentBuilder, offers: [Offer]) {
        self.builder = builder
        self.offers = offers
    }

    /// Starts the producer thread.
    func start() {
        let thread = Thread { [self] in produce() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next document and its stored offer, nil at the end; rethrows a failure of the producer.
    func next() throws(IndexError) -> (document: XapianDocument, stored: [UInt8])? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count { condition.wait() }
        let item = queue[head]
        head += 1
        if head > Self.capacity {
            queue.removeFirst(head)
            head = 0
        }
        condition.signal()
        switch item {
        case let .document(document, stored): return (document, stored)
        case let .failure(error): throw error
        case .end: return nil
        }
    }

    /// Stops the producer early (the consumer failed).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func produce() {
        for offer in offers {
            do {
                guard put(.document(try builder.document(for: offer), stored: StoredOffer.encode(offer))) else { return }
            } catch {
                _ = put(.failure(error))
                return
            }
        }
        _ = put(.end)
    }

    /// Queues an item, waiting while the queue is full; false once cancelled.
    private func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= Self.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(item)
        condition.signal()
        return true
    }
}
