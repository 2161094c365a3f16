import Foundation
import Testing
@testable import WebApp

/// The upload form's body, as browsers send it.
@Suite struct MultipartTests {
    static func body(_ boundary: String, _ parts: [(String, String?, Data)], close: Bool = true) -> Data {
        var d = Data()
        for (name, file, bytes) in parts {
            d.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"".utf8))
            if let file { d.append(Data("; filename=\"\(file)\"\r\nContent-Type: text/csv".utf8)) }
            d.append(Data("\r\n\r\n".utf8))
            d.append(bytes)
            d.append(Data("\r\n".utf8))
        }
        if close { d.append(Data("--\(boundary)--\r\n".utf8)) }
        return d
    }

    @Test func fieldsAndFilesWithBinaryContent() throws {
        let csv = Data([0xEF, 0xBB, 0xBF]) + Data("xa;thon\r\n--not-a-boundary\r\n".utf8)
        let b = "----WebKitFormBoundaryAbC123"
        let parsed = try Multipart(body: Self.body(b, [("csrf", nil, Data("tok".utf8)), ("tep", "NO01 Vĩnh An.csv", csv), ("tep", "b.csv", Data())]), boundary: b)
        #expect(parsed.fields["csrf"] == "tok")
        #expect(parsed.files.map(\.sentName) == ["NO01 Vĩnh An.csv", "b.csv"])
        #expect(parsed.files[0].bytes == csv)
    }

    @Test func emptyFileInputIsNoFile() throws {
        let b = "x"
        let parsed = try Multipart(body: Self.body(b, [("tep", "", Data())]), boundary: b)
        #expect(parsed.files.isEmpty)
    }

    @Test func truncatedBodyIsMalformed() {
        let b = "x"
        #expect(throws: Multipart.Malformed.self) { try Multipart(body: Self.body(b, [("tep", "a.csv", Data("1".utf8))], close: false).dropLast(10), boundary: b) }
        #expect(throws: Multipart.Malformed.self) { try Multipart(body: Data("garbage".utf8), boundary: b) }
    }

    @Test func boundaryFromContentType() {
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=----abc") == "----abc")
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=\"q r\"") == "q r")
        #expect(Multipart.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(Multipart.boundary(contentType: nil) == nil)
    }

    @Test func quotedNamesAreDecoded() {
        #expect(Multipart.parameter("filename", in: "Content-Disposition: form-data; name=\"tep\"; filename=\"a%22b.csv\"") == "a\"b.csv")
        #expect(Multipart.parameter("name", in: "Content-Disposition: form-data; filename=\"f\"; name=\"tep\"") == "tep")
    }
}
