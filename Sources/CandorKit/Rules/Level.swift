/// How serious a finding is, as Vale names it. Ordered: `suggestion < warning < error`.
public enum Level: String, Sendable, CaseIterable, Comparable, Codable {
    case suggestion, warning, error

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .suggestion: 0
        case .warning: 1
        case .error: 2
        }
    }
}
