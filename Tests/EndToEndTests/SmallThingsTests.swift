import Foundation
import Testing
import TestSupport

/// The small things a clerk notices on the second day (issue: paths written the Windows way,
/// templates overwritten, a silent terminal, options that do nothing).
@Suite struct SmallThingsTests {
    @Test func aWindowsStylePathGetsAHintToUseSlashes() throws {
        let samples = Fixtures.repository.appendingPathComponent("samples").path
        let run = try TongHopBinary.run(["check", "2024-05\\07648-vinh-an"], in: URL(fileURLWithPath: samples))
        #expect(run.status == 2)
        #expect(run.stderr.contains("2024-05/07648-vinh-an"), "\(run.stderr)")
        let en = try TongHopBinary.run(["check", "2024-05\\07648-vinh-an", "--lang", "en"], in: URL(fileURLWithPath: samples))
        #expect(en.stderr.contains("use /"), "\(en.stderr)")
    }

    @Test(arguments: [["build", Fixtures.folder.appendingPathComponent("month").path, "--period", "2024-05"], ["template"]])
    func anOutputFolderWrittenWithBackslashesIsRefused(_ command: [String]) throws {
        let here = try TemporaryFolder()
        let run = try TongHopBinary.run(command + ["--out", "KetQua\\Thang5"], in: here.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("KetQua/Thang5"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: here.url.path).isEmpty)
    }

    @Test func templateKeepsAFilledFormUnlessForced() throws {
        let here = try TemporaryFolder()
        let first = try TongHopBinary.run(["template", "--out", "mb", "--quiet"], in: here.url)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try TongHopBinary.run(["template", "--out", "mb", "--quiet"], in: here.url)
        #expect(again.status == 0, "unchanged templates are simply written again: \(again.stderr)")
        let filled = here.url.appendingPathComponent("mb/NO01.xlsx")
        let clerkWork = Data("a workbook the commune filled in".utf8)
        try clerkWork.write(to: filled)
        let refused = try TongHopBinary.run(["template", "--out", "mb"], in: here.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("NO01.xlsx") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try Data(contentsOf: filled) == clerkWork)
        let forced = try TongHopBinary.run(["template", "--out", "mb", "--force", "--quiet"], in: here.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: filled) != clerkWork)
    }

    @Test func aTerminalSeesEachWorkbookBeingWritten() throws {
        let out = try TemporaryFolder()
        let month = Fixtures.folder.appendingPathComponent("month").path
        // `script` gives the run a terminal, as a clerk's window is.
        let command = "'\(TongHopBinary.url.path)' build '\(month)' --period 2024-05 --out '\(out.url.path)'"
        let run = try TongHopBinary.run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(run.status == 0, "\(run.output)")
        for area in ["dat-dai.xlsx", "rung.xlsx", "nha-o.xlsx", "ocop.xlsx", "nuoc.xlsx"] {
            #expect(run.output.contains(area), "no stage line for \(area): \(run.output)")
        }
    }

    @Test func modelWithAFormPrintsThatFormOnly() throws {
        let text = try TongHopBinary.run(["model", "--form", "NO01"])
        #expect(text.status == 0)
        #expect(text.output.contains("NO01"))
        for other in ["DD01", "LN02", "NS01"] { #expect(!text.output.contains("\(other) —"), "\(other) printed") }
        let json = try TongHopBinary.run(["model", "--form", "no01", "--format", "json"])
        #expect(json.json?["code"] as? String == "NO01")
    }

    @Test func templateAndModelListOnlyTheOptionsTheyUse() throws {
        let reading = ["--encoding", "--delimiter", "--max-file-size", "--max-cell-length"]
        for command in ["template", "model"] {
            let help = try TongHopBinary.run([command, "--help"])
            #expect(help.status == 0)
            for option in reading { #expect(!help.output.contains(option), "\(command) lists \(option)") }
            let refused = try TongHopBinary.run([command, "--encoding", "utf-8"])
            #expect(refused.status == 2, "\(command) --encoding: \(refused.stderr)")
        }
        let check = try TongHopBinary.run(["check", "--help"])
        for option in reading { #expect(check.output.contains(option), "check does not list \(option)") }
    }
}
