import CXlsxWriter

/// A ``Format`` already turned into the workbook's C format, for hot loops (see
/// ``Workbook/prepare(_:)``). It belongs to the workbook that made it.
public struct PreparedFormat {
    let pointer: UnsafeMutablePointer<lxw_format>?
    let workbook: ObjectIdentifier
}
