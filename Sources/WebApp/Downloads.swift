import Common
import FlyingFox
import Foundation
import TaskModel

/// `GET /tai/YYYY-MM/NAME`: a file of the month's output folder, saved under a Vietnamese
/// name that says what it is («Tổng hợp 2024-05 - Nhà ở ….xlsx»).
enum Downloads {
    static func serve(_ visit: Visit) -> HTTPResponse {
        let parts = visit.request.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(2)
            .map { String($0).removingPercentEncoding ?? "" }
        guard parts.count >= 2, let period = visit.settings.model.period(parts[0]), period.description == parts[0] else {
            return Reply.text(.notFound, "Not found")
        }
        let name = parts.dropFirst().joined(separator: "/")
        guard let item = MonthOutputs(root: visit.settings.outputRoot, period: parts[0]).item(named: name) else {
            return Reply.text(.notFound, visit.say("Không có tệp này trong kết quả của tháng.", "No such file in the month's results."))
        }
        do {
            return try Reply.download(item.url, name: savedName(item.name, period: parts[0], visit: visit), type: MonthOutputs.contentType(item.name))
        } catch {
            return Reply.text(.notFound, "Not found")
        }
    }

    static func savedName(_ name: String, period: String, visit: Visit) -> String {
        let model = visit.settings.model
        if name == "bao-cao.json" { return "Báo cáo \(period).json" }
        if name.hasPrefix("tra-lai/") {
            let file = String(name.dropFirst(8))
            let unit = model.units.first { file.hasPrefix($0.code + "-") }
            return unit.map { "Phiếu trả lại \(period) - \($0.name).xlsx" } ?? file
        }
        let area = model.areas.first { "\($0.slug).xlsx" == name }
        return area.map { "Tổng hợp \(period) - \($0.name).xlsx" } ?? name
    }
}
