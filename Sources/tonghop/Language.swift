import ArgumentParser
import Foundation

/// The language the command speaks. Reports follow `--lang` (Vietnamese by default, SPEC §3);
/// help and argument errors follow `--lang` too, wherever it stands on the command line (also
/// before the subcommand), and without it the environment's `LC_ALL`, `LC_MESSAGES` or `LANG`.
enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case vi, en

    var english: Bool { self == .en }

    /// The language of help and argument errors for this run.
    static let current = detect(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The text in the language of help and argument errors.
    static func pick(_ vi: String, _ en: String) -> String { current.english ? en : vi }

    /// An option's help in the language of this run.
    static func help(_ vi: String, _ en: String) -> ArgumentHelp { ArgumentHelp(pick(vi, en)) }

    /// The last valid `--lang` on the command line, else the first locale variable set
    /// (`en…` is English, anything else Vietnamese).
    static func detect(arguments: [String], environment: [String: String]) -> Language {
        if let given = given(in: arguments) { return given }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("en") ? .en : .vi
    }

    /// The language `--lang` names on the command line, if it names one.
    static func given(in arguments: [String]) -> Language? {
        var found: Language?
        for (i, arg) in arguments.enumerated() {
            if arg == "--" { break }
            if arg == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { found = l }
            if arg.hasPrefix("--lang="), let l = Language(rawValue: String(arg.dropFirst("--lang=".count))) { found = l }
        }
        return found
    }

    /// The command line with a `--lang` written before the subcommand moved after it, where the
    /// subcommands declare the option; before no subcommand (`tonghop --lang en --help`) or
    /// before `help` it is dropped, having set the language of the help already.
    static func placed(_ arguments: [String], subcommands: [String]) -> [String] {
        var front: [String] = []
        var moved: [String] = []
        var i = 0
        while i < arguments.count, !subcommands.contains(arguments[i]), arguments[i] != "--" {
            if arguments[i] == "--lang", i + 1 < arguments.count {
                moved += arguments[i...i + 1]
                i += 2
            } else if arguments[i].hasPrefix("--lang=") {
                moved.append(arguments[i])
                i += 1
            } else {
                front.append(arguments[i])
                i += 1
            }
        }
        // `help` takes no options: the language is already set for the help it prints.
        guard i < arguments.count, subcommands.contains(arguments[i]), arguments[i] != "help" else { return front + arguments[i...] }
        return front + [arguments[i]] + moved + arguments[(i + 1)...]
    }
}
