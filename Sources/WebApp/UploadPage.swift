import Archive
import CSVReading
import FlyingFox
import Foundation
import TaskModel
import Validation

/// «Nộp tệp»: choose or drop several returns (CSV, TXT, XLSX, or a .zip of them); each is
/// imported into the archive for the chosen period as `tonghop import --period` would, and
/// shown with what was read, every issue, and what the archive did with it.
enum UploadPage {
    static func form(_ visit: Visit, results: String = "") -> String {
        let say = visit.say
        let mb = visit.settings.read.maxFileBytes / 1_048_576
        return Layout.page(visit, title: say("Nộp tệp báo cáo", "Receive returns"), place: .upload, body: """
        \(Layout.periodPicker(visit, action: "/nop"))
        <form method="post" action="/nop?ky=\(visit.period)" enctype="multipart/form-data" class="upload" id="upload-form">
          \(visit.csrfField)
          <input type="hidden" name="ky" value="\(visit.period)">
          <div class="drop" data-drop>
            <p>\(say("Kéo thả các tệp vào đây, hoặc chọn tệp:", "Drop the files here, or choose them:"))</p>
            <input type="file" name="tep" id="tep" multiple accept=".csv,.tsv,.txt,.xlsx,.zip">
            <p class="hint">\(say("Tệp CSV, TXT, XLSX hoặc một tệp .zip chứa các tệp đó; mỗi tệp tối đa \(mb) MB.",
                                   "CSV, TXT or XLSX files, or a .zip of them; at most \(mb) MB each."))</p>
          </div>
          <button type="submit">\(say("Nộp và kiểm tra", "Receive and check"))</button>
          <progress id="upload-progress" max="100" value="0" hidden></progress>
        </form>
        <div id="results">\(results)</div>
        """)
    }

    /// Handles the posted form: saves the files, reads each, shows the outcome.
    static func receive(_ visit: Visit, office: Office) async -> HTTPResponse {
        let say = visit.say
        let settings = visit.settings
        guard let boundary = Multipart.boundary(contentType: visit.request.headers[.contentType]) else {
            return Reply.text(.badRequest, say("Biểu mẫu gửi lên không đúng dạng.", "The form was not sent as multipart/form-data."))
        }
        let body: RequestBody
        do {
            body = try await RequestBody.spool(visit.request, limit: settings.maxRequestBytes, into: settings.uploads)
        } catch let e as RequestBody.TooLarge {
            return tooLarge(visit, limit: e.limit)
        } catch {
            return Reply.text(.badRequest, say("Không nhận được tệp: \(error)", "Upload failed: \(error)"))
        }
        defer { try? FileManager.default.removeItem(at: body.url) }
        let parts: Multipart
        do {
            parts = try Multipart(body: try Data(contentsOf: body.url, options: .alwaysMapped), boundary: boundary)
        } catch {
            return Reply.text(.badRequest, say("Biểu mẫu gửi lên bị hỏng.", "The form data is malformed."))
        }
        guard parts.fields["csrf"] == visit.session.csrf else { return Reply.text(.forbidden, "Bad form token") }
        let period = parts.fields["ky"].flatMap(settings.model.period) ?? visit.period
        var intake: UploadIntake
        do {
            intake = try UploadIntake(parent: settings.uploads, maxFileBytes: settings.read.maxFileBytes, maxTotalBytes: settings.maxRequestBytes)
        } catch {
            return Reply.text(.internalServerError, "\(error)")
        }
        defer { intake.remove() }
        do {
            for part in parts.files { try intake.add(sentName: part.sentName, bytes: part.bytes) }
        } catch let e as RequestBody.TooLarge {
            return tooLarge(visit, limit: e.limit)
        } catch {
            return Reply.text(.internalServerError, say("Không lưu được tệp: \(error)", "Cannot store the files: \(error)"))
        }
        let outcomes: [ImportOutcome]
        do {
            outcomes = try await office.receive(intake.saved, period: period)
        } catch {
            return Reply.text(.internalServerError, say("Không nhận được tệp vào kho: \(error)", "Cannot import the files: \(error)"))
        }
        let reports = outcomes.map(\.report)
        let html = summary(reports, refused: intake.refused, visit: visit)
            + ordered(outcomes).map { FileCard.html($0.report, visit: visit, note: note($0, visit: visit)) }.joined(separator: "\n")
        return Reply.html(form(visit, results: html), cookie: visit.cookie)
    }

    /// Files with errors first, then with warnings, then clean ones: what needs a reply on top.
    static func ordered(_ outcomes: [ImportOutcome]) -> [ImportOutcome] {
        func rank(_ r: FileReport) -> Int { r.errorCount > 0 ? 0 : r.warningCount > 0 ? 1 : 2 }
        return outcomes.enumerated().sorted { (rank($0.element.report), $0.offset) < (rank($1.element.report), $1.offset) }.map(\.element)
    }

    /// What the archive did with the file, and a link to its unit's page.
    static func note(_ outcome: ImportOutcome, visit: Visit) -> String {
        let say = visit.say
        let s = outcome.submission
        let what: String
        switch outcome.kind {
        case .new: what = say("Đã lưu vào kho (bản #\(s.id)).", "Stored in the archive (#\(s.id)).")
        case .superseding(let old): what = say("Đã lưu (bản #\(s.id)), thay bản #\(old) của cùng đơn vị, biểu, kỳ.",
                                               "Stored (#\(s.id)), replacing #\(old) of the same unit, form and period.")
        case .duplicate(let id): what = say("Tệp này đã nhận trước đây (bản #\(id)); không thay đổi gì.",
                                            "This file was received before (#\(id)); nothing changed.")
        case .refused: what = say("Không tính: tệp của kỳ \(s.belongsTo ?? "?"), không phải kỳ \(s.period).",
                                  "Not counted: a file of \(s.belongsTo ?? "?"), not of \(s.period).")
        case .unplaced: what = say("Không tính: không xác định được biểu của tệp.", "Not counted: its form could not be told.")
        }
        let links: String = s.unitCodes.map { code -> String in
            let name = visit.settings.model.units.first { $0.code == code }?.name ?? code
            return "<a href=\"/don-vi/\(code.addingPercentEncodingForQuery.html)?ky=\(s.period)\">\(name.html)</a>"
        }.joined(separator: ", ")
        let kind: String
        switch outcome.kind {
        case .new: kind = "new"
        case .superseding: kind = "superseding"
        case .duplicate: kind = "duplicate"
        case .refused: kind = "refused"
        case .unplaced: kind = "unplaced"
        }
        let linked: String = links.isEmpty ? "" : " " + links
        return "<p class=\"outcome\" data-outcome=\"\(kind)\" data-submission=\"\(s.id)\">\(what.html)\(linked)</p>"
    }

    private static func summary(_ reports: [FileReport], refused: [UploadIntake.Refusal], visit: Visit) -> String {
        let say = visit.say
        let errors = reports.filter { $0.errorCount > 0 }.count
        var html = "<p class=\"summary\" id=\"upload-summary\">" + say(
            "Đã nhận \(reports.count) tệp: \(reports.count - errors) không có lỗi, \(errors) có lỗi.",
            "Received \(reports.count) files: \(reports.count - errors) without errors, \(errors) with errors.") + "</p>"
        if !refused.isEmpty {
            let items = refused.map { r -> String in
                let why: String
                switch r.reason {
                case .tooLarge(let limit): why = say("lớn hơn \(limit / 1_048_576) MB", "larger than \(limit / 1_048_576) MB")
                case .notAReturn: why = say("không phải tệp CSV, TXT, XLSX hay ZIP", "not a CSV, TXT, XLSX or ZIP file")
                case .badZip: why = say("tệp nén hỏng hoặc quá nhiều tệp", "a broken zip, or too many files in it")
                }
                return "<li><strong>\(r.name.html)</strong>: \(why.html)</li>"
            }.joined()
            html += "<div class=\"refused\"><p>\(say("Không nhận:", "Not received:"))</p><ul>\(items)</ul></div>"
        }
        return html
    }

    private static func tooLarge(_ visit: Visit, limit: Int) -> HTTPResponse {
        let mb = limit / 1_048_576
        return Reply.html(form(visit, results: "<p class=\"error\" role=\"alert\">" + visit.say(
            "Các tệp gửi một lần vượt quá \(mb) MB; hãy gửi ít tệp hơn mỗi lần.",
            "The files sent at once exceed \(mb) MB; send fewer at a time.") + "</p>"), status: .payloadTooLarge, cookie: visit.cookie)
    }
}
