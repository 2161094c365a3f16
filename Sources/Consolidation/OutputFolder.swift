import Foundation
import Common

/// The folder `build` writes a month into, and the only way files get there.
///
/// Every file is first written under a temporary name beside its final place; only when the
/// whole month is written does ``commit(removingStaleIn:where:)`` rename them into place. A run that fails (a full
/// disk) or is killed before that leaves OUT as it was: the previous month's files, never a
/// mixture of old and new. Names come from ``Slug`` and codes, so no unit or file name can
/// lead outside the folder. Files a clerk keeps beside the workbooks are left alone.
public final class OutputFolder {
    /// Why the month could not be written: the path and the system's reason, in words.
    public typealias WriteError = FileProblem

    /// `OUT/YYYY-MM`.
    public let url: URL
    /// Written but not yet in place: (temporary, final).
    private var staged: [(temp: URL, final: URL)] = []
    /// The folders this run had to create, deepest last, removed again if nothing is committed.
    private var created: [URL] = []
    /// The scratch folder handed out by ``scratch()``, removed at commit or discard.
    private var scratchFolder: URL?

    public init(root: String, period: Period) throws(WriteError) {
        url = URL(fileURLWithPath: root).appendingPathComponent(period.description)
        try makeFolder(url)
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw WriteError(path: url.path, reason: .noPermission)
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
    /// appears under `name` at ``commit(removingStaleIn:where:)``.
    public func write(_ name: String, in sub: String? = nil, _ produce: (String) throws -> Void) throws(WriteError) {
        let folder = folder(sub)
        let final = folder.appendingPathComponent(name)
        let temp = URL(fileURLWithPath: temporaryPath(name, in: sub))
        try makeFolder(folder)
        do {
            try produce(temp.path)
            staged.append((temp, final))
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw OutputFolder.problem(final.path, error, writingIn: folder)
        }
    }

    /// Where ``write(_:in:_:)`` has `name` written before it is put in place. A workbook whose
    /// rows are written while the returns are still read is created there ahead of that call.
    public func temporaryPath(_ name: String, in sub: String? = nil) -> String {
        folder(sub).appendingPathComponent(".\(name).\(getpid())\(OutputFolder.partial)").path
    }

    /// The month's folder, or its subfolder `sub`.
    private func folder(_ sub: String?) -> URL {
        sub.map { url.appendingPathComponent($0) } ?? url
    }

    /// A folder for the temporary files of the library writing the workbooks (libxlsxwriter's
    /// row buffers), on the month's own disk rather than a small `/tmp`. Hidden and named like a
    /// partial file, so that what a killed run leaves in it is cleared by the next run and
    /// never looks like a clerk's file.
    public func scratch() throws(WriteError) -> String {
        if let scratchFolder { return scratchFolder.path }
        let folder = url.appendingPathComponent(".tam.\(getpid())\(OutputFolder.partial)")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false) } catch {
            throw OutputFolder.problem(folder.path, error, writingIn: url)
        }
        scratchFolder = folder
        return folder.path
    }

    /// Writes bytes the same way.
    public func write(_ name: String, data: Data) throws(WriteError) {
        try write(name) { path in try data.write(to: URL(fileURLWithPath: path)) }
    }

    /// Puts every written file in place, then removes the files of `sub` that `isStale` claims
    /// and this run did not write (the slip of a unit whose returns are now clean).
    ///
    /// All or nothing: every previous file is first kept under a second name; if a rename
    /// fails half-way, the files already renamed are put back as they were.
    public func commit(removingStaleIn sub: String, where isStale: (String) -> Bool) throws(WriteError) {
        var kept: [URL?] = []
        for (_, final) in staged {
            let backup = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).\(getpid()).old\(OutputFolder.partial)")
            do { kept.append(try OutputFolder.keep(final, as: backup) ? backup : nil) } catch {
                for case let b? in kept { unlink(b.path) }
                discard()
                throw error
            }
        }
        for (i, (temp, final)) in staged.enumerated() where rename(temp.path, final.path) != 0 {
            let failure = errno
            for (j, (_, done)) in staged.prefix(i).enumerated().reversed() {
                if let backup = kept[j] { rename(backup.path, done.path) } else { unlink(done.path) }
            }
            for case let b? in kept.dropFirst(i) { unlink(b.path) }
            discard()
            throw WriteError(path: final.path, errno: failure)
        }
        for case let b? in kept { unlink(b.path) }
        removeScratch()
        let written = Set(staged.map(\.final.path))
        staged = []
        created = []
        let folder = url.appendingPathComponent(sub)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") && isStale(name) {
            let file = folder.appendingPathComponent(name)
            if !written.contains(file.path) { try? FileManager.default.removeItem(at: file) }
        }
    }

    /// Removes everything written and not committed, and the folders this run created.
    public func discard() {
        for (temp, _) in staged { try? FileManager.default.removeItem(at: temp) }
        staged = []
        removeScratch()
        for folder in created.reversed() { _ = rmdir(folder.path) }
        created = []
    }

    private func removeScratch() {
        if let scratchFolder { try? FileManager.default.removeItem(at: scratchFolder) }
        scratchFolder = nil
    }

    /// Keeps the file at `final` reachable as `backup` until the month is in place: a hard
    /// link, or a copy on a disk without them. False when there is no file there to keep.
    private static func keep(_ final: URL, as backup: URL) throws(WriteError) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: final.path, isDirectory: &isFolder), !isFolder.boolValue else { return false }
        unlink(backup.path)
        if link(final.path, backup.path) == 0 { return true }
        do { try FileManager.default.copyItem(at: final, to: backup) } catch {
            throw problem(final.path, error, writingIn: final.deletingLastPathComponent())
        }
        return true
    }

    private func makeFolder(_ folder: URL) throws(WriteError) {
        var missing: [URL] = []
        var probe = folder
        while !FileManager.default.fileExists(atPath: probe.path), probe.path != "/" {
            missing.insert(probe, at: 0)
            probe.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFolder.problem(folder.path, error, writingIn: nil)
        }
        created += missing
    }

    /// Why writing `path` failed: a full disk is said as such even when the library that
    /// wrote the file (libxlsxwriter) reports only that it could not.
    private static func problem(_ path: String, _ error: any Error, writingIn folder: URL?) -> WriteError {
        var fs = statvfs()
        if let folder, statvfs(folder.path, &fs) == 0, UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 1 << 20 {
            return WriteError(path: path, reason: .diskFull)
        }
        return WriteError(path: path, error: error)
    }
}
