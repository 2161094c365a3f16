import Foundation

/// The files of a built month that may be downloaded: what is in `DATA/ket-qua/YYYY-MM/`
/// and its `tra-lai/` folder, nothing else.
///
/// A download names a file; it is served only when that name is one of this listing, so
/// no request can reach a path outside the month's output folder (`..`, `%2F`, links).
struct MonthOutputs {
    struct Item: Sendable {
        /// As in the URL: `nha-o.xlsx`, `tra-lai/07648-vinh-an.xlsx`.
        let name: String
        let url: URL
    }

    let folder: URL
    let items: [Item]

    init(root: URL, period: String) {
        folder = root.appendingPathComponent(period)
        var found: [Item] = []
        for sub in ["", "tra-lai/"] {
            let dir = sub.isEmpty ? folder : folder.appendingPathComponent(String(sub.dropLast()))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && (name.hasSuffix(".xlsx") || (sub.isEmpty && name == "bao-cao.json")) {
                let url = dir.appendingPathComponent(name)
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                      (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) != true else { continue }
                found.append(Item(name: sub + name, url: url))
            }
        }
        items = found
    }

    func item(named name: String) -> Item? { items.first { $0.name == name } }

    static func contentType(_ name: String) -> String {
        name.hasSuffix(".json") ? "application/json; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    }
}
