import Foundation
import Testing
import TestSupport

/// `--lang en` is English: over the whole bad-input corpus no Vietnamese letter reaches the
/// clerk outside quoted values and file names, and in neither language a Foundation dump.
@Suite struct LanguageTests {
    /// Letters only Vietnamese writes (with its diacritics), upper and lower case.
    static let vietnamese = Set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                                + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")

    /// The text with «quoted» and "quoted" values and the given names taken out.
    static func unquoted(_ text: String, names: [String]) -> String {
        var out = text
        for name in names.sorted(by: { $0.count > $1.count }) { out = out.replacingOccurrences(of: name, with: "") }
        out = out.replacingOccurrences(of: "«[^»]*»", with: "", options: .regularExpression)
        return out.replacingOccurrences(of: "\"[^\"\\n]*\"", with: "", options: .regularExpression)
    }

    /// The lines of `text` still holding a Vietnamese letter once values and names are out.
    static func untranslated(_ text: String, names: [String]) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            unquoted(line, names: names).contains { vietnamese.contains($0) }
        }
    }

    static let period = ["--period", "2024-05"]

    @Test(arguments: BadInputTests.cases)
    func theBadInputCorpusIsAnsweredInEnglish(_ c: BadInputTests.Case) throws {
        let path = Fixtures.folder.appendingPathComponent("bad/\(c.file)").path
        let names = [path, c.file]
        let text = try TongHopBinary.run(["check", path] + Self.period + c.args + ["--lang", "en"])
        #expect(!text.signaled)
        #expect(Self.untranslated(text.output + text.stderr, names: names).isEmpty,
                "\(c.file): \(Self.untranslated(text.output + text.stderr, names: names))")
        let json = try TongHopBinary.run(["check", path, "--format", "json"] + Self.period + c.args + ["--lang", "en"])
        for file in json.json?["files"] as? [[String: Any]] ?? [] {
            for issue in file["issues"] as? [[String: Any]] ?? [] {
                let message = issue["message"] as? String ?? ""
                #expect(Self.untranslated(message, names: names).isEmpty, "\(c.file): \(message)")
            }
        }
        #expect(Self.untranslated(json.stderr, names: names).isEmpty, "\(c.file): \(json.stderr)")
    }

    @Test(arguments: BadInputTests.cases)
    func noFoundationErrorReachesTheClerkInEitherLanguage(_ c: BadInputTests.Case) throws {
        let path = Fixtures.folder.appendingPathComponent("bad/\(c.file)").path
        for lang in ["vi", "en"] {
            let run = try TongHopBinary.run(["check", path] + Self.period + c.args + ["--lang", lang])
            for raw in ["NSCocoaErrorDomain", "Error Domain=", "UserInfo="] {
                #expect(!(run.output + run.stderr).contains(raw), "\(c.file) (\(lang)): \(run.output)\(run.stderr)")
            }
        }
    }

    @Test func usageAndFileProblemsAreAnsweredInEnglish() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("KetQua", "a file")
        let month = Fixtures.folder.appendingPathComponent("month").path
        let runs = [
            ["check", "BaoCáo\\Tháng5", "--lang", "en"],
            ["check", month, "--period", "1899-05", "--lang", "en"],
            ["check", month, "--period", "2024-5", "--lang", "en"],
            ["build", month, "--period", "2024-05", "--out", file, "--lang", "en"],
            ["build", month, "--period", "2024-05", "--out", "Kết\\Quả", "--lang", "en"],
            ["template", "--out", dir.path("KetQua/mau"), "--lang", "en"],
        ]
        for arguments in runs {
            let run = try TongHopBinary.run(arguments, in: dir.url)
            #expect(run.status == 2, "\(arguments)")
            let names = arguments.filter { $0.contains("\\") || $0.contains("/") } + arguments.map { $0.replacingOccurrences(of: "\\", with: "/") }
            #expect(Self.untranslated(run.output + run.stderr, names: names).isEmpty, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("NSCocoaErrorDomain"), "\(arguments): \(run.stderr)")
        }
    }
}
