// Measures the XML parsers TongHop could stream a worksheet with, on one sheet's XML held
// in memory (so that only the parser is timed): FoundationXML's XMLParser, libxml2's SAX2
// push parser fed in 64 KiB chunks, and libxml2's xmlTextReader.
// Each counts cells and the bytes of their values, the least work a sheet reader does.
//   swiftc -O -I ../../Sources/CLibXML2 -Xcc -I/usr/include/libxml2 main.swift -o xmlparsers && ./xmlparsers sheet1.xml
import CLibXML2
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))

final class Counter { var cells = 0; var bytes = 0; var inValue = false }

final class Delegate: NSObject, XMLParserDelegate {
    let c = Counter()
    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if e == "c" { c.cells += 1 } else if e == "v" || e == "t" { c.inValue = true }
    }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        if e == "v" || e == "t" { c.inValue = false }
    }
    func parser(_ p: XMLParser, foundCharacters s: String) { if c.inValue { c.bytes += s.utf8.count } }
}

func foundation() -> (Int, Int) {
    let d = Delegate()
    let p = XMLParser(data: data)
    p.delegate = d
    _ = p.parse()
    return (d.c.cells, d.c.bytes)
}

func saxPush() -> (Int, Int) {
    let c = Counter()
    var sax = xmlSAXHandler()
    sax.initialized = UInt32(XML_SAX2_MAGIC)
    sax.startElementNs = { ctx, local, _, _, _, _, _, _, _ in
        let c = Unmanaged<Counter>.fromOpaque(ctx!).takeUnretainedValue()
        if local![0] == UInt8(ascii: "c") && local![1] == 0 { c.cells += 1 }
        else if (local![0] == UInt8(ascii: "v") || local![0] == UInt8(ascii: "t")) && local![1] == 0 { c.inValue = true }
    }
    sax.endElementNs = { ctx, local, _, _ in
        let c = Unmanaged<Counter>.fromOpaque(ctx!).takeUnretainedValue()
        if (local![0] == UInt8(ascii: "v") || local![0] == UInt8(ascii: "t")) && local![1] == 0 { c.inValue = false }
    }
    sax.characters = { ctx, _, n in
        let c = Unmanaged<Counter>.fromOpaque(ctx!).takeUnretainedValue()
        if c.inValue { c.bytes += Int(n) }
    }
    let ctxt = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(c).toOpaque(), nil, 0, nil)
    data.withUnsafeBytes { raw in
        var off = 0
        while off < raw.count {
            let n = min(65536, raw.count - off)
            xmlParseChunk(ctxt, raw.baseAddress!.advanced(by: off).assumingMemoryBound(to: CChar.self), Int32(n), 0)
            off += n
        }
        xmlParseChunk(ctxt, nil, 0, 1)
    }
    xmlFreeParserCtxt(ctxt)
    return (c.cells, c.bytes)
}

func textReader() -> (Int, Int) {
    var cells = 0, bytes = 0, inValue = false
    data.withUnsafeBytes { raw in
        let r = xmlReaderForMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, 0)
        while xmlTextReaderRead(r) == 1 {
            let type = xmlTextReaderNodeType(r)
            if type == 1 {
                let name = xmlTextReaderConstLocalName(r)!
                if name[0] == UInt8(ascii: "c") && name[1] == 0 { cells += 1 }
                else if (name[0] == UInt8(ascii: "v") || name[0] == UInt8(ascii: "t")) && name[1] == 0 { inValue = true }
            } else if type == 15 {
                inValue = false
            } else if type == 3 && inValue {
                bytes += strlen(xmlTextReaderConstValue(r)!)
            }
        }
        xmlFreeTextReader(r)
    }
    return (cells, bytes)
}

for (name, run) in [("FoundationXML XMLParser", foundation), ("libxml2 SAX2 push", saxPush), ("libxml2 xmlTextReader", textReader)] {
    var best = Double.infinity
    var result = (0, 0)
    for _ in 0..<3 {
        let t = Date()
        result = run()
        best = min(best, Date().timeIntervalSince(t))
    }
    print("\(name)\t\(String(format: "%.2f", best)) s\tcells \(result.0)\tvalue bytes \(result.1)")
}
