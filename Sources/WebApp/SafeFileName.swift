import Foundation

/// A file name sent by a browser, made safe to store: one path component, never a path.
///
/// A browser sends what the user's machine called the file, and an attacker sends anything:
/// `../../etc/passwd`, `/root/x`, `C:\Windows\x`, a NUL byte, `CON.csv` (a device on
/// Windows, where a clerk may later copy the folder). Only the last component is kept, control
/// characters and the characters Windows forbids are replaced, leading dots are removed (no
/// `..`, no hidden files), reserved device names get a `_` in front, and the name is cut
/// to 150 bytes keeping its extension. The Vietnamese letters stay (NFC), since the clerk
/// knows the file by that name.
public enum SafeFileName {
    /// Windows device names, reserved with any extension.
    static let reserved = Set(["CON", "PRN", "AUX", "NUL"])
        .union((1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    public static func make(_ sent: String) -> String {
        let last = sent.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }.last.map(String.init) ?? ""
        var name = String(String.UnicodeScalarView(last.precomposedStringWithCanonicalMapping.unicodeScalars.map { s in
            s.value < 0x20 || s.value == 0x7F || "<>:\"|?*".unicodeScalars.contains(s) ? "_" : s
        }))
        name = name.trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        let stem = name.split(separator: ".", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).uppercased() } ?? ""
        if reserved.contains(stem) { name = "_" + name }
        name = truncated(name, bytes: 150)
        return name.isEmpty || name == "_" ? "tep" : name
    }

    /// The lower-case extension, empty when there is none.
    public static func fileExtension(_ name: String) -> String {
        let parts = name.split(separator: ".")
        return parts.count > 1 ? parts.last!.lowercased() : ""
    }

    /// `name` cut to at most `limit` UTF-8 bytes on a character boundary, extension kept.
    static func truncated(_ name: String, bytes limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        let ext = fileExtension(name)
        let suffix = ext.isEmpty || ext.utf8.count > 10 ? "" : "." + ext
        var stem = suffix.isEmpty ? name : String(name.dropLast(suffix.count))
        while stem.utf8.count + suffix.utf8.count > limit { stem.removeLast() }
        return stem + suffix
    }
}
