import Foundation
import Testing
import Common

@Suite struct IssueCodeTests {
    /// Every detail a template may be given, so that each code is rendered with a payload.
    static let details: [IssueDetail] = [
        .none, .expected(.integer), .expected(.money), .expected(.decimal(comma: true)), .expected(.percent(comma: false)),
        .expected(.year), .expected(.boolean), .expected(.date), .expected(.unambiguousNumber(comma: true)),
        .allowed(["Hộ nghèo", "Hộ cận nghèo"]), .bounds(.above(0)), .bounds(.within(1900, 2024)), .maxLength(100), .firstLine(9),
        .suggestions(["An Bá"]), .alias(unit: "Xã Dương Hưu", reason: "sáp nhập năm 2020"), .missing(["LN-1"]), .candidates(["LN02", "NS02"]),
        .totals(sum: 21), .periodEnd("14/05/2024"), .readAs("31/05/2024"), .searchedLines(15), .cellPosition(9),
        .cause("unterminated quote"), .periods(file: "2024-04", checked: "2024-05"), .supersededBy("NO01-b.csv"),
        .previous(12), .reason(vi: "không phải tệp CSV", en: "not a CSV file"), .sizeLimit(megabytes: 200),
        .versions(template: "1.0", model: "1.1"),
    ]

    static let vietnameseLetters = Set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")

    /// The message with its «quoted» values taken out: what must be English in English.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var depth = 0
        for ch in text {
            if ch == "«" { depth += 1 } else if ch == "»" { depth = max(0, depth - 1) } else if depth == 0 { out.append(ch) }
        }
        return out
    }

    @Test func codesAreTheStableStringsOfTheCatalogue() {
        #expect(IssueCode(rawValue: "type-date") == .typeDate)
        #expect(IssueCode(rawValue: "date-order-us") == .dateOrderUS)
        #expect(IssueCode(rawValue: "type-dat") == nil)
        #expect("\(IssueCode.outageOver5Days)" == "outage-over-5-days")
        #expect(Set(IssueCode.allCases.map(\.rawValue)).count == IssueCode.allCases.count)
        #expect(IssueCode.allCases.filter { $0.section == "4.1" }.map(\.rawValue).sorted() == [
            "date-order-us", "decreased-since-last-period", "file-skipped", "file-too-large", "formula-no-value",
            "period-mismatch", "submission-superseded", "template-outdated", "xlsx-encrypted", "xlsx-invalid"])
        #expect(IssueCode.totalRow.severity == .info)
        #expect(IssueCode.unitAlias.severity == .warning)
        #expect(IssueCode.periodMismatch.severity == .error)
    }

    /// Every code the README's error catalogue lists is a case of the enum.
    @Test func theReadmeCatalogueIsCovered() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let catalogue = try #require(text.range(of: "## Error catalogue")).upperBound
        let section = text[catalogue...].prefix { _ in true }.components(separatedBy: "\n## ").first ?? ""
        var listed: [String] = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let first = line.split(separator: "|").first ?? ""
            listed += first.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
        #expect(listed.count >= 30)
        for code in listed { #expect(IssueCode(rawValue: code) != nil, "\(code) is in the README but not an IssueCode") }
    }

    @Test func everyCodeHasAMessageInBothLanguagesAndEnglishIsEnglish() {
        for code in IssueCode.allCases {
            for detail in Self.details {
                let facts = IssueFacts(value: "Hộ giàu", column: "Ngày phê duyệt hồ sơ", form: "NO01", keyColumns: ["Thôn"], detail: detail)
                let vi = code.message(facts, english: false)
                let en = code.message(facts, english: true)
                #expect(!vi.isEmpty && !en.isEmpty, "\(code)")
                #expect(vi != en, "\(code) \(detail)")
                // Values and titles from the file or the model are quoted; the rest must be English.
                let words = Self.unquoted(en)
                #expect(!words.contains { Self.vietnameseLetters.contains($0) }, "\(code) \(detail): \(en)")
            }
        }
    }

    @Test func expectationsFollowTheFilesDecimalMark() {
        #expect(Expectation.decimal(comma: true).text(english: false) == "số, ví dụ 1234,5")
        #expect(Expectation.decimal(comma: false).text(english: true) == "a number, e.g. 1234.5")
        #expect(Expectation.percent(comma: true).text(english: true).contains("95,5%"))
        #expect(Bounds.above(0).description == "> 0")
        #expect(Bounds.atLeast(0.5).description == "≥ 0.5")
        #expect(Bounds.atMost(100).description == "≤ 100")
        #expect(Bounds.within(1900, 2024).description == "1900..2024")
    }

    @Test func ruleBornCodesSpeakInTheModelsWords() {
        let facts = IssueFacts(value: "5", rule: "NO01-R5", detail: .rule(vi: "Vượt mức", en: "Above the cap"))
        #expect(IssueCode.capExceeded.message(facts, english: false) == "[NO01-R5] Vượt mức (giá trị: «5»)")
        #expect(IssueCode.capExceeded.message(facts, english: true) == "[NO01-R5] Above the cap (value: «5»)")
    }
}
