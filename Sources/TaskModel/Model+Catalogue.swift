import Common

extension Model {
    /// The model as a printable catalogue (`tonghop model`): units, areas and tasks, then each
    /// form's columns with their types and constraints, keys, rules and what is computed.
    /// With `form`, that form alone (`tonghop model --form NO01`).
    public func catalogue(english: Bool = false, form only: String? = nil) -> String {
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        var out = pick("DANH MỤC BIỂU MẪU BÁO CÁO — mô hình \(version)\n", "CATALOGUE OF RETURN FORMS — model \(version)\n")
        out += "\(organisation.superior) — \(organisation.issuer)\n\(organisation.basis)\n\n"
        out += cutoffDay.map {
            pick("Kỳ báo cáo tháng M: từ ngày \($0 + 1) tháng M-1 đến ngày \($0) tháng M.\n\n",
                 "Period M: from day \($0 + 1) of month M-1 to day \($0) of month M.\n\n")
        } ?? pick("Kỳ báo cáo: tháng dương lịch.\n\n", "Period: calendar month.\n\n")
        if let only, let f = form(only) { return out + section(f, english: english) }
        out += pick("ĐƠN VỊ (\(units.count))\n", "UNITS (\(units.count))\n")
        for kind in unitKinds {
            if unitKinds.count > 1 { out += " \(kind.name)\n" }
            for u in units(kind: kind.id) { out += "  \(u.code)  \(u.name)\n" }
        }
        out += pick("\nLĨNH VỰC VÀ NHIỆM VỤ\n", "\nAREAS AND TASKS\n")
        for a in areas {
            out += "  [\(a.slug)] \(a.name)\n"
            for t in tasks where t.area == a.slug {
                let deadline = t.deadline.map { $0.description + (t.deadlineAssumed ? pick(" (giả định)", " (assumed)") : "") } ?? pick("thường xuyên", "ongoing")
                let owner = t.owner.map { code in "; \(pick("đơn vị thực hiện", "done by")): \(units.first { $0.code == code }?.name ?? code)" } ?? ""
                out += "    \(t.code)  \(t.title) — \(pick("hạn", "deadline")): \(deadline); \(pick("đo bằng", "measured by")): \(t.measuredBy)\(owner)\n"
            }
        }
        for f in forms { out += section(f, english: english) }
        return out
    }

    /// One form's part of the catalogue.
    private func section(_ f: Form, english: Bool) -> String {
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        let area = f.area == "*" ? pick("mọi lĩnh vực", "all areas") : (self.area(f.area)?.name ?? f.area)
        var out = "\n\(pick("BIỂU", "FORM")) \(f.code) — \(f.title) (\(area))\n"
        if let r = f.rowMeans { out += "  \(r)\n" }
        if unitKinds.count > 1, let kind = unitKinds.first(where: { $0.id == sender(of: f) }) {
            out += "  \(pick("Đơn vị gửi", "Sent by")): \(kind.name)\n"
        }
        for c in f.columns {
            out += "  - \(c.title) (\(c.key)): \(typeText(c, in: f, english: english)); \(requirementText(c.requirement, english: english))\n"
        }
        for c in f.computed { out += "  = \(c.title) (\(c.key)): \(pick("tính tự động", "computed"))\n" }
        if !f.key.isEmpty {
            out += "  \(pick("Dòng trùng khi trùng", "Duplicate when equal")): \(f.key.joined(separator: ", "))\n"
        }
        for r in f.rules {
            out += "  \(r.id) (\(r.severity == .error ? pick("lỗi", "error") : pick("cảnh báo", "warning"))): \(r.text.text(english: english))\n"
        }
        for x in f.findings { out += "  \(pick("Nhận xét", "Finding")) \(x.code): \(x.text.text(english: english))\n" }
        return out
    }

    /// A column's type and constraints in words ("số nguyên ≥ 0", "chọn một trong: …").
    public func typeText(_ c: Column, in form: Form? = nil, english: Bool = false) -> String {
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        var bounds = ""
        if let min = c.min, c.type != .year {
            bounds = (c.minExclusive ? " > " : " ≥ ") + NumberText.plain(min)
        }
        switch c.type {
        case .unit: return pick("tên hoặc mã xã, thị trấn", "unit name or code")
        case .text: return pick("chữ, tối đa \(c.maxLength ?? 0) ký tự", "text, at most \(c.maxLength ?? 0) characters")
        case .int: return pick("số nguyên", "whole number") + bounds
        case .decimal: return pick("số thập phân (\(c.scale ?? 0) chữ số lẻ)", "decimal (\(c.scale ?? 0) places)") + bounds
        case .money: return pick("tiền (đồng)", "money (dong, VND)") + bounds
        case .date:
            var text = pick("ngày (ngày/tháng/năm)", "date (day/month/year)")
            if c.dates == .any { text += pick(", có thể sau kỳ báo cáo", ", may be after the period") }
            if let other = c.notBefore {
                let title = form?.columns.first { $0.key == other }?.title ?? other
                text += pick(", không trước \(title)", ", not before \(title)")
            }
            return text
        case .bool: return pick("Có/Không", "yes/no")
        case .percent: return pick("tỷ lệ % (0-100)", "percent (0-100)")
        case .year: return pick("năm (\(Int(c.min ?? 1900)) đến năm báo cáo)", "year (\(Int(c.min ?? 1900)) to the period's year)")
        case .enum:
            let e = form.map { enumeration(for: c, in: $0) } ?? c.enumeration.flatMap(enumeration)
            let values = e?.values.map(\.value) ?? []
            return pick("chọn một trong: ", "one of: ") + values.joined(separator: " · ")
        }
    }

    /// "bắt buộc", "tùy trường hợp" or "không bắt buộc".
    public func requirementText(_ r: Requirement, english: Bool = false) -> String {
        switch r {
        case .required: return english ? "required" : "bắt buộc"
        case .conditional: return english ? "as the rules say" : "tùy trường hợp"
        case .optional: return english ? "optional" : "không bắt buộc"
        }
    }
}
