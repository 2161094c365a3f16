import XLSX

/// The formats of every sheet TongHop prints: Times New Roman, as Vietnamese official
/// documents are, with a few colours that carry meaning (red late, green met, orange watch).
enum Styles {
    static let font = "Times New Roman"
    static let red: UInt32 = 0xF4C7C3, redText: UInt32 = 0x9C0006
    static let green: UInt32 = 0xC6EFCE, greenText: UInt32 = 0x006100
    static let orange: UInt32 = 0xFFD8A8, orangeText: UInt32 = 0x9C5700
    static let grey: UInt32 = 0xEDEDED
    static let headerFill: UInt32 = 0xDDEBF7

    static func base(size: Double = 12) -> Format { Format(fontName: font, fontSize: size, vertical: .center) }

    static let text = cell()
    static let wrapText = cell(wrap: true)
    static let center = cell(horizontal: .center)
    static let integer = cell(number: "#,##0")
    static let decimal = cell(number: "#,##0.0##")
    static let money = cell(number: "#,##0")
    static let percent = cell(number: "0.0%")
    static let date = cell(number: "dd/mm/yyyy", horizontal: .center)
    static let header = Format(fontName: font, fontSize: 11, bold: true, horizontal: .center, vertical: .center, wrap: true, border: true, fill: headerFill)
    static let note = Format(fontName: font, fontSize: 11, italic: true)
    static let missing = Format(fontName: font, fontSize: 12, italic: true, fontColor: orangeText, vertical: .center, border: true, fill: orange)
    static let late = Format(fontName: font, fontSize: 12, bold: true, fontColor: redText, vertical: .center, wrap: true, border: true, fill: red)
    static let done = Format(fontName: font, fontSize: 12, fontColor: greenText, vertical: .center, wrap: true, border: true, fill: green)

    static func cell(number: String? = nil, horizontal: Format.HorizontalAlignment? = nil, wrap: Bool = false, bold: Bool = false) -> Format {
        Format(fontName: font, fontSize: 12, bold: bold, numberFormat: number, horizontal: horizontal, vertical: .center, wrap: wrap, border: true)
    }

    static func totals(_ f: Format) -> Format {
        var t = f
        t.bold = true
        t.fill = grey
        return t
    }

    /// Titles centred across the printed width (not merged: merging is unavailable when rows
    /// are streamed in constant-memory mode).
    static func title(size: Double = 14, bold: Bool = true, italic: Bool = false) -> Format {
        Format(fontName: font, fontSize: size, bold: bold, italic: italic, horizontal: .centerAcross, vertical: .center)
    }

    static let redFill = Format(fontColor: redText, fill: red)
    static let greenFill = Format(fontColor: greenText, fill: green)
    static let orangeFill = Format(fontColor: orangeText, fill: orange)
}
