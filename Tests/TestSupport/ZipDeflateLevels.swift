import Foundation

/// The deflate effort each entry of a zip file records, read from its central directory.
///
/// A zip writer states the level it deflated an entry with in bits 1–2 of the entry's
/// general-purpose flags (APPNOTE 4.4.4): 0 normal, 1 maximum, 2 fast, 3 super fast. That is
/// how a test tells a level-1 workbook from a level-6 one without trusting the writer.
public enum ZipDeflateLevels {
    public enum Effort: UInt16, Sendable { case normal = 0, maximum = 1, fast = 2, superFast = 3 }

    /// Entry name → effort, for the deflated entries (method 8).
    public static func read(_ path: String) throws -> [String: Effort] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // The end-of-central-directory record: the last "PK\5\6" (no archive comment is long).
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1)
            .first(where: { u32($0) == 0x0605_4B50 }) else { throw CocoaError(.fileReadCorruptFile) }
        var entries: [String: Effort] = [:]
        var at = u32(end + 16)
        for _ in 0..<u16(end + 10) {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw CocoaError(.fileReadCorruptFile) }
            let flags = UInt16(u16(at + 8)), method = u16(at + 10)
            let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            if method == 8 { entries[name] = Effort(rawValue: (flags >> 1) & 3) }
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
