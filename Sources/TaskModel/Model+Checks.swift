import Common

extension Model {
    /// Every inconsistency in the model, in words a maintainer can act on; empty when usable.
    func problems() -> [String] {
        var out: [String] = []
        func duplicates(_ names: [String], _ what: String) {
            var seen = Set<String>()
            for n in names where !seen.insert(n).inserted { out.append("duplicate \(what) '\(n)'") }
        }
        duplicates(units.map(\.code), "unit code")
        duplicates(areas.map(\.slug), "area slug")
        duplicates(tasks.map(\.code), "task code")
        duplicates(enumerations.map(\.id), "enumeration id")
        duplicates(forms.map(\.code), "form code")
        duplicates(measures.map(\.id), "measure id")
        if units.isEmpty { out.append("no units") }
        if totalLabels.isEmpty { out.append("total_labels is empty") }
        if let day = cutoffDay, !(1...28).contains(day) { out.append("cutoff_day \(day) is not a day 1-28 or \"end\"") }
        out += unitProblems()
        let codes = Set(units.map(\.code))
        for a in aliases where !codes.contains(a.unit) { out.append("alias '\(a.name)' names unknown unit '\(a.unit)'") }
        let slugs = Set(areas.map(\.slug))
        for a in areas where Slug.make(a.slug) != a.slug { out.append("area slug '\(a.slug)' is not a plain file name") }
        for t in tasks where !slugs.contains(t.area) { out.append("task \(t.code): unknown area '\(t.area)'") }
        out += taskProblems()
        for e in enumerations where e.values.isEmpty { out.append("enumeration '\(e.id)' has no values") }
        for e in enumerations {
            var seen: [String: String] = [:]
            for choice in e.values {
                for spelling in [choice.value] + choice.aliases {
                    let loose = MatchKey.loose(spelling)
                    let key = loose.isEmpty ? spelling : loose
                    if let other = seen[key], other != choice.value {
                        out.append("enumeration '\(e.id)': '\(spelling)' reads the same as a spelling of '\(other)'")
                    }
                    seen[key] = choice.value
                }
            }
        }
        for form in forms { out += problems(of: form, areas: slugs).map { "form \(form.code): \($0)" } }
        out += measureProblems(areas: slugs)
        for a in areas {
            if let id = a.chartMeasure, !measures.contains(where: { $0.id == id && $0.area == a.slug && $0.shown }) {
                out.append("area \(a.slug): chart_measure '\(id)' is not a shown measure of the area")
            }
            let senders = Set(forms.filter { $0.area == a.slug }.map(sender))
            if senders.count > 1 { out.append("area \(a.slug): its forms are sent by different unit kinds \(senders.sorted())") }
        }
        return out
    }

    private func problems(of form: Form, areas: Set<String>) -> [String] {
        var out: [String] = []
        if form.area != "*" && !areas.contains(form.area) { out.append("unknown area '\(form.area)'") }
        if let kind = form.sentBy, !unitKinds.contains(where: { $0.id == kind }) { out.append("sent_by: unknown unit kind '\(kind)'") }
        if form.columns.filter({ $0.type == .unit }).count != 1 { out.append("needs exactly one column of type unit") }
        var seen = Set<String>()
        for key in form.allKeys where !seen.insert(key).inserted { out.append("duplicate column '\(key)'") }
        var headers: [String: String] = [:]
        for col in form.columns {
            for name in [col.key, col.title] {
                let k = MatchKey.loose(name)
                if let other = headers[k], other != col.key { out.append("columns '\(other)' and '\(col.key)' have headers that read the same") }
                headers[k] = col.key
            }
            if col.type == .enum {
                if let id = col.enumeration {
                    if enumeration(for: col, in: form) == nil { out.append("column \(col.key): unknown enumeration '\(id)'") }
                } else {
                    out.append("column \(col.key): type enum needs 'enum'")
                }
            }
            if col.type == .text, col.maxLength == nil { out.append("column \(col.key): text needs max_length") }
            out += dateProblems(col, form: form)
        }
        for key in form.key where form.columnIndex(key) == nil { out.append("key names unknown column '\(key)'") }
        let keys = form.allKeys
        let columnKeys = Set(form.columns.map(\.key))
        for c in form.computed {
            for ref in [c.from, c.to].compactMap({ $0 }) where !columnKeys.contains(ref) {
                out.append("computed \(c.key): unknown column '\(ref)'")
            }
            if c.kind == .addMonths, c.months == nil { out.append("computed \(c.key): add_months needs 'months'") }
            if let o = c.otherwise, (try? Operand(text: o)).map({ if case .column = $0 { return true } else { return false } }) ?? true {
                out.append("computed \(c.key): otherwise '\(o)' must be @period_start or @period_end[+Nm]")
            }
        }
        for rule in form.rules {
            if !columnKeys.contains(rule.column) { out.append("rule \(rule.id): unknown column '\(rule.column)'") }
            do { _ = try rule.check.resolved(keys: keys, settings: settings) } catch {
                out.append("rule \(rule.id): unknown \(error.kind) '\(error.name)'")
            }
            out += enumProblems(rule.check, form: form).map { "rule \(rule.id): \($0)" }
        }
        for f in form.findings {
            do { _ = try f.when.resolved(keys: keys, settings: settings) } catch {
                out.append("finding \(f.code): unknown \(error.kind) '\(error.name)'")
            }
        }
        if let list = form.checklist { out += checklistProblems(list, form: form) }
        return out
    }

    /// Values in `in` conditions must be canonical values of the column's enumeration, or the
    /// rule would silently never fire.
    private func enumProblems(_ condition: Condition, form: Form) -> [String] {
        switch condition {
        case .all(let cs), .any(let cs): return cs.flatMap { enumProblems($0, form: form) }
        case .not(let c): return enumProblems(c, form: form)
        case .implies(let a, let b), .equiv(let a, let b): return enumProblems(a, form: form) + enumProblems(b, form: form)
        case .oneOf(let key, let values):
            guard let col = form.columns.first(where: { $0.key == key }), col.type == .enum,
                  let e = enumeration(for: col, in: form) else { return [] }
            let canon = Set(e.values.map(\.value))
            return values.filter { !canon.contains($0) }.map { "'\($0)' is not a value of enumeration '\(e.id)'" }
        default: return []
        }
    }

    private func measureProblems(areas: Set<String>) -> [String] {
        var out: [String] = []
        var known: [String: String] = [:]
        for m in measures {
            let name = "measure \(m.id)"
            if !areas.contains(m.area) { out.append("\(name): unknown area '\(m.area)'") }
            if let t = m.task, task(t) == nil { out.append("\(name): unknown task '\(t)'") }
            if let t = m.target, Measure.Target.operators[t.op] == nil {
                out.append("\(name): target op '\(t.op)' is not one of \(Measure.Target.operators.keys.sorted().joined(separator: " "))")
            }
            if !m.shown, !measures.contains(where: { $0.kind == .ratio && $0.shown && [$0.numerator, $0.denominator].contains(m.id) }) {
                out.append("\(name): not shown and no shown ratio uses it")
            }
            switch m.kind {
            case .ratio:
                for ref in [m.numerator, m.denominator] {
                    guard let ref else { out.append("\(name): ratio needs numerator and denominator"); continue }
                    if known[ref] != m.area { out.append("\(name): '\(ref)' is not an earlier measure of the same area") }
                }
            case .count, .sum, .max:
                guard let code = m.form, let form = form(code) else { out.append("\(name): unknown form '\(m.form ?? "")'"); break }
                if !form.serves(area: m.area) { out.append("\(name): form \(code) is not in area '\(m.area)'") }
                if m.kind != .count {
                    guard let col = m.column, form.allKeys.contains(col) else {
                        out.append("\(name): \(m.kind.rawValue) needs a column of form \(code)"); break
                    }
                }
                if let w = m.where {
                    do { _ = try w.resolved(keys: form.allKeys, settings: settings) } catch {
                        out.append("\(name): unknown \(error.kind) '\(error.name)'")
                    }
                    out += enumProblems(w, form: form).map { "\(name): \($0)" }
                }
            }
            known[m.id] = m.area
        }
        return out
    }
}
