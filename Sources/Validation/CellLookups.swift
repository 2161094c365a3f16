import Common
import TaskModel

/// What the checks look up for many cells (units, enumeration values, totals labels),
/// remembered per distinct spelling: a file repeats few spellings, and matching each through
/// Unicode folding on every row would dominate the run. Each memory is bounded, so a file
/// full of different junk costs time, not memory.
final class CellLookups {
    /// A registry per unit kind: a form's unit cells resolve among the units that send it.
    private let registries: [String: UnitRegistry]
    private let totalKeys: Set<String>
    /// By kind, then spelling: no key is built for each cell.
    private var unitCache: [String: [Spelling: UnitRegistry.Resolution]] = [:]
    private var totalsCache: [Spelling: Bool] = [:]
    private var choiceCache: [String: [Spelling: String?]] = [:]
    private static let limit = 4096

    init(model: Model) {
        registries = Dictionary(model.unitKinds.map { ($0.id, UnitRegistry(model: model, kind: $0.id)) }, uniquingKeysWith: { a, _ in a })
        totalKeys = Set(model.totalLabels.map { MatchKey.loose($0) })
    }

    /// A unit cell resolved to a unit of the kind `kind` (a ``UnitKind`` id), an alias of one, or suggestions.
    func unit(_ text: String, kind: String) -> UnitRegistry.Resolution {
        let spelling = Spelling(text)
        if let hit = unitCache[kind]?[spelling] { return hit }
        let r = registries[kind]?.resolve(text) ?? .unknown(suggestions: [])
        if (unitCache[kind]?.count ?? 0) < CellLookups.limit { unitCache[kind, default: [:]][spelling] = r }
        return r
    }

    /// Whether a row's first cell marks a totals row ("Tổng cộng", "Cộng", …).
    func isTotalsLabel(_ text: String) -> Bool {
        let spelling = Spelling(text)
        if let hit = totalsCache[spelling] { return hit }
        let answer = totalKeys.contains(MatchKey.loose(text))
        if totalsCache.count < CellLookups.limit { totalsCache[spelling] = answer }
        return answer
    }

    /// The canonical value of an enumeration for a cell's text, or nil.
    func choice(_ text: String, in e: Enumeration) -> String? {
        let spelling = Spelling(text)
        if let hit = choiceCache[e.id]?[spelling] { return hit }
        let answer = e.canonical(text)
        if (choiceCache[e.id]?.count ?? 0) < CellLookups.limit { choiceCache[e.id, default: [:]][spelling] = .some(answer) }
        return answer
    }
}
