/// Finds the rule a person named on the command line (`candor explain`): its id (`Candor.Jargon`), in any
/// case, or its short name (`Jargon`) when one active rule has it; else says which names are close.
public enum RuleLookup: Equatable {
    case found(id: String)
    /// The short name is several rules' (`Candor.Jargon`, `House.Jargon`).
    case ambiguous(ids: [String])
    /// No rule has the name; the ids of the close ones, closest first.
    case missing(nearMisses: [String])

    public static func find(_ name: String, in rules: [Rule]) -> RuleLookup {
        let ids = rules.map(\.id)
        if ids.contains(name) { return .found(id: name) }
        let lowered = name.lowercased()
        if let id = ids.first(where: { $0.lowercased() == lowered }) { return .found(id: id) }
        func short(_ id: String) -> String { id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? id }
        let exact = ids.filter { short($0) == name }
        let matching = exact.isEmpty ? ids.filter { short($0).lowercased() == lowered } : exact
        if matching.count == 1 { return .found(id: matching[0]) }
        if matching.count > 1 { return .ambiguous(ids: matching) }
        // Close to an id, or to a short name (then the typo has no pack: `Jargn`).
        let byShort = Dictionary(ids.map { (short($0), $0) }, uniquingKeysWith: { first, _ in first })
        let candidates = name.contains(".") ? ids : Array(byShort.keys)
        var seen: Set<String> = []
        let near = Spelling.nearMisses(of: name, among: candidates).compactMap { name.contains(".") ? $0 : byShort[$0] }
        return .missing(nearMisses: near.filter { seen.insert($0).inserted })
    }
}
