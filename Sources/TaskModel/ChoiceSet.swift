import Common
import Synchronization

/// The values a `oneOf` condition accepts, asked about for every row a rule or a measure
/// looks at.
///
/// `Set<String>` compares by Unicode equivalence and normalises the row's text at every
/// lookup: for the rules and measures of a month of a million rows that was a tenth of the
/// reading thread. A column holds few spellings (an enumeration's canonical values), so the
/// answer for each is remembered by its bytes, up to a bound; past it, the set answers.
public final class ChoiceSet: Sendable {
    private let values: Set<String>
    private let answers = Mutex<[Spelling: Bool]>([:])
    private static let limit = 1024

    public init(_ values: some Sequence<String>) {
        self.values = Set(values)
    }

    public func contains(_ value: String) -> Bool {
        let spelling = Spelling(value)
        if let known = answers.withLock({ $0[spelling] }) { return known }
        let answer = values.contains(value)
        answers.withLock { if $0.count < Self.limit { $0[spelling] = answer } }
        return answer
    }
}
