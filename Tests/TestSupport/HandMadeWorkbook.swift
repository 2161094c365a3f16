import Foundation
import ZIPFoundation

/// A workbook zipped from parts written by hand, for the cases no spreadsheet program writes.
public enum HandMadeWorkbook {
    public static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts of a one-sheet workbook around `sheetData`, with optional shared strings and
    /// styles (`cellXfs` number formats and custom formats).
    public static func parts(sheetData: String, name: String = "NO01", strings: [String]? = nil, cellFormats: [Int] = [],
                             customFormats: [Int: String] = [:], date1904: Bool = false,
                             extraSheets: [(name: String, state: String?, data: String)] = []) -> [String: Data] {
        let sheets: [(name: String, state: String?, data: String)] = [(name, nil, sheetData)] + extraSheets
        let sheetTags = sheets.enumerated().map { i, s in
            "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\"\(s.state.map { " state=\"\($0)\"" } ?? "") r:id=\"rId\(i + 1)\"/>"
        }.joined()
        var rels = sheets.indices.map { i in
            "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }.joined()
        rels += "<Relationship Id=\"rS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "<Relationship Id=\"rY\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
        var parts: [String: String] = [
            "_rels/.rels": "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            "xl/workbook.xml": "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(relationships)\"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetTags)</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>",
        ]
        for (i, s) in sheets.enumerated() {
            parts["xl/worksheets/sheet\(i + 1).xml"] = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(s.data)</sheetData></worksheet>"
        }
        if let strings {
            parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>"
        }
        let numFmts = customFormats.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value)\"/>" }.joined()
        let xfs = ([0] + cellFormats).map { "<xf numFmtId=\"\($0)\"/>" }.joined()
        parts["xl/styles.xml"] = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>\(numFmts)</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>"
        return parts.mapValues { Data($0.utf8) }
    }

    /// An inline-string cell, for writing rows by hand.
    public static func text(_ ref: String, _ text: String) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    /// A row of inline-string cells from column A.
    public static func textRow(_ number: Int, _ texts: [String]) -> String {
        "<row r=\"\(number)\">" + texts.enumerated().compactMap { i, t in
            t.isEmpty ? nil : text(columnName(i) + String(number), t)
        }.joined() + "</row>"
    }

    public static func columnName(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : columnName(index / 26 - 1) + columnName(index % 26)
    }

    /// Zips parts into a file in `folder`.
    public static func write(_ parts: [String: Data], to folder: URL, name: String = "return.xlsx") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }
}
