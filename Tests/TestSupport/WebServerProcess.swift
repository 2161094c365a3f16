import Foundation

/// The built `tonghop-web` (what `tonghop serve` runs) started on a free port of this
/// machine for a test, stopped with SIGINT when released.
public final class WebServerProcess: @unchecked Sendable {
    public let process = Process()
    public let port: Int
    public let data: URL
    private let output = Pipe()

    public static var url: URL { TongHopBinary.productsDirectory.appendingPathComponent("tonghop-web") }

    /// Starts the server on `data` with `arguments` and waits until it listens.
    public init(data: URL, arguments: [String] = []) throws {
        self.data = data
        process.executableURL = Self.url
        process.arguments = ["--data", data.path, "--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line says where it listens: "TongHop: http://127.0.0.1:PORT (…)".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "tonghop-web ended before listening"]) }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let r = text.range(of: #":(\d+) "#, options: .regularExpression),
              let p = Int(text[r].dropFirst().dropLast()) else { throw CocoaError(.fileReadCorruptFile) }
        port = p
    }

    /// The address it listens on (`--host`, 127.0.0.1 unless given).
    public var host: String {
        process.arguments.flatMap { a in a.firstIndex(of: "--host").map { a[$0 + 1] } } ?? "127.0.0.1"
    }

    public var base: String { "http://\(host):\(port)" }

    /// Sends SIGINT (Ctrl-C) and returns the exit status.
    @discardableResult
    public func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }
}

/// HTTP/1.1 over a plain socket to 127.0.0.1: the request goes exactly as written (no path
/// clean-up, any header), as an attacker would send it.
public enum RawHTTP {
    public struct Response: Sendable {
        public let status: Int
        public let headers: [(String, String)]
        public let body: Data

        public func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends `request` (head and body as bytes) and reads the response until the server closes.
    public static func send(port: Int, host: String = "127.0.0.1", _ request: Data) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr(host)
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = request.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
            if let response = parse(received), response.body.count >= Int(response.header("Content-Length") ?? "-1") ?? Int.max { return response }
        }
        guard let response = parse(received) else { throw POSIXError(.EBADMSG) }
        return response
    }

    /// A GET or POST with `Connection: close`; `headers` may set Host, Cookie, Origin….
    public static func request(port: Int, host: String = "127.0.0.1", _ method: String, _ target: String,
                               headers: [String: String] = [:], body: Data = Data()) throws -> Response {
        var head = "\(method) \(target) HTTP/1.1\r\n"
        var all = ["Host": "\(host):\(port)", "Connection": "close"].merging(headers) { $1 }
        if !body.isEmpty || method == "POST" { all["Content-Length"] = all["Content-Length"] ?? String(body.count) }
        for (k, v) in all.sorted(by: { $0.key < $1.key }) { head += "\(k): \(v)\r\n" }
        return try send(port: port, host: host, Data((head + "\r\n").utf8) + body)
    }

    static func parse(_ data: Data) -> Response? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let c = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<c]), line[line.index(after: c)...].trimmingCharacters(in: .whitespaces))
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
