/// How much an issue weighs: a row with an error is rejected; warnings and infos never reject.
public enum IssueSeverity: String, Hashable, Sendable, Codable {
    case error, warning, info
}
