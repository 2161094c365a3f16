import Common

/// The checks of what the model says about unit kinds, date bounds and checklists.
extension Model {
    func unitProblems() -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for k in unitKinds where !seen.insert(k.id).inserted { out.append("duplicate unit kind '\(k.id)'") }
        if unitKinds.isEmpty { out.append("unit_kinds is empty"); return out }
        for u in units {
            guard let kind = unitKinds.first(where: { $0.id == (u.kind ?? unitKinds[0].id) }) else {
                out.append("unit '\(u.name)': unknown unit kind '\(u.kind ?? "")'"); continue
            }
            if kind.gsoCodes {
                if u.code.count != 5 || !u.code.allSatisfy(\.isASCII) || Int(u.code) == nil {
                    out.append("unit '\(u.name)': code '\(u.code)' is not a five-digit GSO code")
                }
            } else if u.code.isEmpty || u.code.allSatisfy(\.isNumber)
                        || !u.code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                out.append("unit '\(u.name)': code '\(u.code)' must be letters, digits and hyphens, not digits only")
            }
        }
        return out
    }

    func dateProblems(_ col: Column, form: Form) -> [String] {
        var out: [String] = []
        if col.type != .date, col.dates != .untilPeriodEnd || col.notBefore != nil {
            out.append("column \(col.key): dates and not_before apply to date columns only")
        }
        if let other = col.notBefore, form.columns.first(where: { $0.key == other })?.type != .date {
            out.append("column \(col.key): not_before '\(other)' is not a date column of the form")
        }
        return out
    }

    func checklistProblems(_ list: Checklist, form: Form) -> [String] {
        var out: [String] = []
        func column(_ key: String?, _ role: String, _ types: Set<ColumnType>) -> Column? {
            guard let key else { return nil }
            guard let col = form.columns.first(where: { $0.key == key }) else {
                out.append("checklist \(role) '\(key)' is not a column"); return nil
            }
            if !types.contains(col.type) { out.append("checklist \(role) '\(key)' is not of type \(types.map(\.rawValue).sorted().joined(separator: " or "))") }
            return col
        }
        if let task = column(list.taskColumn, "task_column", [.enum]), task.enumeration != Model.taskEnumeration {
            out.append("checklist task_column '\(task.key)' must use enumeration '\(Model.taskEnumeration)'")
        }
        if let status = column(list.statusColumn, "status_column", [.enum]), let e = enumeration(for: status, in: form) {
            let canon = Set(e.values.map(\.value))
            for v in list.done where !canon.contains(v) { out.append("checklist done value '\(v)' is not a value of enumeration '\(e.id)'") }
        }
        if list.done.isEmpty { out.append("checklist done lists no status") }
        _ = column(list.dateColumn, "date_column", [.date])
        _ = column(list.rateColumn, "rate_column", [.percent, .decimal, .int])
        if tasks(in: form).isEmpty { out.append("checklist has no tasks") }
        return out
    }

    func taskProblems() -> [String] {
        var out: [String] = []
        for t in tasks {
            guard let list = checklistForm(of: t) else {
                out.append("task \(t.code): " + (t.checklist.map { "checklist '\($0)' is not a checklist form" } ?? "no checklist form of the first unit kind"))
                continue
            }
            if let owner = t.owner, !units(kind: sender(of: list)).contains(where: { $0.code == owner }) {
                out.append("task \(t.code): owner '\(owner)' is not a unit that sends \(list.code)")
            }
        }
        return out
    }
}
