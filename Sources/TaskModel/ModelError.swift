import Foundation
import Common

/// A model file that cannot be used, with every problem found in it.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let problems: [String]

    public var description: String {
        "Tệp mô hình không dùng được / model file unusable: \(path)\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }

    static func describe(_ error: DecodingError) -> String {
        func where_(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(let type, let ctx): return "\(where_(ctx.codingPath)): expected \(type). \(ctx.debugDescription)"
        case .valueNotFound(_, let ctx): return "\(where_(ctx.codingPath)): value missing. \(ctx.debugDescription)"
        case .keyNotFound(let key, let ctx): return "\(where_(ctx.codingPath)): required field '\(key.stringValue)' missing"
        case .dataCorrupted(let ctx): return "\(where_(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
