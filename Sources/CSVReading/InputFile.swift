#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// An open file read in chunks through POSIX calls, so that failures carry `errno`'s text and
/// no layer above buffers the whole file.
final class InputFile {
    private let fd: Int32

    init(path: String) throws(ReadError) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw InputFile.error("cannot open") }
    }

    deinit { close(fd) }

    /// The size in bytes; a folder or device is refused here rather than failing mid-read.
    func size() throws(ReadError) -> Int {
        var info = stat()
        if fstat(fd, &info) != 0 { throw InputFile.error("cannot stat") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(code: .ioError, detail: "is a directory") }
        return Int(info.st_size)
    }

    /// Reads up to `count` bytes; 0 means the end of the file.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ReadError) -> Int {
        while true {
            let n = systemRead(fd, buffer, count)
            if n >= 0 { return n }
            if errno != EINTR { throw InputFile.error("cannot read") }
        }
    }

    /// Fills the buffer unless the file ends first; returns the bytes read.
    func readFully(into buffer: UnsafeMutableRawPointer, count: Int) throws(ReadError) -> Int {
        var total = 0
        while total < count {
            let n = try read(into: buffer + total, count: count - total)
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// Reads the whole file from its start in chunks of `size` bytes, handing each to `body` with
    /// its file offset and whether it is the last (shorter than `size`, possibly empty); `body`
    /// returns false to stop early. The file is at its start again afterwards.
    func forEachChunk(size: Int, _ body: (UnsafeRawBufferPointer, _ offset: Int, _ isLast: Bool) throws(ReadError) -> Bool) throws(ReadError) {
        try rewind()
        defer { try? rewind() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        var offset = 0
        while true {
            let n = try readFully(into: buffer.baseAddress!, count: size)
            guard try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), offset, n < size), n == size else { return }
            offset += n
        }
    }

    func rewind() throws(ReadError) {
        if lseek(fd, 0, SEEK_SET) < 0 { throw InputFile.error("cannot seek") }
    }

    private static func error(_ what: String) -> ReadError {
        ReadError(code: .ioError, detail: "\(what): \(String(cString: strerror(errno)))")
    }
}
