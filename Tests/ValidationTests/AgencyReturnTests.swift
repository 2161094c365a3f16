import Foundation
import Testing
import Common
import CSVReading
import TaskModel
import TestSupport
@testable import Validation

/// Returns of the district agencies (form CQ01) and the per-column date bounds.
@Suite struct AgencyReturnTests {
    static let model = ValidatorTests.model
    static let may = ValidatorTests.may

    func validate(_ text: String, model: Model = AgencyReturnTests.model) throws -> FileResult {
        let dir = try TemporaryFolder()
        let v = Validator(model: model, options: ValidationOptions(period: Self.may, keepRows: true))
        return v.validate(path: try dir.write("cq.csv", text))
    }

    func tuples(_ r: FileResult) -> Set<String> {
        Set(r.report.issues.map { "\($0.line.map(String.init) ?? "-") \($0.column ?? "-") \($0.code)" })
    }

    @Test func aDueDateMayLieAfterThePeriodButADoneDateMayNot() throws {
        let r = try validate("""
        Cơ quan chủ trì,Mục trong Kết luận,Hạn hoàn thành,Tình trạng,Ngày hoàn thành,so_van_ban
        Phòng Kinh tế - Hạ tầng,3.2(3),20/05/2024,Chưa thực hiện,,
        Phòng Kinh tế - Hạ tầng,3.1(8),29/04/2024,Đã hoàn thành,20/05/2024,52/KTHT
        """)
        #expect(r.report.form == "CQ01")
        #expect(tuples(r).contains("3 ngay_hoan_thanh date-after-period"))
        #expect(!tuples(r).contains { $0.hasPrefix("2 ") })
        #expect(r.report.rows.accepted == 1 && r.report.rows.rejected == 1)
    }

    @Test func anAgencyIsToldOnlyOfItsOwnItemsMissing() throws {
        let r = try validate("""
        Cơ quan chủ trì,Mục trong Kết luận,Hạn hoàn thành,Tình trạng,Ngày hoàn thành
        Phòng TN&MT,3.1(1),29/04/2024,Đã hoàn thành,26/04/2024
        """)
        let missing = r.report.issues.filter { $0.code == .taskMissing }
        #expect(missing.count == 1)
        if case .missing(let codes)? = missing.first?.detail { #expect(codes == ["3.1(2)", "3.1(6)"]) } else { Issue.record("no list") }
        #expect(tuples(r).contains("2 co_quan unit-alias"))
    }

    @Test func aCommuneCannotSendAnAgencyReturnNorReportAnAgencyItem() throws {
        let agency = try validate("""
        Cơ quan chủ trì,Mục trong Kết luận,Hạn hoàn thành,Tình trạng,Ngày hoàn thành
        Xã Vĩnh An,3.1(5),29/04/2024,Đang thực hiện,
        """)
        #expect(tuples(agency).contains("2 co_quan unit-unknown"))
        let commune = try validate("""
        xa,Mã nhiệm vụ,Tình trạng,Ngày hoàn thành
        Vĩnh An,3.1(5),Đang triển khai,
        """)
        #expect(commune.report.form == "TD01")
        #expect(tuples(commune).contains("2 ma_nhiem_vu type-enum"))
    }

    @Test func aCompleteCommuneChecklistIsNotAskedForTheAgenciesItems() throws {
        let tasks = Self.model.tasks(in: try #require(Self.model.form("TD01"))).map(\.code)
        let rows = tasks.map { "Vĩnh An,\($0),Đang triển khai," }.joined(separator: "\n")
        let r = try validate("xa,Mã nhiệm vụ,Tình trạng,Ngày hoàn thành\n" + rows + "\n")
        #expect(r.report.rows.accepted == 16)
        #expect(r.report.issues.isEmpty, "\(r.report.issues)")
    }

    @Test func aDateNotBeforeAnotherColumnIsARangeError() throws {
        var model = Self.model
        let f = try #require(model.forms.firstIndex { $0.code == "NO01" })
        let c = try #require(model.forms[f].columnIndex("ngay_khoi_cong"))
        model.forms[f].columns[c].notBefore = "ngay_phe_duyet"
        let r = try validate("""
        xa,thon,chu_ho,doi_tuong,hinh_thuc,du_dk_dat,tinh_trang,ngay_phe_duyet,ngay_khoi_cong
        Vĩnh An,Làng Chẽ,Hoàng Văn Tám,HN,XM,Có,Đang thi công,10/04/2024,05/04/2024
        Vĩnh An,Làng Chẽ,Hoàng Văn Sáu,HN,XM,Có,Đang thi công,10/04/2024,10/04/2024
        """, model: model)
        #expect(tuples(r) == ["2 ngay_khoi_cong range"])
        if case .bounds(let b)? = r.report.issues.first?.detail { #expect(b.description == "≥ Ngày phê duyệt hồ sơ (10/04/2024)") } else { Issue.record("no bound") }
    }
}
