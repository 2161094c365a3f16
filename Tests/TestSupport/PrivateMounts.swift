import Foundation

/// Runs `tonghop` in a mount namespace of its own (`unshare`), where folders can be covered,
/// for that process only, by an empty disk (a build tree out of reach) or a read-only one.
public enum PrivateMounts {
    public struct Cover: Sendable {
        public let path: String
        public let readOnly: Bool
        public static func empty(_ path: String) -> Cover { Cover(path: path, readOnly: false) }
        public static func readOnly(_ path: String) -> Cover { Cover(path: path, readOnly: true) }
    }

    /// Whether this machine lets a process mount in a namespace of its own.
    public static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: unshare.path) else { return false }
        let process = Process()
        process.executableURL = unshare
        process.arguments = ["-rm", "/bin/sh", "-c", "mount -t tmpfs none /mnt"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let unshare = URL(fileURLWithPath: "/usr/bin/unshare")

    /// Runs `binary` (the built `tonghop` unless given) with `arguments` from `directory`,
    /// after covering each folder of `covers` in turn.
    public static func run(_ arguments: [String], covering covers: [Cover], in directory: URL,
                           binary: String = TongHopBinary.url.path) throws -> TongHopBinary.Result {
        let mounts = covers.map { "mount -t tmpfs \($0.readOnly ? "-o ro " : "")none '\($0.path)'" }
        let script = (mounts + ["cd '\(directory.path)'", "exec '\(binary)' \"$@\""]).joined(separator: " && ")
        return try TongHopBinary.run(["-rm", "/bin/sh", "-c", script, "sh"] + arguments, executable: unshare)
    }
}
