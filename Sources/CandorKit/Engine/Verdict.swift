/// How much a post sounds like a person talking to people (docs/score.md).
public enum Verdict: String, Sendable, CaseIterable {
    case broadcast, mixed, authentic
}
