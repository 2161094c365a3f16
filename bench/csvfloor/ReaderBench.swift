// Times CSVReader on a file: opening (size, SHA-256, encoding survey), scanning every record,
// and scanning while building every field's String. Built with -O by run.sh.
import CSVReading
#if canImport(Glibc)
import Glibc
#endif

func seconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

@main struct ReaderBench {
    static func main() throws {
        let path = CommandLine.arguments[1]
        let modes = CommandLine.arguments.count > 2 ? [CommandLine.arguments[2]] : ["scan", "fields"]
        for mode in modes {
            let t0 = seconds()
            let reader = try CSVReader(path: path)
            let t1 = seconds()
            var records = 0, fields = 0, chars = 0
            while try reader.next() {
                let record = reader.record
                records += 1
                fields += record.count
                if mode == "fields" {
                    for i in 0..<record.count { chars += record.field(i).utf8.count }
                }
            }
            let t2 = seconds()
            let mb = Double(reader.fileSize) / 1e6
            func rate(_ s: Double) -> String {
                "\(Int(Double(records) / s)) records/s, \(Int(mb / s)) MB/s"
            }
            print("swift \(mode): \(records) records, \(fields) fields, \(chars) chars; open \(milliseconds(t1 - t0));"
                + " records \(milliseconds(t2 - t1)) (\(rate(t2 - t1))); total \(milliseconds(t2 - t0)) (\(rate(t2 - t0)))")
        }
    }

    static func milliseconds(_ x: Double) -> String { String(Int(x * 1000)) + " ms" }
}
