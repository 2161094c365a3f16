import Foundation
import TestSupport

/// Small NO01 returns written by the tests, whose figures are known by hand.
enum SubmissionReturns {
    static let header = "Xã, thị trấn;Thôn, tổ dân phố;Họ tên chủ hộ;Năm sinh chủ hộ;Đối tượng;Hình thức hỗ trợ;Đủ điều kiện về đất đai;Tình trạng;Ngày phê duyệt hồ sơ;Ngày khởi công;Ngày hoàn thành;Kinh phí hỗ trợ (đồng);Ghi chú"

    /// An Châu's first NO01 for May: 3 households accepted (55 + 28 + 0 million), 1 refused (31/02).
    static let first = """
        Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
        \(header)
        An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Hoàn thành;01/03/2024;15/03/2024;10/05/2024;55.000.000;
        An Châu;Phố Mới;Lương Văn Hùng;1966;Hộ cận nghèo;Sửa chữa;Có;Đang thi công;10/04/2024;25/04/2024;;28.000.000;
        An Châu;Phố Cũ;Vi Văn Nam;1985;Hộ nghèo;Xây mới;Có;Chưa phê duyệt hồ sơ;;;;;
        An Châu;Phố Cũ;Dương Văn Lợi;1980;Hộ nghèo;Xây mới;Có;Đã phê duyệt hồ sơ;31/02/2024;;;;

        """

    /// The corrected NO01: 2 households, 55 + 20 = 75 million, no error.
    static let corrected = """
        Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
        \(header)
        An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Hoàn thành;01/03/2024;15/03/2024;10/05/2024;55.000.000;
        An Châu;Phố Cũ;Dương Văn Lợi;1980;Hộ nghèo;Sửa chữa;Có;Đã phê duyệt hồ sơ;28/02/2024;;;20.000.000;

        """

    /// Sets a file's modification time, to order files as a clerk's inbox would.
    static func touch(_ path: String, secondsAgo: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: path)
    }

    /// The JSON file at `path` as an object.
    static func json(_ path: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any] ?? [:]
    }

    /// The report entry of the file named `name`.
    static func file(_ report: [String: Any], named name: String) -> [String: Any]? {
        (report["files"] as? [[String: Any]])?.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }
    }
}
