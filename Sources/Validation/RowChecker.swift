import Common
import CSVReading
import TaskModel
import XLSXReading

/// Checks the data rows of one file against its form, in file order.
struct RowChecker {
    let form: CompiledForm
    let layout: HeaderLayout
    unowned let validator: Validator
    let parser: CellParser
    let period: Period
    private var duplicates = DuplicateIndex()
    /// Sums of each numeric column over the rows above, to check a totals row.
    private var sums: [Double]
    private var unitsSeen: [String: Set<String>] = [:]
    private var unitOrder: [String] = []
    private var latest: Day?

    init(form: CompiledForm, layout: HeaderLayout, validator: Validator, dialect: NumberDialect, period: Period) {
        self.form = form
        self.layout = layout
        self.validator = validator
        self.parser = CellParser(dialect: dialect, period: period)
        self.period = period
        sums = Array(repeating: 0, count: form.form.columns.count)
    }

    mutating func check(_ record: SourceRecord, run: inout FileRun) {
        let cells = record.cells, line = record.line, blank = record.blank
        run.report.rows.read += 1
        if blank {
            run.report.rows.skipped += 1
            return
        }
        if let first = cells.first(where: { !$0.isEmpty }), validator.isTotalsLabel(first) {
            run.report.rows.skipped += 1
            run.add(Issue(.info, "total-row", line: line, value: first))
            checkTotals(record, run: &run)
            return
        }
        var issues: [Issue] = []
        for i in layout.width..<max(layout.width, cells.count) where !cells[i].isEmpty {
            issues.append(Issue(.error, "cell-extra", line: line, value: cells[i], detail: .cause("\(i + 1)")))
        }
        let columns = form.form.columns
        var values = [Value?](repeating: nil, count: columns.count + form.form.computed.count)
        for (ci, col) in columns.enumerated() {
            let cell = layout.cellOfColumn[ci]
            let text = cell.map { $0 < cells.count ? cells[$0] : "" } ?? ""
            let typed = cell.flatMap { c in record.typed.map { c < $0.count ? $0[c] : .empty } }
            if typed == .formulaWithoutValue { issues.append(Issue(.warning, "formula-no-value", line: line, column: col.key)) }
            let outcome = typed.map { parser.parse($0, text: text, column: col, enumeration: form.enumerations[ci],
                                                   units: validator.resolveUnit, choices: validator.canonical) }
                ?? parser.parse(text, column: col, enumeration: form.enumerations[ci], units: validator.resolveUnit, choices: validator.canonical)
            switch outcome {
            case .empty:
                if col.requirement == .required { issues.append(Issue(.error, "required", line: line, column: col.key)) }
            case .value(let v, let warning):
                values[ci] = v
                if var w = warning {
                    w.line = line; w.column = col.key; w.value = text
                    issues.append(w)
                }
                if let n = v.number, col.type != .date, col.type != .bool { sums[ci] += n }
                if let d = v.day, latest.map({ d > $0 }) ?? true { latest = d }
            case .failure(var issue):
                issue.line = line; issue.column = col.key; issue.value = text
                issues.append(issue)
            }
        }
        let hasCellErrors = issues.contains { $0.severity == .error }
        if !hasCellErrors {
            computeColumns(&values)
            for (rule, check) in form.rules where !check.holds(values, period: period) {
                let ci = form.form.columnIndex(rule.column)
                let text = ci.flatMap { layout.cellOfColumn[$0] }.map { $0 < cells.count ? cells[$0] : "" }
                issues.append(Issue(rule.severity == .error ? .error : .warning, rule.code, line: line, column: rule.column,
                                    value: text, rule: rule.id, detail: .rule(vi: rule.text.vi, en: rule.text.en)))
            }
        }
        var findings: [String] = []
        if !issues.contains(where: { $0.severity == .error }) {
            for (finding, when) in form.findings where when.holds(values, period: period) {
                findings.append(finding.code)
                if finding.report {
                    let column = finding.column
                    let text = column.flatMap(form.form.columnIndex).flatMap { values[$0] }.map(RowChecker.show)
                    issues.append(Issue(.warning, finding.code, line: line, column: column, value: text,
                                        detail: .rule(vi: finding.text.vi, en: finding.text.en)))
                }
            }
            let key = form.keyColumns.map { values[$0].map(RowChecker.keyText) ?? "" }
            if !form.keyColumns.isEmpty, let first = duplicates.firstLine(of: key, line: line) {
                issues.append(Issue(.error, "duplicate-row", line: line, detail: .firstLine(first)))
            }
        }
        for issue in issues { run.add(issue) }
        if case .unit(let code)? = values[form.unitColumn] {
            if unitsSeen[code] == nil {
                unitOrder.append(code)
                unitsSeen[code] = []
            }
            if let cc = form.completeColumn, case .choice(let v)? = values[cc] { unitsSeen[code]?.insert(v) }
        }
        if issues.contains(where: { $0.severity == .error }) {
            run.report.rows.rejected += 1
            if validator.options.keepRejected && run.report.rejectedRows.count < run.limit {
                run.report.rejectedRows.append(RejectedRow(line: line, cells: cells.map { String($0.prefix(FileRun.valueLimit)) }))
            }
        } else {
            run.report.rows.accepted += 1
            if case .unit(let code)? = values[form.unitColumn], validator.options.keepRows || run.onRow != nil {
                let row = AcceptedRow(form: form.form.code, unit: code, values: values, line: line, findings: findings)
                run.onRow?(row)
                if validator.options.keepRows { run.rows.append(row) }
            }
        }
    }

    /// Per file: units named, the latest date, and for a checklist form the items a unit left out.
    mutating func finish(run: inout FileRun) {
        run.report.units = unitOrder
        run.report.latestDate = latest?.iso
        guard let cc = form.completeColumn, let e = form.enumerations[cc] else { return }
        for unit in unitOrder {
            let present = unitsSeen[unit] ?? []
            let missing = e.values.map(\.value).filter { !present.contains($0) }
            if !missing.isEmpty {
                run.add(Issue(.warning, "task-missing", column: form.form.columns[cc].key,
                              value: validator.model.units.first { $0.code == unit }?.name ?? unit, detail: .missing(missing)))
            }
        }
    }

    private func computeColumns(_ values: inout [Value?]) {
        let base = form.form.columns.count
        for (k, c) in form.form.computed.enumerated() {
            guard let fi = form.form.columnIndex(c.from), let from = values[fi]?.day else { continue }
            switch c.kind {
            case .addMonths:
                values[base + k] = .date(from.adding(months: c.months ?? 0))
            case .daysBetween:
                var to = c.to.flatMap(form.form.columnIndex).flatMap { values[$0]?.day }
                if to == nil, let o = c.otherwise { to = o == "@period_start" ? period.start : period.end }
                if let to { values[base + k] = .integer(Int64(Day.days(from: from, to: to))) }
            }
        }
    }

    private mutating func checkTotals(_ record: SourceRecord, run: inout FileRun) {
        let cells = record.cells, line = record.line
        for (ci, col) in form.form.columns.enumerated() where [.int, .decimal, .money].contains(col.type) {
            guard let cell = layout.cellOfColumn[ci], cell < cells.count, !cells[cell].isEmpty else { continue }
            let parsed: Double?
            switch record.typed.map({ cell < $0.count ? $0[cell] : .empty }) {
            case .number(let n)?: parsed = n
            default: parsed = textTotal(cells[cell], type: col.type)
            }
            guard let total = parsed else { continue }
            // Half of the smallest step a return writes (one decimal place of m², four of ha).
            if abs(total - sums[ci]) > 0.00005 {
                run.add(Issue(.warning, "total-mismatch", line: line, column: col.key, value: cells[cell], detail: .totals(sum: sums[ci])))
            }
        }
    }

    /// A totals cell written as text, read as its column's type.
    private func textTotal(_ text: String, type: ColumnType) -> Double? {
        switch type {
        case .decimal: return try? ValueParser.decimal(text, dialect: parser.dialect).get()
        default: return (try? ValueParser.integer(text, dialect: parser.dialect).get()).map(Double.init)
            ?? (try? ValueParser.money(text, dialect: parser.dialect).get()).map(Double.init)
        }
    }

    /// The text a value stands for in a duplicate key: canonical values, text without case.
    static func keyText(_ v: Value) -> String {
        switch v {
        case .text(let s): return s.lowercased()
        default: return show(v)
        }
    }

    /// A value as a clerk would write it.
    static func show(_ v: Value) -> String {
        switch v {
        case .text(let s), .choice(let s), .unit(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return NumberText.plain(d)
        case .date(let d): return d.description
        case .bool(let b): return b ? "Có" : "Không"
        }
    }
}

/// First lines of row keys, by a 64-bit FNV-1a hash of the key: memory grows by 12 bytes a
/// slot, never by the row itself (about 25 MB for a million rows). Two different keys sharing
/// a hash (about one chance in 10^19 per pair) would be reported as duplicates; that is the
/// price knowingly paid.
struct DuplicateIndex {
    /// Open addressing, linear probing; 0 marks an empty slot (a hash of 0 is stored as 1).
    private var hashes: [UInt64] = []
    private var lines: [UInt32] = []
    private var count = 0

    mutating func firstLine(of key: [String], line: Int) -> Int? {
        var h: UInt64 = 0xcbf29ce484222325
        for part in key {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3
        }
        if h == 0 { h = 1 }
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h { return Int(lines[i]) }
            i = (i + 1) & mask
        }
        hashes[i] = h
        lines[i] = UInt32(clamping: line)
        count += 1
        return nil
    }

    private mutating func grow() {
        let (oldHashes, oldLines) = (hashes, lines)
        let capacity = max(1024, hashes.count * 2)
        hashes = Array(repeating: 0, count: capacity)
        lines = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        for (h, l) in zip(oldHashes, oldLines) where h != 0 {
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = h
            lines[i] = l
        }
    }
}
