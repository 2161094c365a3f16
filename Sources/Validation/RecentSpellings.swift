import Common

/// The last few spellings looked up, with their answers.
///
/// A return lists its households unit by unit, with a handful of kinds and statuses, so the
/// text of a unit or enumeration cell is nearly always one of the last few seen in its
/// column: comparing its bytes with those is cheaper than hashing it to look it up, in every
/// row.
struct RecentSpellings<Answer> {
    static var size: Int { 4 }
    private var entries: [(spelling: Spelling, answer: Answer)] = []
    private var next = 0

    func answer(for spelling: Spelling) -> Answer? {
        entries.first { $0.spelling == spelling }?.answer
    }

    /// Keeps the spelling's answer in place of the oldest one kept.
    mutating func remember(_ spelling: Spelling, _ answer: Answer) {
        if entries.count < Self.size {
            entries.append((spelling, answer))
        } else {
            entries[next] = (spelling, answer)
            next = (next + 1) % Self.size
        }
    }
}
