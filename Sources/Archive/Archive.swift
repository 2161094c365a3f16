import Foundation
import Common
import GRDB
import TaskModel
import Validation

/// The archive of submissions: every return file received, over months, in a data folder
/// (`./tonghop-data` by default) holding an SQLite database and a copy of every file's bytes.
///
/// A submission is (units, form, period). Importing a file records it with its SHA-256, what
/// it is, where and when it came from, the issues found, and a copy of its bytes. The same
/// bytes for the same period twice is a no-op; a different file for the same submission
/// supersedes the current one, which stays for audit. A month is built from the current
/// submissions (``currentFiles(period:)``), even after the inbox has been cleaned.
///
/// Writes are single SQLite transactions taken at once (`BEGIN IMMEDIATE`) in WAL mode with a
/// busy timeout: two imports at the same time wait for each other, and a killed import leaves
/// the database as it was before it (a copied blob with no row is harmless and reused).
///
/// ```swift
/// let archive = try Archive(folder: "tonghop-data")
/// let outcomes = try archive.importFiles(paths, period: may, model: model, today: today)
/// let grid = try archive.status(period: may, model: model, today: today)
/// let files = try archive.currentFiles(period: may)   // → MonthBuild.Files(files:shownAs:…)
/// ```
///
/// ## Topics
/// - ``importFiles(_:period:model:read:issueLimit:today:receivedAt:)``
/// - ``status(period:model:today:)``
/// - ``history(unit:form:)``
/// - ``currentFiles(period:)``
/// - ``issues(of:)``
public final class Archive: @unchecked Sendable {
    /// The data folder.
    public let folder: URL
    let db: DatabaseQueue
    let blobs: BlobStore

    public static let defaultFolder = "tonghop-data"
    static let databaseName = "archive.sqlite"

    /// Opens the archive in `folder`, creating it and bringing its schema up to date.
    public init(folder: String) throws {
        let root = URL(fileURLWithPath: folder)
        self.folder = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var config = Configuration()
        config.journalMode = .wal
        // Another import holds the write lock for at most one file's transaction.
        config.busyMode = .timeout(120)
        config.foreignKeysEnabled = true
        // Opening sets WAL mode, which SQLite refuses (busy, with no wait) while another
        // process is opening the same new file: both happen under the lock, with the migration.
        db = try Archive.serialized(lockFile: root.appendingPathComponent(".migrate.lock").path) {
            let queue = try DatabaseQueue(path: root.appendingPathComponent(Archive.databaseName).path, configuration: config)
            try ArchiveSchema.migrator.migrate(queue)
            return queue
        }
        blobs = try BlobStore(folder: root.appendingPathComponent("blobs"))
    }

    /// Runs `body` while holding an exclusive `flock` on `lockFile`: two processes opening a
    /// new archive at once open and migrate it one after the other.
    static func serialized<T>(lockFile: String, _ body: () throws -> T) throws -> T {
        let fd = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: lockFile]) }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Runs `body` in one write transaction taken at once, so that two processes queue on the
    /// busy timeout instead of failing to upgrade a read.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try db.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    // MARK: - Reading

    /// The files holding the current submissions of a period, each once, in the byte order of
    /// their source paths (the order a folder build reads the same files in).
    public func currentFiles(period: Period) throws -> [ArchivedFile] {
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, b.ext AS blob_ext FROM submission s JOIN blob b ON b.sha256 = s.sha256
                WHERE s.period = ? AND s.state = 'current'
                """, arguments: [period.description])
        }
        // The current sheets of one workbook share its bytes: the workbook is read once, and
        // its reading gives each sheet's return again.
        var seen = Set<String>()
        return try rows.compactMap { row in
            let s = try SubmissionRecord(row: row)
            guard seen.insert(s.sha256).inserted else { return nil }
            return ArchivedFile(storedPath: blobs.url(sha256: s.sha256, ext: row["blob_ext"]).path, sourcePath: s.sourcePath, submission: s)
        }.sorted { Array($0.sourcePath.utf8).lexicographicallyPrecedes(Array($1.sourcePath.utf8)) }
    }

    /// Every version received from a unit (optionally of one form), oldest first.
    public func history(unit: String, form: String? = nil) throws -> [SubmissionRecord] {
        try db.read { db in
            try SubmissionRecord.fetchAll(db, sql: """
                SELECT s.* FROM submission s JOIN submission_unit u ON u.submission_id = s.id
                WHERE u.unit = ? AND (? IS NULL OR s.form = ?) ORDER BY s.received_at, s.id
                """, arguments: [unit, form, form])
        }
    }

    /// The issues found in a submission when it was received, in the order found.
    public func issues(of submission: Int64) throws -> [IssueRecord] {
        try db.read { db in
            try IssueRecord.fetchAll(db, sql: "SELECT * FROM issue WHERE submission_id = ? ORDER BY ordinal", arguments: [submission])
        }
    }

    /// Units × forms for a period: who has sent, when, valid or not, the versions replaced,
    /// who is missing (of the units that send each form), and the days left to the deadline
    /// (the window's last day).
    public func status(period: Period, model: Model, today: Day) throws -> StatusGrid {
        let all = try db.read { db in
            try SubmissionRecord.fetchAll(db, sql: "SELECT * FROM submission WHERE period = ? ORDER BY received_at, id",
                                          arguments: [period.description])
        }
        let rows = model.units.map { unit in
            let kind = model.kind(of: unit).id
            return StatusGrid.UnitRow(code: unit.code, name: unit.name, cells: model.forms.map { form in
                let mine = all.filter { $0.form == form.code && $0.unitCodes.contains(unit.code) }
                let current = mine.last { $0.state == .current }
                let due = model.sender(of: form) == kind
                let state: StatusGrid.Cell.State = current.map { $0.valid ? .valid : .errors } ?? (due ? .missing : .notExpected)
                return StatusGrid.Cell(form: form.code, state: state, current: current, superseded: mine.filter { $0.state == .superseded })
            })
        }
        return StatusGrid(period: period.description, deadline: period.end.iso, daysLeft: period.end.ordinal - today.ordinal,
                          forms: model.forms.map(\.code), units: rows, unplaced: all.filter { $0.state == .refused || $0.state == .unplaced })
    }
}
