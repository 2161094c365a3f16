import Foundation

/// The language a program speaks: Vietnamese by default (SPEC §3), English with `--lang en`.
/// Help and argument errors follow `--lang` wherever it stands on the command line, and
/// without it the environment's `LC_ALL`, `LC_MESSAGES` or `LANG`; both programs (`tonghop`
/// and the web page's `tonghop-web`) decide it the same way.
public enum Language: String, CaseIterable, Sendable {
    case vi, en

    public var english: Bool { self == .en }

    /// The last valid `--lang` on the command line, else the first locale variable set
    /// (`en…` is English, anything else Vietnamese).
    public static func detect(arguments: [String], environment: [String: String]) -> Language {
        if let given = given(in: arguments) { return given }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("en") ? .en : .vi
    }

    /// The language `--lang` names on the command line, if it names one.
    public static func given(in arguments: [String]) -> Language? {
        var found: Language?
        for (i, arg) in arguments.enumerated() {
            if arg == "--" { break }
            if arg == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { found = l }
            if arg.hasPrefix("--lang="), let l = Language(rawValue: String(arg.dropFirst("--lang=".count))) { found = l }
        }
        return found
    }

    /// The language of help and argument errors for this run of this program.
    public static let current = detect(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The text in the language of help and argument errors.
    public static func pick(_ vi: String, _ en: String) -> String { current.english ? en : vi }
}
