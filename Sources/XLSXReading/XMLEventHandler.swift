import CLibXML2
import Foundation

/// What a part's parser does with the events of its XML, as they come.
///
/// Names are local names (a prefix such as `x:` is dropped); pointers are valid only during
/// the call. A handler refuses input by returning a ``WorkbookReadError`` from ``failure``.
protocol XMLEventHandler: AnyObject {
    func start(_ name: XMLName, _ attributes: XMLAttributes)
    func end(_ name: XMLName)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Set by the handler to stop the parse; the stream throws it.
    var failure: WorkbookReadError? { get set }
}
