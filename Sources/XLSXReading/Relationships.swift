/// A relationships part (`_rels/….rels`): where the parts a part points to are.
final class Relationships: XMLEventHandler {
    struct Target {
        let type: String
        let path: String
    }

    private(set) var byID: [String: Target] = [:]
    var failure: WorkbookReadError?
    /// The folder of the part these relationships belong to (`xl/` for the workbook).
    private let base: String

    init(base: String) { self.base = base }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        if attributes.string("TargetMode") == "External" { return }
        byID[id] = Target(type: attributes.string("Type") ?? "", path: Relationships.resolve(target, from: base))
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// A target relative to `base` (or absolute from the package root) as a part name.
    static func resolve(_ target: String, from base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast() } else { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    /// The folder of a part name, with its trailing slash (`xl/workbook.xml` → `xl/`).
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    static func part(for part: String) -> String {
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return folder(of: part) + "_rels/" + name + ".rels"
    }
}
