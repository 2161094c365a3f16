import Foundation

/// Encodes text the way other programs would have written it, by running the system's iconv,
/// so fixtures in legacy encodings come from an independent encoder, not from the code under test.
public enum Iconv {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// `text` (as UTF-8) converted to `encoding`, an iconv name such as `CP1258`, `TCVN5712-1`,
    /// `UTF-16LE`, `UTF-16BE`.
    public static func encode(_ text: String, to encoding: String) throws -> [UInt8] {
        try run(["-f", "UTF-8", "-t", encoding], input: Array(text.utf8))
    }

    /// `bytes` in `encoding` converted to UTF-8 text.
    public static func decode(_ bytes: [UInt8], from encoding: String) throws -> String {
        String(decoding: try run(["-f", encoding, "-t", "UTF-8"], input: bytes), as: UTF8.self)
    }

    private static func run(_ arguments: [String], input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed stdin from another thread so a large output cannot deadlock both pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "iconv \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        return Array(output)
    }
}
