import Foundation
import Testing
import TestSupport
@testable import Validation

/// The duplicate-key index answers like a dictionary of first lines, also once its memory
/// is full and keys go to its temporary file: the caps here are lowered so that a few
/// thousand keys get there (the default cap takes about 260,000).
@Suite struct DuplicateIndexTests {
    /// The table hands its keys to the file at about 1,500 keys; a generous filter.
    static let small = 48 << 10
    /// At 768 keys, with a filter so small that most new keys are read for in the file.
    static let tiny = 16 << 10

    /// Feeds the keys in order as rows from line 2 on, and returns the lines where the
    /// index's answer differs from a dictionary's (none expected), with the index.
    func differences(_ keys: [[String]], cap: Int, folder: String?) -> (lines: [Int], index: DuplicateIndex) {
        var index = DuplicateIndex(memoryCap: cap, folder: folder)
        var reference: [[String]: Int] = [:]
        var wrong: [Int] = []
        for (n, key) in keys.enumerated() {
            let line = n + 2
            let expected = reference[key]
            if expected == nil { reference[key] = line }
            if index.firstLine(of: hash(key), line: line) != expected { wrong.append(line) }
        }
        return (wrong, index)
    }

    /// A key of text cells, hashed as the duplicate check hashes a row's.
    func hash(_ key: [String]) -> UInt64 {
        var h = RowKeyHash()
        for part in key { h.add(.text(part)) }
        return h.value
    }

    func household(_ i: Int, unit: String = "Xã Vân Sơn") -> [String] {
        [unit, "Thôn \(i % 37)", "Nguyễn Văn \(i)", String(1940 + i % 60)]
    }

    @Test(arguments: [small, tiny])
    func allDistinctThenAllAgain(cap: Int) throws {
        let folder = try TemporaryFolder()
        var generator = SeededGenerator(seed: 1)
        let keys = (0..<6000).map { household($0) }
        let (wrong, index) = differences(keys + keys.shuffled(using: &generator), cap: cap, folder: folder.url.path)
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk > 4000)
    }

    @Test func everyRowTheSameKey() throws {
        let folder = try TemporaryFolder()
        let (wrong, index) = differences(Array(repeating: household(7), count: 5000), cap: Self.tiny, folder: folder.url.path)
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk == 0)
    }

    @Test func everyRowAfterTheFirstThousandsRepeatsAnEarlyOne() throws {
        let folder = try TemporaryFolder()
        let early = (0..<3000).map { household($0) }
        let keys = early + (0..<9000).map { early[($0 * 7) % 3000] }
        let (wrong, index) = differences(keys, cap: Self.tiny, folder: folder.url.path)
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk > 2000)
    }

    @Test(arguments: [small, tiny])
    func randomRepeatsMatchADictionary(cap: Int) throws {
        let folder = try TemporaryFolder()
        var generator = SeededGenerator(seed: 20240501)
        let keys = (0..<40_000).map { _ in household(Int.random(in: 0..<15_000, using: &generator)) }
        let (wrong, index) = differences(keys, cap: cap, folder: folder.url.path)
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk > 10_000)
    }

    /// Units alternating every row (the order that made a per-unit index slow), first with
    /// new households, then each row repeating the other unit's row of long ago.
    @Test(arguments: [small, tiny])
    func unitsAlternatingEveryRow(cap: Int) throws {
        let folder = try TemporaryFolder()
        let fresh = (0..<8000).map { household($0 / 2, unit: $0 % 2 == 0 ? "Xã Hữu Sản" : "Xã An Bá") }
        let again = (0..<8000).map { household($0 / 2, unit: $0 % 2 == 0 ? "Xã An Bá" : "Xã Hữu Sản") }
        let (wrong, index) = differences(fresh + again, cap: cap, folder: folder.url.path)
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk > 6000)
    }

    @Test func theFileIsGoneFromTheFolderWhileInUse() throws {
        let folder = try TemporaryFolder()
        var index = DuplicateIndex(memoryCap: Self.tiny, folder: folder.url.path)
        for i in 0..<5000 { _ = index.firstLine(of: hash(household(i)), line: i + 2) }
        #expect(index.keysOnDisk > 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
        #expect(index.firstLine(of: hash(household(3)), line: 9999) == 5)
    }

    /// The folder removed once the file is in it (a cleaner emptying the temporary folder):
    /// the file lives on, unlinked, but the larger file it grows into cannot be made, so its
    /// keys come back to memory, and the answers stay right.
    @Test func theFolderRemovedMidwayBringsTheKeysBackToMemory() throws {
        let parent = try TemporaryFolder()
        let folder = parent.path("keys")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        var index = DuplicateIndex(memoryCap: Self.tiny, folder: folder)
        var reference: [[String]: Int] = [:]
        var wrong: [Int] = []
        func feed(_ key: [String], line: Int) {
            let expected = reference[key]
            if expected == nil { reference[key] = line }
            if index.firstLine(of: hash(key), line: line) != expected { wrong.append(line) }
        }
        for i in 0..<1000 { feed(household(i), line: i + 2) }
        #expect(index.keysOnDisk > 0)
        try FileManager.default.removeItem(atPath: folder)
        for i in 1000..<8000 { feed(household(i % 2 == 0 ? i / 4 : i), line: i + 2) }
        #expect(wrong.isEmpty)
        #expect(index.keysOnDisk == 0)
    }

    /// A temporary folder that does not exist, or is a file: the keys stay in memory and
    /// the answers are the same.
    @Test func withoutAUsableFolderTheKeysStayInMemory() throws {
        let folder = try TemporaryFolder()
        let notAFolder = try folder.write("plain.txt", "not a folder")
        var generator = SeededGenerator(seed: 7)
        let keys = (0..<12_000).map { _ in household(Int.random(in: 0..<5000, using: &generator)) }
        for path in [folder.path("missing/deeper"), notAFolder] {
            let (wrong, index) = differences(keys, cap: Self.tiny, folder: path)
            #expect(wrong.isEmpty)
            #expect(index.keysOnDisk == 0)
        }
    }
}
