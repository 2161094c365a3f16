import Foundation

/// Hands items from the thread that reads the returns to a second thread that consumes them,
/// so that reading and validating on one core overlaps gathering and writing on the other.
///
/// Items go over in batches (a lock per batch, not per row), and at most `depth` batches wait
/// at a time: when the consumer is the slower side the reader waits for it, so memory stays
/// bounded whatever the month's size. Items are consumed in the order they were sent.
final class RowPipe<Item: Sendable>: @unchecked Sendable {
    // Unchecked: `batches` and `closed` are only touched under `condition`; `filling` only by
    // the sending thread; `consume` only by the consuming thread.
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var closed = false
    private var filling: [Item] = []
    private let batchSize: Int
    private let depth: Int
    private let consume: ([Item]) -> Void
    private let finished = DispatchSemaphore(value: 0)

    /// Starts the consuming thread, which calls `consume` with each batch in order.
    init(batchSize: Int = 512, depth: Int = 8, consume: @escaping ([Item]) -> Void) {
        self.batchSize = batchSize
        self.depth = depth
        self.consume = consume
        filling.reserveCapacity(batchSize)
        let thread = Thread { [self] in run() }
        thread.name = "tonghop-rows"
        thread.start()
    }

    /// Sends one item; waits while `depth` batches are already waiting.
    func send(_ item: Item) {
        filling.append(item)
        if filling.count == batchSize { flush() }
    }

    /// Sends what is left and returns once every item has been consumed.
    func finish() {
        flush()
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    private func flush() {
        guard !filling.isEmpty else { return }
        condition.lock()
        while batches.count >= depth { condition.wait() }
        batches.append(filling)
        condition.broadcast()
        condition.unlock()
        filling.removeAll(keepingCapacity: true)
    }

    private func run() {
        while true {
            condition.lock()
            while batches.isEmpty && !closed { condition.wait() }
            if batches.isEmpty {
                condition.unlock()
                finished.signal()
                return
            }
            let batch = batches.removeFirst()
            condition.broadcast()
            condition.unlock()
            consume(batch)
        }
    }
}
