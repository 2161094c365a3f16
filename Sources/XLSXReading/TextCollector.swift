/// The text of an element, gathered across the chunks the parser delivers it in, within
/// Excel's limit for a cell.
struct TextCollector {
    private(set) var bytes: [UInt8] = []
    /// Excel holds at most 32,767 characters in a cell; one more is a hostile or broken file.
    static let maxCharacters = 32_767

    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    /// Adds bytes; `false` when the text passed the limit (at most four bytes a character,
    /// so the exact count is needed only past that many bytes).
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.append(contentsOf: chunk)
        guard bytes.count > TextCollector.maxCharacters else { return true }
        return bytes.count <= TextCollector.maxCharacters * 4 && string.utf16.count <= TextCollector.maxCharacters
    }

    /// The text, with OOXML's `_xHHHH_` escapes (how a workbook stores a control character
    /// such as a carriage return) turned back into characters.
    var string: String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "_")) ? TextCollector.unescape(text) : text
    }

    static func unescape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let code = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
