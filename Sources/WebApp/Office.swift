import Common
import Foundation
import Validation

/// What the pages do with the month's returns.
final class Office: Sendable {
    let settings: WebSettings

    init(settings: WebSettings) throws {
        self.settings = settings
    }

    /// Reads the uploaded files for `period` and reports on each.
    func receive(_ files: [URL], period: Period) -> [FileReport] {
        Checking.run(files: files.map(\.path), options: ValidationOptions(period: period, read: settings.read),
                     today: settings.today(), model: settings.model).0.files
    }
}
