import Foundation
import Common
import TaskModel
import Validation

/// Writes a month's outputs (SPEC §5): area workbooks, return slips, `bao-cao.json`.
public enum MonthWriter {
    /// What was written, for the summary.
    public struct Written: Sendable {
        public let folder: String
        public let workbooks: [String]
        public let slips: [String]
    }

    public static func write(_ data: MonthData, to root: String, english: Bool) throws -> Written {
        let out = try OutputFolder(root: root, period: data.period)
        try out.write("bao-cao.json", data: data.report.json(model: data.model, english: english))
        return Written(folder: out.url.path, workbooks: [], slips: [])
    }
}
