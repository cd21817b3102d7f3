import Yams

/// Turns libyaml's English errors into a line and a Danish message an editor can act on.
enum YAMLProblem {
    static func describe(_ error: YamlError) -> (line: Int, message: String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (mark.line, "YAML-fejl: \(danish(problem)) (kolonne \(mark.column))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "feltet '\(duplicates.joined(separator: "', '"))' står to gange")
        case let .reader(problem, _, _, _):
            return (1, "filen kan ikke læses: \(problem)")
        default:
            return (1, "YAML-fejl: \(error)")
        }
    }

    private static func danish(_ problem: String) -> String {
        let known = [
            "mapping values are not allowed in this context": "et ':' står et sted, hvor det ikke må (sæt teksten i anførselstegn)",
            "found character that cannot start any token": "et tegn her kan ikke starte en værdi (sæt teksten i anførselstegn)",
            "did not find expected key": "forventede et nyt felt (tjek indrykningen)",
            "found unexpected end of stream": "filen slutter midt i en værdi (mangler et anførselstegn?)",
            "did not find expected ',' or ']'": "en liste i [ ] er ikke lukket",
            "did not find expected '-' indicator": "forventede et listepunkt med '-' (tjek indrykningen)",
            "found unknown escape character": "ukendt escape-tegn efter \\",
            "could not find expected ':'": "mangler ':' efter feltnavnet",
        ]
        return known[problem] ?? problem
    }
}
