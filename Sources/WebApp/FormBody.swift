import Foundation

/// An `application/x-www-form-urlencoded` body (the sign-in, build and sign-out forms).
enum FormBody {
    /// Small forms only: a longer body is not one of the page's forms.
    static let limit = 16_384

    static func parse(_ data: Data) -> [String: String] {
        var out: [String: String] = [:]
        for pair in String(decoding: data, as: UTF8.self).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            out[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        return out
    }
}
