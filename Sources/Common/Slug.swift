/// File-name-safe slugs for names that come from data (units, forms).
public enum Slug {
    /// ASCII lower case words joined by `-`: `"Xã Vĩnh An"` → `"xa-vinh-an"`.
    ///
    /// Whatever the input holds (`../`, slashes, control characters, reserved Windows names
    /// such as `CON`), the result is a plain file name of at most 60 characters that cannot
    /// leave its folder; an input with no letters or digits gives `"khong-ten"`.
    public static func make(_ text: some StringProtocol) -> String {
        var words: [String] = []
        var current = ""
        for scalar in String(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                current.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                current.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            } else if v == 0x110 || v == 0x111 {
                current.append("d")
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = String(words.joined(separator: "-").prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { return "khong-ten" }
        let reserved = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })
        return reserved.contains(slug) ? "_" + slug : slug
    }
}
