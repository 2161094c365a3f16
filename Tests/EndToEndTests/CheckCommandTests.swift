import Foundation
import Testing
import TestSupport

/// `tonghop check` run as a clerk runs it, on files written here.
@Suite struct CheckCommandTests {
    static let no01Header = "\"Xã, thị trấn\",\"Thôn, tổ dân phố\",Họ tên chủ hộ,Năm sinh chủ hộ,Đối tượng,Hình thức hỗ trợ,Đủ điều kiện về đất đai,Tình trạng,Ngày phê duyệt hồ sơ,Ngày khởi công,Ngày hoàn thành,Kinh phí hỗ trợ (đồng),Ghi chú"

    /// `(line, column, code)` of every issue in the first file of a JSON report.
    static func tuples(_ json: [String: Any]) -> Set<String> {
        let files = json["files"] as? [[String: Any]] ?? []
        var out = Set<String>()
        for f in files {
            for i in f["issues"] as? [[String: Any]] ?? [] {
                let line = (i["line"] as? Int).map(String.init) ?? "-"
                let column = i["column"] as? String ?? "-"
                out.insert("\(line) \(column) \(i["code"] as? String ?? "?")")
            }
        }
        return out
    }

    static func rows(_ json: [String: Any], file: Int = 0) -> [String: Int] {
        let files = json["files"] as? [[String: Any]] ?? []
        return files[file]["rows"] as? [String: Int] ?? [:]
    }

    @Test func aCleanReturnPassesWithExitZero() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("no01.csv", """
        \(Self.no01Header)
        Xã Vĩnh An,Làng Chẽ,Hoàng Văn Tám,1968,Hộ nghèo,Xây mới,Có,Đang thi công,02/05/2024,10/05/2024,,"55,000,000",
        Vĩnh An,Làng Chẽ,Nguyễn Thị Hoa,1975,HN,SC,x,Chưa phê duyệt hồ sơ,,,,,
        7648,Làng Chẽ,La Văn Sáu,1980,cận nghèo,Sửa chữa,1,Hoàn thành,01/04/2024,05/04/2024,30/04/2024,25000000,xong

        """)
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        #expect(run.status == 0, "\(run.output)\(run.stderr)")
        let json = try #require(run.json)
        #expect(json["valid"] as? Bool == true)
        #expect(json["period"] as? String == "2024-05")
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["form"] as? String == "NO01")
        #expect(file["header_line"] as? Int == 1)
        #expect(file["encoding"] as? String == "utf-8")
        #expect(file["delimiter"] as? String == ",")
        #expect((file["sha256"] as? String)?.count == 64)
        #expect(Self.rows(json) == ["read": 3, "accepted": 3, "rejected": 0, "skipped": 0])
    }

    @Test func plantedMistakesAreReportedWhereTheyAre() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("no01-loi.csv", """
        UBND XÃ VĨNH AN
        Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
        \(Self.no01Header)
        Vĩnh An,Làng Chẽ,Hộ Một,1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,31/02/2024,,,,
        Vĩnh An,Làng Chẽ,Hộ Hai,1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,20/05/2024,,,,
        Vĩnh An,Làng Chẽ,,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Vĩnh An,Làng Chẽ,Hộ Bốn,1970,Hộ giàu,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Vĩnh An,Làng Chẽ,Hộ Năm,1970,Hộ nghèo,Xây mới,Có,Hoàn thành,01/05/2024,02/05/2024,,,
        Vĩnh An,Làng Chẽ,Hộ Sáu,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Vĩnh An,Làng Chẽ,Hộ Sáu,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Dương Hữu,Đồng Làng,Hộ Bảy,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Hữu Lũng,Đồng Làng,Hộ Tám,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,
        Vĩnh An,Làng Chẽ,Hộ Chín,1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,01/05/2024,,,70000000,
        Vĩnh An,Làng Chẽ,Hộ Mười,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,,,thừa
        Tổng cộng,,,,,,,,,,,70000000,

        """)
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(run.json)
        #expect(json["valid"] as? Bool == false)
        let found = Self.tuples(json)
        for expected in [
            "4 ngay_phe_duyet type-date", "5 ngay_phe_duyet date-after-period", "6 chu_ho required",
            "7 doi_tuong type-enum", "8 ngay_hoan_thanh rule", "10 - duplicate-row", "11 xa unit-alias",
            "12 xa unit-unknown", "13 kinh_phi cap-exceeded", "14 - cell-extra", "15 - total-row",
        ] {
            #expect(found.contains(expected), "missing \(expected) in \(found.sorted())")
        }
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["header_line"] as? Int == 3)
        let rows = Self.rows(json)
        #expect(rows["read"] == 12)
        #expect(rows["skipped"] == 1)
        #expect(rows["rejected"] == 8)
        #expect(rows["accepted"] == 3)
    }

    @Test func aMissingRequiredColumnRejectsTheWholeFile() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("ns02.csv", """
        Xã, thị trấn;Thôn, tổ dân phố;Số hộ thiếu nước sinh hoạt;Số hộ tự tìm nguồn nước
        An Châu;Phố Mới;10;4
        An Châu;Phố Cũ;3;1

        """)
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--form", "NS02"])
        #expect(run.status == 1)
        let json = try #require(run.json)
        #expect(Self.tuples(json).contains("1 so_ho_duoc_ho_tro column-missing"))
        #expect(Self.rows(json) == ["read": 2, "accepted": 0, "rejected": 2, "skipped": 0])
    }

    @Test func fileProblemsGetTheirCodes() throws {
        let dir = try TemporaryFolder()
        let noHeader = try dir.write("a.csv", "chỉ là một dòng chữ\nvà một dòng nữa\n")
        let quote = try dir.write("b.csv", "\(Self.no01Header)\nVĩnh An,\"Làng Chẽ,Hộ,1970\n")
        let run = try TongHopBinary.run(["check", noHeader, quote, "--period", "2024-05", "--format", "json"])
        #expect(run.status == 1)
        let files = try #require(run.json?["files"] as? [[String: Any]])
        let codes = files.map { (($0["issues"] as? [[String: Any]]) ?? []).map { $0["code"] as? String ?? "" } }
        #expect(codes[0].contains("header-not-found"))
        #expect(codes[1].contains("csv-malformed"))
        let quoteIssue = (files[1]["issues"] as? [[String: Any]])?.first { $0["code"] as? String == "csv-malformed" }
        #expect(quoteIssue?["line"] as? Int == 2)
        for f in files {
            let r = f["rows"] as? [String: Int] ?? [:]
            #expect(r["read"] == (r["accepted"] ?? -1) + (r["rejected"] ?? -1) + (r["skipped"] ?? -1))
        }
    }

    @Test func usageAndInputProblemsExitTwo() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("x.csv", "\(Self.no01Header)\n")
        #expect(try TongHopBinary.run(["check", file, "--period", "2024-5"]).status == 2)
        #expect(try TongHopBinary.run(["check", dir.url.appendingPathComponent("none.csv").path]).status == 2)
        #expect(try TongHopBinary.run(["check", file, "--encoding", "klingon"]).status == 2)
        #expect(try TongHopBinary.run(["check", file, "--form", "ZZ99"]).status == 2)
        #expect(try TongHopBinary.run(["nonsense"]).status == 2)
        let broken = try dir.write("model.json", "{\"version\": 1}")
        let run = try TongHopBinary.run(["check", file, "--model", broken])
        #expect(run.status == 2)
        #expect(run.stderr.contains("model.json"))
    }

    @Test func withoutAPeriodTheReportSaysWhichWasAssumed() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("no01.csv", """
        \(Self.no01Header)
        Vĩnh An,Làng Chẽ,Hộ Một,1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,20/05/2024,,,,

        """)
        let run = try TongHopBinary.run(["check", path, "--format", "json"])
        let json = try #require(run.json)
        #expect(json["period_assumed"] as? Bool == true)
        #expect(json["period"] as? String == "2024-06")
        #expect(run.status == 0)
        let text = try TongHopBinary.run(["check", path])
        #expect(text.output.contains("2024-06"))
        #expect(text.output.contains("tự xác định"))
    }

    @Test func textReportIsVietnameseByDefaultAndEnglishOnRequest() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("no01.csv", """
        \(Self.no01Header)
        Vĩnh An,Làng Chẽ,Hộ Một,1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,31/02/2024,,,,

        """)
        let vi = try TongHopBinary.run(["check", path, "--period", "2024-05"])
        #expect(vi.status == 1)
        #expect(vi.output.contains("dòng 2"))
        #expect(vi.output.contains("Ngày phê duyệt hồ sơ"))
        #expect(vi.output.contains("31/02/2024"))
        let en = try TongHopBinary.run(["check", path, "--period", "2024-05", "--lang", "en"])
        #expect(en.output.contains("line 2"))
    }
}
