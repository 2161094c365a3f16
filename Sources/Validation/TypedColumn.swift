import TaskModel

/// One form column as the typing check reads it in every row: its position and the
/// constraints the parser applies, gathered once per file.
///
/// A class with the constraints as its own fields, so that going through a row's cells
/// retains one object per cell instead of copying a ``Column`` and retaining each of its
/// strings: on a file of a million rows that copying was a tenth of the check.
final class TypedColumn {
    /// The column's position among the form's columns (and the row's values).
    let index: Int
    let key: String
    let type: ColumnType
    let enumeration: Enumeration?
    let required: Bool
    let maxLength: Int?
    let min: Double?
    let minExclusive: Bool
    let max: Double?
    let maxIsPeriodYear: Bool
    let dates: DateBound

    init(index: Int, column: Column, enumeration: Enumeration?) {
        self.index = index
        key = column.key
        type = column.type
        self.enumeration = enumeration
        required = column.requirement == .required
        maxLength = column.maxLength
        min = column.min
        minExclusive = column.minExclusive
        max = column.max
        maxIsPeriodYear = column.maxIsPeriodYear
        dates = column.dates
    }

    /// Whether its dates bound the period inferred when none is given (a due date may lie later).
    var boundsPeriod: Bool { dates == .untilPeriodEnd }
}
