/// Which dates a date column accepts.
public enum DateBound: String, Codable, Hashable, Sendable {
    /// Not after the period's last day (SPEC §1.2: a return cannot report the future).
    case untilPeriodEnd = "period_end"
    /// Any date: a due date may lie after the period.
    case any
}
