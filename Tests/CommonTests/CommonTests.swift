import CLibCrypto
import Testing
@testable import Common

@Suite struct MatchKeyTests {
    @Test func looseIgnoresCaseDiacriticsSpacesAndPunctuation() {
        #expect(MatchKey.loose("Xã, thị trấn") == "xathitran")
        #expect(MatchKey.loose("XA THI TRAN") == MatchKey.loose("xa_thi_tran"))
        #expect(MatchKey.loose("Đồng Rì") == "dongri")
        #expect(MatchKey.loose("Diện tích vi phạm (m²)") == MatchKey.loose("dien tich vi pham m2"))
    }

    @Test func nfdAndNfcGiveTheSameKeys() {
        let nfc = "Xã Vĩnh An"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(MatchKey.loose(nfc) == MatchKey.loose(nfd))
        #expect(MatchKey.exact(nfc) == MatchKey.exact(nfd))
    }

    @Test func exactKeyTreatsOldAndNewTonePlacementAsEqual() {
        #expect(MatchKey.exact("Hoà") == MatchKey.exact("Hòa"))
        #expect(MatchKey.exact("Uỷ ban") == MatchKey.exact("Ủy ban"))
        #expect(MatchKey.exact("Dương Hữu") != MatchKey.exact("Dương Hưu"))
        #expect(MatchKey.loose("Dương Hữu") == MatchKey.loose("Dương Hưu"))
    }

    @Test func diacriticsAreDetected() {
        #expect(MatchKey.hasDiacritics("Vĩnh An"))
        #expect(MatchKey.hasDiacritics("Đa"))
        #expect(!MatchKey.hasDiacritics("Vinh An"))
    }
}

@Suite struct DayAndPeriodTests {
    @Test func impossibleDaysDoNotExist() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 31) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
    }

    @Test func excelSerialsMatchExcel() {
        #expect(Day(year: 2024, month: 5, day: 14)!.excelSerial == 45426)
        #expect(Day(excelSerial: 45292) == Day(year: 2024, month: 1, day: 1))
        #expect(Day(year: 1900, month: 3, day: 1)!.excelSerial == 61)
    }

    @Test func monthsAddToTheLastDayOfShorterMonths() {
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2021, month: 5, day: 10)!.adding(months: 36) == Day(year: 2024, month: 5, day: 10))
    }

    @Test func periodWindowRunsFromTheFifteenthToTheFourteenth() {
        let p = Period("2024-05", cutoffDay: 14)!
        #expect(p.start == Day(year: 2024, month: 4, day: 15))
        #expect(p.end == Day(year: 2024, month: 5, day: 14))
        let jan = Period("2024-01", cutoffDay: 14)!
        #expect(jan.start == Day(year: 2023, month: 12, day: 15))
        let calendar = Period("2024-02", cutoffDay: nil)!
        #expect(calendar.start == Day(year: 2024, month: 2, day: 1))
        #expect(calendar.end == Day(year: 2024, month: 2, day: 29))
        #expect(Period("2024-13", cutoffDay: 14) == nil)
        #expect(Period("24-05", cutoffDay: 14) == nil)
    }
}

@Suite struct SlugAndDigestTests {
    @Test func slugsAreSafeFileNames() {
        #expect(Slug.make("Xã Vĩnh An") == "xa-vinh-an")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("CON") == "_con")
        #expect(Slug.make("\u{0}\u{7}/\\") == "khong-ten")
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A file is hashed chunk by chunk; the split must not change the digest, and a finished
    /// hash starts over empty.
    @Test func sha256IsTheSameWhateverTheChunks() {
        let bytes = (0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for size in [1, 63, 64, 65, 4096] {
            var h = SHA256()
            var i = 0
            while i < bytes.count {
                h.update(bytes[i..<min(i + size, bytes.count)])
                i += size
            }
            #expect(h.hexDigest() == whole, "chunks of \(size)")
            h.update(Array("abc".utf8))
            #expect(h.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        }
    }

    /// The password hash the shim exposes: PBKDF2-HMAC-SHA256, checked against the published
    /// vectors (RFC 7914 §11).
    @Test func pbkdf2SHA256MatchesPublishedVectors() {
        func pbkdf2(_ password: String, _ salt: String, _ iterations: Int32, _ length: Int) -> String {
            var out = [UInt8](repeating: 0, count: length)
            let ok = PKCS5_PBKDF2_HMAC(password, Int32(password.utf8.count), salt, Int32(salt.utf8.count),
                                       iterations, EVP_sha256(), Int32(length), &out)
            #expect(ok == 1)
            return out.map { String($0 >> 4, radix: 16) + String($0 & 0xF, radix: 16) }.joined()
        }
        #expect(pbkdf2("passwd", "salt", 1, 64) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
        #expect(pbkdf2("Password", "NaCl", 80000, 64) == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
            + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")
    }
}
