import Yams

/// Every YAML document candor reads (front matter, queues, rule files, configuration) is composed here, so
/// that none can be an alias bomb. Yams substitutes an alias by the node it names, so nine lines of anchors
/// each listing the last one ten times compose into a tree of a billion scalars that shares its branches:
/// cheap to build, but anything that walks it (metadata text, a list of tokens) never ends.
enum YAMLDocument {
    /// Values a document may expand to, aliases followed: a million, and ten per byte of a larger document.
    /// A document without aliases never comes near (a value takes at least a byte); merging a mapping of
    /// twenty keys into each post of a queue stays under a third of it.
    static func budget(forBytes bytes: Int) -> Int { 1_000_000 + 10 * bytes }

    /// `Yams.compose`, refusing a document whose aliases expand it past `budget(forBytes:)` with a composer
    /// error at the value where the count ran out.
    static func compose(_ yaml: String) throws -> Node? {
        // The basic resolver: candor reads every scalar as text, and the default one compiles a regular
        // expression per type on first use, a fifth of a one-post run.
        guard let document = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return nil }
        // An alias is written `*name`: without a `*` there is none, and no walk is needed.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return document }
        let budget = budget(forBytes: yaml.utf8.count)
        guard let past = firstValue(after: budget, in: document) else { return document }
        let problem = "aliases expand the document past \(budget) values"
        guard let mark = past.mark ?? document.mark else { throw YamlError.writer(problem: problem) }
        throw YamlError.composer(context: nil, problem: problem, mark, yaml: yaml)
    }

    /// The value, in document order with aliases followed, that comes after `count` others; nil when there
    /// are no more than `count` in all. Walks at most `count + 1` values, with a stack of its own.
    static func firstValue(after count: Int, in document: Node) -> Node? {
        var pending = [document]
        var seen = 0
        while let node = pending.popLast() {
            seen += 1
            if seen > count { return node }
            switch node {
            case .scalar, .alias:
                break
            case .sequence(let sequence):
                pending.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    pending.append(value)
                    pending.append(key)
                }
            }
        }
        return nil
    }
}
