/// The reader's one record buffer, reused for every record: the bytes of all fields back to back
/// plus the end offset of each field (rust-csv's design), so scanning allocates nothing per field.
final class RecordStorage {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private var endsCapacity: Int
    private(set) var fieldCount = 0

    init() {
        capacity = 4096
        bytes = .allocate(capacity: capacity)
        endsCapacity = 64
        ends = .allocate(capacity: endsCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    func reset() {
        count = 0
        fieldCount = 0
    }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(to: count + n) }
        (bytes + count).update(from: source, count: n)
        count += n
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        bytes[count] = byte
        count += 1
    }

    /// Ends the current field at the current byte count.
    @inline(__always)
    func endField() {
        if fieldCount == endsCapacity {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
            bigger.moveInitialize(from: ends, count: fieldCount)
            ends.deallocate()
            ends = bigger
            endsCapacity *= 2
        }
        ends[fieldCount] = count
        fieldCount += 1
    }

    /// Where field `i` starts in ``bytes``.
    func start(of i: Int) -> Int { i == 0 ? 0 : ends[i - 1] }

    private func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.moveInitialize(from: bytes, count: count)
        bytes.deallocate()
        bytes = bigger
        capacity = size
    }
}
