import Foundation
import Testing
import TestSupport

/// The page's defences, each tried with plain HTTP against the running server (issue #15,
/// "Security and robustness, each tested").
@Suite(.serialized) struct WebSecurityTests {
    static func setPassword(_ data: URL, _ password: String) throws {
        let p = Process()
        p.executableURL = WebServerProcess.url
        p.arguments = ["--data", data.path, "--set-password"]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data((password + "\n").utf8))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test func loopbackByDefaultAnswersOnlyItsOwnHostNames() throws {
        let data = try TemporaryFolder("tonghop-web")
        let server = try WebServerProcess(data: data.url)
        var client = WebClient(server)
        let page = try client.get("/nop")
        #expect(page.status == 200)
        let cookie = try #require(page.header("Set-Cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
        // DNS rebinding: a foreign site's name pointed at 127.0.0.1 gets nothing.
        #expect(try client.get("/nop", headers: ["Host": "evil.example:\(server.port)"]).status == 403)
        #expect(try client.get("/nop", headers: ["Host": "localhost:\(server.port)"]).status == 200)
        #expect(server.stop() == 0)
    }

    @Test func anotherHostNeedsAPasswordSetFirst() throws {
        let data = try TemporaryFolder("tonghop-web")
        #expect(throws: (any Error).self) { try WebServerProcess(data: data.url, arguments: ["--host", "127.0.0.2"]) }
        let files = try FileManager.default.contentsOfDirectory(atPath: data.url.path)
        #expect(!files.contains("mat-khau-trang-web"))
    }

    @Test func passwordSessionAndFormToken() throws {
        let data = try TemporaryFolder("tonghop-web")
        try Self.setPassword(data.url, "Sơn Động 2024!")
        let stored = try String(contentsOf: data.url.appendingPathComponent("mat-khau-trang-web"), encoding: .utf8)
        #expect(stored.hasPrefix("pbkdf2-sha256$600000$") && !stored.contains("Sơn Động"))
        // 127.0.0.2 is this machine too, but not a name the server trusts as loopback.
        let server = try WebServerProcess(data: data.url, arguments: ["--host", "127.0.0.2"])
        var client = WebClient(server)
        let first = try client.get("/nop")
        #expect(first.status == 303 && first.header("Location") == "/dang-nhap")
        #expect(try client.get("/tai/2024-05/bao-cao.json").status == 303)
        let token = try client.csrf(from: "/dang-nhap")
        let planted = client.cookie
        #expect(try client.post("/dang-nhap", form: ["csrf": token, "mat_khau": "sai"]).status == 401)
        #expect(try client.post("/dang-nhap", form: ["mat_khau": "Sơn Động 2024!"]).status == 403)  // no token
        let ok = try client.post("/dang-nhap", form: ["csrf": token, "mat_khau": "Sơn Động 2024!"])
        #expect(ok.status == 303 && ok.header("Location") == "/nop")
        #expect(client.cookie != planted)  // a new session id after sign-in
        #expect(try client.get("/nop").status == 200)
        // The id from before sign-in is worth nothing.
        var attacker = WebClient(server)
        attacker.cookie = planted
        #expect(try attacker.get("/nop").status == 303)
        // A signed-in session still needs the form token, and its own origin.
        #expect(try client.upload(fields: ["ky": "2024-05"], files: [("a.csv", Data("x".utf8))]).status == 403)
        let t = try client.csrf()
        #expect(try client.upload(fields: ["csrf": t, "ky": "2024-05"], files: [("a.csv", Data("x".utf8))],
                                  headers: ["Origin": "http://evil.example"]).status == 403)
        #expect(try client.upload(fields: ["csrf": t, "ky": "2024-05"], files: [("a.csv", Data("x".utf8))]).status == 200)
        #expect(server.stop() == 0)
    }

    @Test func uploadLimitsAndFileNamesThatArePaths() throws {
        let root = try TemporaryFolder("tonghop-web")
        let data = root.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data, arguments: ["--max-file-size", "1", "--max-upload-size", "2"])
        var client = WebClient(server)
        let token = try client.csrf()
        // Declared too large: refused before a byte is read.
        let big = try RawHTTP.request(port: server.port, "POST", "/nop",
                                      headers: ["Cookie": client.cookie!, "Content-Type": "multipart/form-data; boundary=x",
                                                "Content-Length": String(3 << 20)])
        #expect(big.status == 413)
        // One file over the per-file limit is refused by name; the others are read.
        let csv = try Data(contentsOf: Fixtures.repository.appendingPathComponent("samples/2024-05/07648-vinh-an/TD01 Vĩnh An T5.csv"))
        let r = try client.upload(fields: ["csrf": token, "ky": "2024-05"], files: [
            ("../../../escaped.csv", csv), ("/etc/cron.d/x.csv", csv), ("CON.csv", csv), ("C:\\\\Windows\\\\win.csv", csv),
            ("big.csv", Data(repeating: UInt8(ascii: "a"), count: 1_100_000)),
        ])
        #expect(r.status == 200)
        for shown in ["escaped.csv", "x.csv", "_CON.csv", "win.csv"] { #expect(r.text.contains("data-file=\"\(shown)\"")) }
        #expect(r.text.contains("<strong>big.csv</strong>"))
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("escaped.csv").path))
        #expect(!FileManager.default.fileExists(atPath: "/escaped.csv"))
        // Uploads leave no file behind in the upload area.
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent(".tai-len").path).isEmpty)
        #expect(server.stop() == 0)
    }

    @Test func downloadsComeOnlyFromTheMonthsOutputFolder() throws {
        let data = try TemporaryFolder("tonghop-web")
        let month = data.url.appendingPathComponent("ket-qua/2024-05")
        try FileManager.default.createDirectory(at: month.appendingPathComponent("tra-lai"), withIntermediateDirectories: true)
        try Data("PK".utf8).write(to: month.appendingPathComponent("nha-o.xlsx"))
        try Data("PK".utf8).write(to: month.appendingPathComponent("tra-lai/07648-vinh-an.xlsx"))
        try Data("secret".utf8).write(to: data.url.appendingPathComponent("secret.xlsx"))
        try FileManager.default.createSymbolicLink(at: month.appendingPathComponent("link.xlsx"), withDestinationURL: data.url.appendingPathComponent("secret.xlsx"))
        let server = try WebServerProcess(data: data.url)
        var client = WebClient(server)
        let ok = try client.get("/tai/2024-05/nha-o.xlsx")
        #expect(ok.status == 200 && ok.body == Data("PK".utf8))
        #expect(ok.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(ok.header("Content-Disposition") == "attachment; filename=\"Tong hop 2024-05 - Nha o (xoa nha tam, nha dot nat).xlsx\"; filename*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p%202024-05%20-%20Nh%C3%A0%20%E1%BB%9F%20%28x%C3%B3a%20nh%C3%A0%20t%E1%BA%A1m%2C%20nh%C3%A0%20d%E1%BB%99t%20n%C3%A1t%29.xlsx")
        let slip = try client.get("/tai/2024-05/tra-lai/07648-vinh-an.xlsx")
        #expect(slip.status == 200 && slip.header("Content-Disposition")?.contains("Phi%E1%BA%BFu%20tr%E1%BA%A3%20l%E1%BA%A1i%202024-05%20-%20X%C3%A3%20V%C4%A9nh%20An.xlsx") == true)
        for target in ["/tai/2024-05/../secret.xlsx", "/tai/2024-05/..%2Fsecret.xlsx", "/tai/2024-05/%2E%2E/secret.xlsx",
                       "/tai/2024-05/link.xlsx", "/tai/../secret.xlsx", "/tai/2024-05/tra-lai/../../secret.xlsx",
                       "/tai/2024-05//etc/passwd", "/tai/2024-05/.tonghop.lock", "/tai/2024-5/nha-o.xlsx"] {
            let r = try client.get(target)
            #expect(r.status == 404 || r.status == 403, "\(target) → \(r.status)")
            #expect(r.body != Data("secret".utf8) && r.header("Content-Disposition") == nil)
        }
        #expect(server.stop() == 0)
    }

    @Test func languageSwitchStaysOnThisSite() throws {
        let data = try TemporaryFolder("tonghop-web")
        let server = try WebServerProcess(data: data.url)
        var client = WebClient(server)
        #expect(try client.get("/nop").text.contains("<html lang=\"vi\">"))
        let back = try client.get("/ngon-ngu?chon=en&ve=/nop%3Fky%3D2024-05")
        #expect(back.status == 303 && back.header("Location") == "/nop?ky=2024-05")
        let page = try client.get("/nop?ky=2024-05").text
        #expect(page.contains("<html lang=\"en\">") && page.contains("Receive returns"))
        for target in ["//evil.example/x", "https://evil.example/", "/\\evil.example"] {
            let r = try client.get("/ngon-ngu?chon=vi&ve=\(target.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            #expect(r.header("Location") == "/", "\(target)")
        }
        #expect(server.stop() == 0)
    }
}
