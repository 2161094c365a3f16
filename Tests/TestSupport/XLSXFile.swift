import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An .xlsx file opened for reading in tests: its parts, and the cells of each sheet with
/// their values, types, formulas and styles, read straight from the XML.
public struct XLSXFile {
    public struct Cell: Equatable {
        /// The text of the value: a shared or inline string resolved, a number as written.
        public var value: String
        /// `s`/`inlineStr` (text, reported as `s`), `n`, `b`, `str` (formula text).
        public var type: String
        public var formula: String?
        public var style: Int

        public var number: Double? { Double(value) }
    }

    public let parts: [String: Data]

    public init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    public func text(_ part: String) -> String? { parts[part].map { String(decoding: $0, as: UTF8.self) } }

    /// Sheet names in workbook order.
    public var sheetNames: [String] {
        guard let xml = parts["xl/workbook.xml"] else { return [] }
        return XMLElements(xml, named: "sheet").compactMap { $0.attributes["name"] }
    }

    /// The XML of a sheet by name (libxlsxwriter numbers sheet parts in workbook order).
    public func sheetXML(_ name: String) -> String? {
        guard let i = sheetNames.firstIndex(of: name) else { return nil }
        return text("xl/worksheets/sheet\(i + 1).xml")
    }

    public var sharedStrings: [String] {
        guard let xml = parts["xl/sharedStrings.xml"] else { return [] }
        return XMLElements(xml, named: "si", collectText: true).map(\.text)
    }

    /// Cells of a sheet by reference (`"B7"`).
    public func cells(_ sheet: String) -> [String: Cell] {
        guard let i = sheetNames.firstIndex(of: sheet), let xml = parts["xl/worksheets/sheet\(i + 1).xml"] else { return [:] }
        let strings = sharedStrings
        let reader = SheetCells(strings: strings)
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        // XML that does not parse has no cells, and the test looking for them fails.
        guard parser.parse() else { return [:] }
        return reader.cells
    }
}

/// Collects elements of one name with their attributes (and, if asked, all text inside).
public func XMLElements(_ data: Data, named name: String, collectText: Bool = false) -> [(attributes: [String: String], text: String)] {
    final class Collector: NSObject, XMLParserDelegate {
        let name: String
        var found: [(attributes: [String: String], text: String)] = []
        var depth = 0
        var inText = false
        init(name: String) { self.name = name }
        func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if e == name { found.append((attributes, "")); depth += 1 }
            if depth > 0 && e == "t" { inText = true }
        }
        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            if e == name { depth -= 1 }
            if e == "t" { inText = false }
        }
        func parser(_ p: XMLParser, foundCharacters s: String) {
            if depth > 0 && inText { found[found.count - 1].text += s }
        }
    }
    let c = Collector(name: name)
    let parser = XMLParser(data: data)
    parser.delegate = c
    guard parser.parse() else { return [] }
    return c.found
}

private final class SheetCells: NSObject, XMLParserDelegate {
    let strings: [String]
    var cells: [String: XLSXFile.Cell] = [:]
    private var ref = "", type = "n", style = 0
    private var value = "", formula: String?
    private var buffer = ""
    private var inCell = false

    init(strings: [String]) { self.strings = strings }

    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch e {
        case "c":
            inCell = true
            ref = a["r"] ?? ""
            type = a["t"] ?? "n"
            style = Int(a["s"] ?? "0") ?? 0
            value = ""
            formula = nil
        case "v", "f", "t": buffer = ""
        default: break
        }
    }

    func parser(_ p: XMLParser, foundCharacters s: String) { if inCell { buffer += s } }

    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        switch e {
        case "v": value = buffer
        case "t": value += buffer
        case "f": formula = buffer
        case "c":
            var v = value, t = type
            if t == "s" { v = Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? "" }
            if t == "inlineStr" { t = "s" }
            cells[ref] = XLSXFile.Cell(value: v, type: t, formula: formula, style: style)
            inCell = false
        default: break
        }
    }
}

/// LibreOffice, when installed: converts a workbook to CSV after recalculating every formula.
public enum LibreOffice {
    public static var path: String? {
        for p in ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }

    /// Runs LibreOffice headless with a throw-away profile set to recalculate on load, and
    /// converts sheet `sheet` (1-based) of `xlsx` to CSV; returns the rows.
    public static func recalculatedCSV(_ xlsx: String, sheet: Int = 1) throws -> [[String]] {
        guard let soffice = path else { throw CocoaError(.fileNoSuchFile) }
        let work = try TemporaryFolder("lo")
        let profile = work.url.appendingPathComponent("profile")
        let registry = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """
        try work.write("profile/user/registrymodifications.xcu", registry)
        let out = work.url.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,\(sheet)",
                             "--outdir", out.path, xlsx]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        guard let csv = files.first(where: { $0.hasSuffix(".csv") }) else { throw CocoaError(.fileReadUnknown) }
        let text = try String(contentsOf: out.appendingPathComponent(csv), encoding: .utf8)
        return SimpleCSV.parse(text)
    }
}

/// A small RFC 4180 parser for what LibreOffice writes (tests only).
public enum SimpleCSV {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? it.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" { quoted = true }
            else if ch == "," { row.append(field); field = "" }
            else if ch == "\n" || ch == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if ch != "\r" { field.append(ch) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
