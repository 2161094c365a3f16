#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A ``DuplicateIndex`` per unit, for keys that hold the unit: two rows of different units
/// can never share a key, so only the unit being read needs its index in memory.
///
/// Returns list a unit's rows together (one commune's file, or a district's file unit by
/// unit), so when the unit changes the finished unit's entries are parked in a scratch file
/// and memory stays that of the largest unit, not of the file: flat in N for a province's
/// month. A unit that comes back later has its entries read back first, so the answers are
/// exactly those of one index over the whole file. Should the scratch file fail (a full
/// disk), parked entries stay in memory instead: slower to grow, never wrong.
struct UnitPartitionedIndex: ~Copyable {
    private var unit: String?
    private var current = DuplicateIndex()
    /// Where each parked unit's entries are: runs of (offset, count) in the scratch file, or
    /// an index kept in memory.
    private var parked: [String: [(offset: Int, count: Int)]] = [:]
    private var kept: [String: DuplicateIndex] = [:]
    private var scratch: Int32 = -1
    private var scratchEnd = 0
    private var scratchFailed = false

    init() {}

    deinit { if scratch >= 0 { close(scratch) } }

    mutating func firstLine(of key: [String], unit: String, line: Int) -> Int? {
        if unit != self.unit { switchTo(unit) }
        return current.firstLine(of: key, line: line)
    }

    private mutating func switchTo(_ next: String) {
        if let previous = unit { park(previous) }
        unit = next
        current = kept.removeValue(forKey: next) ?? DuplicateIndex()
        if let runs = parked.removeValue(forKey: next) {
            for run in runs { restore(run) }
        }
    }

    private mutating func park(_ finished: String) {
        defer { current = DuplicateIndex() }
        guard current.count > 0 else { return }
        if let run = write(current) {
            parked[finished, default: []].append(run)
        } else {
            kept[finished] = current
        }
    }

    /// Appends the entries to the scratch file, 12 bytes each.
    private mutating func write(_ index: DuplicateIndex) -> (offset: Int, count: Int)? {
        guard !scratchFailed, openScratch() else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(index.count * 12)
        index.forEach { h, l in
            withUnsafeBytes(of: h.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: l.littleEndian) { bytes.append(contentsOf: $0) }
        }
        let written = bytes.withUnsafeBytes { UnitPartitionedIndex.writeAll(scratch, $0, at: scratchEnd) }
        guard written else { scratchFailed = true; return nil }
        defer { scratchEnd += bytes.count }
        return (scratchEnd, index.count)
    }

    private mutating func restore(_ run: (offset: Int, count: Int)) {
        var bytes = [UInt8](repeating: 0, count: run.count * 12)
        let ok = bytes.withUnsafeMutableBytes { pread(scratch, $0.baseAddress, $0.count, off_t(run.offset)) == $0.count }
        // A scratch file that cannot be read back is beyond repair for this file's check.
        precondition(ok, "the duplicate-key scratch file could not be read back")
        bytes.withUnsafeBytes { raw in
            for k in 0..<run.count {
                let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12 * k, as: UInt64.self))
                let l = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12 * k + 8, as: UInt32.self))
                _ = current.firstLine(hash: h, line: l)
            }
        }
    }

    /// An unnamed scratch file: removed from its folder as soon as it is open, so it goes
    /// away with the process however the process ends.
    private mutating func openScratch() -> Bool {
        if scratch >= 0 { return true }
        var template = Array((FileManager.default.temporaryDirectory.path + "/tonghop-keys-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { scratchFailed = true; return false }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        scratch = fd
        return true
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}
