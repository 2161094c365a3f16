import Common
import Foundation

/// One streaming pass over a file's bytes that fingerprints it: SHA-256, whether it is
/// valid UTF-8, where the first NUL is, and how much it looks like each legacy encoding.
struct ByteSurvey {
    var sha256 = ""
    var size = 0
    var bom: TextEncoding?
    /// Offset of the first byte that breaks UTF-8, `nil` when the file is valid UTF-8.
    var invalidUTF8At: Int?
    var nulAt: Int?
    /// First byte each legacy table leaves undefined.
    var undefinedAt: [TextEncoding: Int] = [:]
    /// Bytes typical of TCVN3 Vietnamese (`ă â ê ô ơ ư đ` and capitals at 0xA1-0xAE).
    var tcvnScore = 0
    /// Bytes typical of Windows-1258 Vietnamese (combining tone marks, `ă ơ ư đ`).
    var cp1258Score = 0

    init(file: FileHandleReader) throws(ReadError) {
        var hasher = SHA256()
        var utf8 = UTF8Validator()
        var first = true
        var sequenceStart = 0
        let cp = SingleByteTable.windows1258.utf8, tc = SingleByteTable.tcvn3.utf8
        while let chunk = try file.read() {
            hasher.update(chunk)
            if first {
                first = false
                if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { bom = .utf8BOM }
                else if chunk.starts(with: [0xFF, 0xFE]) { bom = .utf16LE }
                else if chunk.starts(with: [0xFE, 0xFF]) { bom = .utf16BE }
            }
            chunk.withUnsafeBufferPointer { buf in
                for (i, b) in buf.enumerated() {
                    if b < 0x80 {
                        if b == 0 && nulAt == nil { nulAt = size + i }
                        if invalidUTF8At == nil && !utf8.accept(b) { invalidUTF8At = sequenceStart }
                        continue
                    }
                    if invalidUTF8At == nil {
                        if utf8.complete { sequenceStart = size + i }
                        // A broken sequence is reported where it starts, the byte a person would look at.
                        if !utf8.accept(b) { invalidUTF8At = utf8.complete ? size + i : sequenceStart }
                    }
                    if cp[Int(b)].isEmpty && undefinedAt[.windows1258] == nil { undefinedAt[.windows1258] = size + i }
                    if tc[Int(b)].isEmpty && undefinedAt[.tcvn3] == nil { undefinedAt[.tcvn3] = size + i }
                    switch b {
                    case 0xA1...0xAE: tcvnScore += 1
                    case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xE3, 0xF5, 0xFD, 0xF0, 0xC3, 0xD5, 0xDD, 0xD0: cp1258Score += 1
                    default: break
                    }
                }
            }
            size += chunk.count
        }
        if invalidUTF8At == nil && !utf8.complete { invalidUTF8At = size }
        sha256 = hasher.hexDigest()
    }

    /// The encoding SPEC §2 prescribes for these bytes, whether it was a guess, or why none fits.
    func choose() -> Result<(TextEncoding, guessed: Bool), ReadError> {
        if let bom { return .success((bom, false)) }
        if invalidUTF8At == nil {
            if let nul = nulAt { return .failure(ReadError(.encodingInvalid, byteOffset: nul, detail: "NUL byte")) }
            return .success((.utf8, false))
        }
        let preferred: [TextEncoding] = tcvnScore > cp1258Score ? [.tcvn3, .windows1258] : [.windows1258, .tcvn3]
        for e in preferred where undefinedAt[e] == nil && nulAt == nil { return .success((e, true)) }
        let offset = nulAt ?? preferred.compactMap { undefinedAt[$0] }.max() ?? invalidUTF8At ?? 0
        return .failure(ReadError(.encodingInvalid, byteOffset: offset, detail: "bytes no known encoding decodes"))
    }
}

/// An incremental UTF-8 validator (rejects overlongs, surrogates and values past U+10FFFF).
struct UTF8Validator {
    private var need = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    var complete: Bool { need == 0 }

    mutating func accept(_ b: UInt8) -> Bool {
        if need == 0 {
            switch b {
            case 0x00...0x7F: return true
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0; return true
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F; return true
            case 0xF0: need = 3; low = 0x90; return true
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F; return true
            default: return false
            }
            return true
        }
        guard b >= low && b <= high else { return false }
        low = 0x80
        high = 0xBF
        need -= 1
        return true
    }
}

/// Reads a file in fixed-size chunks.
final class FileHandleReader {
    private let fd: Int32
    static let chunkSize = 1 << 16

    init(path: String) throws(ReadError) {
        var st = stat()
        guard stat(path, &st) == 0 else { throw ReadError(.ioError, detail: String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw ReadError(.ioError, detail: "not a regular file") }
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError(.ioError, detail: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }

    /// The next chunk, or `nil` at the end.
    func read() throws(ReadError) -> [UInt8]? {
        var buf = [UInt8](repeating: 0, count: FileHandleReader.chunkSize)
        let n = buf.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, FileHandleReader.chunkSize) }
        if n < 0 { throw ReadError(.ioError, detail: String(cString: strerror(errno))) }
        if n == 0 { return nil }
        buf.removeLast(FileHandleReader.chunkSize - n)
        return buf
    }

    func rewind() { lseek(fd, 0, SEEK_SET) }
}
