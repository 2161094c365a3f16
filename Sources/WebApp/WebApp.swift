import FlyingFox
import Foundation
import TaskModel

/// The web page for clerks (`tonghop serve`): every request comes through here.
///
/// Order of checks: static assets (public), the Host header (a page bound to this machine
/// answers only to its own names, so another site cannot reach it through DNS rebinding),
/// the session, sign-in when a password is required, then for every POST the Origin and
/// the form token. Only then does a page run.
public final class WebApp: HTTPHandler {
    let settings: WebSettings
    let sessions: SessionStore
    let password: PasswordFile
    let office: Office
    let builds = MonthBuilds()
    /// What is under way, for a clean stop.
    let work = WorkInProgress()
    /// Only these host names are answered when the server listens on this machine alone.
    let loopbackOnly: Bool

    public init(settings: WebSettings, loopbackOnly: Bool) throws {
        self.settings = settings
        self.loopbackOnly = loopbackOnly
        sessions = SessionStore(englishByDefault: settings.english)
        password = PasswordFile(folder: settings.data.path)
        office = try Office(settings: settings)
        try FileManager.default.createDirectory(at: settings.uploads, withIntermediateDirectories: true)
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        work.begin()
        defer { work.end() }
        return try await handle(request)
    }

    private func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.method == .GET, let (data, type) = Assets.data(for: request.path) { return Reply.asset(data, type: type) }
        if loopbackOnly, !Self.isLoopbackHost(request.headers[.host]) {
            return Reply.text(.forbidden, "Host not allowed")
        }
        let (session, isNew) = await sessions.session(cookieHeader: request.headers[.cookie])
        let visit = Visit(request: request, session: session, settings: settings, cookie: isNew ? SessionStore.setCookie(session) : nil)
        if request.method == .POST, !Self.sameOrigin(request) { return Reply.text(.forbidden, "Cross-origin request refused") }
        if request.path == "/dang-nhap" { return try await signIn(visit) }
        if settings.passwordRequired && !session.signedIn {
            if request.method == .GET { return Reply.redirect("/dang-nhap", cookie: visit.cookie) }
            return Reply.text(.unauthorized, "Sign in first")
        }
        return try await route(visit)
    }

    private func route(_ visit: Visit) async throws -> HTTPResponse {
        let r = visit.request
        switch (r.method, r.path) {
        case (.GET, "/"): return Reply.redirect("/thang", cookie: visit.cookie)
        case (.GET, "/thang"):
            return Reply.html(MonthPage.html(visit, grid: try await office.status(visit.period)), cookie: visit.cookie)
        case (.GET, _) where r.path.hasPrefix("/don-vi/"):
            let code = String(r.path.dropFirst("/don-vi/".count)).removingPercentEncoding ?? ""
            guard let unit = settings.model.units.first(where: { $0.code == code }) else { break }
            return Reply.html(UnitPage.html(visit, unit: unit, history: try await office.history(unit: unit.code)), cookie: visit.cookie)
        case (.GET, "/tong-hop"):
            return Reply.html(BuildPage.html(visit, state: builds.state(visit.period)), cookie: visit.cookie)
        case (.GET, "/tong-hop/trang-thai"):
            let s = builds.state(visit.period)
            return Reply.json(Data(#"{"running":\#(s?.running == true),"done":\#(s?.done ?? 0),"total":\#(s?.total ?? 0)}"#.utf8))
        case (.POST, "/tong-hop"): return try await startBuild(visit)
        case (.GET, "/ngon-ngu"):
            await sessions.setEnglish(r.query["chon"] == "en", for: visit.session)
            let back = r.query["ve"] ?? "/"
            return Reply.redirect(back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/", cookie: visit.cookie)
        case (.POST, "/dang-xuat"):
            guard try await formToken(visit) else { return Reply.text(.forbidden, "Bad form token") }
            await sessions.signOut(visit.session)
            return Reply.redirect("/dang-nhap")
        case (.GET, "/nop"): return Reply.html(UploadPage.form(visit), cookie: visit.cookie)
        case (.POST, "/nop"): return await UploadPage.receive(visit, office: office)
        case (.GET, _) where r.path.hasPrefix("/tai/"): return Downloads.serve(visit)
        default: break
        }
        return Reply.html(Layout.page(visit, title: visit.say("Không có trang này", "No such page"), place: .month,
                                      body: "<p><a href=\"/\">TongHop</a></p>"), status: .notFound, cookie: visit.cookie)
    }

    /// `POST /tong-hop`: starts the month's build and shows its page; while one runs for the
    /// month, a second is refused (409) and the page shows the one under way.
    private func startBuild(_ visit: Visit) async throws -> HTTPResponse {
        let body = try await visit.request.bodyData
        let form = FormBody.parse(body)
        guard body.count <= FormBody.limit, form["csrf"] == visit.session.csrf else { return Reply.text(.forbidden, "Bad form token") }
        guard let period = form["ky"].flatMap(settings.model.period) else { return Reply.text(.badRequest, "ky=YYYY-MM") }
        if builds.start(period, archive: office.archive, settings: settings, work: work) {
            return Reply.redirect("/tong-hop?ky=\(period)", cookie: visit.cookie)
        }
        let notice = "<p class=\"warn\" role=\"alert\" id=\"build-busy\">" + visit.say(
            "Tháng \(period) đang được tổng hợp; chờ lần này xong rồi bấm lại nếu cần.",
            "\(period) is being built; wait for it to finish, then build again if needed.") + "</p>"
        return Reply.html(BuildPage.html(visit, state: builds.state(period), notice: notice), status: .conflict, cookie: visit.cookie)
    }

    private func signIn(_ visit: Visit) async throws -> HTTPResponse {
        guard visit.request.method == .POST else { return Reply.html(LoginPage.html(visit, failed: false), cookie: visit.cookie) }
        let body = try await visit.request.bodyData.prefix(FormBody.limit + 1)
        let form = FormBody.parse(body)
        guard body.count <= FormBody.limit, form["csrf"] == visit.session.csrf else { return Reply.text(.forbidden, "Bad form token") }
        guard password.check(form["mat_khau"] ?? "") else {
            return Reply.html(LoginPage.html(visit, failed: true), status: .unauthorized, cookie: visit.cookie)
        }
        let signedIn = await sessions.signIn(visit.session)
        return Reply.redirect("/nop", cookie: SessionStore.setCookie(signedIn))
    }

    /// True when a small url-encoded POST carries the session's form token.
    func formToken(_ visit: Visit) async throws -> Bool {
        let body = try await visit.request.bodyData
        return body.count <= FormBody.limit && FormBody.parse(body)["csrf"] == visit.session.csrf
    }

    /// A browser names the page that sent a POST in `Origin`; it must be this server.
    static func sameOrigin(_ request: HTTPRequest) -> Bool {
        guard let origin = request.headers[HTTPHeader("Origin")] else { return true }
        guard let host = request.headers[.host], let r = origin.range(of: "://") else { return false }
        return origin[r.upperBound...].lowercased() == host.lowercased()
    }

    static func isLoopbackHost(_ host: String?) -> Bool {
        guard let host else { return false }
        let name: Substring
        if host.hasPrefix("[") { name = host.split(separator: "]").first.map { $0.dropFirst() } ?? "" }
        else { name = host.split(separator: ":").first ?? "" }
        return ["localhost", "127.0.0.1", "::1"].contains(name.lowercased())
    }
}
