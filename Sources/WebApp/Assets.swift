import Foundation

/// The page's style sheet and script, shipped inside the package: no CDN, no build step.
enum Assets {
    static let files: [String: (name: String, ext: String, type: String)] = [
        "/tai-nguyen/app.css": ("app", "css", "text/css; charset=utf-8"),
        "/tai-nguyen/app.js": ("app", "js", "text/javascript; charset=utf-8"),
    ]

    static func data(for path: String) -> (Data, String)? {
        guard let f = files[path], let url = Bundle.module.url(forResource: f.name, withExtension: f.ext),
              let data = try? Data(contentsOf: url) else { return nil }
        return (data, f.type)
    }
}
