import CLibCrypto

/// SHA-256 (FIPS 180-4), streaming, for the `sha256` of every file in the report.
///
/// The system libcrypto does the work: it uses the CPU's SHA instructions where there are
/// any (about 1.4 GB/s here, seven times what plain Swift code reaches), so hashing a return
/// costs little next to reading it.
public struct SHA256: ~Copyable {
    private let context: OpaquePointer

    public init() {
        guard let context = EVP_MD_CTX_new() else { fatalError("libcrypto: out of memory for a digest context") }
        self.context = context
        SHA256.check(EVP_DigestInit_ex(context, EVP_sha256(), nil), "EVP_DigestInit_ex")
    }

    deinit { EVP_MD_CTX_free(context) }

    public mutating func update<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) != nil { return }
        Array(bytes).withUnsafeBytes { update($0) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        SHA256.check(EVP_DigestUpdate(context, base, bytes.count), "EVP_DigestUpdate")
    }

    /// The digest as 64 lower-case hex digits; the hash is finished and starts over empty.
    public mutating func hexDigest() -> String {
        var digest = [UInt8](repeating: 0, count: Int(tonghop_evp_max_md_size()))
        var length: UInt32 = 0
        SHA256.check(EVP_DigestFinal_ex(context, &digest, &length), "EVP_DigestFinal_ex")
        SHA256.check(EVP_DigestInit_ex(context, EVP_sha256(), nil), "EVP_DigestInit_ex")
        let hex = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(2 * Int(length))
        for byte in digest.prefix(Int(length)) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
        return out
    }

    public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var h = SHA256()
        h.update(bytes)
        return h.hexDigest()
    }

    /// libcrypto's digest calls fail only when memory or the SHA-256 provider is missing, which
    /// no caller could recover from.
    private static func check(_ result: Int32, _ call: String) {
        if result != 1 { fatalError("libcrypto: \(call) failed") }
    }
}
