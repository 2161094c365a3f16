import Foundation

/// Expands the paths a user gives into the return files to read (SPEC §2).
public enum InputFiles {
    /// File name endings read when a folder is searched.
    public static let extensions: Set<String> = ["csv", "tsv", "txt"]

    public struct Missing: Error, Sendable { public let path: String }

    /// Files as given, and under folders every `.csv`, `.tsv`, `.txt`, recursively, in a
    /// stable (byte-wise) order so that runs are deterministic. Hidden files are left out.
    public static func expand(_ paths: [String]) throws(Missing) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw Missing(path: path) }
            guard isDir.boolValue else { out.append(path); continue }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                for case let rel as String in walker {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    let full = (path as NSString).appendingPathComponent(rel)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
                       extensions.contains((name as NSString).pathExtension.lowercased()) {
                        found.append(full)
                    }
                }
            }
            out += found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        return out
    }
}
