import Common
import FlyingFox
import Foundation
import TaskModel

/// One request as the pages see it: the session, the language, the month asked about.
struct Visit: Sendable {
    let request: HTTPRequest
    let session: Session
    let settings: WebSettings
    /// A `Set-Cookie` to send with the response (for a new session).
    let cookie: String?

    var english: Bool { session.english }

    /// Vietnamese, or English when this visitor switched.
    func say(_ vi: String, _ en: String) -> String { english ? en : vi }

    /// The month of `?ky=YYYY-MM`, else the current reporting month.
    var period: Period {
        request.query["ky"].flatMap(settings.model.period) ?? settings.currentPeriod()
    }

    /// The period selector's choices: the twelve months up to the next one, newest first.
    var periodChoices: [Period] {
        var p = settings.currentPeriod().next
        var out: [Period] = []
        for _ in 0..<13 { out.append(p); p = Period(year: p.month == 1 ? p.year - 1 : p.year, month: p.month == 1 ? 12 : p.month - 1, cutoffDay: p.cutoffDay)! }
        if !out.contains(period) { out.append(period) }
        return out
    }

    /// A hidden form field with the session's token; every form that posts carries it.
    var csrfField: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(session.csrf)\">" }
}
