/// Whether a cell must be filled: always (R), as the rules say (C), or never required (O).
public enum Requirement: String, Codable, Hashable, Sendable {
    case required = "R", conditional = "C", optional = "O"
}
