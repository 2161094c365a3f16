import Foundation
import Common
import CSVReading
import GRDB
import TaskModel
import Validation

extension Archive {
    /// Records each file (SPEC §4.1, issue rules 1-3): its bytes are copied, it is validated
    /// against its period, and each return in it (the file, or each form sheet of a workbook)
    /// becomes the current version of its (units, form, period). One outcome per return.
    ///
    /// Without `period`, each file's period is the month its name or title lines name (`T5`,
    /// `Tháng 5/2024`; the year from its dates when not written), else the one its latest date
    /// falls in, else today's. With it, a file whose own
    /// evidence names another month is refused (`period-mismatch`) and replaces nothing.
    /// Files are taken in the order given; the later one received wins.
    public func importFiles(_ paths: [String], period: Period?, model: Model, read: ReadOptions = ReadOptions(),
                            issueLimit: Int = 1000, today: Day, receivedAt: Date = Date()) throws -> [ImportOutcome] {
        try paths.flatMap { path in
            try importFile(path, period: period ?? guessPeriod(path, model: model, read: read, today: today),
                           model: model, read: read, issueLimit: issueLimit, today: today, receivedAt: receivedAt)
        }
    }

    /// The month a file's name and title lines name, in the year of its dates when they give
    /// none; else the month of its latest date; else today's.
    private func guessPeriod(_ path: String, model: Model, read: ReadOptions, today: Day) -> Period {
        let run = Checking.run(files: [path], options: ValidationOptions(period: nil, read: read, issueLimit: 0), today: today, model: model).0
        return run.files.first?.namedMonth?.period(near: run.period) ?? run.period
    }

    private func importFile(_ path: String, period: Period, model: Model, read: ReadOptions, issueLimit: Int,
                            today: Day, receivedAt: Date) throws -> [ImportOutcome] {
        let staged = try blobs.stage(path)
        // Validate the copy, not the inbox file, so what is recorded is what was checked.
        let options = ValidationOptions(period: period, read: read, issueLimit: issueLimit)
        let reports = Checking.run(files: [staged.temp.path], options: options, today: today, model: model).0.files.map { r in
            var r = r
            r.path = path
            return r
        }
        let blobExt = try db.read { db in try String.fetchOne(db, sql: "SELECT ext FROM blob WHERE sha256 = ?", arguments: [staged.sha256]) }
        _ = try blobs.commit(staged, ext: blobExt ?? staged.ext)
        // The returns of one workbook land together or not at all.
        return try write { db in
            try reports.map { report in
                try record(report, path: path, staged: staged, period: period, model: model, receivedAt: receivedAt, in: db)
            }
        }
    }

    /// One return's row, its units and issues; the current version of its (units, form, period)
    /// it replaces is marked superseded.
    private func record(_ report: FileReport, path: String, staged: BlobStore.Staged, period: Period, model: Model,
                        receivedAt: Date, in db: Database) throws -> ImportOutcome {
        let units = Supersession.units(of: report, registry: UnitRegistry(model: model)).sorted()
        let messages = Messages(model: model, english: false), english = Messages(model: model, english: true)
        let form = report.form.flatMap(model.form)
        if let earlier = try SubmissionRecord.fetchOne(db, sql: """
            SELECT * FROM submission WHERE sha256 = ? AND period = ? AND sheet IS ? ORDER BY id LIMIT 1
            """, arguments: [staged.sha256, period.description, report.sheet]) {
            return ImportOutcome(path: path, kind: .duplicate(earlier.id), submission: earlier, report: report)
        }
        try db.execute(sql: "INSERT OR IGNORE INTO blob (sha256, size, ext) VALUES (?, ?, ?)",
                       arguments: [staged.sha256, staged.size, staged.ext])
        let state: SubmissionRecord.State = report.belongsTo != nil ? .refused : (report.form == nil ? .unplaced : .current)
        let replaced = state == .current ? try Int64.fetchOne(db, sql: """
            SELECT id FROM submission WHERE period = ? AND form = ? AND units = ? AND state = 'current'
            """, arguments: [period.description, report.form, units.joined(separator: ",")]) : nil
        try db.execute(sql: """
            INSERT INTO submission (sha256, period, form, units, original_name, source_path, received_at, encoding,
                rows_read, rows_accepted, rows_rejected, rows_skipped, errors, warnings, state, belongs_to, sheet)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [staged.sha256, period.description, report.form, units.joined(separator: ","), report.fileName, path,
                             Archive.timestamp(receivedAt), report.encoding, report.rows.read, report.rows.accepted,
                             report.rows.rejected, report.rows.skipped, report.errorCount, report.warningCount,
                             state.rawValue, report.belongsTo, report.sheet])
        let id = db.lastInsertedRowID
        for unit in units {
            try db.execute(sql: "INSERT INTO submission_unit (submission_id, unit) VALUES (?, ?)", arguments: [id, unit])
        }
        for (n, issue) in report.issues.enumerated() {
            try db.execute(sql: """
                INSERT INTO issue (submission_id, ordinal, severity, code, line, cell, "column", value, rule, message, message_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, n, issue.severity.rawValue, issue.code.rawValue, issue.line, report.sheetCell(of: issue), issue.column,
                                 issue.value, issue.rule, messages.body(issue, form: form), english.body(issue, form: form)])
        }
        if let old = replaced {
            try db.execute(sql: "UPDATE submission SET state = 'superseded', superseded_by = ? WHERE id = ?", arguments: [id, old])
        }
        let record = try SubmissionRecord.fetchOne(db, sql: "SELECT * FROM submission WHERE id = ?", arguments: [id])!
        let kind: ImportOutcome.Kind
        switch state {
        case .refused: kind = .refused
        case .unplaced: kind = .unplaced
        default: kind = replaced.map { .superseding($0) } ?? .new
        }
        return ImportOutcome(path: path, kind: kind, submission: record, report: report)
    }

    /// Received times are kept as ISO 8601 in UTC with milliseconds, so they sort as text.
    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
