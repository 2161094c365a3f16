import Foundation

/// A real small disk: a tmpfs mounted on a temporary folder, to see what a full disk does.
/// Mounting needs root (as in CI); elsewhere ``available`` is false and the test says so.
public final class SmallDisk: @unchecked Sendable {
    public let folder: TemporaryFolder
    public var url: URL { folder.url }

    public init(kilobytes: Int) throws {
        folder = try TemporaryFolder("tonghop-disk")
        guard Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.url.path]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    deinit { _ = Self.mount([folder.url.path], command: "/bin/umount") }

    /// Fills the disk until at most `kilobytes` stay free.
    public func fill(leaving kilobytes: Int) throws {
        var fs = statvfs()
        guard statvfs(url.path, &fs) == 0 else { throw CocoaError(.fileReadUnknown) }
        let free = Int(fs.f_bavail) * Int(fs.f_frsize)
        let size = max(0, free - kilobytes * 1024)
        try Data(count: size).write(to: url.appendingPathComponent("filler"))
    }

    public func empty() throws { try FileManager.default.removeItem(at: url.appendingPathComponent("filler")) }

    public static let available: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        return (try? SmallDisk(kilobytes: 64)) != nil
    }()

    private static func mount(_ arguments: [String], command: String = "/bin/mount") -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
