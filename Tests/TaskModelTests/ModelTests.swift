import Foundation
import Testing
import Common
@testable import TaskModel

@Suite struct BundledModelTests {
    static let model = try! Model.bundled()

    @Test func holdsTheDistrictAsTheSpecDescribesIt() {
        let m = Self.model
        #expect(m.units(kind: "cap-xa").map(\.code) == ["07615", "07616", "07621", "07624", "07627", "07630", "07636", "07642", "07645",
                                        "07648", "07651", "07654", "07660", "07663", "07666", "07672", "07678"])
        #expect(m.areas.map(\.slug) == ["dat-dai", "rung", "nha-o", "ocop", "nuoc", "co-quan-huyen"])
        #expect(m.tasks.filter { $0.checklist == nil }.count == 16)
        #expect(m.forms.map(\.code) == ["DD01", "DD02", "LN01", "LN02", "NO01", "OC01", "OC02", "NS01", "NS02", "CQ01", "TD01"])
        #expect(m.cutoffDay == 14)
        for f in m.forms where f.sentBy == nil { #expect(f.columns.first?.key == "xa" && f.columns.first?.type == .unit, "\(f.code)") }
        #expect(m.form("NO01")?.columns.map(\.key) == ["xa", "thon", "chu_ho", "nam_sinh", "doi_tuong", "hinh_thuc", "du_dk_dat", "tinh_trang",
                                                      "ngay_phe_duyet", "ngay_khoi_cong", "ngay_hoan_thanh", "kinh_phi", "ghi_chu"])
        #expect(m.form("NO01")?.key == ["xa", "thon", "chu_ho", "nam_sinh"])
        #expect(m.task("DD-3")?.deadline == Day(year: 2024, month: 4, day: 30))
        #expect(m.task("DD-1")?.deadlineAssumed == true)
        #expect(m.enumeration("tasks")?.values.count == 32)
    }

    @Test func enumerationsAcceptShortFormsAndGiveCanonicalSpellings() {
        let m = Self.model
        #expect(m.enumeration("doi_tuong_nha_o")?.canonical("HN") == "Hộ nghèo")
        #expect(m.enumeration("doi_tuong_nha_o")?.canonical("can ngheo") == "Hộ cận nghèo")
        #expect(m.enumeration("hang_sao")?.canonical("3*") == "3 sao")
        #expect(m.enumeration("hang_sao")?.canonical("★★★★") == "4 sao")
        #expect(m.enumeration("tinh_trang_xu_ly")?.canonical("xong") == "Đã xử lý xong")
        #expect(m.enumeration("tinh_trang_xu_ly")?.canonical("hoan thanh") == "Đã xử lý xong")
        #expect(m.enumeration("nguon_goc")?.canonical("CT19") == "Tồn đọng theo Chỉ thị 19")
        #expect(m.enumeration("doi_tuong_nha_o")?.canonical("Hộ giàu") == nil)
    }

    @Test func theCatalogueNamesEveryFormAndColumn() {
        let text = Self.model.catalogue()
        for f in Self.model.forms {
            #expect(text.contains("BIỂU \(f.code)"))
            for c in f.columns { #expect(text.contains(c.title), "\(c.title)") }
        }
        #expect(Self.model.catalogue(english: true).contains("FORM NO01"))
    }
}

@Suite struct UnitResolutionTests {
    static let registry = UnitRegistry(model: BundledModelTests.model)

    func code(_ text: String) -> String? {
        if case .exact(let u) = Self.registry.resolve(text) { return u.code }
        return nil
    }

    func alias(_ text: String) -> String? {
        if case .alias(let u, _) = Self.registry.resolve(text) { return u.code }
        return nil
    }

    @Test func writtenAnyWayAClerkWritesThem() {
        for text in ["07648", "7648", "Xã Vĩnh An", "Vĩnh An", "X. Vĩnh An", "x vinh an", "VINH AN", "Vĩnh An".decomposedStringWithCanonicalMapping] {
            #expect(code(text) == "07648", "\(text)")
        }
        for text in ["Thị trấn An Châu", "TT An Châu", "TT. An Châu", "tt an chau", "An Châu"] { #expect(code(text) == "07615", "\(text)") }
        #expect(code("Xã Thanh Luận") == "07678")
    }

    @Test func otherSpellingsAndMergedCommunesAreAliases() {
        #expect(alias("Dương Hữu") == "07666")
        #expect(alias("Thanh Luân") == "07678")
        #expect(alias("Tuấn Mậu") == "07616")
        #expect(alias("Xã An Châu") == "07615")
        #expect(alias("Bồng Am") == "07663")
        #expect(alias("Vĩnh Khương") == "07648")
        guard case .alias(_, let reason) = Self.registry.resolve("Thanh Sơn") else {
            Issue.record("Thanh Sơn, merged in 2020, should be an alias")
            return
        }
        #expect(reason?.contains("2020") == true)
    }

    @Test func unknownNamesGetTheClosestSuggestions() {
        guard case .unknown(let suggestions) = Self.registry.resolve("Hữu Sẩn Mới") else { Issue.record("should be unknown"); return }
        #expect(suggestions.contains("Xã Hữu Sản"))
        if case .unknown = Self.registry.resolve("Hữu Lũng") {} else { Issue.record("Hữu Lũng is not in the district") }
        if case .unknown = Self.registry.resolve("99999") {} else { Issue.record("99999 is no code") }
    }

    @Test func pathsNameTheirUnit() {
        #expect(Self.registry.unit(inPath: "may/07648-vinh-an/NO01.csv")?.code == "07648")
        #expect(Self.registry.unit(inPath: "may/Bao cao Huu San.csv")?.code == "07624")
        #expect(Self.registry.unit(inPath: "may/report.csv") == nil)
    }
}

/// Every rule of the bundled model, on a row that breaks it and on one that keeps it.
@Suite struct RuleTests {
    static let model = BundledModelTests.model
    static let period = model.period("2024-05")!

    static func d(_ day: Int, _ month: Int, _ year: Int = 2024) -> Value { .date(Day(year: year, month: month, day: day)!) }

    static let cases: [(rule: String, breaks: [String: Value], keeps: [String: Value])] = [
        ("DD01-R1", ["tinh_trang": .choice("Đã xử lý xong")], ["tinh_trang": .choice("Đã xử lý xong"), "ngay_xu_ly_xong": d(1, 5), "ngay_phat_hien": d(1, 4)]),
        ("DD01-R2", ["ngay_phat_hien": d(2, 5), "ngay_xu_ly_xong": d(1, 5)], ["ngay_phat_hien": d(1, 5), "ngay_xu_ly_xong": d(2, 5)]),
        ("DD01-R3", ["nguon_goc": .choice("Phát sinh mới"), "ngay_phat_hien": d(1, 1, 2019)], ["nguon_goc": .choice("Phát sinh mới"), "ngay_phat_hien": d(1, 5)]),
        ("DD02-R1", ["dien_tich_can": .number(10), "dien_tich_da_ban_giao": .number(11)], ["dien_tich_can": .number(10), "dien_tich_da_ban_giao": .number(10)]),
        ("DD02-R2", ["so_ho_anh_huong": .integer(3), "so_ho_da_chi_tra": .integer(4)], ["so_ho_anh_huong": .integer(3), "so_ho_da_chi_tra": .integer(3)]),
        ("DD02-R3", ["du_mat_bang": .bool(true), "dien_tich_can": .number(10), "dien_tich_da_ban_giao": .number(5)], ["du_mat_bang": .bool(false), "dien_tich_can": .number(10), "dien_tich_da_ban_giao": .number(5)]),
        ("LN01-R1", ["ngay_xu_ly_xong": d(1, 5)], ["tinh_trang": .choice("Đang xử lý")]),
        ("LN01-R2", ["ngay_phat_hien": d(2, 5), "ngay_xu_ly_xong": d(1, 5), "tinh_trang": .choice("Đã xử lý xong")], ["ngay_phat_hien": d(1, 5), "ngay_xu_ly_xong": d(1, 5), "tinh_trang": .choice("Đã xử lý xong")]),
        ("LN02-R1", ["lo_giap_ranh": .integer(2), "lo_da_lap_ho_so": .integer(3)], ["lo_giap_ranh": .integer(3), "lo_da_lap_ho_so": .integer(3)]),
        ("LN02-R2", ["dt_dat_rung_thu_hoi": .number(1), "dt_co_phuong_an": .number(2)], ["dt_dat_rung_thu_hoi": .number(2), "dt_co_phuong_an": .number(2)]),
        ("NO01-R1", ["tinh_trang": .choice("Đang thi công")], ["tinh_trang": .choice("Chưa phê duyệt hồ sơ")]),
        ("NO01-R2", ["tinh_trang": .choice("Đang thi công"), "ngay_phe_duyet": d(5, 5), "ngay_khoi_cong": d(1, 5)], ["tinh_trang": .choice("Đang thi công"), "ngay_phe_duyet": d(1, 5), "ngay_khoi_cong": d(5, 5)]),
        ("NO01-R3", ["tinh_trang": .choice("Hoàn thành"), "ngay_khoi_cong": d(1, 5)], ["tinh_trang": .choice("Hoàn thành"), "ngay_khoi_cong": d(1, 5), "ngay_hoan_thanh": d(9, 5)]),
        ("NO01-R4", ["du_dk_dat": .bool(false), "tinh_trang": .choice("Đang thi công")], ["du_dk_dat": .bool(false), "tinh_trang": .choice("Chưa phê duyệt hồ sơ")]),
        ("NO01-R5", ["hinh_thuc": .choice("Sửa chữa"), "kinh_phi": .integer(35_000_000)], ["hinh_thuc": .choice("Xây mới"), "kinh_phi": .integer(35_000_000)]),
        ("OC01-R1", ["tinh_trang": .choice("Đã được công nhận"), "hang_sao": .choice("Chưa xếp hạng")], ["tinh_trang": .choice("Đã được công nhận"), "hang_sao": .choice("3 sao"), "ngay_cong_nhan": d(1, 1, 2023)]),
        ("OC02-R1", ["doi_tuong": .choice("Con gà"), "ngay_cap_giong": d(10, 1)], ["doi_tuong": .choice("Con gà"), "ngay_cap_giong": d(10, 4)]),
        ("NS01-R1", ["ngay_mat_nuoc": d(5, 5), "ngay_co_nuoc": d(4, 5)], ["ngay_mat_nuoc": d(5, 5), "ngay_co_nuoc": d(5, 5)]),
        ("NS02-R1", ["so_ho_tu_tim_nguon": .integer(1), "so_ho_duoc_ho_tro": .integer(2)], ["so_ho_tu_tim_nguon": .integer(2), "so_ho_duoc_ho_tro": .integer(2)]),
        ("TD01-R1", ["tinh_trang": .choice("Hoàn thành")], ["tinh_trang": .choice("Hoàn thành"), "ngay_hoan_thanh": d(1, 5)]),
        ("TD01-R2", ["tinh_trang": .choice("Hoàn thành"), "ngay_hoan_thanh": d(1, 5), "ty_le": .number(80)], ["tinh_trang": .choice("Hoàn thành"), "ngay_hoan_thanh": d(1, 5), "ty_le": .number(100)]),
        ("CQ01-R1", ["tinh_trang": .choice("Đã báo cáo Thường trực")], ["tinh_trang": .choice("Đã hoàn thành"), "ngay_hoan_thanh": d(6, 5)]),
        ("CQ01-R2", ["tinh_trang": .choice("Đã báo cáo Thường trực"), "ngay_hoan_thanh": d(29, 4)],
         ["tinh_trang": .choice("Đã báo cáo Thường trực"), "ngay_hoan_thanh": d(29, 4), "so_van_ban": .text("152-BC/VPHU")]),
    ]

    @Test func everyRuleOfTheModelHasACase() {
        let all = Set(Self.model.forms.flatMap { $0.rules.map(\.id) })
        #expect(all == Set(Self.cases.map(\.rule)))
    }

    @Test(arguments: RuleTests.cases.map(\.rule))
    func ruleFiresOnTheBreakingRowOnly(id: String) throws {
        let c = try #require(Self.cases.first { $0.rule == id })
        let form = try #require(Self.model.forms.first { $0.rules.contains { $0.id == id } })
        let rule = try #require(form.rules.first { $0.id == id })
        let keys = form.allKeys
        let check = try rule.check.resolved(keys: keys, settings: Self.model.settings)
        func row(_ values: [String: Value]) -> [Value?] { keys.map { values[$0] } }
        #expect(!check.holds(row(c.breaks), period: Self.period), "\(id) should fire")
        #expect(check.holds(row(c.keeps), period: Self.period), "\(id) should hold")
    }
}

@Suite struct BrokenModelTests {
    static func mutate(_ change: (inout [String: Any]) -> Void) throws -> ModelError? {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(EmbeddedModel.json.utf8)) as? [String: Any])
        change(&json)
        let data = try JSONSerialization.data(withJSONObject: json)
        do {
            _ = try Model.decode(data, path: "test.json")
            return nil
        } catch { return error }
    }

    static func form(_ json: inout [String: Any], _ code: String, _ change: (inout [String: Any]) -> Void) {
        var forms = json["forms"] as! [[String: Any]]
        let i = forms.firstIndex { $0["code"] as? String == code }!
        change(&forms[i])
        json["forms"] = forms
    }

    @Test func eachProblemIsNamed() throws {
        let unknownColumn = try Self.mutate { Self.form(&$0, "NS02") { f in
            var rules = f["rules"] as! [[String: Any]]
            rules[0]["check"] = ["compare": ["so_ho_khong_co", "<=", "so_ho_tu_tim_nguon"]]
            f["rules"] = rules
        } }
        #expect(unknownColumn?.problems.contains { $0.contains("so_ho_khong_co") } == true)
        let duplicateUnit = try Self.mutate { j in
            var units = j["units"] as! [[String: Any]]
            units[1]["code"] = units[0]["code"]
            j["units"] = units
        }
        #expect(duplicateUnit?.problems.contains { $0.contains("duplicate unit code") } == true)
        let emptyEnum = try Self.mutate { j in
            var e = j["enumerations"] as! [[String: Any]]
            e[0]["values"] = [Any]()
            j["enumerations"] = e
        }
        #expect(emptyEnum?.problems.contains { $0.contains("has no values") } == true)
        let badKey = try Self.mutate { Self.form(&$0, "NO01") { $0["key"] = ["xa", "ho_ten"] } }
        #expect(badKey?.problems.contains { $0.contains("ho_ten") } == true)
        let badValue = try Self.mutate { Self.form(&$0, "TD01") { f in
            var rules = f["rules"] as! [[String: Any]]
            rules[0]["check"] = ["column": "tinh_trang", "in": ["Xong rồi"]]
            f["rules"] = rules
        } }
        #expect(badValue?.problems.contains { $0.contains("Xong rồi") } == true)
        let badSetting = try Self.mutate { j in j["settings"] = [String: Any]() }
        #expect(badSetting?.problems.contains { $0.contains("cap_xay_moi") } == true)
        let badCutoff = try Self.mutate { j in j["cutoff_day"] = 31 }
        #expect(badCutoff?.problems.contains { $0.contains("cutoff_day") } == true)
        let missingField = try Self.mutate { j in j.removeValue(forKey: "units") }
        #expect(missingField?.problems.first?.contains("units") == true)
        #expect(throws: ModelError.self) { try Model.decode(Data("{not json".utf8), path: "x.json") }
    }
    @Test func aMistypedIssueCodeIsRefusedWhenTheModelLoads() throws {
        let rule = try Self.mutate { Self.form(&$0, "NO01") { f in
            var rules = f["rules"] as! [[String: Any]]
            let i = rules.firstIndex { $0["code"] != nil }!
            rules[i]["code"] = "cap-exceded"
            f["rules"] = rules
        } }
        #expect(rule?.problems.contains { $0.contains("'cap-exceded' is not an issue code") } == true, "\(String(describing: rule))")
        let finding = try Self.mutate { Self.form(&$0, "OC01") { f in
            var findings = f["findings"] as! [[String: Any]]
            findings[0]["code"] = "ocop-expird"
            f["findings"] = findings
        } }
        #expect(finding?.problems.contains { $0.contains("ocop-expird") } == true)
    }
}
