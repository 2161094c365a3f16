import Common

/// Resolves what a clerk wrote in a unit cell to a unit of the model (SPEC §1.1).
///
/// Accepted silently: the code (with or without leading zeros), the full name, the name
/// without its prefix, an abbreviated prefix (`TT`, `TT.`, `X.`), any case, with or without
/// diacritics, NFC or NFD. A name whose diacritics differ from the official ones, or a name
/// from the alias list (old spellings, merged communes), resolves with a warning. Anything
/// else is unknown, with the closest names suggested.
public struct UnitRegistry: Sendable {
    public enum Resolution: Hashable, Sendable {
        case exact(Unit)
        /// Resolved through another name; `reason` says why (merger, spelling).
        case alias(Unit, reason: String?)
        /// No unit; up to three names that come closest.
        case unknown(suggestions: [String])
    }

    private enum Prefix { case commune, town }

    public let units: [Unit]
    private let byCode: [Int: Unit]
    /// Codes that are not numbers (an agency's `"VPHU"`), by loose key.
    private let byTextCode: [String: Unit]
    private let byName: [String: [Unit]]
    private let aliases: [(prefix: Prefix?, key: String, unit: Unit, reason: String?)]

    /// The units of one kind (`kind` is a ``UnitKind`` id), or all of them.
    public init(model: Model, kind: String? = nil) {
        let units = kind.map { model.units(kind: $0) } ?? model.units
        self.units = units
        byCode = Dictionary(units.compactMap { u in Int(u.code).map { ($0, u) } }, uniquingKeysWith: { a, _ in a })
        byTextCode = Dictionary(units.filter { Int($0.code) == nil }.map { (MatchKey.loose($0.code), $0) }, uniquingKeysWith: { a, _ in a })
        var names: [String: [Unit]] = [:]
        for u in units { names[MatchKey.loose(UnitRegistry.split(u.name).rest), default: []].append(u) }
        byName = names
        let withCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        aliases = model.aliases.compactMap { a in
            guard let u = withCode[a.unit] else { return nil }
            let (prefix, rest) = UnitRegistry.split(a.name)
            return (prefix, MatchKey.loose(rest), u, a.reason)
        }
    }

    public func unit(code: String) -> Unit? { Int(code).flatMap { byCode[$0] } ?? byTextCode[MatchKey.loose(code)] }

    public func resolve(_ text: String) -> Resolution {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            if let n = Int(trimmed), let u = byCode[n] { return .exact(u) }
            return .unknown(suggestions: [])
        }
        if let u = byTextCode[MatchKey.loose(trimmed)] { return .exact(u) }
        let (prefix, rest) = UnitRegistry.split(trimmed)
        let key = MatchKey.loose(rest)
        // An alias written with its prefix (`Xã An Châu`, a commune merged into the town) wins
        // over the bare name, which is the town's own.
        if let p = prefix, let a = aliases.first(where: { $0.prefix == p && $0.key == key }) {
            return .alias(a.unit, reason: a.reason)
        }
        if let candidates = byName[key], let u = candidates.first {
            let official = UnitRegistry.split(u.name).rest
            if MatchKey.hasDiacritics(rest), MatchKey.exact(rest) != MatchKey.exact(official) {
                return .alias(u, reason: nil)
            }
            return .exact(u)
        }
        if let a = aliases.first(where: { $0.prefix == nil && $0.key == key }) {
            return .alias(a.unit, reason: a.reason)
        }
        return .unknown(suggestions: suggestions(for: key))
    }

    /// The unit a file's path names, for files whose rows name none (a return with a header
    /// and no rows): a GSO code in a folder or file name, or a unit's name written in it.
    public func unit(inPath path: String) -> Unit? {
        let parts = path.split(separator: "/").reversed().map { ($0 as Substring).split(separator: ".").first.map(String.init) ?? String($0) }
        for part in parts {
            for token in part.split(whereSeparator: { !$0.isNumber }) where (4...5).contains(token.count) {
                if let n = Int(token), let u = byCode[n] { return u }
            }
            let key = MatchKey.loose(part)
            let hits = units.filter { key.contains(MatchKey.loose(UnitRegistry.split($0.name).rest)) }
            if let best = hits.max(by: { MatchKey.loose($0.name).count < MatchKey.loose($1.name).count }) { return best }
        }
        return nil
    }

    /// The names whose loose keys are closest by edit distance.
    private func suggestions(for key: String) -> [String] {
        guard !key.isEmpty else { return [] }
        let scored = units.map { u in (u.name, UnitRegistry.distance(key, MatchKey.loose(UnitRegistry.split(u.name).rest))) }
        let limit = max(2, key.count / 2)
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(3).map(\.0)
    }

    /// "Xã" and its abbreviation "X.", as loose keys.
    private static let communePrefixes: Set<String> = Set(["Xã", "X"].map { MatchKey.loose($0) })

    /// Splits a leading `Xã`/`X.`/`Thị trấn`/`TT`/`TT.` from the name.
    private static func split(_ text: String) -> (prefix: Prefix?, rest: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "\t" })
        guard words.count > 1 else { return (nil, text) }
        let first = MatchKey.loose(words[0])
        if communePrefixes.contains(first) { return (.commune, words.dropFirst().joined(separator: " ")) }
        if first == "tt" { return (.town, words.dropFirst().joined(separator: " ")) }
        if words.count > 2, first == "thi", MatchKey.loose(words[1]) == "tran" { return (.town, words.dropFirst(2).joined(separator: " ")) }
        return (nil, text)
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
