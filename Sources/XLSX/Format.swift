import CXlsxWriter

/// A cell format as a plain value. Equal values become one format in the workbook, so
/// callers describe formats where they use them and never manage C objects.
public struct Format: Hashable, Sendable {
    public enum HorizontalAlignment: Hashable, Sendable { case general, left, center, right, fill, justify, centerAcross }
    public enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }

    public var fontName: String?
    public var fontSize: Double?
    public var bold = false
    public var italic = false
    public var underline = false
    /// RGB, e.g. `0xC00000`.
    public var fontColor: UInt32?
    /// Excel number format, e.g. `#,##0`, `dd/mm/yyyy`, `0.0%`.
    public var numberFormat: String?
    public var horizontal: HorizontalAlignment?
    public var vertical: VerticalAlignment?
    public var wrap = false
    /// Thin border on all four sides.
    public var border = false
    /// Solid background, RGB.
    public var fill: UInt32?
    public var indent: Int?
    /// Whether the cell is locked when the sheet is protected (Excel's default is locked).
    public var locked = true

    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false, underline: Bool = false,
                fontColor: UInt32? = nil, numberFormat: String? = nil, horizontal: HorizontalAlignment? = nil,
                vertical: VerticalAlignment? = nil, wrap: Bool = false, border: Bool = false, fill: UInt32? = nil,
                indent: Int? = nil, locked: Bool = true) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.numberFormat = numberFormat
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.border = border
        self.fill = fill
        self.indent = indent
        self.locked = locked
    }

    /// Sets the properties on a fresh C format.
    func apply(to f: UnsafeMutablePointer<lxw_format>) {
        if let name = fontName { format_set_font_name(f, name) }
        if let size = fontSize { format_set_font_size(f, size) }
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        if underline { format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let c = fontColor { format_set_font_color(f, lxw_color_t(c)) }
        if let n = numberFormat { format_set_num_format(f, n) }
        if let h = horizontal {
            let v: lxw_format_alignments
            switch h {
            case .general: v = LXW_ALIGN_NONE
            case .left: v = LXW_ALIGN_LEFT
            case .center: v = LXW_ALIGN_CENTER
            case .right: v = LXW_ALIGN_RIGHT
            case .fill: v = LXW_ALIGN_FILL
            case .justify: v = LXW_ALIGN_JUSTIFY
            case .centerAcross: v = LXW_ALIGN_CENTER_ACROSS
            }
            format_set_align(f, UInt8(v.rawValue))
        }
        if let vert = vertical {
            let v: lxw_format_alignments
            switch vert {
            case .top: v = LXW_ALIGN_VERTICAL_TOP
            case .center: v = LXW_ALIGN_VERTICAL_CENTER
            case .bottom: v = LXW_ALIGN_VERTICAL_BOTTOM
            }
            format_set_align(f, UInt8(v.rawValue))
        }
        if wrap { format_set_text_wrap(f) }
        if border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let c = fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, lxw_color_t(c))
        }
        if let i = indent { format_set_indent(f, UInt8(clamping: i)) }
        if !locked { format_set_unlocked(f) }
    }
}
