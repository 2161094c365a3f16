import Foundation

/// One record of a CSV file: a view over the reader's reused buffer, valid until the reader's
/// next call to `next()`.
///
/// Fields come out as a clerk means them: NFC, no-break spaces turned into spaces, trimmed.
/// Positions say where the record is, so every issue found in it can name its line.
public struct Record {
    let storage: RecordStorage
    /// Fields in the record, trailing empty fields dropped (`a;b;;;` has 2).
    public let count: Int
    /// The physical line (1-based) where the record starts; a quoted cell may span lines.
    public let line: Int
    /// The offset in the file of the record's first byte.
    public let byteOffset: Int
    /// The 1-based record number, blank records included.
    public let number: Int

    init(storage: RecordStorage, count: Int, line: Int, byteOffset: Int, number: Int) {
        self.storage = storage
        self.count = count
        self.line = line
        self.byteOffset = byteOffset
        self.number = number
    }

    /// Whether every field is empty after trimming (a blank line, or `;;;`).
    public var isBlank: Bool { count == 0 }

    /// Field `i`, cleaned; `""` when `i >= count`.
    public func field(_ i: Int) -> String {
        guard i >= 0, i < count, i < storage.fieldCount else { return "" }
        return Record.clean(storage.bytes, from: storage.start(of: i), to: storage.ends[i])
    }

    /// Text from elsewhere (a workbook's cell) cleaned as a field is: NFC, no-break spaces
    /// turned into spaces, trimmed.
    public static func cleaned(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
            return clean(UnsafeMutablePointer(mutating: base), from: 0, to: bytes.count)
        }
    }

    /// All fields, cleaned.
    public var fields: [String] { (0..<count).map(field) }

    /// Whether field `i` of the storage is empty after cleaning, without building a string.
    static func isBlankField(_ storage: RecordStorage, _ i: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: storage.bytes + storage.start(of: i), count: storage.ends[i] - storage.start(of: i))
        if bytes.allSatisfy(isASCIISpace) { return true }
        if bytes.contains(where: { $0 < 0x80 && !isASCIISpace($0) }) { return false }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if !scalar.properties.isWhitespace { return false }
        }
        return true
    }

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    static func clean(_ bytes: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> String {
        var s = start, e = end
        while s < e && isASCIISpace(bytes[s]) { s += 1 }
        while e > s && isASCIISpace(bytes[e - 1]) { e -= 1 }
        let slice = UnsafeBufferPointer(start: bytes + s, count: e - s)
        let text = String(decoding: slice, as: UTF8.self)
        return isCleanAsIs(slice) ? text : cleanUnicode(text)
    }

    /// Whether text needs no Unicode cleaning: every scalar is one that is already NFC whatever
    /// follows it and is neither a space to trim nor a no-break space — ASCII, Latin-1 letters
    /// and signs, Latin Extended-A/B, the precomposed Vietnamese letters (U+1E00–U+1EFF), common
    /// punctuation and currency signs. Combining marks (NFD text, Windows-1258) take the slow path.
    private static func isCleanAsIs(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = bytes.count
        while k < n {
            let b = bytes[k]
            if b < 0x80 { k += 1; continue }
            if b < 0xE0 {  // two bytes: U+0080–U+07FF
                guard b >= 0xC2, k + 1 < n else { return false }
                let scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
                guard scalar > 0xA0 && scalar < 0x300 else { return false }
                k += 2
            } else if b < 0xF0 {  // three bytes
                guard k + 2 < n else { return false }
                let scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
                guard (0x1E00..<0x1F00).contains(scalar) || (0x2010..<0x2028).contains(scalar)
                        || (0x2030..<0x205F).contains(scalar) || (0x20A0..<0x20C0).contains(scalar) else { return false }
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    /// No-break spaces (U+00A0, U+2007, U+202F: what Excel and Word put in numbers and names)
    /// become spaces; then NFC, so NFD input from macOS matches; then trimming.
    private static func cleanUnicode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            switch u.value {
            case 0xA0, 0x2007, 0x202F: scalars.append(" ")
            default: scalars.append(u)
            }
        }
        let nfc = String(scalars).precomposedStringWithCanonicalMapping
        guard let first = nfc.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = nfc.lastIndex(where: { !$0.isWhitespace })!
        return String(nfc[first...last])
    }
}
