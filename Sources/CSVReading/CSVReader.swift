/// Reads a CSV return record by record, in constant memory, with the position of everything.
///
/// Opening the file makes one pass over its bytes (size, SHA-256, encoding detection and
/// validation), so every encoding problem is reported by `init` before any record is handed
/// out. Records are then scanned from 64 KiB chunks into one reused buffer (see ``Record``).
///
/// Encoding: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); else valid UTF-8; else Windows-1258 or
/// TCVN3 by the rule in ``LegacyByteCounts/guess()``, with ``encodingGuessed`` set. A NUL is
/// `encoding-invalid` at its offset in every encoding: no real CSV holds one, and a UTF-16 file
/// without a BOM is caught that way instead of being read as garbage.
///
/// Dialect: RFC 4180 quoting with `""`, line breaks inside quotes, CRLF, LF or CR line ends.
/// A quote opens a quoted cell only as the cell's first byte; a quote elsewhere in an unquoted
/// cell, and anything after a closing quote, is kept literally, as Excel does.
///
/// ## Topics
/// - ``next()``, ``record``
/// - ``ReadOptions``, ``ReadError``
public final class CSVReader {
    /// The encoding used.
    public let encoding: TextEncoding
    /// True when Windows-1258 or TCVN3 was chosen by detection (not forced, no BOM): the report
    /// warns `encoding-guessed`.
    public let encodingGuessed: Bool
    /// The delimiter used (set once, by `init`, after the first chunk has been read for sniffing).
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// SHA-256 of the file's bytes, lower-case hex.
    public let sha256: String
    /// Whether the file opened with a byte order mark (Excel's "CSV UTF-8", "Unicode Text").
    public let hasBOM: Bool
    public let fileSize: Int

    private let file: InputFile
    private let maxCellBytes: Int
    private var transcoder: Transcoder?
    /// Raw input for transcoding; unused for UTF-8, which is scanned in place.
    private let raw: UnsafeMutableRawBufferPointer
    private var rawBase = 0
    /// Decoded UTF-8 text: `window[pos..<end]` is still to scan.
    private let window: UnsafeMutablePointer<UInt8>
    private let windowCapacity: Int
    /// For transcoded text, the file offset of each window byte.
    private let sourceOffsets: UnsafeMutablePointer<Int>?
    private var pos = 0
    private var end = 0
    /// UTF-8 bytes scanned before `window[0]`: file offset of `window[0]` for UTF-8 input, and
    /// a stream position for telling CR LF from CR alone across chunks.
    private var streamBase = 0
    private var inputExhausted = false
    private var finished = false
    private let isSpecial: UnsafeMutablePointer<Bool>

    private var line = 1
    /// The last record ended on CR: an LF right after it belongs to the same line break.
    private var pendingLF = false
    /// Stream position of the last CR inside a quoted cell.
    private var lastQuotedCR = -2
    private var recordNumber = 0
    /// Where the current cell starts, for a cell-too-long error.
    private var cellLine = 1
    private let storage = RecordStorage()
    private var current: Record

    public init(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) {
        file = try InputFile(path: path)
        let survey = try FileSurvey(file: file, maxBytes: options.maxFileBytes)
        sha256 = survey.sha256
        fileSize = survey.size
        maxCellBytes = options.maxCellBytes

        var skip = 0
        var legacyCounts: LegacyByteCounts?
        if let forced = options.encoding {
            let utf8Family = forced == .utf8 || forced == .utf8BOM
            encoding = utf8Family ? (survey.bom == .utf8BOM ? .utf8BOM : forced) : forced
            encodingGuessed = false
            if survey.bom == encoding { skip = encoding == .utf8BOM ? 3 : 2 }
        } else if let bom = survey.bom {
            encoding = bom
            encodingGuessed = false
            skip = bom == .utf8BOM ? 3 : 2
        } else if survey.firstInvalidUTF8 == nil {
            encoding = .utf8
            encodingGuessed = false
        } else {
            legacyCounts = try LegacyByteCounts(file: file)
            encoding = legacyCounts!.guess()
            encodingGuessed = true
        }
        if legacyCounts == nil, encoding == .windows1258 || encoding == .tcvn3 {
            legacyCounts = try LegacyByteCounts(file: file)
        }

        let chunk = FileSurvey.chunkSize
        raw = .allocate(byteCount: chunk, alignment: 8)
        switch encoding {
        case .utf8, .utf8BOM:
            windowCapacity = chunk
            sourceOffsets = nil
        default:
            windowCapacity = Transcoder.outputCapacity(rawCount: chunk)
            sourceOffsets = .allocate(capacity: windowCapacity)
            transcoder = Transcoder(encoding: encoding)
        }
        window = .allocate(capacity: windowCapacity)
        isSpecial = .allocate(capacity: 256)
        current = Record(storage: storage, count: 0, line: 1, byteOffset: 0, number: 0)

        hasBOM = skip > 0
        try CSVReader.validate(survey: survey, legacyCounts: legacyCounts, encoding: encoding, skip: skip, file: file)

        _ = try fill(skippingFileBytes: skip)
        delimiter = options.delimiter ?? DelimiterSniffer.sniff(UnsafeBufferPointer(start: window + pos, count: end - pos))
        isSpecial.initialize(repeating: false, count: 256)
        isSpecial[Int(delimiter)] = true
        isSpecial[0x0A] = true
        isSpecial[0x0D] = true
    }

    deinit {
        raw.deallocate()
        window.deallocate()
        sourceOffsets?.deallocate()
        isSpecial.deallocate()
    }

    /// The current record; valid until the next call to ``next()``.
    public var record: Record { current }

    /// Moves to the next record; false at the end of the input. Blank lines are records too
    /// (with count 0). After an error, the reader is finished and returns false.
    public func next() throws(ReadError) -> Bool {
        if finished { return false }
        do {
            let more = try scanRecord()
            if !more { finished = true }
            return more
        } catch {
            finished = true
            throw error
        }
    }

    // MARK: - Scanning

    private enum Stop { case delimiter, carriageReturn, lineFeed, endOfInput }

    private static let quote = UInt8(ascii: "\"")
    static let unterminatedQuote = "unterminated quote"

    private func scanRecord() throws(ReadError) -> Bool {
        storage.reset()
        if pos == end, try !fill() { return false }
        if pendingLF {
            pendingLF = false
            if window[pos] == 0x0A {
                pos += 1
                if pos == end, try !fill() { return false }
            }
        }
        let startLine = line
        let startOffset = sourceOffset(pos)
        recordNumber += 1
        while true {
            cellLine = line
            let cellStart = storage.count
            if pos == end, try !fill() {
                storage.endField()
                break
            }
            if window[pos] == CSVReader.quote {
                pos += 1
                try scanQuoted(cellStart: cellStart)
            }
            let stop = try scanUnquoted(cellStart: cellStart)
            storage.endField()
            switch stop {
            case .delimiter:
                pos += 1
                continue
            case .carriageReturn:
                pos += 1
                line += 1
                pendingLF = true
            case .lineFeed:
                pos += 1
                line += 1
            case .endOfInput:
                break
            }
            break
        }
        var count = storage.fieldCount
        while count > 0 && Record.isBlankField(storage, count - 1) { count -= 1 }
        current = Record(storage: storage, count: count, line: startLine, byteOffset: startOffset, number: recordNumber)
        return true
    }

    /// Appends bytes up to the next delimiter or line break; stops on it without consuming it.
    @inline(__always)
    private func scanUnquoted(cellStart: Int) throws(ReadError) -> Stop {
        while true {
            var p = pos
            let e = end
            let w = window
            let special = isSpecial
            while p < e && !special[Int(w[p])] { p += 1 }
            if p > pos {
                storage.append(w + pos, p - pos)
                try checkCellLength(cellStart)
            }
            pos = p
            if p < e {
                let b = w[p]
                return b == delimiter ? .delimiter : (b == 0x0D ? .carriageReturn : .lineFeed)
            }
            if try !fill() { return .endOfInput }
        }
    }

    /// Appends a quoted cell's content after its opening quote, through the closing quote.
    private func scanQuoted(cellStart: Int) throws(ReadError) {
        let openedOn = line
        while true {
            var p = pos
            let e = end
            let w = window
            while p < e {
                let b = w[p]
                if b == CSVReader.quote || b == 0x0A || b == 0x0D { break }
                p += 1
            }
            if p > pos {
                storage.append(w + pos, p - pos)
                try checkCellLength(cellStart)
            }
            pos = p
            if p == e {
                if try !fill() {
                    throw ReadError(code: .csvMalformed, line: openedOn, detail: CSVReader.unterminatedQuote)
                }
                continue
            }
            let b = w[p]
            pos += 1
            if b == 0x0D {
                storage.append(b)
                line += 1
                lastQuotedCR = streamBase + p
            } else if b == 0x0A {
                storage.append(b)
                if streamBase + p != lastQuotedCR + 1 { line += 1 }
            } else {
                if pos == end, try !fill() { return }
                if window[pos] != CSVReader.quote { return }
                storage.append(CSVReader.quote)
                pos += 1
            }
            try checkCellLength(cellStart)
        }
    }

    @inline(__always)
    private func checkCellLength(_ cellStart: Int) throws(ReadError) {
        if storage.count - cellStart > maxCellBytes {
            throw ReadError(code: .csvMalformed, line: cellLine, detail: "cell longer than \(maxCellBytes) bytes")
        }
    }

    private func sourceOffset(_ p: Int) -> Int {
        if let offsets = sourceOffsets { return p < end ? offsets[p] : rawBase }
        return streamBase + p
    }

    // MARK: - Input

    /// Refills the window once everything in it has been scanned; false at the end of input.
    private func fill(skippingFileBytes skip: Int = 0) throws(ReadError) -> Bool {
        streamBase += end
        pos = 0
        end = 0
        while end == 0 {
            if inputExhausted { return false }
            if var transcoder {
                let n = try file.readFully(into: raw.baseAddress!, count: raw.count)
                if n < raw.count { inputExhausted = true }
                let s = min(skip, n)
                let chunk = UnsafeRawBufferPointer(rebasing: raw[s..<n])
                end = try transcoder.decode(chunk, base: rawBase + s, isLast: inputExhausted, out: window, offsets: sourceOffsets!)
                self.transcoder = transcoder
                rawBase += n
            } else {
                let n = try file.readFully(into: window, count: windowCapacity)
                if n < windowCapacity { inputExhausted = true }
                end = n
                if skip > 0 {
                    pos = min(skip, n)
                    if pos == end { pos = 0; end = 0; streamBase += skip }
                }
            }
        }
        return true
    }

    // MARK: - Validation

    /// Reports the first byte the chosen encoding cannot decode, with its line.
    private static func validate(survey: FileSurvey, legacyCounts: LegacyByteCounts?, encoding: TextEncoding,
                                 skip: Int, file: InputFile) throws(ReadError) {
        var problem: ReadError?
        switch encoding {
        case .utf8, .utf8BOM:
            let offsets = [survey.firstInvalidUTF8, survey.firstNUL].compactMap { $0 }
            if let first = offsets.min() {
                problem = ReadError(code: .encodingInvalid, byteOffset: first,
                                    detail: first == survey.firstNUL ? "NUL byte" : "invalid UTF-8")
            }
        case .windows1258, .tcvn3:
            let table = encoding == .tcvn3 ? LegacyCodePage.tcvn3 : LegacyCodePage.windows1258
            if let first = legacyCounts?.firstUndecodable(in: table) {
                problem = Transcoder.undecodable(first.byte, at: first.offset, in: encoding)
            }
        case .utf16LE, .utf16BE:
            problem = try utf16Error(file: file, encoding: encoding, skip: skip)
        }
        guard let problem else { return }
        let line = try lineNumber(file: file, encoding: encoding, at: problem.byteOffset ?? 0)
        throw ReadError(code: problem.code, line: line, byteOffset: problem.byteOffset, detail: problem.detail)
    }

    /// Decodes the whole file once: UTF-16 errors (lone surrogates, an odd length) only show there.
    private static func utf16Error(file: InputFile, encoding: TextEncoding, skip: Int) throws(ReadError) -> ReadError? {
        var transcoder = Transcoder(encoding: encoding)
        let capacity = Transcoder.outputCapacity(rawCount: FileSurvey.chunkSize)
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        defer { out.deallocate(); offsets.deallocate() }
        var failure: ReadError?
        do {
            try file.forEachChunk(size: FileSurvey.chunkSize) { (chunk, base, isLast) throws(ReadError) in
                let s = base == 0 ? min(skip, chunk.count) : 0
                _ = try transcoder.decode(UnsafeRawBufferPointer(rebasing: chunk[s...]), base: base + s, isLast: isLast,
                                          out: out, offsets: offsets)
                return true
            }
        } catch where error.code == .encodingInvalid {
            failure = error
        }
        return failure
    }

    /// The physical line holding file offset `target`, counting CR, LF and CR LF as one break each.
    private static func lineNumber(file: InputFile, encoding: TextEncoding, at target: Int) throws(ReadError) -> Int {
        let unit = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1
        var line = 1
        var previousCR = false
        try file.forEachChunk(size: FileSurvey.chunkSize) { (buffer, offset, _) in
            var k = 0
            while k + unit <= buffer.count && offset + k < target {
                let value: UInt8
                switch encoding {
                case .utf16LE: value = buffer[k + 1] == 0 ? buffer[k] : 0xFF
                case .utf16BE: value = buffer[k] == 0 ? buffer[k + 1] : 0xFF
                default: value = buffer[k]
                }
                if value == 0x0D { line += 1 }
                if value == 0x0A && !previousCR { line += 1 }
                previousCR = value == 0x0D
                k += unit
            }
            return offset + buffer.count < target
        }
        return line
    }
}
