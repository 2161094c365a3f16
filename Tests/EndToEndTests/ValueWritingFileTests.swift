import Foundation
import Testing
import TestSupport

/// The table of writings (`ValueWritings`) through the product: for each column type and file
/// dialect, a return with one row per writing goes through `check` (each refused row has its
/// code on its line and column) and `build` (each accepted row shows the value read, in its
/// typed cell of the form sheet).
@Suite struct ValueWritingFileTests {
    struct Run: Sendable, CustomStringConvertible {
        let kind: ValueWritings.Kind, dialect: ValueWritings.Dialect
        var description: String { "\(kind) in a «\(dialect.name)» file" }
    }

    static let runs = ValueWritings.Kind.allCases.flatMap { k in ValueWritings.Dialect.allCases.map { Run(kind: k, dialect: $0) } }

    @Test(arguments: ValueWritingFileTests.runs)
    func checkAndBuildReadEveryWritingAsTheTableSays(_ r: Run) throws {
        let cases = ValueWritings.cases.filter { $0.kind == r.kind }
        let (form, text, column, lines) = ValueWritings.file(r.kind, cases, dialect: r.dialect)
        let dir = try TemporaryFolder()
        let path = try dir.write("in/\(form).csv", text)

        let check = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        let file = try #require((check.json?["files"] as? [[String: Any]])?.first, "\(r): \(check.stderr)")
        #expect(file["form"] as? String == form)
        #expect(file["delimiter"] as? String == r.dialect.rawValue)
        let issues = file["issues"] as? [[String: Any]] ?? []
        func codes(_ line: Int, _ severity: String) -> Set<String> {
            Set(issues.filter { $0["line"] as? Int == line && $0["column"] as? String == column && $0["severity"] as? String == severity }
                .compactMap { $0["code"] as? String })
        }
        let refused = cases.filter { $0.expected(in: r.dialect).refusal != nil }.count
        #expect(file["rows"] as? [String: Int] == ["read": cases.count, "accepted": cases.count - refused, "rejected": refused, "skipped": 0])
        #expect(check.status == (refused > 0 ? 1 : 0))

        let out = dir.url.appendingPathComponent("out")
        let build = try TongHopBinary.run(["build", dir.url.appendingPathComponent("in").path, "--period", "2024-05", "--out", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let shown = try Self.formCells(in: out.appendingPathComponent("2024-05"), form: form, title: Self.title(of: column))

        for (c, line) in zip(cases, lines) {
            let expected = c.expected(in: r.dialect)
            if let code = expected.refusal {
                #expect(codes(line, "error") == [code], "\(c), line \(line): \(issues.filter { $0["line"] as? Int == line })")
                #expect(shown[line] == nil, "\(c): a refused row is on the form sheet")
                continue
            }
            #expect(codes(line, "error").isEmpty, "\(c), line \(line): \(issues.filter { $0["line"] as? Int == line })")
            #expect(codes(line, "warning") == Set([expected.warning].compactMap { $0 }), "\(c), line \(line)")
            let cell = try #require(shown[line], "\(c): no row for line \(line) on the form sheet")
            let want: Double
            switch expected {
            case .value(let v, _): want = v
            default: want = Double(try #require(expected.excelSerial))
            }
            #expect(cell.number == want, "\(c): the sheet shows \(cell.value), expected \(want)")
        }
    }

    /// The title a column is printed under, from the model the test reads itself.
    static func title(of key: String) throws -> String {
        let url = Fixtures.repository.appendingPathComponent("Sources/TaskModel/Resources/model.json")
        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        for form in model["forms"] as? [[String: Any]] ?? [] {
            for column in form["columns"] as? [[String: Any]] ?? [] where column["key"] as? String == key {
                return try #require(column["title"] as? String)
            }
        }
        throw CocoaError(.keyValueValidation)
    }

    /// The cells under `title` on every form sheet of `form` in the month's workbooks, by the
    /// source line printed in the row's «Dòng» column.
    static func formCells(in folder: URL, form: String, title: String) throws -> [Int: XLSXFile.Cell] {
        var out: [Int: XLSXFile.Cell] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".xlsx") {
            let file = try XLSXFile(path: folder.appendingPathComponent(name).path)
            for sheet in file.sheetNames where sheet.hasPrefix("\(form) ") {
                let cells = file.cells(sheet)
                let header = cells.filter { $0.key.drop(while: \.isLetter) == "4" }
                guard let valueColumn = header.first(where: { $0.value.value == title })?.key.prefix(while: \.isLetter),
                      let lineColumn = header.first(where: { $0.value.value == "Dòng" })?.key.prefix(while: \.isLetter) else { continue }
                for (ref, cell) in cells where ref.hasPrefix(lineColumn) && ref.dropFirst(lineColumn.count).allSatisfy(\.isNumber) {
                    guard let row = Int(ref.dropFirst(lineColumn.count)), row > 4, let line = cell.number else { continue }
                    if let value = cells["\(valueColumn)\(row)"] { out[Int(line)] = value }
                }
            }
        }
        return out
    }
}
