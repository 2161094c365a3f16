/// `xl/sharedStrings.xml`: the strings cells refer to by index, rich text runs joined and
/// phonetic guides (`rPh`) left out. Held in memory, within the workbook's byte budget.
final class SharedStringsPart: XMLEventHandler {
    private(set) var strings: [String] = []
    private var text = TextCollector()
    private var inItem = false, inText = false, inPhonetic = false
    var failure: WorkbookReadError?

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            text.reset()
        } else if name.is("rPh") {
            inPhonetic = true
        } else if name.is("t") {
            inText = inItem && !inPhonetic
        }
    }

    func end(_ name: XMLName) {
        if name.is("si") {
            strings.append(text.string)
            inItem = false
        } else if name.is("rPh") {
            inPhonetic = false
        } else if name.is("t") {
            inText = false
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        if !text.append(bytes) {
            failure = WorkbookReadError(.invalid, "shared string \(strings.count) longer than \(TextCollector.maxCharacters) characters")
        }
    }
}
