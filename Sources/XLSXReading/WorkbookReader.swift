import Foundation

/// Reads the worksheets of an `.xlsx` workbook row by row, streaming.
///
/// Opening reads the small parts (relationships, the workbook, styles, shared strings);
/// ``readRows(of:_:)`` then streams one worksheet's XML from the zip through libxml2's push
/// parser, so memory stays flat in the number of rows. Everything a hostile or broken file
/// can do ends in a ``WorkbookReadError``.
///
/// ## Topics
/// - ``sheets``
/// - ``readRows(of:_:)``
public final class WorkbookReader {
    /// Every sheet of the workbook, in workbook order, hidden ones included.
    public let sheets: [SheetInfo]
    /// Whether the workbook counts dates from 1904 (old Mac workbooks).
    public let date1904: Bool
    private let archive: WorkbookArchive
    private let strings: [String]
    private let formats: [NumberFormat]

    /// Opens a workbook file; `maxBytes` bounds the file and everything it inflates to.
    public convenience init(path: String, maxBytes: Int) throws(WorkbookReadError) {
        try self.init(archive: WorkbookArchive(path: path, maxBytes: maxBytes))
    }

    private init(archive: WorkbookArchive) throws(WorkbookReadError) {
        self.archive = archive
        let root = Relationships(base: "")
        try archive.parse("_rels/.rels", optional: true, with: root)
        let main = root.byID.values.first { $0.type.hasSuffix("/officeDocument") }?.path ?? "xl/workbook.xml"
        guard archive.contains(main) else {
            throw WorkbookReadError(.invalid, "no workbook part", kind: .notWorkbook)
        }
        let book = WorkbookPart()
        try archive.parse(main, with: book)
        let rels = Relationships(base: Relationships.folder(of: main))
        try archive.parse(Relationships.part(for: main), with: rels)
        sheets = book.sheets.map { s in
            let target = rels.byID[s.relationship]
            let isWorksheet = target.map { $0.type.hasSuffix("/worksheet") } ?? false
            return SheetInfo(name: s.name, visibility: s.hidden ? .hidden : .visible, part: isWorksheet ? target?.path : nil)
        }
        date1904 = book.date1904
        let styles = StylesPart()
        let stringsPart = SharedStringsPart()
        if let path = rels.byID.values.first(where: { $0.type.hasSuffix("/styles") })?.path {
            try archive.parse(path, optional: true, with: styles)
        }
        if let path = rels.byID.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.path {
            try archive.parse(path, optional: true, with: stringsPart)
        }
        formats = styles.formats
        strings = stringsPart.strings
    }

    /// Streams the rows of a worksheet to `onRow`, in order; rows absent from the file or
    /// holding no value (only formatted) are not reported. A sheet without cells (a chart sheet) has no rows.
    public func readRows(of sheet: SheetInfo, _ onRow: @escaping (SheetRow) -> Void) throws(WorkbookReadError) {
        guard let part = sheet.part else { return }
        let handler = SheetPart(sheet: sheet.name, strings: strings, formats: formats, date1904: date1904, onRow: onRow)
        do {
            try archive.parse(part, with: handler)
        } catch {
            throw error.sheet == nil ? WorkbookReadError(error.code, error.detail, sheet: sheet.name, cell: error.cell, kind: error.kind) : error
        }
    }
}
