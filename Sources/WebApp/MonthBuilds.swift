import Archive
import Common
import Consolidation
import Foundation
import Validation

/// The «Tổng hợp» builds: one at a time, run in the background while the page
/// shows its progress, from the archive's current submissions exactly as
/// `tonghop build --period P --data DATA --out DATA/ket-qua` does.
///
/// An upload during a build loses nothing: the build reads the files that were current when
/// it started (the archive's blobs never change), and the upload lands in the archive by its
/// own transaction; the next build takes it.
final class MonthBuilds: @unchecked Sendable {
    /// One month's build, as the page shows it.
    struct State: Sendable {
        var running: Bool
        var done = 0
        var total = 0
        /// The last finished build: its preview, or why it wrote nothing.
        var outcome: Outcome?
    }

    enum Outcome: Sendable {
        case built(MonthPreview)
        case failed(vi: String, en: String)
    }

    private let lock = NSLock()
    private var months: [String: State] = [:]
    /// Builds run one after another: they all write under `DATA/ket-qua`, whose lock a second
    /// month's build would otherwise find taken. A month waiting here shows as running.
    private let queue = DispatchQueue(label: "tonghop.web.builds")

    func state(_ period: Period) -> State? { lock.withLock { months[period.description] } }

    /// Starts building `period` unless it is being built; false when it already is.
    func start(_ period: Period, archive: Archive, settings: WebSettings, work: WorkInProgress) -> Bool {
        let started: Bool = lock.withLock {
            if months[period.description]?.running == true { return false }
            months[period.description] = State(running: true, outcome: months[period.description]?.outcome)
            return true
        }
        guard started else { return false }
        work.begin()
        queue.async {
            let outcome = Self.build(period, archive: archive, settings: settings) { done, total in
                self.lock.withLock {
                    self.months[period.description]?.done = done
                    self.months[period.description]?.total = total
                }
            }
            self.lock.withLock { self.months[period.description] = State(running: false, outcome: outcome) }
            work.end()
        }
        return true
    }

    /// What `tonghop build --period P --data DATA` runs: the current files of the period, and
    /// those of the month before (when the archive holds it) for month-over-month figures.
    static func build(_ period: Period, archive: Archive, settings: WebSettings, progress: @escaping (Int, Int) -> Void) -> Outcome {
        let options = ValidationOptions(period: period, read: settings.read, issueLimit: 1000, keepRejected: true)
        let request: MonthBuild.Files, previous: MonthBuild.Files?
        do {
            (request, previous) = try archive.buildFiles(period: period, options: options, today: settings.today())
        } catch {
            return .failed(vi: "Không đọc được kho lưu: \(error)", en: "Cannot read the archive: \(error)")
        }
        do {
            switch try MonthBuild.run(request, model: settings.model, out: settings.outputRoot.path, previous: previous, progress: progress) {
            case .written(let built): return .built(MonthPreview(built, outputRoot: settings.outputRoot.path))
            case .refused: return .failed(vi: "Số liệu có lỗi; không ghi tệp nào.", en: "The data has errors; nothing was written.")
            }
        } catch {
            return .failed(vi: error.message(english: false), en: error.message(english: true))
        }
    }
}
