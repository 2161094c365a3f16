import Testing
@testable import WebApp

/// Downloads keep the Vietnamese file name (RFC 5987), with an ASCII fallback.
@Suite struct ContentDispositionTests {
    @Test func vietnameseNameIsPercentEncodedUTF8() {
        let header = ContentDisposition.attachment("07648-vĩnh an.xlsx")
        #expect(header == "attachment; filename=\"07648-vinh an.xlsx\"; filename*=UTF-8''07648-v%C4%A9nh%20an.xlsx")
    }

    @Test func quotesAndDCannotBreakTheHeader() {
        let header = ContentDisposition.attachment("Đất \"x\"\r\n.xlsx")
        #expect(header.hasPrefix("attachment; filename=\"Dat _x___.xlsx\"; filename*=UTF-8''%C4%90%E1%BA%A5t%20%22x%22%0D%0A.xlsx"))
        #expect(!header.contains("\r") && !header.contains("\n"))
    }
}
