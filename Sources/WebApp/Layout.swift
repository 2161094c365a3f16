import Common
import FlyingFox
import Foundation
import TaskModel

/// The frame of every page: heading, the places a clerk goes, the month, the language.
///
/// Plain HTML that works without script; `app.js` only adds drag and drop and progress.
/// System fonts (the CSS names none that must be downloaded) render Vietnamese on Windows.
enum Layout {
    enum Place { case month, upload, build, login }

    /// `head` adds to the document's head (the build page's reload for browsers without script).
    static func page(_ visit: Visit, title: String, place: Place, body: String, head: String = "") -> String {
        let say = visit.say
        let ky = visit.period.description
        func link(_ p: Place, _ href: String, _ text: String) -> String {
            "<a href=\"\(href)\"\(p == place ? " aria-current=\"page\"" : "")>\(text.html)</a>"
        }
        let nav = place == .login ? "" : """
        <nav>
          \(link(.month, "/thang?ky=\(ky)", say("Tháng này", "This month")))
          \(link(.upload, "/nop?ky=\(ky)", say("Nộp tệp", "Receive files")))
          \(link(.build, "/tong-hop?ky=\(ky)", say("Tổng hợp", "Build")))
        </nav>
        """
        let other = visit.english ? "vi" : "en"
        let back = visit.request.path + (visit.request.query["ky"].map { "?ky=\($0.html)" } ?? "")
        let signOut = visit.settings.passwordRequired && visit.session.signedIn
            ? "<form method=\"post\" action=\"/dang-xuat\" class=\"inline\">\(visit.csrfField)<button>\(say("Đăng xuất", "Sign out"))</button></form>"
            : ""
        return """
        <!DOCTYPE html>
        <html lang="\(visit.english ? "en" : "vi")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.html) — TongHop</title>
        <link rel="stylesheet" href="/tai-nguyen/app.css">
        <script src="/tai-nguyen/app.js" defer></script>
        \(head)
        </head>
        <body>
        <header>
          <div class="brand"><strong>TongHop</strong> <span>\(visit.settings.model.organisation.issuer.html)</span></div>
          \(nav)
          <div class="tools">
            <a href="/ngon-ngu?chon=\(other)&amp;ve=\(back.addingPercentEncodingForQuery.html)" lang="\(other)">\(visit.english ? "Tiếng Việt" : "English")</a>
            \(signOut)
          </div>
        </header>
        <main>
        <h1>\(title.html)</h1>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    /// The month selector: a GET form, so it works without script.
    static func periodPicker(_ visit: Visit, action: String) -> String {
        let options = visit.periodChoices.map { p in
            "<option value=\"\(p)\"\(p == visit.period ? " selected" : "")>\(p.month)/\(p.year)</option>"
        }.joined()
        return """
        <form method="get" action="\(action)" class="period">
          <label>\(visit.say("Kỳ báo cáo", "Period")) <select name="ky" data-autosubmit>\(options)</select></label>
          <button>\(visit.say("Xem", "Show"))</button>
          <span class="window">\(visit.say("số liệu từ", "data from")) \(visit.period.start.description) \(visit.say("đến", "to")) \(visit.period.end.description)</span>
        </form>
        """
    }
}

extension String {
    /// Percent-encoded for a query value (a path to come back to).
    var addingPercentEncodingForQuery: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
