import Common

/// Finds the header row among the first lines of a file and the form it names (SPEC §2): the
/// first line that names mostly known columns, or every required column of a form; a form
/// code in a title line above it (`Biểu NO01`) narrows the forms, `--form` fixes one.
struct HeaderSearch {
    /// What the search found.
    enum Outcome {
        /// The header is `records[index]`, of `form`.
        case found(index: Int, form: CompiledForm)
        /// A header that fits several forms equally; the records after `index` are the file's rows.
        case ambiguous(index: Int, codes: [String])
        /// A line that looks like a header of no known form.
        case unknown(index: Int)
        case notFound
    }

    static let codes: [IssueCode] = [.headerNotFound, .formUnknown, .formAmbiguous]
    let forms: [CompiledForm]
    /// The form `--form` names, if any.
    let forced: CompiledForm?

    init(forms: [CompiledForm], formCode: String?) {
        self.forms = forms
        forced = formCode.flatMap { code in forms.first { $0.form.code.uppercased() == code.uppercased() } }
    }

    func search(_ records: [BufferedRecord]) -> Outcome {
        var titleForms: [CompiledForm] = []
        var headerish: Int?
        for (i, rec) in records.enumerated() where !rec.blank {
            let nonEmpty = rec.cells.filter { !$0.isEmpty }.count
            let pool = forced.map { [$0] } ?? (titleForms.isEmpty ? forms : titleForms)
            let scored = pool.map { ($0, $0.matches(rec.cells)) }
            let best = scored.map(\.1).max() ?? 0
            // A header names mostly known columns, or at least every required column of a form
            // (a header followed by many unknown columns is still the header).
            let namesAForm = scored.contains { $0.1 == best && best >= $0.0.requiredCount }
            if best >= 2 && (best * 2 >= nonEmpty || namesAForm) {
                let top = scored.filter { $0.1 == best }.map(\.0)
                let complete = top.filter { f in
                    f.form.columns.enumerated().allSatisfy { ci, c in
                        c.requirement != .required || rec.cells.contains { f.headerKeys[MatchKey.loose($0)] == ci }
                    }
                }
                let chosen = complete.count == 1 ? complete : top
                return chosen.count == 1 ? .found(index: i, form: chosen[0]) : .ambiguous(index: i, codes: chosen.map(\.form.code))
            }
            if best >= 1 && nonEmpty >= 2 && headerish == nil { headerish = i }
            if forced == nil {
                let found = codesMentioned(rec.cells)
                if !found.isEmpty { titleForms = found }
            }
        }
        return headerish.map { .unknown(index: $0) } ?? .notFound
    }

    /// Forms whose code appears as a word in a title line ("Biểu NO01 - …", "Mẫu NO-01").
    private func codesMentioned(_ cells: [String]) -> [CompiledForm] {
        var words: [String] = []
        for cell in cells {
            let parts = cell.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { MatchKey.loose($0) }
            words += parts
            words += zip(parts, parts.dropFirst()).map { $0 + $1 }
        }
        let set = Set(words)
        return forms.filter { set.contains($0.codeKey) }
    }
}
