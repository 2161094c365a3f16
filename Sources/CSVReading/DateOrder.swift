/// Which ways a date written with two small numbers and a year reads.
public enum DateOrder: Sendable, Equatable {
    /// Only day first is a date (`25/03/2024`).
    case dayFirst
    /// Only month first is a date (`03/25/2024`): the file was written in US order.
    case monthFirst
    /// Both are dates, different ones (`04/05/2024`).
    case either
}
