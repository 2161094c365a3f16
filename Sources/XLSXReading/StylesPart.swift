/// `xl/styles.xml`, reduced to what reading needs: the number format of each cell style.
final class StylesPart: XMLEventHandler {
    private var custom: [Int: NumberFormat] = [:]
    private var formatIDs: [Int] = []
    private var inCellXfs = false
    var failure: WorkbookReadError?

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt"), let id = attributes.string("numFmtId").flatMap(Int.init), let code = attributes.string("formatCode") {
            custom[id] = NumberFormat.custom(code)
        } else if name.is("cellXfs") {
            inCellXfs = true
        } else if inCellXfs && name.is("xf") {
            formatIDs.append(attributes.string("numFmtId").flatMap(Int.init) ?? 0)
        }
    }

    func end(_ name: XMLName) {
        if name.is("cellXfs") { inCellXfs = false }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// The meaning of each cell style (`s` attribute of a cell), in order.
    var formats: [NumberFormat] {
        formatIDs.map { custom[$0] ?? NumberFormat.builtIn($0) }
    }
}
