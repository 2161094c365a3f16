/// First lines of row keys, by a 64-bit FNV-1a hash of the key: memory grows by 12 bytes a
/// slot, never by the row itself (about 25 MB for a million rows). Two different keys sharing
/// a hash (about one chance in 10^19 per pair) would be reported as duplicates; that is the
/// price knowingly paid.
struct DuplicateIndex {
    /// Open addressing, linear probing; 0 marks an empty slot (a hash of 0 is stored as 1).
    private var hashes: [UInt64] = []
    private var lines: [UInt32] = []
    private var count = 0

    mutating func firstLine(of key: [String], line: Int) -> Int? {
        var h: UInt64 = 0xcbf29ce484222325
        for part in key {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3
        }
        if h == 0 { h = 1 }
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h { return Int(lines[i]) }
            i = (i + 1) & mask
        }
        hashes[i] = h
        lines[i] = UInt32(clamping: line)
        count += 1
        return nil
    }

    private mutating func grow() {
        let (oldHashes, oldLines) = (hashes, lines)
        let capacity = max(1024, hashes.count * 2)
        hashes = Array(repeating: 0, count: capacity)
        lines = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        for (h, l) in zip(oldHashes, oldLines) where h != 0 {
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = h
            lines[i] = l
        }
    }
}
