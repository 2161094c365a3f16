import Common
import CSVReading
import Foundation
import TaskModel

/// How `tonghop serve` was started: where the data lives, who may connect, what it accepts.
public struct WebSettings: Sendable {
    /// The archive's folder; the month's workbooks go to `DATA/ket-qua/YYYY-MM/`.
    public var data: URL
    public var model: Model
    /// Per file, the same limits as `check` and `build` (`--max-file-size`, `--max-cell-length`).
    public var read: ReadOptions
    /// Per request: all the files of one upload together (`--max-upload-size`).
    public var maxRequestBytes: Int
    /// True when every page needs a signed-in session (a password is set, or required
    /// because the server listens beyond this machine).
    public var passwordRequired: Bool
    /// The language of a new visitor's pages (`--lang`); each can switch.
    public var english: Bool

    public init(data: URL, model: Model, read: ReadOptions, maxRequestBytes: Int, passwordRequired: Bool, english: Bool) {
        self.data = data
        self.model = model
        self.read = read
        self.maxRequestBytes = maxRequestBytes
        self.passwordRequired = passwordRequired
        self.english = english
    }

    public var outputRoot: URL { data.appendingPathComponent("ket-qua") }
    /// Uploads wait here (one folder per request) until imported, then are removed.
    var uploads: URL { data.appendingPathComponent(".tai-len") }

    /// The reporting month today falls in, by the model's cut-off day (SPEC §1.2), in Vietnam.
    public func currentPeriod(now: Date = Date()) -> Period {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, from: now)
        var p = Period(year: c.year!, month: c.month!, cutoffDay: model.cutoffDay)!
        if let day = Day(year: c.year!, month: c.month!, day: c.day!), day > p.end { p = p.next }
        return p
    }

    /// The day it is in Vietnam.
    public func today(now: Date = Date()) -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
