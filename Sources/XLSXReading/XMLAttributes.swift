import CLibXML2
import Foundation

/// The attributes of a start tag, as libxml2's SAX2 hands them: five pointers per attribute
/// (local name, prefix, URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The raw bytes of an attribute's value; entities are already replaced.
    func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for k in 0..<count {
            guard let local = base[k * 5], XMLName(pointer: local).is(name),
                  let start = base[k * 5 + 3], let end = base[k * 5 + 4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    func string(_ name: StaticString) -> String? {
        value(name).map { String(decoding: $0, as: UTF8.self) }
    }
}
