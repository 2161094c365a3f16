import Foundation

/// Runs the built `tonghop` executable the way a user does, for end-to-end tests.
public enum TongHopBinary {
    public struct Result: Sendable {
        public let status: Int32
        /// True when the process ended by a signal (a crash), not by exiting.
        public let signaled: Bool
        public let stdout: Data
        public let stderr: String

        public var output: String { String(decoding: stdout, as: UTF8.self) }

        /// The standard output parsed as a JSON object.
        public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: stdout)) as? [String: Any] }
    }

    /// The folder holding the test bundle, where SwiftPM also puts `tonghop`.
    public static var productsDirectory: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    public static var url: URL { productsDirectory.appendingPathComponent("tonghop") }

    /// Runs `tonghop` (or `executable`, for a wrapper that starts it) with `arguments`;
    /// standard input is empty.
    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                           executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs so a large report cannot block it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                      stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "tonghop-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` (folders created as needed) and returns the file's path.
    @discardableResult
    public func write(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// The same, content first.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws -> String { try write(name, Data(bytes)) }

    @discardableResult
    public func write(_ text: String, to name: String) throws -> String { try write(name, Data(text.utf8)) }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The repository's `Tests/Fixtures` folder.
public enum Fixtures {
    public static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    public static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
