/// The ages an offer is for; a missing bound is open.
public struct AgeRange: Sendable, Hashable, Codable {
    public var from: Int?
    public var to: Int?

    public init(from: Int? = nil, to: Int? = nil) {
        self.from = from
        self.to = to
    }

    /// `fra <= age <= til`, where a missing bound does not limit.
    public func contains(_ age: Int) -> Bool {
        (from.map { $0 <= age } ?? true) && (to.map { age <= $0 } ?? true)
    }

    public var isOpen: Bool { from == nil && to == nil }

    /// Danish wording, e.g. "75 år og ældre", "4-12 år"; "alle aldre" for an open range, which
    /// faces show only where the catalogue states it (see `isOpen`): no stated age is not all ages.
    public var label: String {
        switch (from, to) {
        case (nil, nil): return "alle aldre"
        case let (f?, nil): return "\(f) år og ældre"
        case let (nil, t?): return "op til \(t) år"
        case let (f?, t?): return f == t ? "\(f) år" : "\(f)-\(t) år"
        }
    }

    enum CodingKeys: String, CodingKey {
        case from = "fra", to = "til"
    }
}
