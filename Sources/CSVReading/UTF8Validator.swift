import Common

/// A streaming UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
struct UTF8Validator {
    /// Continuation bytes still expected.
    private(set) var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private var sequenceStart = 0
    private(set) var firstInvalid: Int?

    @inline(__always)
    mutating func consume(_ b: UInt8, at offset: Int) {
        if firstInvalid != nil { return }
        if pending > 0 {
            guard b >= low && b <= high else { firstInvalid = sequenceStart; pending = 0; return }
            pending -= 1
            low = 0x80; high = 0xBF
            return
        }
        if b < 0x80 { return }
        sequenceStart = offset
        switch b {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
        case 0xED: pending = 2; high = 0x9F
        case 0xF0: pending = 3; low = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; high = 0x8F
        default: firstInvalid = offset
        }
    }

    /// A sequence cut off by the end of the file is invalid where it started.
    mutating func finish() {
        if firstInvalid == nil, pending > 0 { firstInvalid = sequenceStart }
    }
}
