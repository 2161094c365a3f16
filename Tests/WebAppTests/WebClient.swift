import Foundation
import TestSupport

/// A visitor of a running `tonghop-web`: keeps its session cookie and form token, sends
/// forms and uploads the way the page's own forms do, over plain HTTP.
struct WebClient {
    let server: WebServerProcess
    var cookie: String?

    init(_ server: WebServerProcess) { self.server = server }

    @discardableResult
    mutating func get(_ target: String, headers: [String: String] = [:]) throws -> RawHTTP.Response {
        let r = try RawHTTP.request(port: server.port, host: server.host, "GET", target, headers: cookieHeader.merging(headers) { $1 })
        remember(r)
        return r
    }

    mutating func post(_ target: String, form: [String: String], headers: [String: String] = [:]) throws -> RawHTTP.Response {
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        let r = try RawHTTP.request(port: server.port, host: server.host, "POST", target,
                                    headers: cookieHeader.merging(["Content-Type": "application/x-www-form-urlencoded"].merging(headers) { $1 }) { $1 },
                                    body: Data(body.utf8))
        remember(r)
        return r
    }

    /// A multipart upload to `/nop` with the fields and files given.
    mutating func upload(fields: [String: String], files: [(String, Data)], headers: [String: String] = [:]) throws -> RawHTTP.Response {
        let boundary = "----tonghop\(UUID().uuidString)"
        var body = Data()
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        for (name, bytes) in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
            body += bytes + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        let r = try RawHTTP.request(port: server.port, host: server.host, "POST", "/nop",
                                    headers: cookieHeader.merging(["Content-Type": "multipart/form-data; boundary=\(boundary)"].merging(headers) { $1 }) { $1 },
                                    body: body)
        remember(r)
        return r
    }

    /// The form token of the session, read from a page's hidden field.
    mutating func csrf(from page: String = "/nop") throws -> String {
        let html = try get(page).text
        guard let r = html.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else { return "" }
        return String(html[r].dropFirst(19).dropLast())
    }

    private var cookieHeader: [String: String] { cookie.map { ["Cookie": $0] } ?? [:] }

    private mutating func remember(_ r: RawHTTP.Response) {
        if let set = r.header("Set-Cookie"), let pair = set.split(separator: ";").first { cookie = String(pair) }
    }
}
