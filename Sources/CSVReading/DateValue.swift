import Common

/// A date read from a cell, with the warning its form deserves.
public struct DateValue: Sendable, Equatable {
    public let day: Day
    /// `date-two-digit-year` or `date-serial`, else nil.
    public let warning: IssueCode?

    public init(day: Day, warning: IssueCode?) {
        self.day = day
        self.warning = warning
    }
}
