/// `xl/workbook.xml`: the sheets in order, their visibility, and the date system.
final class WorkbookPart: XMLEventHandler {
    struct Sheet {
        let name: String
        let hidden: Bool
        let relationship: String
    }

    private(set) var sheets: [Sheet] = []
    /// Whether serial numbers count days from 1904-01-01 (old Mac workbooks) instead of 1900.
    private(set) var date1904 = false
    var failure: WorkbookReadError?

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet") {
            guard let sheetName = attributes.string("name"), let id = attributes.string("id") else {
                failure = WorkbookReadError(.invalid, "workbook: a sheet without a name or relationship")
                return
            }
            let state = attributes.string("state") ?? "visible"
            sheets.append(Sheet(name: sheetName, hidden: state != "visible", relationship: id))
        } else if name.is("workbookPr"), let flag = attributes.string("date1904") {
            date1904 = flag == "1" || flag.lowercased() == "true"
        }
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
