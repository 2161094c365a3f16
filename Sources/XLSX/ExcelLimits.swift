import CXlsxWriter

/// Excel's grid limits.
public enum ExcelLimits {
    public static let rows = 1_048_576
    public static let columns = 16_384
    public static let cellCharacters = 32_767
    public static let sheetNameCharacters = 31
    public static let inlineListCharacters = 255
}
