import Foundation
import Common

/// The folder `build` writes a month into, and the only way files get there.
///
/// Every file is written under a temporary name in the same folder and renamed into place
/// when complete, so an interrupted run never leaves a half-written workbook; names come from
/// ``Slug`` and codes, so no unit or file name can lead outside the folder.
public struct OutputFolder: Sendable {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// `OUT/YYYY-MM`.
    public let url: URL

    public init(root: String, period: Period) throws(WriteError) {
        url = URL(fileURLWithPath: root).appendingPathComponent(period.description)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: OutputFolder.reason(error))
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw WriteError(path: url.path, reason: "không ghi được vào thư mục (chỉ đọc) / folder is not writable")
        }
        // Leftovers of an interrupted earlier run are never workbooks; clear them.
        for sub in [url, url.appendingPathComponent(OutputFolder.slipFolder)] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: sub.path)) ?? [] where name.hasSuffix(OutputFolder.partial) {
                try? FileManager.default.removeItem(at: sub.appendingPathComponent(name))
            }
        }
    }

    /// The sub-folder of return slips.
    public static let slipFolder = "tra-lai"
    /// The ending of a file still being written: hidden, and not `.xlsx`, so that nothing
    /// opens it for a workbook if the run is killed.
    public static let partial = ".part"

    /// Writes a file through `produce`, which is given a temporary path to write to; the file
    /// appears under `name` only once `produce` has succeeded.
    public func write(_ name: String, in sub: String? = nil, _ produce: (String) throws -> Void) throws(WriteError) {
        var folder = url
        if let sub { folder.appendPathComponent(sub) }
        let final = folder.appendingPathComponent(name)
        let temp = folder.appendingPathComponent(".\(name).\(getpid())\(OutputFolder.partial)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try produce(temp.path)
            if rename(temp.path, final.path) != 0 {
                throw WriteError(path: final.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw WriteError(path: final.path, reason: OutputFolder.reason(error))
        }
    }

    /// Writes bytes the same way.
    public func write(_ name: String, data: Data) throws(WriteError) {
        try write(name) { path in try data.write(to: URL(fileURLWithPath: path)) }
    }

    private static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error)"
    }
}
