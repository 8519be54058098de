/// A place in a document as LSP gives it: a line from 0 and a character offset from 0 in the negotiated
/// `PositionEncoding`.
public struct Position: Equatable, Comparable, Sendable {
    public let line: Int
    public let character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    /// From a `Position` object; nil when a field is missing or negative.
    init?(_ json: JSON?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0, character >= 0
        else { return nil }
        self.init(line: line, character: character)
    }

    var json: JSON { .object([("line", .int(line)), ("character", .int(character))]) }
}
