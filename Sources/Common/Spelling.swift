import Foundation

/// A cell's text as the bytes it is written in, as the key of a lookup's memory.
///
/// `String` hashes and compares by Unicode equivalence, normalising Vietnamese text at every
/// lookup; hashing the UTF-8 as it is costs a fraction of that. Two spellings equivalent in
/// Unicode but stored differently (precomposed or not) are then remembered apart, each with
/// the same answer, which the lookup computes from the text either way. Inlinable: other
/// modules compare spellings for every cell.
public struct Spelling: Hashable, Sendable {
    public let text: String

    @inlinable public init(_ text: String) {
        self.text = text
    }

    @inlinable public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    @inlinable public static func == (a: Spelling, b: Spelling) -> Bool {
        var (a, b) = (a.text, b.text)
        return a.utf8.count == b.utf8.count
            && a.withUTF8 { x in b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}
