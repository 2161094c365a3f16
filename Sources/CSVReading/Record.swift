import Foundation

/// One CSV record: a view over the reader's reused buffer (all fields' bytes back to back,
/// and where each ends), with the position it started at.
public struct Record {
    let bytes: [UInt8]
    let ends: [Int]
    /// Fields, trailing empty fields dropped.
    public let count: Int
    /// The physical line where the record starts, 1-based.
    public let line: Int
    /// Offset of the record's start in the decoded (UTF-8) text; the file offset for UTF-8 files.
    public let byteOffset: Int
    /// 1-based record number.
    public let number: Int

    /// Every field empty after trimming (a blank line, or only delimiters).
    public var isBlank: Bool { count == 0 }

    /// The field as clean text: NFC, no-break spaces as spaces, trimmed; `""` past the end.
    public func field(_ i: Int) -> String {
        guard i < count else { return "" }
        let start = i == 0 ? 0 : ends[i - 1]
        return Record.clean(bytes[start..<ends[i]])
    }

    /// Trims spaces and tabs (and no-break spaces) at the byte level, turns inner no-break
    /// spaces into spaces, and composes to NFC only when the bytes hold combining marks
    /// (U+0300–U+036F): precomposed text, the usual case, never goes through the normaliser.
    static func clean(_ slice: ArraySlice<UInt8>) -> String {
        var lo = slice.startIndex, hi = slice.endIndex
        func isSpace(_ i: Int) -> Int {
            let b = slice[i]
            if b == 0x20 || b == 0x09 { return 1 }
            if b == 0xC2, i + 1 < hi, slice[i + 1] == 0xA0 { return 2 }
            return 0
        }
        while lo < hi { let n = isSpace(lo); if n == 0 { break }; lo += n }
        while hi > lo {
            if slice[hi - 1] == 0x20 || slice[hi - 1] == 0x09 { hi -= 1; continue }
            if hi - 2 >= lo, slice[hi - 2] == 0xC2, slice[hi - 1] == 0xA0 { hi -= 2; continue }
            break
        }
        var needsWork = false, combining = false
        var i = lo
        while i < hi {
            let b = slice[i]
            if b >= 0x80 {
                needsWork = true
                if b == 0xCC || b == 0xCD { combining = true }
            }
            i += 1
        }
        if !needsWork { return String(decoding: slice[lo..<hi], as: UTF8.self) }
        var bytes = Array(slice[lo..<hi])
        // No-break spaces (U+00A0, U+202F) inside the text become plain spaces.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var j = 0
        while j < bytes.count {
            if bytes[j] == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xA0 { out.append(0x20); j += 2; continue }
            if bytes[j] == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0xAF { out.append(0x20); j += 3; continue }
            out.append(bytes[j]); j += 1
        }
        bytes = out
        let text = String(decoding: bytes, as: UTF8.self)
        return combining ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether a field's bytes hold anything but spaces (including no-break spaces).
    static func hasContent(_ slice: ArraySlice<UInt8>) -> Bool {
        var i = slice.startIndex
        while i < slice.endIndex {
            let b = slice[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if b == 0xC2, i + 1 < slice.endIndex, slice[i + 1] == 0xA0 { i += 2; continue }
            return true
        }
        return false
    }
}
