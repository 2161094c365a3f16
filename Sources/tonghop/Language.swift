import ArgumentParser
import Common

/// `--lang vi|en` is an option of every command; its help and the parser's messages follow
/// ``Language/current``.
extension Language: ExpressibleByArgument {
    /// An option's help in the language of this run.
    static func help(_ vi: String, _ en: String) -> ArgumentHelp { ArgumentHelp(pick(vi, en)) }

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
