extension Model {
    /// The id of the kind of units that send `form`.
    public func sender(of form: Form) -> String { form.sentBy ?? unitKinds[0].id }

    /// The kind of `unit`.
    public func kind(of unit: Unit) -> UnitKind {
        unitKinds.first { $0.id == (unit.kind ?? unitKinds[0].id) } ?? unitKinds[0]
    }

    /// The units of one kind, in model order.
    public func units(kind: String) -> [Unit] { units.filter { (self.kind(of: $0)).id == kind } }

    /// The kind of units an area's workbook lists: the senders of its own forms.
    public func unitKind(of area: Area) -> UnitKind {
        let id = forms.first { $0.area == area.slug }.map(sender) ?? unitKinds[0].id
        return unitKinds.first { $0.id == id } ?? unitKinds[0]
    }

    /// The rows of an area's Tổng hợp: every unit of the kind that reports on it.
    public func units(of area: Area) -> [Unit] { units(kind: unitKind(of: area).id) }

    /// Forms in an area's workbook, in model order: its own, then the forms that serve every
    /// area and are sent by the same kind of unit (the checklist).
    public func forms(of area: Area) -> [Form] {
        let kind = unitKind(of: area).id
        return forms.filter { $0.area == area.slug } + forms.filter { $0.area == "*" && sender(of: $0) == kind }
    }

    /// The checklist form a task is reported on.
    public func checklistForm(of task: TaskItem) -> Form? {
        if let code = task.checklist { return form(code).flatMap { $0.checklist == nil ? nil : $0 } }
        return forms.first { $0.checklist != nil && sender(of: $0) == unitKinds[0].id }
    }

    /// The tasks reported on a checklist form, in model order.
    public func tasks(in checklist: Form) -> [TaskItem] {
        tasks.filter { checklistForm(of: $0)?.code == checklist.code }
    }
}
