extension WorkbookArchive {
    /// Streams a part through an XML handler; `false` when an optional part is absent.
    @discardableResult
    func parse(_ part: String, optional: Bool = false, with handler: some XMLEventHandler) throws(WorkbookReadError) -> Bool {
        let stream = XMLStream(part: part, handler: handler)
        let found = try read(part, optional: optional) { (chunk) throws(WorkbookReadError) in try stream.feed(chunk) }
        if found { try stream.finish() }
        return found
    }
}
