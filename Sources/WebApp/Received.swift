import Foundation

/// When a file came, as the archive keeps it (ISO 8601, UTC), shown in Vietnam's time.
enum Received {
    static func shown(_ iso: String, withTime: Bool = true) -> String {
        let parse = ISO8601DateFormatter()
        parse.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parse.date(from: iso) else { return iso }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        f.dateFormat = withTime ? "dd/MM/yyyy HH:mm" : "dd/MM"
        return f.string(from: date)
    }
}
