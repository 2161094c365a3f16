import Common

/// A model problem found while resolving names (an unknown column or setting).
public struct ResolutionError: Error, Sendable, Equatable {
    public let name: String
    public let kind: String
}
