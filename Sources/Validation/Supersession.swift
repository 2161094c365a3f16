import Foundation
import TaskModel

/// Rule 2 of the submissions (SPEC §4.1 `submission-superseded`): two files for the same
/// submission never add up.
///
/// A submission is (units, form, period); the period is the run's. Among files of the same
/// submission, and among byte-identical files whatever they hold, the later one counts: by
/// modification time, then by name. The others keep their row counts (so `read = accepted +
/// rejected + skipped` still describes them) but lose their issues to the one warning that
/// names the file replacing them, and none of their rows go into the month.
public enum Supersession {
    /// The units a file speaks for: those its rows name, else the one its path names.
    public static func units(of file: FileReport, registry: UnitRegistry) -> [String] {
        file.units.isEmpty ? registry.unit(inPath: file.path).map { [$0.code] } ?? [] : file.units
    }

    /// Marks the superseded files among `files` (in place).
    public static func apply(to files: inout [FileReport], model: Model) {
        let registry = UnitRegistry(model: model)
        let rank = files.indices.map { i in (modified(files[i].path), files[i].fileName, i) }
        let later = { (a: Int, b: Int) in rank[a] > rank[b] }
        // The sheets of one workbook share its bytes but are different returns: copies pair sheet by sheet.
        let sameBytes = Dictionary(grouping: files.indices.filter { files[$0].sha256 != nil }) { files[$0].sha256! + "|" + (files[$0].sheet ?? "") }
        resolve(groups: Array(sameBytes.values), files: &files, later: later)
        let submissions = Dictionary(grouping: files.indices.filter { files[$0].counted && files[$0].form != nil }) { i in
            units(of: files[i], registry: registry).sorted().joined(separator: ",") + "|" + files[i].form!
        }
        resolve(groups: submissions.filter { !$0.key.hasPrefix("|") }.map(\.value), files: &files, later: later)
    }

    private static func resolve(groups: [[Int]], files: inout [FileReport], later: (Int, Int) -> Bool) {
        for group in groups where group.count > 1 {
            let live = group.filter { files[$0].supersededBy == nil }
            guard let winner = live.max(by: { later($1, $0) }) else { continue }
            for i in live where i != winner { supersede(&files[i], by: files[winner].path) }
        }
    }

    /// Replaces a file's findings with the one warning that names its replacement.
    static func supersede(_ file: inout FileReport, by later: String) {
        file.supersededBy = later
        file.issues = [Issue(.submissionSuperseded, detail: .supersededBy(later.split(separator: "/").last.map(String.init) ?? later))]
        file.errorCount = 0
        file.warningCount = 1
        file.infoCount = 0
        file.issuesOmitted = 0
        file.rejectedRows = []
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
