import Foundation

/// First lines of row keys, by their 64-bit hash (``RowKeyHash``). Two different keys sharing
/// a hash (about one chance in 10^19 per pair) would be reported as duplicates; that is the
/// price knowingly paid.
///
/// It holds at most 8 MiB (unless told otherwise), whatever the number of rows. Up to
/// about 260,000 keys it is one table in memory (``DuplicateIndexTable``), 12 bytes a slot,
/// growing by doubling: a file of ordinary size never touches the disk. Past that, the
/// table's entries go to a table in an unlinked temporary file (``DuplicateIndexFile``)
/// each time the table fills, and the table starts again empty; a key the table does not
/// hold is looked for in the file only when the file's filter says it may be there. Every
/// step costs a constant per key, whatever the order of the rows.
///
/// If the temporary file cannot be made or written (no such folder, no right to write, a
/// full disk), the index keeps every key in memory instead, uncapped, and answers the same.
///
/// A copy of an index that has reached its file shares the file: an index serves one check.
struct DuplicateIndex {
    private var table = DuplicateIndexTable()
    private var file: DuplicateIndexFile?
    /// Home slots the table may grow to before its entries go to the file.
    private var tableLimit: Int
    private let filterBits: Int
    private let blockSlots: Int
    /// Where the file goes; nil: the system's temporary folder (`TMPDIR`).
    private let folder: String?

    /// The default cap: with the program's own 33–35 MiB, `check` stays under 48 MiB.
    static let memoryCap = 8 << 20

    init() {
        self.init(memoryCap: Self.memoryCap, folder: nil)
    }

    /// An index using at most `memoryCap` bytes: half for the table (so that the table's
    /// last growth, when it holds its old storage beside the new, stays under three
    /// quarters), a little for the file's buffers, the rest for the file's filter.
    init(memoryCap: Int, folder: String?) {
        let slot = DuplicateIndexTable.slotSize
        tableLimit = max(1024, memoryCap / 2 / slot - DuplicateIndexTable.tail)
        blockSlots = min(4096, max(16, memoryCap / 256))
        let buffers = 3 * blockSlots * slot
        filterBits = max(64, (memoryCap - (tableLimit + DuplicateIndexTable.tail) * slot - buffers) * 8)
        self.folder = folder
    }

    /// How many keys the temporary file holds (0 while the table holds them all).
    var keysOnDisk: Int { file?.count ?? 0 }

    /// The line of the first row whose key has this hash, or nil after remembering this line as it.
    mutating func firstLine(of hash: UInt64, line: Int) -> Int? {
        let slot = table.slot(for: hash)
        if table.holds(hash, at: slot) { return Int(table.line(at: slot)) }
        if let first = file?.firstLine(of: hash) { return Int(first) }
        remember(hash, line: UInt32(clamping: line), at: slot)
        return nil
    }

    /// The table is loaded, or its last run reached the end: it grows while under its
    /// limit, and past it hands its entries to the file and starts again empty.
    private mutating func makeRoom() {
        if table.capacity < tableLimit {
            let grown = table.isLoaded ? min(max(1024, table.capacity * 2), tableLimit) : table.capacity
            table = table.resized(to: grown)
            return
        }
        let file = self.file ?? DuplicateIndexFile(folder: folder ?? NSTemporaryDirectory(), filterBits: filterBits,
                                                   blockSlots: blockSlots)
        do {
            try file.add(table)
            table.removeAll()
            self.file = file
        } catch {
            keepInMemory(salvaging: file)
        }
    }

    /// Puts a hash that neither the table nor the file holds into the table, making room
    /// as often as needed.
    private mutating func remember(_ hash: UInt64, line: UInt32, at slot: Int) {
        var slot = slot
        while !table.insert(hash, line: line, at: slot) {
            makeRoom()
            slot = table.slot(for: hash)
        }
    }

    /// After the file failed: the table takes the file's keys and grows without a cap.
    private mutating func keepInMemory(salvaging file: DuplicateIndexFile) {
        self.file = nil
        tableLimit = .max
        file.salvage { hash, line in
            let slot = table.slot(for: hash)
            if !table.holds(hash, at: slot) { remember(hash, line: line, at: slot) }
        }
    }
}
