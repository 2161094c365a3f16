import Foundation
import Common

/// Everything TongHop knows about the district's reporting (SPEC §1), loaded from one file.
///
/// No area, form, column, enumeration, rule, measure, unit, task, deadline or target is
/// written in Swift: the bundled `model.json` holds them, and `--model FILE` replaces it.
/// A model is checked when loaded (``ModelError``), so the rest of the program can trust it.
///
/// ## Topics
/// - ``Form``, ``Column``, ``Rule``, ``Condition``, ``Measure``
/// - ``UnitRegistry``
public struct Model: Codable, Sendable {
    /// Names printed on every workbook (the letterhead and the basis line).
    public struct Organisation: Codable, Hashable, Sendable {
        /// `"ĐẢNG BỘ TỈNH BẮC GIANG"`.
        public var superior: String
        /// `"HUYỆN ỦY SƠN ĐỘNG"`.
        public var issuer: String
        /// `"ĐẢNG CỘNG SẢN VIỆT NAM"`.
        public var motto: String
        /// The place in the dateline: `"Sơn Động"`.
        public var place: String
        /// The basis of the report, quoted under the title.
        public var basis: String
        /// The office that compiles the report, e.g. `"Văn phòng Huyện ủy"`.
        public var compiler: String
    }

    public var version: String
    public var organisation: Organisation
    /// The cut-off day of the data window (SPEC §1.2); `nil` (`"end"` in the file) gives calendar months.
    public var cutoffDay: Int?
    /// Named numbers rules refer to as `$name` (caps of support and the like).
    public var settings: [String: Double]
    /// Words that mark a totals row (compared by ``MatchKey/loose(_:)``).
    public var totalLabels: [String]
    /// Header cells of columns that are read past without a warning: the row number column
    /// ("STT") every Vietnamese table has.
    public var ignoredHeaders: [String]
    /// The kinds of reporting units, the communes first; a model without them has the communes only.
    public var unitKinds: [UnitKind]
    public var units: [Unit]
    public var aliases: [UnitAlias]
    public var areas: [Area]
    public var tasks: [TaskItem]
    public var enumerations: [Enumeration]
    public var forms: [Form]
    public var measures: [Measure]

    enum CodingKeys: String, CodingKey {
        case version, organisation, settings, units, aliases, areas, tasks, enumerations, forms, measures
        case cutoffDay = "cutoff_day"
        case totalLabels = "total_labels"
        case ignoredHeaders = "ignored_headers"
        case unitKinds = "unit_kinds"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(String.self, forKey: .version)
        organisation = try c.decode(Organisation.self, forKey: .organisation)
        if let day = try? c.decode(Int.self, forKey: .cutoffDay) {
            cutoffDay = day
        } else {
            let text = try c.decode(String.self, forKey: .cutoffDay)
            guard text == "end" else {
                throw DecodingError.dataCorruptedError(forKey: .cutoffDay, in: c, debugDescription: "cutoff_day is a day 1-28 or \"end\"")
            }
            cutoffDay = nil
        }
        settings = try c.decodeIfPresent([String: Double].self, forKey: .settings) ?? [:]
        totalLabels = try c.decode([String].self, forKey: .totalLabels)
        ignoredHeaders = try c.decodeIfPresent([String].self, forKey: .ignoredHeaders) ?? []
        unitKinds = try c.decodeIfPresent([UnitKind].self, forKey: .unitKinds) ?? [UnitKind.communes]
        units = try c.decode([Unit].self, forKey: .units)
        aliases = try c.decodeIfPresent([UnitAlias].self, forKey: .aliases) ?? []
        areas = try c.decode([Area].self, forKey: .areas)
        tasks = try c.decode([TaskItem].self, forKey: .tasks)
        enumerations = try c.decode([Enumeration].self, forKey: .enumerations)
        forms = try c.decode([Form].self, forKey: .forms)
        measures = try c.decodeIfPresent([Measure].self, forKey: .measures) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(organisation, forKey: .organisation)
        if let day = cutoffDay { try c.encode(day, forKey: .cutoffDay) } else { try c.encode("end", forKey: .cutoffDay) }
        try c.encode(settings, forKey: .settings)
        try c.encode(totalLabels, forKey: .totalLabels)
        try c.encode(ignoredHeaders, forKey: .ignoredHeaders)
        if unitKinds != [UnitKind.communes] { try c.encode(unitKinds, forKey: .unitKinds) }
        try c.encode(units, forKey: .units)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(areas, forKey: .areas)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(enumerations, forKey: .enumerations)
        try c.encode(forms, forKey: .forms)
        try c.encode(measures, forKey: .measures)
    }

    /// The enumeration id whose values are the task codes, built from ``tasks``.
    public static let taskEnumeration = "tasks"

    public func form(_ code: String) -> Form? { forms.first { $0.code.uppercased() == code.uppercased() } }
    public func area(_ slug: String) -> Area? { areas.first { $0.slug == slug } }
    public func task(_ code: String) -> TaskItem? { tasks.first { $0.code == code } }

    /// The enumeration with this id; `tasks` is made from the model's task codes.
    public func enumeration(_ id: String) -> Enumeration? {
        if id == Model.taskEnumeration {
            return Enumeration(id: id, values: tasks.map { Enumeration.Choice(value: $0.code) })
        }
        return enumerations.first { $0.id == id }
    }

    /// The enumeration a column of `form` accepts: in a checklist, `tasks` holds only the
    /// checklist's own tasks, so a commune cannot report an agency's item and the reverse.
    public func enumeration(for column: Column, in form: Form) -> Enumeration? {
        guard let id = column.enumeration else { return nil }
        guard id == Model.taskEnumeration, form.checklist != nil else { return enumeration(id) }
        return Enumeration(id: id, values: tasks(in: form).map { Enumeration.Choice(value: $0.code) })
    }

    public func period(_ text: String) -> Period? { Period(text, cutoffDay: cutoffDay) }
}

extension Model {
    /// The model bundled with TongHop: `Resources/model.json`, compiled into the program
    /// (``EmbeddedModel``) so the executable needs no file beside it wherever it is copied.
    public static func bundled() throws(ModelError) -> Model {
        try decode(Data(EmbeddedModel.json.utf8), path: "model.json")
    }

    /// Loads and checks a model file.
    public static func load(path: String) throws(ModelError) -> Model {
        try load(url: URL(fileURLWithPath: path))
    }

    static func load(url: URL) throws(ModelError) -> Model {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ModelError(path: url.path, problems: ["cannot read the file: \(error.localizedDescription)"])
        }
        return try decode(data, path: url.path)
    }

    /// Decodes and checks a model from JSON bytes.
    public static func decode(_ data: Data, path: String) throws(ModelError) -> Model {
        let model: Model
        do { model = try JSONDecoder().decode(Model.self, from: data) } catch let error as DecodingError {
            throw ModelError(path: path, problems: [ModelError.describe(error)])
        } catch {
            throw ModelError(path: path, problems: ["\(error)"])
        }
        let problems = model.problems()
        guard problems.isEmpty else { throw ModelError(path: path, problems: problems) }
        return model
    }
}
