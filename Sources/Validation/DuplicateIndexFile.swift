import Foundation

/// The keys the memory table could not keep: an ordered table like ``DuplicateIndexTable``,
/// 12 bytes a slot, in a temporary file read and written with `pread` and `pwrite` through
/// small buffers, so that its pages sit in the system's file cache and not in the process's
/// memory. The file is unlinked as soon as it is made: nothing is left behind, even when the
/// process is killed.
///
/// The table is kept at most half full. The memory table's entries come in hash order and
/// go in with one forward pass that reads and writes only the stretches of the file they
/// land in: each entry costs at most one stretch, however large the file, so the time stays
/// linear. When they would fill it past half, every entry is copied into a new file four
/// times as large as the entries, again in one forward pass, and the old file is closed
/// (so copying costs a constant per entry too). A filter (``DuplicateIndexFilter``) spares
/// the read for a hash the file does not hold.
final class DuplicateIndexFile {
    /// A temporary file that could not be made or written; `code` is the `errno`.
    struct WriteFailure: Error {
        let code: Int32
    }

    private let folder: String
    /// Slots read or written at a time when copying into a new file.
    private let blockSlots: Int
    private var filter: DuplicateIndexFilter
    private var fd: Int32 = -1
    /// Home slots of the table.
    private var capacity = 0
    /// Past this slot, every slot of the file is free.
    private var extent = 0
    private(set) var count = 0
    /// After a failed write: the slots whose bytes on disk cannot be trusted, and the slots
    /// held in memory then, which cover them.
    private var untrusted = 0..<0
    private var held = (start: 0, slots: DuplicateIndexSlots())
    /// The buffer of lookups.
    private var probe = DuplicateIndexSlots()

    /// Slots a lookup reads at a time (a hash is rarely more than a few slots past home).
    static let probeSlots = 16

    /// Makes no file yet: the first ``add(_:)`` does.
    init(folder: String, filterBits: Int, blockSlots: Int) {
        self.folder = folder
        self.blockSlots = blockSlots
        filter = DuplicateIndexFilter(bits: filterBits)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func firstLine(of hash: UInt64) -> UInt32? {
        guard filter.mayContain(hash) else { return nil }
        var slot = DuplicateIndexTable.home(hash, capacity: capacity)
        while slot < extent {
            probe.removeAll()
            probe.append(min(Self.probeSlots, extent - slot), from: fd, at: slot)
            for i in 0..<probe.count {
                let here = probe.hash(i)
                if here == hash { return probe.line(i) }
                if here == 0 || here > hash { return nil }
            }
            slot += probe.count
        }
        return nil
    }

    /// Takes every entry of `table`, none of which the file holds. When a write fails, what
    /// the file held and was taking can still be read with ``salvage(_:)``.
    func add(_ table: DuplicateIndexTable) throws(WriteFailure) {
        if (count + table.count) * 2 > capacity {
            try copy(adding: table)
        } else {
            try merge(table)
        }
        var slot = table.next(from: 0)
        while slot < table.end {
            filter.insert(table.hash(at: slot))
            slot = table.next(from: slot + 1)
        }
        count += table.count
    }

    /// After ``add(_:)`` failed: every entry the file held, and those of the table it had
    /// taken (the caller still has the table). An entry may come twice: a write that failed
    /// halfway leaves the bytes it covered untrusted, and they come from memory instead.
    func salvage(_ body: (UInt64, UInt32) -> Void) {
        var reader = DuplicateIndexReader(fd: fd, extent: extent, blockSlots: blockSlots)
        while let entry = reader.next() {
            if !untrusted.contains(entry.slot) { body(entry.hash, entry.line) }
        }
        for i in 0..<held.slots.count where held.slots.hash(i) != 0 {
            body(held.slots.hash(i), held.slots.line(i))
        }
    }

    /// Entries go in, in hash order, each at the first place from its home that keeps the
    /// run sorted, moving the rest of the run up one slot. The window holds the stretch of
    /// the file from the current entry's chunk on; what lies before it is done and written.
    ///
    /// Where the entries fall densely (less than an eighth of a block apart), chunks are
    /// blocks: nearly the whole file is read and written, in few calls. Where they fall
    /// sparsely, chunks are short, so an entry costs one short read and write, however
    /// large the file.
    private func merge(_ table: DuplicateIndexTable) throws(WriteFailure) {
        let chunkSlots = capacity / max(1, table.count) < blockSlots / 8 ? blockSlots : max(4, blockSlots / 128)
        var window = DuplicateIndexSlots()
        var start = 0
        var t = table.next(from: 0)
        while t < table.end {
            let (hash, line) = (table.hash(at: t), table.line(at: t))
            let home = DuplicateIndexTable.home(hash, capacity: capacity)
            let chunk = home - home % chunkSlots
            if chunk > start {
                let done = min(chunk - start, window.count)
                try write(window, 0..<done, at: start)
                window.removeFirst(done)
                start = chunk
            }
            var slot = home
            while true {
                while slot - start >= window.count { window.append(chunkSlots, from: fd, at: start + window.count) }
                let here = window.hash(slot - start)
                if here == 0 || here > hash { break }
                slot += 1
            }
            var free = slot
            while window.hash(free - start) != 0 {
                free += 1
                while free - start >= window.count { window.append(chunkSlots, from: fd, at: start + window.count) }
            }
            window.moveUp((slot - start)..<(free - start))
            window.set(slot - start, hash: hash, line: line)
            extent = max(extent, free + 1)
            t = table.next(from: t + 1)
        }
        try write(window, 0..<window.count, at: start)
    }

    /// Writes slots of the merge's window, remembering what to trust if the write fails.
    private func write(_ window: DuplicateIndexSlots, _ range: Range<Int>, at start: Int) throws(WriteFailure) {
        do {
            try window.write(range, to: fd, at: start + range.lowerBound)
        } catch {
            untrusted = (start + range.lowerBound)..<(start + range.upperBound)
            held = (start, window)
            throw error
        }
    }

    /// The file's entries and the table's, merged in hash order into a new file whose table
    /// will be a quarter full: each at its home or just after the one before.
    private func copy(adding table: DuplicateIndexTable) throws(WriteFailure) {
        let capacity = 4 * (count + table.count)
        let newFD = try Self.makeFile(in: folder)
        var out = DuplicateIndexSlots(count: blockSlots)
        var outStart = 0
        var last = -1
        func put(_ hash: UInt64, _ line: UInt32) throws(WriteFailure) {
            let slot = max(DuplicateIndexTable.home(hash, capacity: capacity), last + 1)
            if slot - outStart >= blockSlots {
                try out.write(0..<(last + 1 - outStart), to: newFD, at: outStart)
                out.clear()
                outStart = slot
            }
            out.set(slot - outStart, hash: hash, line: line)
            last = slot
        }
        do {
            var old = DuplicateIndexReader(fd: fd, extent: extent, blockSlots: blockSlots)
            var entry = old.next()
            var t = table.next(from: 0)
            while entry != nil || t < table.end {
                if let e = entry, t == table.end || e.hash < table.hash(at: t) {
                    try put(e.hash, e.line)
                    entry = old.next()
                } else {
                    try put(table.hash(at: t), table.line(at: t))
                    t = table.next(from: t + 1)
                }
            }
            try out.write(0..<(last + 1 - outStart), to: newFD, at: outStart)
        } catch {
            close(newFD)
            throw error
        }
        if fd >= 0 { close(fd) }
        fd = newFD
        self.capacity = capacity
        extent = last + 1
    }

    /// A new file in the folder, already unlinked.
    private static func makeFile(in folder: String) throws(WriteFailure) -> Int32 {
        var template = Array("\(folder)/tonghop-keys-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteFailure(code: errno) }
        guard unlink(template) == 0 else {
            let code = errno
            close(fd)
            throw WriteFailure(code: code)
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }
}
