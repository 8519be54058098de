/// candor's `feed` check type: a formula and condition over the variables of the whole run of posts
/// (`FeedSummary`), which the linter tests once, after the last post. It reads no single post, so it has no
/// `Check`: its rule's body is `Rule.Body.feed`.
enum FeedCheck: CheckType {
    static let name = "feed"
    static let keys: Set<String> = ["formula", "condition"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let (formula, condition) = try MetricCheck.formulaAndCondition(
            &keys, of: name, isVariable: FeedSummary.isKnown, known: FeedSummary.names)
        return .feed(formula: formula, condition: condition)
    }

    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String] {
        try MetricCheck.details(&keys)
    }
}
