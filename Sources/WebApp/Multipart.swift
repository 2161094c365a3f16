import Foundation

/// A `multipart/form-data` body (RFC 7578) as the page's form sends it: a few small fields
/// and any number of files.
///
/// Parsed from the spooled body file, memory-mapped, so a file part is copied to disk
/// without being held in memory twice. Anything malformed (no boundary, a part without a
/// name, no closing delimiter) is an error, reported to the clerk as a failed upload.
struct Multipart {
    struct Malformed: Error { let reason: String }

    struct FilePart {
        /// The name the browser sent, as sent (not safe to use as a path).
        let sentName: String
        let bytes: Data
    }

    var fields: [String: String] = [:]
    var files: [FilePart] = []

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String?) -> String? {
        guard let type = contentType, type.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for param in type.split(separator: ";").dropFirst() {
            let kv = param.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0].lowercased() == "boundary" {
                let b = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return b.isEmpty || b.utf8.count > 70 ? nil : b
            }
        }
        return nil
    }

    /// Parses `body` (fields of more than 64 KiB are refused: the page sends none).
    init(body: Data, boundary: String) throws {
        let delimiter = Data("--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8), headerEnd = Data("\r\n\r\n".utf8)
        guard var cursor = body.range(of: delimiter)?.upperBound else { throw Malformed(reason: "no boundary") }
        let next = Data("\r\n--\(boundary)".utf8)
        while true {
            // After a delimiter: "--" closes the body, CRLF opens a part.
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) { return }
            guard rest.starts(with: crlf) else { throw Malformed(reason: "bad delimiter line") }
            let headerStart = cursor + 2
            guard let hEnd = body.range(of: headerEnd, in: headerStart..<body.endIndex) else { throw Malformed(reason: "part without headers") }
            guard let end = body.range(of: next, in: hEnd.upperBound..<body.endIndex) else { throw Malformed(reason: "no closing boundary") }
            let headers = String(decoding: body[headerStart..<hEnd.lowerBound], as: UTF8.self)
            let content = body[hEnd.upperBound..<end.lowerBound]
            try add(headers: headers, content: content)
            cursor = end.upperBound
        }
    }

    private mutating func add(headers: String, content: Data) throws {
        var name: String?, filename: String?
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            name = Self.parameter("name", in: line)
            filename = Self.parameter("filename", in: line)
        }
        guard let name else { throw Malformed(reason: "part without a name") }
        if let filename {
            // A file input left empty still sends a part with an empty name and no bytes.
            if !filename.isEmpty || !content.isEmpty { files.append(FilePart(sentName: filename, bytes: Data(content))) }
        } else {
            guard content.count <= 65_536 else { throw Malformed(reason: "field too long") }
            fields[name] = String(decoding: content, as: UTF8.self)
        }
    }

    /// A quoted parameter of a Content-Disposition line. Browsers send UTF-8 names with `"`
    /// as `%22` and CR/LF as `%0D%0A` (WHATWG); those are decoded.
    static func parameter(_ key: String, in line: String) -> String? {
        var search = line[...]
        while let r = search.range(of: "\(key)=\"") {
            let before = search[..<r.lowerBound].last
            if before == nil || before == " " || before == ";" {
                let value = search[r.upperBound...]
                guard let close = value.firstIndex(of: "\"") else { return nil }
                return String(value[..<close]).replacingOccurrences(of: "%22", with: "\"")
                    .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            }
            search = search[r.upperBound...]
        }
        return nil
    }
}
