import Foundation
import Testing
import TestSupport

/// The data window of 2024-05 is 15/04/2024 to 14/05/2024, both days included (SPEC §1.2):
/// outages starting on either edge count as "in the period", the day before does not.
@Suite struct WindowEdgeTests {
    @Test func bothEdgesOfTheWindowAreInThePeriod() throws {
        let dir = try TemporaryFolder()
        try dir.write("in/ns01.csv", """
            Xã, thị trấn;Thôn, tổ dân phố;Địa điểm, tuyến;Nguyên nhân;Số hộ bị ảnh hưởng;Ngày mất nước;Ngày cấp nước trở lại
            Lệ Viễn;Thôn Một;Tuyến 1;Khác;3;14/04/2024;16/04/2024
            Lệ Viễn;Thôn Hai;Tuyến 2;Khác;4;15/04/2024;16/04/2024
            Lệ Viễn;Thôn Ba;Tuyến 3;Khác;5;14/05/2024;14/05/2024

            """)
        let run = try TongHopBinary.run(["build", dir.url.appendingPathComponent("in").path, "--period", "2024-05", "--out", dir.url.appendingPathComponent("out").path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = BuildCommandTests.summary(try XLSXFile(path: dir.url.appendingPathComponent("out/2024-05/nuoc.xlsx").path))
        #expect(sheet["Xã Lệ Viễn"]?["Số vụ mất nước"]?.number == 3)
        #expect(sheet["Xã Lệ Viễn"]?["Bắt đầu trong kỳ"]?.number == 2)
    }
}
