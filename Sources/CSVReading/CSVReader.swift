/// A streaming CSV reader over a file's bytes (SPEC §2), in the manner of rust-csv.
///
/// The file is surveyed once (encoding, SHA-256), then read in 64 KiB chunks, transcoded to
/// UTF-8 when needed, and cut into records by a byte-level state machine: RFC 4180 quoting
/// with `""`, line breaks inside quotes, CRLF, LF or CR line ends. One buffer holds the
/// current record's fields back to back and is reused for every record, so memory does not
/// grow with the file. Every record knows the physical line it starts on.
public final class CSVReader {
    public let encoding: TextEncoding
    /// True when Windows-1258 or TCVN3 was chosen by detection (no BOM, not forced).
    public let encodingGuessed: Bool
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    public let sha256: String
    public let fileSize: Int

    private let file: FileHandleReader
    private var transcoder: Transcoder
    private let maxCell: Int
    private var buf: [UInt8] = []
    private var pos = 0
    private var eof = false
    private var lastWasCR = false
    private var line = 1
    private var decoded = 0
    private var number = 0
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var current: Record?

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    public init(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) {
        file = try FileHandleReader(path: path)
        let survey = try ByteSurvey(file: file)
        guard survey.size <= options.maxFileBytes else {
            throw ReadError(.ioError, detail: "file of \(survey.size) bytes is larger than the limit of \(options.maxFileBytes)")
        }
        sha256 = survey.sha256
        fileSize = survey.size
        if let forced = options.encoding {
            try CSVReader.check(forced: forced, survey: survey)
            encoding = forced
            encodingGuessed = false
        } else {
            let (e, guessed) = try survey.choose().get()
            encoding = e
            encodingGuessed = guessed
        }
        transcoder = Transcoder(encoding: encoding)
        maxCell = options.maxCellBytes
        file.rewind()
        bytes.reserveCapacity(4096)
        ends.reserveCapacity(64)
        try refill()
        delimiter = options.delimiter ?? Sniffer.delimiter(in: buf)
    }

    /// A forced encoding must decode the file; otherwise say where it breaks.
    private static func check(forced: TextEncoding, survey: ByteSurvey) throws(ReadError) {
        switch forced {
        case .utf8, .utf8BOM:
            if let bad = survey.invalidUTF8At { throw ReadError(.encodingInvalid, byteOffset: bad, detail: "invalid UTF-8") }
            if let nul = survey.nulAt { throw ReadError(.encodingInvalid, byteOffset: nul, detail: "NUL byte") }
        case .windows1258, .tcvn3:
            if let bad = survey.undefinedAt[forced] { throw ReadError(.encodingInvalid, byteOffset: bad, detail: "byte undefined in \(forced.rawValue)") }
            if let nul = survey.nulAt { throw ReadError(.encodingInvalid, byteOffset: nul, detail: "NUL byte") }
        case .utf16LE, .utf16BE:
            break
        }
    }

    /// The record found by the last successful ``next()``.
    public var record: Record { current! }

    private func refill() throws(ReadError) {
        buf.removeAll(keepingCapacity: true)
        pos = 0
        while buf.isEmpty {
            guard let chunk = try file.read() else {
                try transcoder.finish()
                eof = true
                return
            }
            try transcoder.convert(chunk, into: &buf)
        }
    }

    private enum State { case start, unquoted, quoted, quoteSeen }

    /// Moves to the next record; false at the end of the input.
    public func next() throws(ReadError) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        let startLine = line, startOffset = decoded
        var state = State.start
        var quoteLine = line
        var consumed = false
        var fieldStart = 0
        var lastContent = 0
        let delim = delimiter
        func endField() throws(ReadError) {
            if bytes.count - fieldStart > maxCell {
                throw ReadError(.csvMalformed, line: startLine, detail: "cell longer than \(maxCell) bytes")
            }
            ends.append(bytes.count)
            if Record.hasContent(bytes[fieldStart...]) { lastContent = ends.count }
            fieldStart = bytes.count
        }
        while true {
            if pos == buf.count {
                if !eof { try refill() }
                if eof && pos == buf.count {
                    if state == .quoted {
                        throw ReadError(.csvMalformed, line: quoteLine, detail: "unterminated quote")
                    }
                    guard consumed else { return false }
                    try endField()
                    break
                }
            }
            var b = buf[pos]
            pos += 1
            decoded += 1
            if b == CSVReader.cr {
                lastWasCR = true
                b = CSVReader.lf
            } else if b == CSVReader.lf && lastWasCR {
                lastWasCR = false
                continue
            } else {
                lastWasCR = false
            }
            consumed = true
            if b == CSVReader.lf { line += 1 }
            switch state {
            case .start:
                if b == CSVReader.quote { state = .quoted; quoteLine = line }
                else if b == delim { try endField() }
                else if b == CSVReader.lf { try endField(); return finish(startLine, startOffset, lastContent) }
                else { bytes.append(b); state = .unquoted }
            case .unquoted:
                if b == delim { try endField(); state = .start }
                else if b == CSVReader.lf { try endField(); return finish(startLine, startOffset, lastContent) }
                else {
                    bytes.append(b)
                    if bytes.count - fieldStart > maxCell { try endField() }
                }
            case .quoted:
                if b == CSVReader.quote { state = .quoteSeen }
                else {
                    bytes.append(b)
                    if bytes.count - fieldStart > maxCell { try endField() }
                }
            case .quoteSeen:
                if b == CSVReader.quote { bytes.append(b); state = .quoted }
                else if b == delim { try endField(); state = .start }
                else if b == CSVReader.lf { try endField(); return finish(startLine, startOffset, lastContent) }
                else { bytes.append(b); state = .unquoted }
            }
        }
        return finish(startLine, startOffset, lastContent)
    }

    private func finish(_ startLine: Int, _ offset: Int, _ count: Int) -> Bool {
        number += 1
        current = Record(bytes: bytes, ends: ends, count: count, line: startLine, byteOffset: offset, number: number)
        return true
    }
}

/// Picks the delimiter of a file from its first lines.
enum Sniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]

    /// Among the first 15 lines, the one with the most candidate delimiters outside quotes is
    /// taken for the header (title lines above it have few); its most frequent delimiter wins,
    /// `;` before TAB before `,` on a tie. A file with none is comma-separated.
    static func delimiter(in text: [UInt8]) -> UInt8 {
        var best: [Int] = [0, 0, 0]
        var counts: [Int] = [0, 0, 0]
        var inQuotes = false
        var lines = 0
        func close() {
            if counts.max()! > best.max()! { best = counts }
            counts = [0, 0, 0]
            lines += 1
        }
        for b in text {
            if b == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                close()
                if lines >= 15 { break }
                continue
            }
            if let i = candidates.firstIndex(of: b) { counts[i] += 1 }
        }
        if lines < 15 { close() }
        guard let top = best.max(), top > 0 else { return UInt8(ascii: ",") }
        return candidates[best.firstIndex(of: top)!]
    }
}
