import Foundation
import ZIPFoundation

/// The zip container of a workbook, read part by part within a budget of inflated bytes.
///
/// The sizes a zip's headers declare are never trusted: the bytes actually inflated are
/// counted as they come, and reading stops as soon as they pass the budget (`file-too-large`),
/// so a zip bomb costs at most the budget in time and nothing in memory.
final class WorkbookArchive {
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Inflated bytes still allowed for this workbook, all parts together.
    private var budget: Int
    private let limit: Int

    /// The first bytes of a zip and of an OLE compound file (Excel 97-2003, or an encrypted
    /// OOXML package, which Office wraps in one).
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    init(path: String, maxBytes: Int) throws(WorkbookReadError) {
        limit = maxBytes
        budget = maxBytes
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw WorkbookReadError(.ioError, "cannot open")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw WorkbookReadError(.tooLarge, "\(size) bytes, more than \(maxBytes)")
        }
        try WorkbookArchive.refuseCompoundFile(path: path)
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw WorkbookReadError(.invalid, "not a readable zip (\(error))")
        }
        try index()
    }

    private func index() throws(WorkbookReadError) {
        for entry in archive where entry.type == .file {
            // Part names are case-insensitive in OPC; a leading slash is not part of the name.
            let name = WorkbookArchive.normalised(entry.path)
            if entries[name] == nil { entries[name] = entry }
        }
        if entries.isEmpty { throw WorkbookReadError(.invalid, "empty or unreadable zip") }
    }

    static func normalised(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    func contains(_ part: String) -> Bool { entries[WorkbookArchive.normalised(part)] != nil }

    /// Streams one part's inflated bytes to `consume`, counting them against the budget and
    /// checking the CRC at the end. A missing part is `nil` when `optional`, else `xlsx-invalid`.
    @discardableResult
    func read(_ part: String, optional: Bool = false,
              consume: (UnsafeRawBufferPointer) throws(WorkbookReadError) -> Void) throws(WorkbookReadError) -> Bool {
        guard let entry = entries[WorkbookArchive.normalised(part)] else {
            if optional { return false }
            throw WorkbookReadError(.invalid, "part \(part) missing", kind: .notWorkbook)
        }
        var failure: WorkbookReadError?
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
                if data.count > self.budget {
                    failure = WorkbookReadError(.tooLarge, "inflates past \(self.limit) bytes")
                } else {
                    self.budget -= data.count
                    data.withUnsafeBytes { raw in
                        do throws(WorkbookReadError) { try consume(raw) } catch { failure = error }
                    }
                }
                if failure != nil { throw CancellationError() }
            }
        } catch {
            throw failure ?? WorkbookReadError(.invalid, "\(part): corrupt zip entry (\(error))")
        }
        if checksum != entry.checksum { throw WorkbookReadError(.invalid, "\(part): CRC mismatch") }
        return true
    }

    /// `EncryptedPackage` in UTF-16LE: the stream name Office gives an encrypted OOXML package.
    static let encryptedMarker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// An OLE compound file is an `.xls` of Excel 97-2003 or a password-protected workbook;
    /// neither is readable here, and each deserves its own message.
    private static func refuseCompoundFile(path: String) throws(WorkbookReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw WorkbookReadError(.ioError, "cannot open") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        guard head.starts(with: compoundFileMagic) else { return }
        let mapped = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        throw compoundFileError(encrypted: mapped?.range(of: encryptedMarker) != nil)
    }

    private static func compoundFileError(encrypted: Bool) -> WorkbookReadError {
        encrypted ? WorkbookReadError(.encrypted, "password-protected workbook")
            : WorkbookReadError(.invalid, "Excel 97-2003 compound file", kind: .legacyExcel)
    }
}
