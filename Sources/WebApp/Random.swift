/// Unpredictable bytes for salts, session ids and form tokens.
///
/// `SystemRandomNumberGenerator` reads the kernel's generator (getrandom on Linux), which
/// is what such secrets need.
enum Random {
    static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A token of `count` random bytes, in hex (safe in cookies, forms and headers).
    static func token(_ count: Int = 32) -> String { Hex.encode(bytes(count)) }
}
