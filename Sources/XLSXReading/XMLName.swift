import CLibXML2
import Foundation

/// The local name of an element or attribute, compared without building a string.
struct XMLName {
    let pointer: UnsafePointer<UInt8>

    @inline(__always)
    func `is`(_ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        let s = name.utf8Start
        for i in 0..<n where pointer[i] != s[i] { return false }
        return pointer[n] == 0
    }
}
