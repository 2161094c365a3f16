import CLibCrypto
import Foundation

/// The page's password, kept only as a PBKDF2-HMAC-SHA256 hash in the data folder.
///
/// Set once by the district's IT helper (`tonghop serve --set-password`); a server that
/// listens beyond this machine refuses to start without it. The file holds one line,
/// `pbkdf2-sha256$ITERATIONS$SALT$HASH` (salt and hash in hex), so a stronger setting later
/// still checks passwords set earlier.
public struct PasswordFile: Sendable {
    public static let fileName = "mat-khau-trang-web"
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; a check then takes about
    /// a third of a second here, which a login can afford.
    public static let iterations = 600_000

    public let path: String

    public init(folder: String) {
        path = (folder as NSString).appendingPathComponent(Self.fileName)
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Hashes `password` with a fresh salt and writes it in place of any earlier one
    /// (written to a temporary name and renamed; readable by the owner only).
    public func set(_ password: String, iterations: Int = PasswordFile.iterations) throws {
        let salt = Random.bytes(16)
        let hash = try Self.derive(password, salt: salt, iterations: iterations)
        let line = "pbkdf2-sha256$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))\n"
        let tmp = path + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(line.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: tmp])
        }
        guard rename(tmp, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    /// True when `password` is the one set; compared in constant time.
    public func check(_ password: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "$").map(String.init)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let n = Int(parts[1]), n > 0,
              let salt = Hex.decode(parts[2]), let expected = Hex.decode(parts[3]),
              let actual = try? Self.derive(password, salt: salt, iterations: n, length: expected.count) else { return false }
        return actual.count == expected.count && CRYPTO_memcmp(actual, expected, actual.count) == 0
    }

    static func derive(_ password: String, salt: [UInt8], iterations: Int, length: Int = 32) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: length)
        let utf8 = Array(password.utf8)
        let ok = utf8.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { chars in
                PKCS5_PBKDF2_HMAC(chars.baseAddress, Int32(chars.count), salt, Int32(salt.count), Int32(iterations),
                                  EVP_sha256(), Int32(length), &out)
            }
        }
        guard ok == 1 else { throw CocoaError(.featureUnsupported) }
        return out
    }
}
