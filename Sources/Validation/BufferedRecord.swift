/// A record read ahead while the header is searched for, kept to be checked once it is found.
struct BufferedRecord {
    let cells: [String]
    let line: Int
    let blank: Bool
}
