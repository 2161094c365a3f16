import CXlsxWriter
import CZipLevel
import Foundation

/// An XLSX file being written: owns the libxlsxwriter workbook and everything in it.
///
/// ``close()`` writes the file. libxlsxwriter frees the workbook inside `workbook_close`
/// whether or not writing succeeded, so the handle is dropped before the result is checked;
/// a workbook released without `close()` is freed and nothing is written.
///
/// ## Topics
/// - ``Worksheet``, ``Format``, ``Chart``, ``XLSXError``
public final class Workbook {
    public struct Options: Sendable {
        /// Write each row out when the next begins: memory stays flat for large sheets, but rows
        /// must be written in order and merged ranges are not available.
        public var constantMemory: Bool
        /// Where libxlsxwriter keeps its temporary files.
        public var tmpdir: String?
        public var compression: Compression
        /// Threads that deflate the package at close; the bytes are the same whatever their
        /// number (``Workbook/deflateThreads``).
        public var deflateThreads: Int

        public init(constantMemory: Bool = false, tmpdir: String? = nil, compression: Compression = .standard,
                    deflateThreads: Int = Workbook.deflateThreads) {
            self.constantMemory = constantMemory
            self.tmpdir = tmpdir
            self.compression = compression
            self.deflateThreads = deflateThreads
        }
    }

    /// Document properties; `created` is written as given so that the same content gives the
    /// same bytes.
    public struct Properties: Sendable {
        public var title: String?
        public var subject: String?
        public var author: String?
        public var company: String?
        public var comments: String?
        public var created: Date

        public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                    comments: String? = nil, created: Date) {
            self.title = title
            self.subject = subject
            self.author = author
            self.company = company
            self.comments = comments
            self.created = created
        }
    }

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    public let path: String
    public let options: Options
    private var formats: [Format: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames = Set<String>()

    public init(path: String, options: Options = Options()) throws(XLSXError) {
        self.path = path
        self.options = options
        if options.compression.zlibLevel != nil && !Compression.fastIsAvailable {
            throw .compressionUnavailable(options.compression.rawValue)
        }
        var opts = lxw_workbook_options()
        opts.constant_memory = options.constantMemory ? 1 : 0
        let tmp = options.tmpdir.map { strdup($0) } ?? nil
        defer { free(tmp) }
        opts.tmpdir = tmp
        handle = workbook_new_opt(path, &opts)
        guard handle != nil else {
            throw .library(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), text: "cannot create the workbook", context: path)
        }
    }

    deinit {
        if let h = handle { lxw_workbook_free(h) }
    }

    /// Whether the workbook can still be written to (not yet closed).
    var isOpen: Bool { handle != nil }

    func live() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let h = handle else { throw .closed }
        return h
    }

    public func setProperties(_ p: Properties) throws(XLSXError) {
        let wb = try live()
        var props = lxw_doc_properties()
        let strings = [p.title, p.subject, p.author, p.company, p.comments].map { $0.map { strdup($0) } ?? nil }
        defer { strings.forEach { free($0) } }
        props.title = strings[0]
        props.subject = strings[1]
        props.author = strings[2]
        props.company = strings[3]
        props.comments = strings[4]
        props.created = time_t(p.created.timeIntervalSince1970)
        try XLSXError.check(workbook_set_properties(wb, &props), "document properties")
    }

    /// Adds a worksheet; the name must follow Excel's rules.
    public func addWorksheet(_ name: String) throws(XLSXError) -> Worksheet {
        let wb = try live()
        try Workbook.validate(sheetName: name)
        guard sheetNames.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
        try XLSXError.check(workbook_validate_sheet_name(wb, name), "sheet name '\(name)'")
        guard let ws = workbook_add_worksheet(wb, name) else {
            throw .library(code: 0, text: "worksheet not created", context: "sheet '\(name)'")
        }
        return Worksheet(handle: ws, name: name, workbook: self)
    }

    static func validate(sheetName name: String) throws(XLSXError) {
        if name.isEmpty { throw .invalidSheetName(name, reason: "is empty") }
        if name.count > ExcelLimits.sheetNameCharacters {
            throw .invalidSheetName(name, reason: "exceeds Excel's limit of 31 characters")
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw .invalidSheetName(name, reason: "contains the character '\(bad)' Excel forbids")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(name, reason: "starts or ends with an apostrophe")
        }
    }

    /// The C format for a value, made once per distinct value.
    func format(_ f: Format?) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        guard let f else { return nil }
        if let existing = formats[f] { return existing }
        guard let made = workbook_add_format(try live()) else {
            throw .library(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), text: "cannot create a format", context: "format")
        }
        f.apply(to: made)
        formats[f] = made
        return made
    }

    /// A format made ready for writing many cells: looked up once, not hashed on every cell.
    public func prepare(_ f: Format) throws(XLSXError) -> PreparedFormat {
        PreparedFormat(pointer: try format(f), workbook: ObjectIdentifier(self))
    }

    /// Numbers `formats` in the file now, in this order. libxlsxwriter numbers a format (its
    /// `xf` index in styles.xml) when the first cell using it is written out, so two writers
    /// filling the same sheets in a different order (rows streamed while returns are read, or
    /// from the spool afterwards) would otherwise give different bytes for the same workbook.
    public func pin(_ formats: [Format]) throws(XLSXError) {
        for f in formats {
            if let p = try format(f) { _ = lxw_format_get_xf_index(p) }
        }
    }

    public func addChart(_ kind: Chart.Kind) throws(XLSXError) -> Chart {
        guard let c = workbook_add_chart(try live(), kind.type) else {
            throw .library(code: 0, text: "chart not created", context: "chart")
        }
        return Chart(handle: c, workbook: self)
    }

    /// A workbook-wide name, e.g. for a list of allowed values on a hidden sheet.
    public func defineName(_ name: String, formula: String) throws(XLSXError) {
        try XLSXError.check(workbook_define_name(try live(), name, formula), "defined name '\(name)'")
    }

    /// One per core, up to 8: libxlsxwriter deflates the package on the closing thread alone,
    /// which for a sheet of a million rows is most of a build's last second. The parts are cut
    /// in 1 MiB blocks deflated side by side (`Sources/CZipLevel/blocked_deflate.c`); 0 where
    /// libxlsxwriter's minizip calls cannot be taken over, and zlib then deflates as usual.
    public static let deflateThreads = tonghop_blocked_deflate_available() != 0
        ? min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) : 0

    /// Writes the file. After this the workbook cannot be used.
    ///
    /// libxlsxwriter deflates the whole package inside `workbook_close`, on this thread, so a
    /// chosen compression level and the deflate threads are set for this thread around that
    /// call alone.
    public func close() throws(XLSXError) {
        guard let h = handle else { throw .closed }
        handle = nil
        let level = options.compression.zlibLevel
        if let level { tonghop_zip_level_set(level) }
        tonghop_blocked_deflate_set(Int32(options.deflateThreads))
        defer { tonghop_blocked_deflate_set(0) }
        // libxlsxwriter prints its own English "[ERROR] …" lines on stderr; the error it returns
        // is reported by the caller in the user's language instead.
        let (result, systemError) = StandardError.silenced {
            // File and zip failures (a full disk, a vanished folder) leave the reason in errno only.
            (workbook_close(h), errno)
        }
        let leveled = tonghop_zip_level_entries()
        if level != nil { tonghop_zip_level_set(-1) }
        let fileFailures = LXW_ERROR_CREATING_XLSX_FILE.rawValue...LXW_ERROR_ZIP_CLOSE.rawValue
        let reason = fileFailures.contains(result.rawValue) && systemError != 0 ? " (\(String(cString: strerror(systemError))))" : ""
        try XLSXError.check(result, "writing \(path)\(reason)")
        if level != nil && leveled == 0 { throw .compressionUnavailable(options.compression.rawValue) }
    }
}
