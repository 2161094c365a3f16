import Archive
import Common
import Foundation
import Validation

/// What the pages do with the month's returns: they go into the archive of submissions in
/// `--data` (the same one `tonghop import`, `status`, `history` and `build` use), nothing else.
final class Office: Sendable {
    let settings: WebSettings
    let archive: Archive

    init(settings: WebSettings) throws {
        self.settings = settings
        archive = try Archive(folder: settings.data.path)
    }

    /// Imports the uploaded files for `period` as `tonghop import --period` does: each is
    /// checked, copied into the archive and becomes the current version of its submission.
    func receive(_ files: [URL], period: Period) async throws -> [ImportOutcome] {
        let archive = archive, settings = settings
        return try await Blocking.run {
            try archive.importFiles(files.map(\.path), period: period, model: settings.model, read: settings.read,
                                    today: settings.today())
        }
    }

    /// Units × forms for `period`, as `tonghop status` shows it.
    func status(_ period: Period) async throws -> StatusGrid {
        let archive = archive, settings = settings
        return try await Blocking.run { try archive.status(period: period, model: settings.model, today: settings.today()) }
    }

    /// Every version a unit sent, newest first, each with the issues found when it came.
    func history(unit: String) async throws -> [(SubmissionRecord, [IssueRecord])] {
        let archive = archive
        return try await Blocking.run {
            try archive.history(unit: unit).reversed().map { ($0, try archive.issues(of: $0.id)) }
        }
    }
}
