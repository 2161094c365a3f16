import Foundation
import Testing
import Common
@testable import TaskModel

/// The sixth area lives in the model alone: its units, kinds, tasks and checklist roles.
@Suite struct AgencyAreaModelTests {
    static let model = BundledModelTests.model

    @Test func theAgenciesAreUnitsOfTheirOwnKind() throws {
        let m = Self.model
        #expect(m.unitKinds.map(\.id) == ["cap-xa", "co-quan"])
        #expect(m.units(kind: "cap-xa").count == 17)
        #expect(m.units(kind: "co-quan").map(\.code) == ["UBND", "BTCHU", "VPHU", "TNMT", "KTHT", "BQLDA"])
        let area = try #require(m.area("co-quan-huyen"))
        #expect(m.units(of: area).count == 6)
        #expect(m.forms(of: area).map(\.code) == ["CQ01"])
        for slug in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            let a = try #require(m.area(slug))
            #expect(m.units(of: a).count == 17, "\(slug)")
            #expect(m.forms(of: a).last?.code == "TD01", "\(slug)")
        }
    }

    @Test func eachChecklistHoldsItsOwnTasks() throws {
        let m = Self.model
        let td = try #require(m.form("TD01")), cq = try #require(m.form("CQ01"))
        #expect(m.tasks(in: td).count == 16)
        #expect(m.tasks(in: td).allSatisfy { $0.owner == nil })
        let agency = m.tasks(in: cq)
        #expect(agency.count == 16)
        #expect(agency.allSatisfy { $0.owner != nil })
        // Every dated item of parts 3-5: the replies by 25/4, the petitions and the office's report by 29/4.
        #expect(agency.filter { $0.deadline == Day(year: 2024, month: 4, day: 29) }.count == 9)
        #expect(m.task("3.1")?.deadline == Day(year: 2024, month: 4, day: 25))
        let column = try #require(td.columns.first { $0.key == "ma_nhiem_vu" })
        #expect(m.enumeration(for: column, in: td)?.values.count == 16)
        #expect(m.enumeration(for: column, in: td)?.canonical("3.1(2)") == nil)
        let item = try #require(cq.columns.first { $0.key == "muc" })
        #expect(m.enumeration(for: item, in: cq)?.canonical("3.1 (2)") == "3.1(2)")
    }

    @Test func unitCellsResolveAmongTheFormsSenders() {
        let agencies = UnitRegistry(model: Self.model, kind: "co-quan")
        let communes = UnitRegistry(model: Self.model, kind: "cap-xa")
        if case .exact(let u) = agencies.resolve("Phòng Kinh tế - Hạ tầng") { #expect(u.code == "KTHT") } else { Issue.record("by name") }
        if case .exact(let u) = agencies.resolve("tnmt") { #expect(u.code == "TNMT") } else { Issue.record("by code") }
        if case .alias(let u, _) = agencies.resolve("BQL Dự án ĐTXD") { #expect(u.code == "BQLDA") } else { Issue.record("alias") }
        if case .unknown = agencies.resolve("Vĩnh An") {} else { Issue.record("a commune is no agency") }
        if case .unknown = communes.resolve("UBND") {} else { Issue.record("an agency is no commune") }
        if case .exact(let u) = communes.resolve("7648") { #expect(u.code == "07648") } else { Issue.record("GSO code") }
    }

    @Test func theCatalogueShowsTheSixthArea() {
        let text = Self.model.catalogue()
        #expect(text.contains("[co-quan-huyen] Thực hiện Kết luận 11/4/2024"))
        #expect(text.contains("BIỂU CQ01"))
        #expect(text.contains("Đơn vị gửi: Cơ quan, đơn vị huyện"))
        #expect(text.contains("có thể sau kỳ báo cáo"))
        #expect(text.contains("đơn vị thực hiện: Phòng Tài nguyên và Môi trường"))
    }

    /// SPEC §1: no area, form or column is written in Swift. Comments may name them; code may not.
    @Test func noSwiftCodeNamesTheModel() throws {
        let m = Self.model
        let columnKeys = Set(m.forms.flatMap { $0.allKeys })
        let words = Set(m.areas.map(\.slug) + m.forms.map(\.code))
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        var hits: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                let literals = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                let tokens = code.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" }).map(String.init)
                for t in tokens where words.contains(t) { hits.append("\(file):\(n + 1) \(t)") }
                for l in literals where columnKeys.contains(l) || words.contains(l) { hits.append("\(file):\(n + 1) \"\(l)\"") }
            }
        }
        #expect(hits.isEmpty, "\(hits)")
    }
}

/// Every check of the model's new parts refuses a bad model with a problem that names it.
@Suite struct BrokenRoleModelTests {
    func problems(_ change: (inout [String: Any]) -> Void) throws -> [String] {
        try BrokenModelTests.mutate(change)?.problems ?? []
    }

    func measure(_ json: inout [String: Any], _ id: String, _ change: (inout [String: Any]) -> Void) {
        var list = json["measures"] as! [[String: Any]]
        let i = list.firstIndex { $0["id"] as? String == id }!
        change(&list[i])
        json["measures"] = list
    }

    func column(_ json: inout [String: Any], _ form: String, _ key: String, _ change: (inout [String: Any]) -> Void) {
        BrokenModelTests.form(&json, form) { f in
            var cols = f["columns"] as! [[String: Any]]
            let i = cols.firstIndex { $0["key"] as? String == key }!
            change(&cols[i])
            f["columns"] = cols
        }
    }

    func task(_ json: inout [String: Any], _ code: String, _ change: (inout [String: Any]) -> Void) {
        var list = json["tasks"] as! [[String: Any]]
        let i = list.firstIndex { $0["code"] as? String == code }!
        change(&list[i])
        json["tasks"] = list
    }

    @Test(arguments: ["!=", "=>", "==", "≥"])
    func aTargetOperatorOutsideExcelsIsRefused(op: String) throws {
        let p = try problems { measure(&$0, "ns_over5") { m in m["target"] = ["op": op, "value": 0] } }
        #expect(p.contains { $0.contains("measure ns_over5: target op '\(op)'") }, "\(p)")
    }

    @Test func excelsNotEqualIsATargetOperator() throws {
        #expect(try problems { measure(&$0, "ns_over5") { m in m["target"] = ["op": "<>", "value": 3] } }.isEmpty)
    }

    @Test func dateBoundsAreCheckedAgainstTheForm() throws {
        let onText = try problems { column(&$0, "CQ01", "so_van_ban") { $0["dates"] = "any" } }
        #expect(onText.contains { $0.contains("column so_van_ban: dates and not_before apply to date columns only") }, "\(onText)")
        let unknown = try problems { column(&$0, "CQ01", "ngay_hoan_thanh") { $0["not_before"] = "ngay_giao" } }
        #expect(unknown.contains { $0.contains("not_before 'ngay_giao' is not a date column") }, "\(unknown)")
        let notDate = try problems { column(&$0, "CQ01", "ngay_hoan_thanh") { $0["not_before"] = "tinh_trang" } }
        #expect(notDate.contains { $0.contains("not_before 'tinh_trang' is not a date column") }, "\(notDate)")
        let badWord = try problems { column(&$0, "CQ01", "han_hoan_thanh") { $0["dates"] = "future" } }
        #expect(badWord.contains { $0.contains("dates") }, "\(badWord)")
        #expect(try problems { column(&$0, "NO01", "ngay_khoi_cong") { $0["not_before"] = "ngay_phe_duyet" } }.isEmpty)
    }

    @Test func aHelperMeasureMustFeedAShownRatio() throws {
        let unused = try problems { measure(&$0, "ns_own") { $0["shown"] = false } }
        #expect(unused.isEmpty, "ns_own feeds ns_supported_pct: \(unused)")
        let orphan = try problems { measure(&$0, "ns_longest") { $0["shown"] = false } }
        #expect(orphan.contains { $0.contains("measure ns_longest: not shown and no shown ratio uses it") }, "\(orphan)")
        let chart = try problems { measure(&$0, "cq_due_on_time_pct") { $0["shown"] = false } }
        #expect(chart.contains { $0.contains("chart_measure 'cq_due_on_time_pct' is not a shown measure") }, "\(chart)")
    }

    @Test func checklistRolesNameColumnsOfTheRightType() throws {
        func roles(_ change: @escaping (inout [String: Any]) -> Void) throws -> [String] {
            try problems { BrokenModelTests.form(&$0, "TD01") { f in
                var c = f["checklist"] as! [String: Any]
                change(&c)
                f["checklist"] = c
            } }
        }
        #expect(try roles { $0["task_column"] = "ma_so" }.contains { $0.contains("form TD01: checklist task_column 'ma_so' is not a column") })
        #expect(try roles { $0["task_column"] = "tinh_trang" }.contains { $0.contains("task_column 'tinh_trang' must use enumeration 'tasks'") })
        #expect(try roles { $0["status_column"] = "ty_le" }.contains { $0.contains("status_column 'ty_le' is not of type enum") })
        #expect(try roles { $0["done"] = ["Xong"] }.contains { $0.contains("done value 'Xong' is not a value of enumeration 'tinh_trang_nhiem_vu'") })
        #expect(try roles { $0["done"] = [String]() }.contains { $0.contains("done lists no status") })
        #expect(try roles { $0["date_column"] = "kho_khan" }.contains { $0.contains("date_column 'kho_khan' is not of type date") })
        let noTasks = try problems { j in
            j["tasks"] = (j["tasks"] as! [[String: Any]]).filter { $0["checklist"] as? String != "CQ01" }
        }
        #expect(noTasks.contains { $0.contains("form CQ01: checklist has no tasks") }, "\(noTasks)")
    }

    @Test func aTaskBelongsToAChecklistAndAUnitThatSendsIt() throws {
        #expect(try problems { task(&$0, "3.1(2)") { $0["owner"] = "07616" } }
            .contains { $0.contains("task 3.1(2): owner '07616' is not a unit that sends CQ01") })
        #expect(try problems { task(&$0, "3.1(2)") { $0["checklist"] = "NS01" } }
            .contains { $0.contains("task 3.1(2): checklist 'NS01' is not a checklist form") })
        #expect(try problems { task(&$0, "DD-1") { $0["owner"] = "TNMT" } }
            .contains { $0.contains("task DD-1: owner 'TNMT' is not a unit that sends TD01") })
    }

    @Test func unitKindsAreKnownAndCodesFitThem() throws {
        func unit(_ j: inout [String: Any], _ code: String, _ change: (inout [String: Any]) -> Void) {
            var list = j["units"] as! [[String: Any]]
            let i = list.firstIndex { $0["code"] as? String == code }!
            change(&list[i])
            j["units"] = list
        }
        #expect(try problems { unit(&$0, "TNMT") { $0["kind"] = "phong" } }.contains { $0.contains("unit 'Phòng Tài nguyên và Môi trường': unknown unit kind 'phong'") })
        #expect(try problems { unit(&$0, "TNMT") { $0["code"] = "4711" } }.contains { $0.contains("code '4711' must be letters, digits and hyphens, not digits only") })
        #expect(try problems { unit(&$0, "07648") { $0["code"] = "VA" } }.contains { $0.contains("code 'VA' is not a five-digit GSO code") })
        #expect(try problems { BrokenModelTests.form(&$0, "CQ01") { $0["sent_by"] = "so" } }.contains { $0.contains("form CQ01: sent_by: unknown unit kind 'so'") })
        #expect(try problems { BrokenModelTests.form(&$0, "NS02") { $0["sent_by"] = "co-quan" } }
            .contains { $0.contains("area nuoc: its forms are sent by different unit kinds") })
        #expect(try problems { j in
            var kinds = j["unit_kinds"] as! [[String: Any]]
            kinds[1]["id"] = kinds[0]["id"]
            j["unit_kinds"] = kinds
        }.contains { $0.contains("duplicate unit kind 'cap-xa'") })
    }

    @Test func aModelWithoutUnitKindsHasTheCommunesOnly() throws {
        let p = try problems { j in
            j.removeValue(forKey: "unit_kinds")
            j["units"] = (j["units"] as! [[String: Any]]).filter { $0["kind"] == nil }
            j["aliases"] = (j["aliases"] as! [[String: Any]]).filter { ($0["unit"] as? String)?.first?.isNumber == true }
            j["areas"] = (j["areas"] as! [[String: Any]]).filter { $0["slug"] as? String != "co-quan-huyen" }
            j["tasks"] = (j["tasks"] as! [[String: Any]]).filter { $0["checklist"] == nil }
            j["forms"] = (j["forms"] as! [[String: Any]]).filter { $0["code"] as? String != "CQ01" }
            j["measures"] = (j["measures"] as! [[String: Any]]).filter { $0["area"] as? String != "co-quan-huyen" }
        }
        #expect(p.isEmpty, "\(p)")
    }
}
