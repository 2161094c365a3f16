import TaskModel

/// The 64-bit FNV-1a hash of a row's key (SPEC §1.4 "Key"), fed the key's values one by one:
/// each value's text as ``ValueText/show(_:)`` writes it, free text lowercased as
/// `String.lowercased()` does, each value closed by 0x1F; 0 (a free slot of the index) is
/// taken as 1.
///
/// The text is folded while it is hashed, scalar by scalar, so no lowercased string is made
/// for each row: making them was a tenth of `check` on a file of Vietnamese names.
struct RowKeyHash {
    private var state: UInt64 = 0xcbf29ce484222325

    var value: UInt64 { state == 0 ? 1 : state }

    /// Adds one part of the key: a missing value counts as empty text.
    mutating func add(_ value: Value?) {
        switch value {
        case .text(let s)?: addLowercased(s)
        case .choice(let s)?, .unit(let s)?: add(bytesOf: s)
        case let v?: add(bytesOf: ValueText.show(v))
        case nil: break
        }
        add(byte: 0x1F)
    }

    private mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100000001b3
    }

    private mutating func add(bytesOf s: String) {
        for b in s.utf8 { add(byte: b) }
    }

    private mutating func addLowercased(_ s: String) {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                add(byte: v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v))
            } else if v < Self.foldedCount, Self.folded[Int(v)] != Self.several {
                add(scalar: Self.folded[Int(v)])
            } else {
                for b in scalar.properties.lowercaseMapping.utf8 { add(byte: b) }
            }
        }
    }

    /// Adds a scalar's UTF-8 bytes.
    private mutating func add(scalar v: UInt32) {
        switch v {
        case ..<0x80:
            add(byte: UInt8(v))
        case ..<0x800:
            add(byte: UInt8(0xC0 | v >> 6)); add(byte: UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            add(byte: UInt8(0xE0 | v >> 12)); add(byte: UInt8(0x80 | v >> 6 & 0x3F)); add(byte: UInt8(0x80 | v & 0x3F))
        default:
            add(byte: UInt8(0xF0 | v >> 18)); add(byte: UInt8(0x80 | v >> 12 & 0x3F))
            add(byte: UInt8(0x80 | v >> 6 & 0x3F)); add(byte: UInt8(0x80 | v & 0x3F))
        }
    }

    /// The scalars below U+2000 (Latin, Vietnamese's U+1EA0–U+1EF9 among them), each with
    /// its lowercase scalar, or ``several`` when it lowercases to more than one (U+0130).
    private static let foldedCount: UInt32 = 0x2000
    private static let several = UInt32.max
    private static let folded: [UInt32] = (0..<foldedCount).map { v in
        guard let scalar = Unicode.Scalar(v) else { return v }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : several
    }
}
