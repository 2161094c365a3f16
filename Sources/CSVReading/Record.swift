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

    static func clean(_ slice: ArraySlice<UInt8>) -> String {
        var lo = slice.startIndex, hi = slice.endIndex
        var ascii = true
        for b in slice where b >= 0x80 { ascii = false; break }
        if ascii {
            while lo < hi, slice[lo] == 0x20 || slice[lo] == 0x09 { lo += 1 }
            while hi > lo, slice[hi - 1] == 0x20 || slice[hi - 1] == 0x09 { hi -= 1 }
            return String(decoding: slice[lo..<hi], as: UTF8.self)
        }
        let text = String(decoding: slice, as: UTF8.self)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: "\u{202F}", with: " ")
        return text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
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
