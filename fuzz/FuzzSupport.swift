import Foundation

/// The readers take paths, so each input is written to one scratch file per process, in
/// memory (/dev/shm) where there is one: a disk write per run costs a tenth of the rate.
enum FuzzFile {
    static let path = (access("/dev/shm", W_OK) == 0 ? "/dev/shm/" : NSTemporaryDirectory()) + "tonghop-fuzz-\(getpid()).csv"

    static func write(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if size > 0 { _ = Foundation.write(fd, data, size) }
        close(fd)
        return path
    }
}
