import Common
import CSVReading
import Foundation
import XLSXReading

extension Validator {
    /// The codes only a workbook gets (a file that cannot be read as one, sheets not read).
    static let workbookCodes: [IssueCode] = [.xlsxInvalid, .xlsxEncrypted, .fileTooLarge, .sheetSkipped]

    /// Validates a file of any kind: a workbook gives one result per worksheet holding a
    /// form (`onRow` is told which, counting from 0), a CSV file one result. `shownAs` is the
    /// path reported when the bytes are read from elsewhere (a copy kept in the archive).
    public func validateAll(path: String, shownAs: String? = nil, onRow: ((Int, AcceptedRow) -> Void)? = nil) -> [FileResult] {
        guard Validator.isWorkbook(path: path) else {
            return [validate(path: path, shownAs: shownAs, onRow: onRow.map { hand in { hand(0, $0) } })]
        }
        return validateWorkbook(path: path, shownAs: shownAs, onRow: onRow)
    }

    /// Whether a file is a zip (an `.xlsx`) or an OLE compound file (an `.xls`, or an
    /// encrypted workbook), whatever its name: such a file is never read as text.
    static func isWorkbook(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return head == [0x50, 0x4B, 0x03, 0x04] || head == [0xD0, 0xCF, 0x11, 0xE0]
    }

    /// Every visible worksheet whose header matches a form is one return, checked like a CSV
    /// file. Hidden sheets and sheets that match no form are listed (`sheet-skipped`) on the
    /// first return; a workbook with no return at all reports its first sheet's problem.
    private func validateWorkbook(path: String, shownAs: String?, onRow: ((Int, AcceptedRow) -> Void)?) -> [FileResult] {
        var whole = FileRun(report: FileReport(path: shownAs ?? path), limit: options.issueLimit)
        whole.report.sha256 = Validator.sha256(path: path)
        let reader: WorkbookReader
        do {
            reader = try WorkbookReader(path: path, maxBytes: options.read.maxFileBytes)
        } catch {
            whole.add(issue(error))
            return [FileResult(report: whole.report, rows: [])]
        }
        var returns: [FileRun] = []
        var others: [FileRun] = []
        var listed: [Issue] = []
        for sheet in reader.sheets {
            guard sheet.visibility == .visible, sheet.part != nil else {
                listed.append(Issue(.sheetSkipped, value: sheet.name, detail: .cause(sheet.part == nil ? "chart" : IssueCode.hiddenSheetCause)))
                continue
            }
            let index = returns.count
            let run = SheetRun(report: whole.report, sheet: sheet.name, validator: self)
            run.run.onRow = onRow.map { hand in { hand(index, $0) } }
            do {
                try reader.readRows(of: sheet) { run.add($0) }
            } catch {
                run.run.add(issue(error))
            }
            run.finish()
            if run.feed.noForm {
                others.append(run.run)
                listed.append(Issue(.sheetSkipped, value: sheet.name, detail: .cause("no form")))
            } else {
                returns.append(run.run)
            }
        }
        if returns.isEmpty {
            // Nothing to read: the first visible sheet's problem stands for the workbook.
            guard var first = others.first else {
                whole.add(Issue(.headerNotFound, detail: .searchedLines(Validator.headerSearchLines)))
                return [FileResult(report: whole.report, rows: [])]
            }
            for issue in listed where issue.value != first.report.sheet { first.add(issue) }
            return [FileResult(report: first.report, rows: first.rows)]
        }
        for issue in listed { returns[0].add(issue) }
        return returns.map { FileResult(report: $0.report, rows: $0.rows) }
    }

    /// The issue a workbook that cannot be read gets, with the sheet and cell it names.
    private func issue(_ error: WorkbookReadError) -> Issue {
        let line = error.cell.flatMap { Int($0.drop { $0.isLetter }) }
        let value = error.cell.map { (error.sheet.map { $0 + "!" } ?? "") + $0 }
        switch (error.code, error.kind) {
        case (.ioError, _): return Issue(.ioError, detail: .cause(error.detail))
        case (.encrypted, _): return Issue(.xlsxEncrypted)
        case (.tooLarge, _): return Issue(.fileTooLarge, line: line, value: value, detail: .sizeLimit(megabytes: options.read.maxFileBytes >> 20))
        case (.invalid, .legacyExcel?): return Issue(.xlsxInvalid, detail: .cause(IssueCode.legacyExcelCause))
        case (.invalid, .notWorkbook?): return Issue(.xlsxInvalid, detail: .cause(IssueCode.notWorkbookCause + " (\(error.detail))"))
        case (.invalid, nil): return Issue(.xlsxInvalid, line: line, value: value, detail: .cause(error.detail))
        }
    }

    static func sha256(path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { hash.update($0) }
        }
        return hash.hexDigest()
    }
}
