import CandorKit

enum ColorChoice: String, CaseArgument {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        // NO_COLOR set to anything but nothing turns colour off (no-color.org).
        case .auto: Output.isTerminal && (Environment.process.value("NO_COLOR") ?? "").isEmpty
        }
    }
}
