import Common
import Foundation
import TaskModel

/// «Tổng hợp»: one button builds the month from the archive; while it runs the page shows
/// how many files are read (the script asks `/tong-hop/trang-thai`, a page without script
/// reloads itself); then the workbooks, the return slips and `bao-cao.json` to download,
/// and each area's «Tổng hợp» sheet as a table.
enum BuildPage {
    static func html(_ visit: Visit, state: MonthBuilds.State?, notice: String = "") -> String {
        let say = visit.say
        let period = visit.period.description
        let running = state?.running == true
        var body = Layout.periodPicker(visit, action: "/tong-hop") + notice
        body += """
        <form method="post" action="/tong-hop?ky=\(period)" id="build-form">
          \(visit.csrfField)
          <input type="hidden" name="ky" value="\(period)">
          <button type="submit"\(running ? " disabled" : "")>\(say("Tổng hợp tháng \(period)", "Build \(period)").html)</button>
          <span class="hint">\(say("Lập các sổ tổng hợp, phiếu trả lại và bao-cao.json từ các tệp đang dùng trong kho.",
                                   "Writes the workbooks, return slips and bao-cao.json from the current files in the archive.").html)</span>
        </form>
        """
        if let state, running {
            body += """
            <p id="build-progress" data-poll="/tong-hop/trang-thai?ky=\(period)">\(say("Đang tổng hợp… đã đọc", "Building… files read").html) <span>\(state.done)/\(state.total)</span></p>
            """
        }
        switch state?.outcome {
        case .failed(let vi, let en)?:
            body += "<p class=\"error\" role=\"alert\" id=\"build-failed\">\(say(vi, en).html)</p>"
        case .built(let preview)? where !running:
            body += "<pre class=\"summary\" id=\"build-summary\">\(say(preview.summary.vi, preview.summary.en).html)</pre>"
        default: break
        }
        body += downloads(visit)
        if case .built(let preview)? = state?.outcome {
            body += preview.sheets.map { sheet($0, visit: visit) }.joined(separator: "\n")
        }
        return Layout.page(visit, title: say("Tổng hợp", "Build"), place: .build, body: body,
                           head: running ? "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>" : "")
    }

    /// The month's output folder, file by file.
    static func downloads(_ visit: Visit) -> String {
        let say = visit.say
        let period = visit.period.description
        let items = MonthOutputs(root: visit.settings.outputRoot, period: period).items
        guard !items.isEmpty else { return "<p class=\"hint\" id=\"downloads\">\(say("Tháng này chưa được tổng hợp.", "This month has not been built yet.").html)</p>" }
        func link(_ item: MonthOutputs.Item) -> String {
            let saved = Downloads.savedName(item.name, period: period, visit: visit)
            return "<li><a href=\"/tai/\(period)/\(item.name.addingPercentEncodingForQuery.html)\" data-name=\"\(item.name.html)\">\(saved.html)</a></li>"
        }
        let books = items.filter { !$0.name.hasPrefix("tra-lai/") }.map(link).joined()
        let slips = items.filter { $0.name.hasPrefix("tra-lai/") }.map(link).joined()
        return """
        <div id="downloads">
        <h2>\(say("Tải về", "Downloads").html)</h2>
        <ul class="links">\(books)</ul>
        \(slips.isEmpty ? "" : "<details><summary>\(say("Phiếu trả lại", "Return slips").html)</summary><ul class=\"links\">\(slips)</ul></details>")
        </div>
        """
    }

    /// An area's «Tổng hợp» sheet as a table.
    static func sheet(_ s: MonthPreview.Sheet, visit: Visit) -> String {
        let say = visit.say
        let head = s.measures.map { "<th>\($0.title.html)</th>" }.joined()
        func cells(_ values: [Double?]) -> String {
            zip(s.measures.indices, values).map { i, v in
                let m = s.measures[i]
                let colour = MonthPreview.colour(v, measure: m, redWhenMissed: s.redWhenMissed[i])
                return "<td class=\"num \(colour)\" data-value=\"\(v.map { "\($0)" } ?? "")\">\(MonthPreview.shown(v, m.display).html)</td>"
            }.joined()
        }
        let rows = s.rows.enumerated().map { n, r in
            """
            <tr data-unit="\(r.unit.code.html)"><td class="num">\(n + 1)</td><td>\(r.unit.name.html)</td>\
            <td class="\(r.sent ? "" : "missing")">\(r.sent ? "Đã nộp" : "Chưa nộp")</td>\(cells(r.values))</tr>
            """
        }.joined(separator: "\n")
        return """
        <section class="preview" data-area="\(s.area.slug.html)">
        <h2>\(say("Tổng hợp", "Summary")) — \(s.area.name.html)</h2>
        <div class="scroll">
        <table class="preview">
        <thead><tr><th>\(say("STT", "No."))</th><th>\(say("Đơn vị", "Unit"))</th><th>\(say("Tình trạng nộp", "Sent"))</th>\(head)</tr></thead>
        <tbody>
        \(rows)
        <tr class="total"><td></td><td>Tổng cộng</td><td class="num">\(s.sentCount)</td>\(cells(s.totals))</tr>
        </tbody></table>
        </div>
        </section>
        """
    }
}
