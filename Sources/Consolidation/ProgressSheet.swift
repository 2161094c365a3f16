import Common
import TaskModel
import XLSX

/// Tiến độ nhiệm vụ (SPEC §5.2): units × the area's tasks, from the checklist forms.
///
/// A task is "Quá hạn" (red) when its deadline is before the period's last day and the unit
/// has not reported it complete, or its target measure is not met (SPEC §1.3). A task owned
/// by one unit (an agency's) is left blank in the other units' rows.
struct ProgressSheet {
    let area: Area
    let data: MonthData
    let table: MeasureTable

    static let name = "Tiến độ nhiệm vụ"

    /// What a unit reported for a task; `complete` when the status is one of the checklist's "done" values.
    struct Report { var status: String; var complete: Bool; var rate: Double?; var done: Day? }

    /// Fills `ws`, the workbook's second sheet, added when the workbook was opened.
    func write(into ws: Worksheet) throws {
        let model = data.model
        let tasks = model.tasks.filter { $0.area == area.slug }
        try ws.hideGridlines()
        let width = SheetKit.unitColumns + tasks.count
        try SheetKit.unitColumnWidths(ws, following: tasks.count, width: 22)
        var row = try SheetKit.letterhead(ws, model: model, period: data.period, width: width)
        try SheetKit.centered(ws, row, 0, width - 1, "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM", Styles.title(size: 14))
        row += 1
        try SheetKit.centered(ws, row, 0, width - 1, "Lĩnh vực: \(area.name)", Styles.title(size: 12))
        row += 1
        try SheetKit.centered(ws, row, 0, width - 1, SheetKit.periodLine(data.period), Styles.title(size: 12, bold: false, italic: true))
        row += 2
        let header = row
        try ws.setRow(header, height: 90)
        try SheetKit.unitHeader(ws, row: header, kind: model.unitKind(of: area))
        for (i, t) in tasks.enumerated() {
            let deadline = t.deadline.map { "hạn \($0)" } ?? "thường xuyên"
            try ws.write(header, 3 + i, .text("\(t.code). \(t.title) (\(deadline))"), Styles.header)
        }
        let reports = data.checklist
        let units = model.units(of: area)
        for (u, unit) in units.enumerated() {
            let r = header + 1 + u
            try ws.setRow(r, height: 32)  // two lines: a status and its date or rate
            try SheetKit.unitCells(ws, row: r, number: u + 1, unit: unit)
            for (i, t) in tasks.enumerated() {
                if let owner = t.owner, owner != unit.code {
                    try ws.write(r, 3 + i, .blank, Styles.wrapText)
                    continue
                }
                let (text, format) = cell(unit: unit.code, task: t, report: reports[unit.code]?[t.code])
                try ws.write(r, 3 + i, .text(text), format)
            }
        }
        try writeDistrict(ws, row: header + 1 + units.count, tasks: tasks, units: units, reports: reports)
        let end = header + units.count + 2
        try ws.write(end, 0, .text("Quá hạn: thời hạn đã qua trước ngày \(data.period.end) mà \(model.unitKind(of: area).noun) chưa báo cáo hoàn thành hoặc chưa đạt chỉ tiêu."), Styles.note)
        try ws.freezePanes(row: header + 1, column: 3)
        try SheetKit.print(ws, repeatRows: header...header)
    }

    /// The district row: for each task with a deadline, the share of units that report it
    /// complete and the months left to the deadline.
    private func writeDistrict(_ ws: Worksheet, row: Int, tasks: [TaskItem], units: [TaskModel.Unit], reports: [String: [String: Report]]) throws {
        try ws.setRow(row, height: 32)
        try ws.write(row, 2, .text("Toàn huyện"), Styles.totals(Styles.text))
        let noun = data.model.unitKind(of: area).noun
        for (i, t) in tasks.enumerated() {
            guard let deadline = t.deadline else { try ws.write(row, 3 + i, .text("thường xuyên"), Styles.totals(Styles.wrapText)); continue }
            let done = units.filter { reports[$0.code]?[t.code]?.complete == true }.count
            let end = data.period.end
            let months = (deadline.year - end.year) * 12 + deadline.month - end.month
            let left = deadline < end ? "đã quá hạn" : "còn \(months) tháng"
            try ws.write(row, 3 + i, .text("Hoàn thành \(done)/\(units.count) \(noun) (\(NumberText.plain((Double(done) * 1000 / Double(units.count)).rounded() / 10))%); \(left)"),
                         Styles.totals(Styles.wrapText))
        }
    }

    /// Whether the unit's measure for the task misses its target (only measures with one).
    private func targetMissed(unit: String, task: String) -> Bool {
        for (i, m) in table.measures.enumerated() where m.task == task {
            guard let target = m.target, let value = table.values[unit]?[i] ?? nil else { continue }
            if !target.met(by: value) { return true }
        }
        return false
    }

    func cell(unit: String, task: TaskItem, report: Report?) -> (String, Format) {
        let complete = report?.complete ?? false
        let overdue = (task.deadline.map { $0 < data.period.end } ?? false) && (!complete || targetMissed(unit: unit, task: task.code))
        var text = report.map { r in
            var t = r.status
            if let rate = r.rate, !complete { t += " (\(NumberText.plain(rate))%)" }
            if let d = r.done { t += " \(d)" }
            return t
        } ?? "Chưa báo cáo"
        if overdue { text = "Quá hạn — " + text; return (text, Styles.late) }
        if complete { return (text, Styles.done) }
        return (text, report == nil ? Styles.missing : Styles.wrapText)
    }
}
