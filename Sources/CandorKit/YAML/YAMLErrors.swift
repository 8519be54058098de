import Yams

/// Turns Yams' parse errors into candor's one-line, file:line:column errors.
enum YAMLErrors {
    static func inputError(_ error: YamlError, path: String, firstLine: Int = 1) -> InputError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, plain(problem)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return InputError(path: path, line: firstLine + mark.line - 1, column: mark.column, message: "invalid YAML: \(what)")
        case .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return InputError(path: path, line: firstLine + mark.line - 1, column: mark.column, message: "invalid YAML: \(what)")
        default:
            return InputError(path: path, line: firstLine, message: "invalid YAML: \(error)")
        }
    }

    /// libyaml's problem in a reader's words: its message for its nesting limit (1000) names its C API.
    private static func plain(_ problem: String) -> String {
        problem.hasPrefix("Maximum nesting level reached") ? "nested more than 1000 levels deep" : problem
    }
}
