import CXlsxWriter
import Foundation

/// C strings that live until the value is released: libxlsxwriter copies what it keeps, so
/// each call only needs its arguments alive for its own duration.
final class CStrings {
    private var owned: [UnsafeMutablePointer<CChar>] = []
    func make(_ s: String?) -> UnsafeMutablePointer<CChar>? {
        guard let s, let p = strdup(s) else { return nil }
        owned.append(p)
        return p
    }
    deinit { owned.forEach { free($0) } }
}
