import Foundation
import TaskModel

extension RunReport {
    /// The report for a terminal or a printout, grouped by file (SPEC §3).
    public func text(model: Model, english: Bool) -> String {
        let m = Messages(model: model, english: english)
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        var out = pick("Kỳ báo cáo \(period) (số liệu từ \(period.start) đến \(period.end))",
                       "Period \(period) (data from \(period.start) to \(period.end))")
        if periodAssumed {
            out += pick(" — tự xác định theo ngày muộn nhất trong các tệp; dùng --period để chỉ rõ",
                        " — assumed from the latest date in the files; give --period to choose")
        }
        out += "\n"
        for f in files {
            let name = f.fileName
            out += "\n== \(f.path)" + (f.sheet.map { " [\($0)]" } ?? "")
            // The model's words are quoted in English, as values are: they have no translation.
            if let form = f.form, let title = model.form(form)?.title { out += pick(" — \(form) \(title)", " — \(form) «\(title)»") }
            out += "\n"
            var facts: [String] = []
            if let e = f.encoding { facts.append(pick("bảng mã \(e)", "encoding \(e)")) }
            if let d = f.delimiter { facts.append(pick("phân cách «\(d == "\t" ? "TAB" : d)»", "delimiter «\(d == "\t" ? "TAB" : d)»")) }
            if let h = f.headerLine { facts.append(pick("dòng tên cột \(h)", "header line \(h)")) }
            if !facts.isEmpty { out += "   " + facts.joined(separator: ", ") + "\n" }
            let r = f.rows
            // A file found but not read has no rows to speak of.
            if f.sha256 != nil || r.read > 0 { out += pick("   Đọc \(r.read) dòng: nhận \(r.accepted), loại \(r.rejected), bỏ qua \(r.skipped)\n",
                        "   Read \(r.read) rows: accepted \(r.accepted), rejected \(r.rejected), skipped \(r.skipped)\n") }
            for issue in f.issues {
                let tag: String
                switch issue.severity {
                case .error: tag = pick("[Lỗi]", "[Error]")
                case .warning: tag = pick("[Cảnh báo]", "[Warning]")
                case .info: tag = pick("[Ghi chú]", "[Note]")
                }
                out += "   \(tag) \(m.render(issue, file: name, form: f.form, sheet: f.sheet, cell: f.cell(of: issue))) (\(issue.code))\n"
            }
            if f.issuesOmitted > 0 {
                out += pick("   !!! CÒN \(f.issuesOmitted) VẤN ĐỀ KHÁC KHÔNG LIỆT KÊ (quá giới hạn \(f.issues.count) vấn đề mỗi tệp)\n",
                            "   !!! \(f.issuesOmitted) MORE ISSUES NOT LISTED (limit of \(f.issues.count) per file)\n")
            }
        }
        let live = files.filter { $0.supersededBy == nil }
        let read = live.reduce(0) { $0 + $1.rows.read }, acc = live.reduce(0) { $0 + $1.rows.accepted }
        let rej = live.reduce(0) { $0 + $1.rows.rejected }, skip = live.reduce(0) { $0 + $1.rows.skipped }
        let errs = live.reduce(0) { $0 + $1.errorCount }, warns = live.reduce(0) { $0 + $1.warningCount }
        let replaced = files.count - live.count
        if replaced > 0 {
            out += "\n" + pick("\(replaced) tệp đã được thay bằng tệp mới hơn (không tính).", "\(replaced) files replaced by later ones (not counted).")
        }
        out += "\n" + pick("Tổng: \(live.count) tệp, đọc \(read) dòng, nhận \(acc), loại \(rej), bỏ qua \(skip); \(errs) lỗi, \(warns) cảnh báo.",
                           "Total: \(live.count) files, \(read) rows read, \(acc) accepted, \(rej) rejected, \(skip) skipped; \(errs) errors, \(warns) warnings.") + "\n"
        return out
    }
}
