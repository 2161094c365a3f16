/// Which hashes the index file may hold: a Bloom filter of a size fixed when the file is
/// made, so that a new key (most keys of a large file) is told apart from the file's keys
/// without reading the file. It never misses a hash it was given; the more the file holds,
/// the more often it says "maybe" for a hash it was not given (four probes over 8 bits a
/// key: about 2.4 %), and each "maybe" costs one read of the file.
struct DuplicateIndexFilter {
    private var words: [UInt64]

    static let probes = 4

    init(bits: Int) {
        words = Array(repeating: 0, count: max(8, bits / 512 * 8))
    }

    mutating func insert(_ hash: UInt64) {
        var (block, bits) = Self.probe(hash, blocks: words.count / 8)
        for _ in 0..<Self.probes {
            words[block + Int(bits >> 61)] |= 1 << ((bits >> 55) & 63)
            bits <<= 9
        }
    }

    func mayContain(_ hash: UInt64) -> Bool {
        var (block, bits) = Self.probe(hash, blocks: words.count / 8)
        for _ in 0..<Self.probes {
            if words[block + Int(bits >> 61)] & (1 << ((bits >> 55) & 63)) == 0 { return false }
            bits <<= 9
        }
        return true
    }

    /// The first word of the hash's block of 512 bits (one cache line, so a lookup costs one
    /// cache miss, not four), and the bits that choose its four bits there, 9 to a probe
    /// (the word, then the bit), from the top. Both come from a remix of the hash: the file
    /// and the memory table place entries by the hash's top bits, which the filter must not
    /// follow.
    private static func probe(_ hash: UInt64, blocks: Int) -> (block: Int, bits: UInt64) {
        var z = hash
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        z ^= z >> 31
        let block = Int(truncatingIfNeeded: z.multipliedFullWidth(by: UInt64(blocks)).high) * 8
        return (block, z &* 0x9E3779B97F4A7C15)
    }
}
