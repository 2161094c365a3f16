import Foundation
import Testing
import TestSupport

/// A folder that cannot be written is said in the clerk's language with its path and the
/// reason, never as a Foundation error dump.
@Suite struct PlainErrorTests {
    static let month = Fixtures.folder.appendingPathComponent("month").path

    static func expectPlain(_ run: TongHopBinary.Result, _ words: String, _ path: String) {
        #expect(run.status == 2)
        #expect(!run.signaled)
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stderr.contains(path), "\(run.stderr)")
        for raw in ["NSCocoaErrorDomain", "Error Domain", "UserInfo", "[ERROR]"] {
            #expect(!run.stderr.contains(raw), "\(run.stderr)")
        }
    }

    @Test(arguments: [("vi", "không phải thư mục"), ("en", "not a folder")])
    func anOutputPathThatIsAFileIsNamedAsSuch(_ lang: String, _ words: String) throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("KetQua", "a file, not a folder")
        let build = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", file, "--lang", lang])
        Self.expectPlain(build, words, file)
        let template = try TongHopBinary.run(["template", "--out", dir.path("KetQua/mau"), "--lang", lang])
        Self.expectPlain(template, words, file)
    }

    @Test(.enabled(if: PrivateMounts.available, "needs unshare with mount namespaces"),
          arguments: [("vi", "chỉ đọc"), ("en", "read-only")])
    func aReadOnlyCurrentFolderIsNamedAsSuch(_ lang: String, _ words: String) throws {
        let here = try TemporaryFolder()
        let build = try PrivateMounts.run(["build", Self.month, "--period", "2024-05", "--lang", lang],
                                          covering: [.readOnly(here.url.path)], in: here.url)
        Self.expectPlain(build, words, here.path("tonghop-out"))
        let template = try PrivateMounts.run(["template", "--lang", lang], covering: [.readOnly(here.url.path)], in: here.url)
        Self.expectPlain(template, words, here.path("mau-bieu"))
    }
}
