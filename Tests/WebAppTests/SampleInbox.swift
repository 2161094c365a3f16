import Foundation
import TestSupport

/// The sample month as a clerk's inbox: the files as they arrive by email, one folder, no
/// sub-folders (the returns of `samples/2024-05`).
enum SampleInbox {
    static func make(in folder: URL) throws -> URL {
        let samples = Fixtures.repository.appendingPathComponent("samples/2024-05")
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for path in try FileManager.default.subpathsOfDirectory(atPath: samples.path) where path.hasSuffix(".csv") || path.hasSuffix(".xlsx") {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(path), to: inbox.appendingPathComponent((path as NSString).lastPathComponent))
        }
        return inbox
    }

    /// Returns beyond one a file: Tây Yên Tử's workbook holds two forms (NS01 and NS02), each a
    /// submission of its own.
    static let extraSheetReturns = 1

    static func files(_ inbox: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inbox.path).sorted().map { inbox.appendingPathComponent($0).path }
    }
}

/// Units × forms states, from the page's grid or from `tonghop status --format json`, in a
/// form the two can be compared in: `UNIT FORM state +superseded`.
enum ArchiveGrid {
    static func cells(fromPage grid: Any?) -> [String] {
        (grid as? [[String: Any]] ?? []).flatMap { row in
            (row["cells"] as? [[String: Any]] ?? []).map { c in
                "\(row["unit"] as? String ?? "") \(c["form"] as? String ?? "") \(c["state"] as? String ?? "") +\(c["superseded"] as? Int ?? -1)"
            }
        }
    }

    static func cells(fromStatus json: [String: Any]?) -> [String] {
        (json?["units"] as? [[String: Any]] ?? []).flatMap { row in
            (row["cells"] as? [[String: Any]] ?? []).map { c in
                "\(row["code"] as? String ?? "") \(c["form"] as? String ?? "") \(c["state"] as? String ?? "") +\((c["superseded"] as? [Any])?.count ?? -1)"
            }
        }
    }
}
