import Common
import CSVReading
import Testing

@Suite struct NumberTests {
    func int(_ text: String, _ dialect: NumberDialect = .vietnamese) -> Int64? { try? ValueParser.integer(text, dialect: dialect).get() }
    func dec(_ text: String, _ dialect: NumberDialect = .vietnamese) -> Double? { try? ValueParser.decimal(text, dialect: dialect).get() }
    func code(_ result: Result<some Any, ValueIssue>) -> String? {
        if case .failure(let issue) = result { return issue.code.rawValue }
        return nil
    }

    @Test func theDelimiterChoosesTheDialect() {
        #expect(NumberDialect(delimiter: UInt8(ascii: ";")) == .vietnamese)
        #expect(NumberDialect(delimiter: UInt8(ascii: ",")) == .us)
        #expect(NumberDialect(delimiter: 0x09) == .us)
    }

    @Test func groupingIsReadInBothDialects() {
        for dialect in [NumberDialect.vietnamese, .us] {
            #expect(int("1234", dialect) == 1234)
            #expect(int("1 234", dialect) == 1234)
            #expect(int("1 234 567", dialect) == 1_234_567)
            #expect(int("1.234.567", dialect) == 1_234_567)
            #expect(int("1,234,567", dialect) == 1_234_567)
            #expect(int("-12", dialect) == -12)
            #expect(int("+12", dialect) == 12)
        }
    }

    @Test func vietnameseFilesReadCommaDecimalsAndDotThousands() {
        #expect(int("1.234") == 1234)
        #expect(dec("1,5") == 1.5)
        #expect(dec("1234,5") == 1234.5)
        #expect(dec("1.234,5") == 1234.5)
        #expect(dec("0,125") == 0.125)
        #expect(dec("1234,567") == 1234.567)
        // Text the Vietnamese reading rejects is read the US way.
        #expect(dec("1,234.5") == 1234.5)
        #expect(dec("1234.5") == 1234.5)
        #expect(dec("1.5") == 1.5)
    }

    @Test func usFilesReadDotDecimalsAndCommaThousands() {
        #expect(int("1,234", .us) == 1234)
        #expect(dec("1.5", .us) == 1.5)
        #expect(dec("1,234.5", .us) == 1234.5)
        #expect(dec("1234.5", .us) == 1234.5)
        #expect(dec("1.234,5", .us) == 1234.5)
        #expect(dec("1,5", .us) == 1.5)
    }

    @Test func aNumberThatReadsTwoWaysIsAmbiguous() {
        #expect(code(ValueParser.decimal("1,234", dialect: .vietnamese)) == "number-ambiguous")
        #expect(code(ValueParser.integer("1,234", dialect: .vietnamese)) == "number-ambiguous")
        #expect(code(ValueParser.integer("12,000", dialect: .vietnamese)) == "number-ambiguous")
        #expect(code(ValueParser.decimal("1.234", dialect: .us)) == "number-ambiguous")
        #expect(code(ValueParser.money("60.000", dialect: .us)) == "number-ambiguous")
        #expect(code(ValueParser.percent("99,125", dialect: .vietnamese)) == "number-ambiguous")
        let issue = ValueParser.decimal("1,234", dialect: .vietnamese).failure
        #expect(issue?.expected == .unambiguousNumber(comma: true))
    }

    @Test func malformedNumbersAreTypeErrors() {
        for text in ["1e309", "1e3", "--5", "+-5", "١٢٣", "NaN", "nan", "inf", "-inf", "Infinity", "abc", "1,2,3", "1.2.3", "12.34.567",
                     "1 23", "1..5", ",5", "5,", "0.123.456", "1 234.567,5", "0x10", "1_000", "", "-", "5-"] {
            #expect(code(ValueParser.decimal(text, dialect: .vietnamese)) == "type-decimal", "\(text)")
            #expect(code(ValueParser.integer(text, dialect: .us)) == "type-int", "\(text)")
        }
    }

    @Test func integersRejectFractionsAndOverflow() {
        #expect(code(ValueParser.integer("1,5", dialect: .vietnamese)) == "type-int")
        #expect(code(ValueParser.integer("1.5", dialect: .us)) == "type-int")
        #expect(int("12,00") == 12)
        #expect(int("9223372036854775807") == Int64.max)
        #expect(code(ValueParser.integer("9223372036854775808", dialect: .vietnamese)) == "type-int")
        #expect(code(ValueParser.integer("99999999999999999999999", dialect: .vietnamese)) == "type-int")
        #expect(dec(String(repeating: "9", count: 400)) == nil)
    }

    @Test func moneyAcceptsGroupingAndCurrencyWords() {
        for text in ["60.000.000", "60000000", "60.000.000 đ", "60.000.000đ", "60.000.000 đồng", "60.000.000 VNĐ", "60 000 000 vnd", "60.000.000 ₫", "60,000,000 dong"] {
            #expect((try? ValueParser.money(text, dialect: .vietnamese).get()) == 60_000_000, "\(text)")
        }
        #expect((try? ValueParser.money("30,000,000", dialect: .us).get()) == 30_000_000)
        #expect(code(ValueParser.money("60.000.000 USD", dialect: .vietnamese)) == "type-int")
        #expect(code(ValueParser.money("1,5 đ", dialect: .vietnamese)) == "type-int")
        #expect(code(ValueParser.money("đồng", dialect: .vietnamese)) == "type-int")
    }

    @Test func percentAcceptsASign() {
        #expect((try? ValueParser.percent("95", dialect: .vietnamese).get()) == 95)
        #expect((try? ValueParser.percent("95%", dialect: .vietnamese).get()) == 95)
        #expect((try? ValueParser.percent("95,5 %", dialect: .vietnamese).get()) == 95.5)
        #expect((try? ValueParser.percent("95.5%", dialect: .us).get()) == 95.5)
        #expect((try? ValueParser.percent("120", dialect: .us).get()) == 120)
        #expect(code(ValueParser.percent("95%%", dialect: .us)) == "type-decimal")
        #expect(code(ValueParser.percent("%", dialect: .us)) == "type-decimal")
    }

    @Test func yearsHaveFourDigits() {
        #expect((try? ValueParser.year("1965").get()) == 1965)
        for text in ["65", "19650", "1.965", "năm 1965", "١٩٦٥"] {
            #expect(code(ValueParser.year(text)) == "type-int", "\(text)")
        }
    }
}

@Suite struct DateAndBooleanTests {
    func date(_ text: String) -> DateValue? { try? ValueParser.date(text).get() }
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func dayFirstWithAnySeparatorAndYearFirst() {
        for text in ["31/05/2024", "31-05-2024", "31.05.2024", "31/5/2024", "2024-05-31", "2024/5/31", "31/05/2024 00:00", "2024-05-31T08:30:00"] {
            #expect(date(text) == DateValue(day: day(2024, 5, 31), warning: nil), "\(text)")
        }
        #expect(date("05/12/2024")?.day == day(2024, 12, 5), "never month-first")
        #expect(date("1/2/2024")?.day == day(2024, 2, 1))
    }

    @Test func twoDigitYearsAndExcelSerialsComeWithWarnings() {
        #expect(date("31/5/24") == DateValue(day: day(2024, 5, 31), warning: .dateTwoDigitYear))
        #expect(date("45443") == DateValue(day: day(2024, 5, 31), warning: .dateSerial))
        #expect(date("20000") == DateValue(day: Day(excelSerial: 20000), warning: .dateSerial))
        #expect(date("80000")?.warning == .dateSerial)
    }

    @Test func impossibleOrMalformedDatesAreTypeDate() {
        for text in ["31/02/2024", "29/02/2023", "12/13/2024", "0/1/2024", "05/31/2024", "31/05/202", "31/05-2024", "31//2024",
                     "19999", "80001", "2024", "hôm qua", "31/05/2024 25:00", "31/05/2024 sáng", "١/٢/٢٠٢٤", "2024-05", "1/2/3/2024",
                     "1/1/99999999999999999999999", "99999999999999999999/1/2024"] {
            let result = ValueParser.date(text)
            guard case .failure(let issue) = result else {
                Issue.record("\(text) read as \(result)")
                continue
            }
            #expect(issue.code == .typeDate)
            #expect(issue.expected == .date)
        }
    }

    @Test func booleansInEveryUsualSpelling() {
        for text in ["Có", "có", "CÓ", "Co", "C", "c", "x", "X", "1", "Yes", "yes", "True", "TRUE", "Đúng", "dung", "Y"] {
            #expect((try? ValueParser.boolean(text).get()) == true, "\(text)")
        }
        for text in ["Không", "không", "KHONG", "Khong", "K", "k", "Ko", "", "0", "No", "False", "Sai", "sai", "N"] {
            #expect((try? ValueParser.boolean(text).get()) == false, "\(text)")
        }
        for text in ["Có lẽ", "?", "2", "-", "v"] {
            guard case .failure(let issue) = ValueParser.boolean(text) else { Issue.record("\(text) accepted"); continue }
            #expect(issue == ValueIssue(code: .typeBool, expected: .boolean))
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
