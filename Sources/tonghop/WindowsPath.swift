import Common
import ArgumentParser

/// Paths typed the Windows way (`KetQua\Thang5`): here `\` is an ordinary letter of a name,
/// so such a path names one odd file instead of folders. Said, with the path written right.
enum WindowsPath {
    /// `path` with `/` between folders.
    static func slashed(_ path: String) -> String { path.replacingOccurrences(of: "\\", with: "/") }

    /// The hint added to a message about `path`, or "" when it has no `\`.
    static func hint(_ path: String, english: Bool) -> String {
        guard path.contains("\\") else { return "" }
        return english ? " — use / between folders here: \(slashed(path))"
                       : " — ở đây các thư mục ngăn cách bằng dấu /: hãy viết \(slashed(path))"
    }

    /// Refuses an output folder written with `\` before anything is made under that name.
    static func checkOutput(_ out: String, english: Bool = Language.current.english) throws {
        guard out.contains("\\") else { return }
        throw ValidationError((english ? "--out \(out): a folder name with \\" : "--out \(out): tên thư mục có dấu \\") + hint(out, english: english) + ".")
    }
}
