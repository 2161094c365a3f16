/// The payload of a detail as a template wants it; a detail of another kind gives an empty
/// value, so a message is always written, never a crash.
extension IssueDetail {
    var cause: String {
        if case .cause(let c) = self { return c }
        return ""
    }

    var allowed: [String] {
        if case .allowed(let l) = self { return l }
        return []
    }

    var suggestions: [String] {
        if case .suggestions(let l) = self { return l }
        return []
    }

    var missing: [String] {
        if case .missing(let l) = self { return l }
        return []
    }

    var candidates: [String] {
        if case .candidates(let l) = self { return l }
        return []
    }

    func expectation(english: Bool) -> String {
        if case .expected(let e) = self { return e.text(english: english) }
        return ""
    }

    var bounds: String {
        if case .bounds(let b) = self { return b.description }
        return ""
    }

    var maxLength: Int {
        if case .maxLength(let n) = self { return n }
        return 0
    }

    var firstLine: Int {
        if case .firstLine(let n) = self { return n }
        return 0
    }

    var alias: (unit: String, reason: String?) {
        if case .alias(let unit, let reason) = self { return (unit, reason) }
        return ("", nil)
    }

    var sum: Double {
        if case .totals(let s) = self { return s }
        return 0
    }

    var periodEnd: String {
        if case .periodEnd(let e) = self { return e }
        return ""
    }

    var readAs: String {
        if case .readAs(let day) = self { return day }
        return "?"
    }

    var searchedLines: Int {
        if case .searchedLines(let n) = self { return n }
        return 0
    }

    var cellPosition: Int {
        if case .cellPosition(let n) = self { return n }
        return 0
    }

    var periods: (file: String, checked: String) {
        if case .periods(let file, let checked) = self { return (file, checked) }
        return ("", "")
    }

    var supersededBy: String {
        if case .supersededBy(let f) = self { return f }
        return ""
    }

    var previous: Double {
        if case .previous(let n) = self { return n }
        return 0
    }

    var reason: (vi: String, en: String) {
        if case .reason(let vi, let en) = self { return (vi, en) }
        return ("", "")
    }

    var sizeLimit: Int {
        if case .sizeLimit(let mb) = self { return mb }
        return 0
    }

    var versions: (template: String, model: String) {
        if case .versions(let t, let m) = self { return (t, m) }
        return ("", "")
    }
}
