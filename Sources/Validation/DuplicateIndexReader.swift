/// The entries of an index file in slot order, so in hash order, read a block at a time:
/// how the file is copied into a larger one, and read back after a failed write.
struct DuplicateIndexReader {
    private let fd: Int32
    /// Slots past this are free.
    private let extent: Int
    private let blockSlots: Int
    private var block = DuplicateIndexSlots()
    private var blockStart = 0
    private var i = 0

    init(fd: Int32, extent: Int, blockSlots: Int) {
        self.fd = fd
        self.extent = extent
        self.blockSlots = blockSlots
    }

    mutating func next() -> (slot: Int, hash: UInt64, line: UInt32)? {
        while true {
            if i == block.count {
                blockStart += block.count
                guard blockStart < extent else { return nil }
                block.removeAll()
                block.append(min(blockSlots, extent - blockStart), from: fd, at: blockStart)
                i = 0
            }
            i += 1
            let hash = block.hash(i - 1)
            if hash != 0 { return (blockStart + i - 1, hash, block.line(i - 1)) }
        }
    }
}
