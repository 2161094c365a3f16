import Testing
import Common
import TaskModel
@testable import Validation

/// A row's key is hashed as if each text were lowercased by `String.lowercased()` and its
/// UTF-8 hashed: rows differing only in case are duplicates, and nothing else changes.
@Suite struct RowKeyHashTests {
    /// FNV-1a over the parts' UTF-8, each part closed by 0x1F: the hash spelled out.
    func reference(_ parts: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3
        }
        return h == 0 ? 1 : h
    }

    func hash(_ values: [Value?]) -> UInt64 {
        var h = RowKeyHash()
        for v in values { h.add(v) }
        return h.value
    }

    @Test func everyScalarFoldsAsStringLowercasedDoes() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x20000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "Ả" + String(Character(scalar)) + "Z"
            if hash([.text(text)]) != reference([text.lowercased()]) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }

    @Test func aHouseholdWrittenInCapitalsIsTheSameKey() {
        let lower: [Value?] = [.unit("04321"), .text("thôn đồng thông"), .text("nguyễn đức hải"), .integer(1984)]
        let upper: [Value?] = [.unit("04321"), .text("THÔN ĐỒNG THÔNG"), .text("Nguyễn Đức HẢI"), .integer(1984)]
        #expect(hash(lower) == hash(upper))
        #expect(hash(lower) == reference(["04321", "thôn đồng thông", "nguyễn đức hải", "1984"]))
        #expect(hash(lower) != hash([.unit("04321"), .text("thôn đồng thông"), .text("nguyễn đức hai"), .integer(1984)]))
    }

    @Test func valuesAreSeparatedSoTheirBoundariesCount() {
        #expect(hash([.text("ab"), .text("c")]) != hash([.text("a"), .text("bc")]))
        #expect(hash([nil, .text("a")]) != hash([.text("a"), nil]))
        #expect(hash([.choice("Có"), .date(Day(year: 2024, month: 5, day: 1)!)]) == reference(["Có", Day(year: 2024, month: 5, day: 1)!.description]))
    }
}
