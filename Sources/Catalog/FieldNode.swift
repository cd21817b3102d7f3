import Foundation
import Yams

/// A parsed catalogue value with the line it stands on, from YAML or from a JSON Lines record.
///
/// Both file formats are turned into this one tree, so one `OfferReader` applies the same
/// rules to an offer whatever file it came from.
indirect enum FieldNode: Sendable {
    case scalar(String, line: Int)
    case list([FieldNode], line: Int)
    case map([(key: String, line: Int, value: FieldNode)], line: Int)
    case null(line: Int)

    var line: Int {
        switch self {
        case let .scalar(_, line), let .list(_, line), let .map(_, line), let .null(line): return line
        }
    }

    /// A Danish word for the kind of value, for messages.
    var kindName: String {
        switch self {
        case .scalar: return "en tekst"
        case .list: return "en liste"
        case .map: return "felter"
        case .null: return "tom"
        }
    }
}

extension FieldNode {
    /// Converts a composed YAML node; `firstLine` is used where Yams gives no mark.
    init(yaml node: Node, firstLine: Int = 1) throws(CatalogError) {
        let line = node.mark?.line ?? firstLine
        switch node {
        case let .scalar(scalar):
            if node.null != nil && scalar.style == .plain {
                self = .null(line: line)
            } else {
                self = .scalar(scalar.string, line: line)
            }
        case let .sequence(sequence):
            var items: [FieldNode] = []
            for item in sequence { items.append(try FieldNode(yaml: item, firstLine: line)) }
            self = .list(items, line: line)
        case let .mapping(mapping):
            var pairs: [(key: String, line: Int, value: FieldNode)] = []
            for (key, value) in mapping {
                guard case let .scalar(keyScalar) = key else {
                    throw CatalogError.syntax(line: key.mark?.line ?? line, message: "en nøgle skal være et ord")
                }
                pairs.append((keyScalar.string, key.mark?.line ?? line, try FieldNode(yaml: value, firstLine: line)))
            }
            self = .map(pairs, line: line)
        case .alias:
            throw CatalogError.syntax(line: line, message: "YAML-aliaser (*navn) bruges ikke i kataloget")
        }
    }
}
