/// Key hashes and their first lines in memory, 12 bytes a slot, kept in hash order: a hash
/// lives at its home slot (its top bits scaled to the capacity) or in the first slot after
/// it that keeps every run sorted, with no wrap-around (a short tail past the last home slot
/// takes the overflow). Sorted, the entries come out in hash order for free, so the index
/// file (``DuplicateIndexFile``) takes them in one forward pass, and growing is one pass too.
///
/// Each entry sits where placing the sorted entries one after another, each at its home or
/// just after the one before, would put it; inserting keeps that so by moving the rest of
/// the run up one slot. A miss stops at the first larger hash, so it is no slower than in
/// a table in arrival order.
struct DuplicateIndexTable {
    /// Free slots are 0 (``DuplicateIndex`` never stores a hash of 0).
    private var hashes: [UInt64] = []
    private var lines: [UInt32] = []
    /// Home slots; the storage has ``tail`` slots or more past them.
    private(set) var capacity = 0
    private(set) var count = 0

    /// Slots past the last home slot: the end of the last run.
    static let tail = 64
    /// Bytes a slot takes.
    static let slotSize = MemoryLayout<UInt64>.size + MemoryLayout<UInt32>.size

    /// The slot holding `hash`, or the slot it would take.
    func slot(for hash: UInt64) -> Int {
        var i = home(hash)
        while i < hashes.count {
            let here = hashes[i]
            if here == 0 || here >= hash { break }
            i += 1
        }
        return i
    }

    func holds(_ hash: UInt64, at slot: Int) -> Bool {
        slot < hashes.count && hashes[slot] == hash
    }

    /// Whether one more entry would load the table past three quarters.
    var isLoaded: Bool { (count + 1) * 4 > capacity * 3 }

    /// Puts an absent hash at the slot ``slot(for:)`` gave, moving the rest of its run up one
    /// slot; false, and nothing changed, when the table is loaded or the run would pass the
    /// tail: the caller then grows or empties the table and looks the hash up again.
    mutating func insert(_ hash: UInt64, line: UInt32, at slot: Int) -> Bool {
        guard !isLoaded else { return false }
        var end = slot
        while end < hashes.count && hashes[end] != 0 { end += 1 }
        guard end < hashes.count else { return false }
        while end > slot {
            hashes[end] = hashes[end - 1]
            lines[end] = lines[end - 1]
            end -= 1
        }
        hashes[slot] = hash
        lines[slot] = line
        count += 1
        return true
    }

    /// The same entries over `capacity` home slots, placed in one pass in hash order. The
    /// tail is at least ``tail`` slots past the last entry, and doubles what passed the last
    /// home slot: only hashes sharing their top bits make runs that long.
    func resized(to capacity: Int) -> DuplicateIndexTable {
        var table = DuplicateIndexTable()
        table.capacity = capacity
        var last = -1
        var slot = next(from: 0)
        while slot < hashes.count {
            last = max(table.home(hashes[slot]), last + 1)
            slot = next(from: slot + 1)
        }
        let storage = max(capacity, last + 1) + max(Self.tail, last + 1 - capacity)
        table.hashes = Array(repeating: 0, count: storage)
        table.lines = Array(repeating: 0, count: storage)
        last = -1
        slot = next(from: 0)
        while slot < hashes.count {
            last = max(table.home(hashes[slot]), last + 1)
            table.hashes[last] = hashes[slot]
            table.lines[last] = lines[slot]
            slot = next(from: slot + 1)
        }
        table.count = count
        return table
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        hashes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        count = 0
    }

    /// The first occupied slot at or after `slot`, or the end of the storage: walking the
    /// slots this way gives the entries in hash order.
    func next(from slot: Int) -> Int {
        var i = slot
        while i < hashes.count && hashes[i] == 0 { i += 1 }
        return i
    }

    /// The end of the storage, for walks with ``next(from:)``.
    var end: Int { hashes.count }

    func hash(at slot: Int) -> UInt64 { hashes[slot] }
    func line(at slot: Int) -> UInt32 { lines[slot] }

    private func home(_ hash: UInt64) -> Int { Self.home(hash, capacity: capacity) }

    /// A hash's home slot among `capacity`: its top bits, scaled. It grows with the hash,
    /// which is what keeps a table in hash order.
    static func home(_ hash: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(capacity)).high)
    }
}
