import Common
import Testing
import Validation

/// The months a file's name and title lines name, and the words that are not months.
@Suite struct PeriodEvidenceTests {
    @Test(arguments: [
        ("NO01 An Châu T5.csv", 5, nil),
        ("NO01 An Châu T05-2024.csv", 5, 2024),
        ("Biểu NO01 - Danh sách - Tháng 6/2024", 6, 2024),
        ("BIEU NO01 THANG 6 NAM 2024", 6, 2024),
        ("bao cao 05-2024.csv", 5, 2024),
        ("bao-cao-2024-07.csv", 7, 2024),
    ] as [(String, Int, Int?)])
    func readsAMonth(text: String, month: Int, year: Int?) {
        #expect(PeriodEvidence.claim(in: [text]) == PeriodEvidence.Claim(month: month, year: year))
    }

    @Test(arguments: ["Ngày 14/05/2024", "Theo Nghị định 09/2019/NĐ-CP", "Kết luận 120-KL/TU", "Tuyến 7", "Tờ bản đồ 12", "OC01 TuanDao.txt", "no01-2000.csv", "NO01-2024 An Châu.csv"])
    func aDateOrADecreeIsNotAMonth(text: String) {
        #expect(PeriodEvidence.claim(in: [text]) == nil)
    }

    @Test func textsThatDisagreeSayNothing() {
        #expect(PeriodEvidence.claim(in: ["NO01 T5.csv", "Tháng 6/2024"]) == nil)
        #expect(PeriodEvidence.claim(in: ["NO01 T5.csv", "Tháng 5/2024"]) == PeriodEvidence.Claim(month: 5, year: 2024))
    }

    @Test func aMonthWithoutYearIsTheNearestOne() {
        let jan = Period(year: 2025, month: 1, cutoffDay: 14)!
        #expect(PeriodEvidence.Claim(month: 12, year: nil).period(near: jan).description == "2024-12")
        #expect(PeriodEvidence.Claim(month: 2, year: nil).period(near: jan).description == "2025-02")
        #expect(PeriodEvidence.Claim(month: 5, year: nil).contradicts(Period(year: 2024, month: 6, cutoffDay: 14)!))
    }
}
