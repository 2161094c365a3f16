import Testing
import Common
@testable import CSVReading

@Suite struct ValueParserTests {
    @Test func integersInBothDialects() throws {
        #expect(try ValueParser.integer("1234", dialect: .vietnamese).get() == 1234)
        #expect(try ValueParser.integer("1.234", dialect: .vietnamese).get() == 1234)
        #expect(try ValueParser.integer("1 234", dialect: .vietnamese).get() == 1234)
        #expect(try ValueParser.integer("1,234", dialect: .us).get() == 1234)
        #expect(try ValueParser.integer("-5", dialect: .us).get() == -5)
        #expect(try ValueParser.integer("1.234.567", dialect: .vietnamese).get() == 1_234_567)
        #expect(ValueParser.integer("1,234", dialect: .vietnamese).failureCode == "number-ambiguous")
        #expect(ValueParser.integer("1.234", dialect: .us).failureCode == "number-ambiguous")
        for bad in ["12a", "--5", "1e309", "١٢٣", "", "1.2.3", "+", "99999999999999999999", "1,5"] {
            #expect(ValueParser.integer(bad, dialect: .vietnamese).failureCode == "type-int", "\(bad)")
        }
    }

    @Test func decimalsInBothDialects() throws {
        #expect(try ValueParser.decimal("1234,5", dialect: .vietnamese).get() == 1234.5)
        #expect(try ValueParser.decimal("1.234,5", dialect: .vietnamese).get() == 1234.5)
        #expect(try ValueParser.decimal("1,234.5", dialect: .us).get() == 1234.5)
        #expect(try ValueParser.decimal("1234.5", dialect: .us).get() == 1234.5)
        #expect(try ValueParser.decimal("0,25", dialect: .vietnamese).get() == 0.25)
        #expect(try ValueParser.decimal("1.5", dialect: .vietnamese).get() == 1.5)
        #expect(try ValueParser.decimal("0,1234", dialect: .vietnamese).get() == 0.1234)
        #expect(ValueParser.decimal("1,234", dialect: .vietnamese).failureCode == "number-ambiguous")
        #expect(ValueParser.decimal("1e309", dialect: .us).failureCode == "type-decimal")
        #expect(ValueParser.decimal("NaN", dialect: .us).failureCode == "type-decimal")
    }

    @Test func moneyAndPercent() throws {
        for text in ["60.000.000", "60000000", "60.000.000 đ", "60.000.000 đồng", "60.000.000đ", "60.000.000 VNĐ"] {
            #expect(try ValueParser.money(text, dialect: .vietnamese).get() == 60_000_000, "\(text)")
        }
        #expect(try ValueParser.money("60,000,000", dialect: .us).get() == 60_000_000)
        #expect(ValueParser.money("sáu triệu", dialect: .us).failureCode == "type-int")
        #expect(try ValueParser.percent("95", dialect: .vietnamese).get() == 95)
        #expect(try ValueParser.percent("95%", dialect: .vietnamese).get() == 95)
        #expect(try ValueParser.percent("95,5 %", dialect: .vietnamese).get() == 95.5)
        #expect(ValueParser.percent("chín", dialect: .vietnamese).failureCode == "type-decimal")
    }

    @Test func datesAreDayFirstWithWarningsForTwoDigitYearsAndSerials() throws {
        let may14 = Day(year: 2024, month: 5, day: 14)!
        for text in ["14/05/2024", "14/5/2024", "14-05-2024", "14.05.2024", "2024-05-14", "14/05/2024 00:00"] {
            #expect(try ValueParser.date(text).get() == DateValue(day: may14, warning: nil), "\(text)")
        }
        #expect(try ValueParser.date("14/05/24").get() == DateValue(day: may14, warning: "date-two-digit-year"))
        #expect(try ValueParser.date("45426").get() == DateValue(day: may14, warning: "date-serial"))
        for bad in ["31/02/2024", "00/00/0000", "29/02/2023", "05/14/2024", "hôm qua", "2024/05/14", "12345", "14/05/202"] {
            let failure = ValueParser.date(bad)
            #expect(failure.failureCode == "type-date", "\(bad)")
            if case .failure(let e) = failure { #expect(e.expected.contains("ngày/tháng/năm")) }
        }
    }

    @Test func booleansInEveryCommonSpelling() throws {
        for yes in ["Có", "có", "co", "C", "x", "X", "1", "Yes", "TRUE", "Đúng"] { #expect(try ValueParser.boolean(yes).get() == true, "\(yes)") }
        for no in ["Không", "khong", "K", "", "0", "No", "false", "Sai"] { #expect(try ValueParser.boolean(no).get() == false, "\(no)") }
        #expect(ValueParser.boolean("có lẽ").failureCode == "type-bool")
    }

    @Test func yearsHaveFourDigits() throws {
        #expect(try ValueParser.year("1968").get() == 1968)
        #expect(ValueParser.year("68").failureCode == "type-int")
    }
}

extension Result where Failure == ValueIssue {
    var failureCode: String? { if case .failure(let e) = self { e.code } else { nil } }
}
