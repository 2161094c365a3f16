import CLibXML2
import Foundation

/// A streaming (SAX2 push) parse of one XML part with libxml2: bytes go in chunk by chunk as
/// the zip entry inflates, events come out, nothing is kept. Memory stays flat whatever the
/// size of the sheet.
///
/// A document type declaration is refused outright (`xlsx-invalid`): OOXML has none, and a
/// DTD is how entity expansion attacks ("billion laughs", external entities) get in. The
/// network is never used.
final class XMLStream {
    private let context: xmlParserCtxtPtr
    private unowned let handler: any XMLEventHandler
    private let part: String

    init(part: String, handler: any XMLEventHandler) {
        self.handler = handler
        self.part = part
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { ctx, local, _, _, _, _, count, _, attributes in
            guard let ctx, let local else { return }
            let stream = Unmanaged<XMLStream>.fromOpaque(ctx).takeUnretainedValue()
            stream.handler.start(XMLName(pointer: local), XMLAttributes(base: attributes, count: Int(count)))
            if stream.handler.failure != nil { xmlStopParser(stream.context) }
        }
        sax.endElementNs = { ctx, local, _, _ in
            guard let ctx, let local else { return }
            let stream = Unmanaged<XMLStream>.fromOpaque(ctx).takeUnretainedValue()
            stream.handler.end(XMLName(pointer: local))
            if stream.handler.failure != nil { xmlStopParser(stream.context) }
        }
        let characters: charactersSAXFunc = { ctx, bytes, length in
            guard let ctx, let bytes else { return }
            let stream = Unmanaged<XMLStream>.fromOpaque(ctx).takeUnretainedValue()
            stream.handler.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
            if stream.handler.failure != nil { xmlStopParser(stream.context) }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<XMLStream>.fromOpaque(ctx).takeUnretainedValue().refuse("document type declaration")
        }
        sax.entityDecl = { ctx, _, _, _, _, _ in
            guard let ctx else { return }
            Unmanaged<XMLStream>.fromOpaque(ctx).takeUnretainedValue().refuse("entity declaration")
        }
        // Errors are read from the parse's result, not printed on standard error.
        sax.serror = { _, _ in }
        context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(context, options)
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        xmlFreeDoc(context.pointee.myDoc)
        xmlFreeParserCtxt(context)
    }

    private func refuse(_ what: String) {
        if handler.failure == nil { handler.failure = WorkbookReadError(.invalid, "\(part): \(what) refused") }
        xmlStopParser(context)
    }

    /// Parses the next chunk; `last` ends the document.
    func feed(_ chunk: UnsafeRawBufferPointer, last: Bool = false) throws(WorkbookReadError) {
        var offset = 0
        repeat {
            // libxml2 takes an Int32 length; inflated chunks are far smaller, but never trust it.
            let n = min(chunk.count - offset, 1 << 24)
            let base = chunk.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
            let status = xmlParseChunk(context, base, Int32(n), last && offset + n == chunk.count ? 1 : 0)
            if let failure = handler.failure { throw failure }
            if status != 0 || context.pointee.wellFormed == 0 {
                let error = xmlCtxtGetLastError(context)
                let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
                let line = error.map { Int($0.pointee.line) } ?? 0
                throw WorkbookReadError(.invalid, "\(part): XML line \(line): \(message)")
            }
            offset += n
        } while offset < chunk.count
    }

    /// Ends the document; an unfinished one is `xlsx-invalid`.
    func finish() throws(WorkbookReadError) {
        try feed(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
    }
}
