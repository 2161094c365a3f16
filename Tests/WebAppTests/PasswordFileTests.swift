import Foundation
import Testing
import TestSupport
@testable import WebApp

/// The password is stored only as a PBKDF2-HMAC-SHA256 hash (a real KDF from libcrypto).
@Suite struct PasswordFileTests {
    /// RFC 7914 §11 gives PBKDF2-HMAC-SHA256 vectors; this is its first (P="passwd", S="salt", c=1).
    @Test func derivationMatchesRFC7914() throws {
        let key = try PasswordFile.derive("passwd", salt: Array("salt".utf8), iterations: 1, length: 64)
        #expect(Hex.encode(key) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }

    @Test func setThenCheckWithAHashOnDisk() throws {
        let folder = try TemporaryFolder("tonghop-password")
        let file = PasswordFile(folder: folder.url.path)
        #expect(!file.exists)
        try file.set("mật khẩu văn phòng", iterations: 1000)
        let stored = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(stored.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(!stored.contains("mật khẩu"))
        #expect(file.check("mật khẩu văn phòng"))
        #expect(!file.check("mật khẩu văn phòng "))
        #expect(!file.check(""))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func defaultIterationsAreStrong() { #expect(PasswordFile.iterations >= 200_000) }
}
