import CZipLevel

/// How hard the parts of an .xlsx file are deflated.
///
/// `standard` is what libxlsxwriter does on its own (zlib level 6). `fast` is zlib level 1:
/// files about 30 % larger, written in about half the compression time, for very large
/// months. It works by taking over the one minizip call in which libxlsxwriter fixes the
/// level (see `Sources/CZipLevel`), so it exists only where libxlsxwriter reaches minizip
/// through the dynamic linker, as on Debian; ``fastIsAvailable`` says whether it does here.
public enum Compression: String, Sendable, CaseIterable {
    case standard
    case fast

    /// Whether `fast` can be honoured by this program with the libraries it was linked to.
    public static var fastIsAvailable: Bool { tonghop_zip_level_available() != 0 }

    /// The zlib level handed to minizip, or nil to leave libxlsxwriter's own.
    var zlibLevel: Int32? {
        switch self {
        case .standard: return nil
        case .fast: return 1
        }
    }
}
