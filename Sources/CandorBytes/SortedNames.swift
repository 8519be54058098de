/// A fixed list of names, sorted, searched by halves.
///
/// For a list written as a literal, such as the top-level domains: building it costs nothing, where a `Set`
/// hashes every name on first use. For the 1,500 domains that was 1.3 M instructions, a twentieth of a
/// one-post run's main thread, paid before the first URL could be scanned.
public struct SortedNames: Sendable {
    public let names: [String]

    /// `names` must be sorted by `<` (Unicode scalar values, for names already in NFC); a test checks the
    /// lists that ship.
    public init(_ names: [String]) {
        self.names = names
    }

    public var isSorted: Bool { zip(names, names.dropFirst()).allSatisfy { $0 < $1 } }

    @inlinable
    public func contains(_ name: String) -> Bool {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < names.count && names[low] == name
    }
}
