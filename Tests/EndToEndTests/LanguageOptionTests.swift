import Foundation
import Testing
import TestSupport

/// `--lang` wherever it stands, and the parser's own words in the language of the run.
@Suite struct LanguageOptionTests {
    static let vietnameseOnly = ["TÙY CHỌN:", "Lỗi:", "Kỳ báo cáo"]

    @Test func langBeforeTheSubcommandIsTheSameAsAfterIt() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("no01.csv", "\(CheckCommandTests.no01Header)\nVĩnh An,Làng Chẽ,Hộ Một,1970,Hộ giàu,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,\n")
        let before = try TongHopBinary.run(["--lang", "en", "check", path, "--period", "2024-05", "--format", "json"])
        let after = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--lang", "en"])
        #expect(before.status == 1, "\(before.stderr)")
        #expect(before.output == after.output)
        let messages = (before.json?["files"] as? [[String: Any]])?.first?["issues"] as? [[String: Any]] ?? []
        #expect(messages.contains { ($0["message"] as? String)?.hasPrefix("File no01.csv, line 2") == true })
        let equals = try TongHopBinary.run(["--lang=en", "check", path, "--period", "2024-05"])
        #expect(equals.status == 1)
        #expect(equals.output.contains("is not an allowed value"), "\(equals.output)")
    }

    @Test func helpFollowsLang() throws {
        let en = try TongHopBinary.run(["--lang", "en", "check", "--help"])
        #expect(en.status == 0)
        #expect(en.output.contains("OPTIONS:") && en.output.contains("Report format: text or json."), "\(en.output)")
        #expect(!Self.vietnameseOnly.contains { en.output.contains($0) }, "\(en.output)")
        let vi = try TongHopBinary.run(["check", "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(vi.output.contains("TÙY CHỌN:") && vi.output.contains("Dạng báo cáo: text hoặc json."), "\(vi.output)")
        let root = try TongHopBinary.run(["--lang", "en", "--help"])
        #expect(root.status == 0)
        #expect(root.output.contains("Checks and consolidates"), "\(root.output)")
    }

    /// The web page's program speaks the same language as `tonghop` in its help, whether
    /// `--lang` stands before `serve` or after it.
    @Test func theWebPagesHelpFollowsLang() throws {
        for args in [["--lang", "en", "serve", "--help"], ["serve", "--help", "--lang", "en"]] {
            let en = try TongHopBinary.run(args, environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": ""])
            #expect(en.status == 0, "\(en.stderr)")
            #expect(en.output.contains("The address to listen on."), "\(en.output)")
            #expect(!en.output.contains("Địa chỉ lắng nghe"), "\(en.output)")
        }
        let vi = try TongHopBinary.run(["serve", "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(vi.output.contains("Địa chỉ lắng nghe."), "\(vi.output)")
    }

    @Test func argumentErrorsFollowLangOrTheEnvironment() throws {
        let vi = try TongHopBinary.run(["check"], environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": ""])
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("Lỗi: Thiếu đối số bắt buộc"), "\(vi.stderr)")
        #expect(!vi.stderr.contains("Missing expected argument"))
        let en = try TongHopBinary.run(["check", "--period", "2024-13", "x.csv"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(en.status == 2)
        #expect(en.stderr.contains("Error: --period 2024-13: the month is 01 to 12."), "\(en.stderr)")
        let unknown = try TongHopBinary.run(["--lang", "vi", "check", "x.csv", "--bogus"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Không có tùy chọn '--bogus'"), "\(unknown.stderr)")
    }
}
