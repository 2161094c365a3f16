import Foundation
import Testing
@testable import WebApp

/// A name a browser sends never becomes a path (issue #15, "file names never used as paths").
@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("../../etc/passwd", "passwd"),
        ("/root/.ssh/authorized_keys", "authorized_keys"),
        ("C:\\Users\\vanthu\\NO01 Vĩnh An T5.csv", "NO01 Vĩnh An T5.csv"),
        ("..", "tep"),
        ("...csv", "csv"),
        (".hidden.csv", "hidden.csv"),
        ("a\u{0}b.csv", "a_b.csv"),
        ("con.csv", "_con.csv"),
        ("LPT1", "_LPT1"),
        ("Aux .txt", "_Aux .txt"),
        ("x<y>:z|?*.csv", "x_y__z___.csv"),
        ("", "tep"),
        ("báo cáo.csv.", "báo cáo.csv"),
    ])
    func unsafeNamesBecomeOneComponent(sent: String, expected: String) {
        let name = SafeFileName.make(sent)
        #expect(name == expected)
        #expect(!name.contains("/") && !name.contains("\\") && !name.contains("\u{0}") && name != ".." && !name.hasPrefix("."))
    }

    @Test func decomposedVietnameseIsStoredComposed() {
        let nfd = "Vi\u{0303}nh An.csv".decomposedStringWithCanonicalMapping
        #expect(SafeFileName.make(nfd) == "Vĩnh An.csv".precomposedStringWithCanonicalMapping)
    }

    @Test func longNamesKeepTheirExtension() {
        let name = SafeFileName.make(String(repeating: "ệ", count: 200) + ".xlsx")
        #expect(name.utf8.count <= 150)
        #expect(name.hasSuffix(".xlsx"))
    }
}
