import ArgumentParser

/// An enum argument whose raw values are the words typed on the command line.
///
/// ArgumentParser's defaults for such enums build a key path and print each case through reflection, every
/// time a command's arguments are set up; in a one-post `candor lint` that was a sixth of the main thread's
/// instructions. These give the same strings straight from the raw values.
protocol CaseArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CaseArgument {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    public var defaultValueDescription: String { rawValue }
}
