import Foundation

/// A finished handout: the PDF and what is in it.
public struct PrintedHandout: Sendable {
    /// The PDF file's bytes.
    public var pdf: Data
    public var pageCount: Int
    /// How many offers it prints.
    public var offerCount: Int

    public init(pdf: Data, pageCount: Int, offerCount: Int) {
        self.pdf = pdf
        self.pageCount = pageCount
        self.offerCount = offerCount
    }
}
