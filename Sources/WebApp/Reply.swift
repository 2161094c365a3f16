import FlyingFox
import Foundation

/// The responses the page sends, each with the headers that keep it safe in a browser.
enum Reply {
    /// No script or style from elsewhere, no framing, no sniffing, nothing cached.
    static let pageHeaders: [(HTTPHeader, String)] = [
        (HTTPHeader("Content-Security-Policy"),
         "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (HTTPHeader("X-Content-Type-Options"), "nosniff"),
        (HTTPHeader("Referrer-Policy"), "same-origin"),
        (.cacheControl, "no-store"),
    ]

    static func html(_ body: String, status: HTTPStatusCode = .ok, cookie: String? = nil) -> HTTPResponse {
        var r = HTTPResponse(statusCode: status, headers: headers(type: "text/html; charset=utf-8", cookie: cookie), body: Data(body.utf8))
        r.headers[.contentLength] = String(Data(body.utf8).count)
        return r
    }

    static func json(_ data: Data, status: HTTPStatusCode = .ok) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers(type: "application/json; charset=utf-8", cookie: nil), body: data)
    }

    /// 303 See Other: after a POST, the browser fetches `location` with GET.
    static func redirect(_ location: String, cookie: String? = nil) -> HTTPResponse {
        var h = headers(type: "text/plain; charset=utf-8", cookie: cookie)
        h[.location] = location
        return HTTPResponse(statusCode: .seeOther, headers: h)
    }

    static func text(_ status: HTTPStatusCode, _ message: String, close: Bool = false) -> HTTPResponse {
        var h = headers(type: "text/plain; charset=utf-8", cookie: nil)
        if close { h[.connection] = "close" }
        return HTTPResponse(statusCode: status, headers: h, body: Data((message + "\n").utf8))
    }

    /// A file to save, under its own (Vietnamese) name.
    static func download(_ url: URL, name: String, type: String) throws -> HTTPResponse {
        var h = headers(type: type, cookie: nil)
        h[.contentDisposition] = ContentDisposition.attachment(name)
        let body = try HTTPBodySequence(file: url, suggestedBufferSize: 65_536)
        if let n = body.count { h[.contentLength] = String(n) }
        return HTTPResponse(statusCode: .ok, headers: h, body: body)
    }

    static func asset(_ data: Data, type: String) -> HTTPResponse {
        var h = HTTPHeaders()
        h[.contentType] = type
        h[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        h[.cacheControl] = "max-age=3600"
        return HTTPResponse(statusCode: .ok, headers: h, body: data)
    }

    private static func headers(type: String, cookie: String?) -> HTTPHeaders {
        var h = HTTPHeaders()
        h[.contentType] = type
        for (k, v) in pageHeaders { h[k] = v }
        if let cookie { h[.setCookie] = cookie }
        return h
    }
}
