import CandorBytes

/// A rule's message cut once into its text and its `%s` and `%[n]s` slots (Vale formats messages with Go's
/// `fmt.Sprintf`, so Vale styles use both), so that a finding's message is a few appends. Formatting each
/// finding's message from the template, byte by byte, cost 6,500 instructions a finding.
struct MessageTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        /// `%s`: the argument after the last one used.
        case next
        /// `%[n]s`: argument n, counting from 1; a `%s` after it takes argument n + 1.
        case argument(Int)
    }

    private let pieces: [Piece]
    /// The same with the quotes around the first `'%s'` (or `'%[1]s'`) dropped, for a first argument that
    /// brings its own quotes (a list of suggestions: `'a' or 'b'`).
    private let unquotedPieces: [Piece]

    init(_ message: String) {
        let template = Array(message.utf8)
        pieces = Self.pieces(of: template, dropping: [])
        if let quoted = ByteSearch.firstRange(of: Array("'%s'".utf8), in: template)
            ?? ByteSearch.firstRange(of: Array("'%[1]s'".utf8), in: template) {
            unquotedPieces = Self.pieces(of: template, dropping: [quoted.lowerBound, quoted.upperBound - 1])
        } else {
            unquotedPieces = pieces
        }
    }

    func render(_ arguments: [String], firstArgumentQuoted: Bool = false) -> String {
        let pieces = firstArgumentQuoted ? unquotedPieces : pieces
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var result = ""
        var next = 0
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .next:
                if next < arguments.count { result += arguments[next] }
                next += 1
            case .argument(let position):
                if position >= 1, position <= arguments.count { result += arguments[position - 1] }
                next = position
            }
        }
        return result
    }

    /// The template's text and slots in order; the bytes at `dropping` are left out. A `%` that starts no
    /// slot is text.
    private static func pieces(of template: [UInt8], dropping: [Int]) -> [Piece] {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        func slot(_ piece: Piece) {
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll()
            pieces.append(piece)
        }
        let percent = UInt8(ascii: "%")
        var index = 0
        while index < template.count {
            let byte = template[index]
            if dropping.contains(index) {
                index += 1
            } else if byte == percent, index + 1 < template.count, template[index + 1] == UInt8(ascii: "s") {
                slot(.next)
                index += 2
            } else if byte == percent, index + 1 < template.count, template[index + 1] == UInt8(ascii: "["),
                      let close = template[(index + 2)...].firstIndex(of: UInt8(ascii: "]")),
                      close + 1 < template.count, template[close + 1] == UInt8(ascii: "s"),
                      let position = Int(String(decoding: template[(index + 2)..<close], as: UTF8.self)) {
                slot(.argument(position))
                index = close + 2
            } else {
                text.append(byte)
                index += 1
            }
        }
        if !text.isEmpty || pieces.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
        return pieces
    }
}
