import FlyingFox
import Foundation

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
        case (.GET, "/"): return Reply.redirect("/nop", cookie: visit.cookie)
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
        default:
            return Reply.html(Layout.page(visit, title: visit.say("Không có trang này", "No such page"), place: .upload,
                                          body: "<p><a href=\"/\">TongHop</a></p>"), status: .notFound, cookie: visit.cookie)
        }
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
