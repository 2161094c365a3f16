import ArgumentParser
import Common
import Foundation
import TaskModel
import Validation

/// The day "today" is, in Vietnam.
enum Inputs {
    static func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
