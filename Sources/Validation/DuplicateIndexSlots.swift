import Foundation

/// A run of the index file's slots held in memory, as the file holds them: 12 bytes a
/// slot, the hash then the line, in the machine's byte order (the file lives only as long
/// as the process), a hash of 0 marking a free slot. Every read and write of the file goes
/// through one of these.
struct DuplicateIndexSlots {
    private var bytes: [UInt8]

    static let size = DuplicateIndexTable.slotSize

    init(count: Int = 0) {
        bytes = Array(repeating: 0, count: count * Self.size)
    }

    var count: Int { bytes.count / Self.size }

    func hash(_ i: Int) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i * Self.size, as: UInt64.self) }
    }

    func line(_ i: Int) -> UInt32 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i * Self.size + 8, as: UInt32.self) }
    }

    mutating func set(_ i: Int, hash: UInt64, line: UInt32) {
        bytes.withUnsafeMutableBytes {
            $0.storeBytes(of: hash, toByteOffset: i * Self.size, as: UInt64.self)
            $0.storeBytes(of: line, toByteOffset: i * Self.size + 8, as: UInt32.self)
        }
    }

    /// Moves slots `range` up one slot (onto `range.upperBound`, which must be free).
    mutating func moveUp(_ range: Range<Int>) {
        bytes.withUnsafeMutableBytes {
            let from = $0.baseAddress! + range.lowerBound * Self.size
            (from + Self.size).copyMemory(from: from, byteCount: range.count * Self.size)
        }
    }

    mutating func removeFirst(_ n: Int) {
        bytes.removeFirst(n * Self.size)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Frees every slot, keeping the count.
    mutating func clear() {
        bytes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Appends `n` slots read from the file at `slot`; past the end of the file they are
    /// free. A file this process wrote and cannot read back leaves no correct answer to
    /// give, so that stops the program.
    mutating func append(_ n: Int, from fd: Int32, at slot: Int) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: n * Self.size))
        var done = 0
        while done < n * Self.size {
            let got = bytes.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + start + done, n * Self.size - done, off_t(slot * Self.size + done))
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                fatalError("duplicate-key index: cannot read its temporary file (\(String(cString: strerror(errno))))")
            }
            done += got
        }
    }

    /// Writes slots `range` to the file, those slots starting at file slot `at`.
    func write(_ range: Range<Int>, to fd: Int32, at slot: Int) throws(DuplicateIndexFile.WriteFailure) {
        var done = 0
        let total = range.count * Self.size
        while done < total {
            let put = bytes.withUnsafeBytes {
                pwrite(fd, $0.baseAddress! + range.lowerBound * Self.size + done, total - done, off_t(slot * Self.size + done))
            }
            if put < 0 && errno == EINTR { continue }
            guard put > 0 else { throw DuplicateIndexFile.WriteFailure(code: put < 0 ? errno : ENOSPC) }
            done += put
        }
    }
}
