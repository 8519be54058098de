import CandorRegex
@testable import CandorKit

/// A check type that exists only in the tests, to show that a new one is one type and one registry line
/// (`CheckTypeTests`): `shouting` flags a word written in capitals, at least `min` letters long (4 unless the
/// rule says), but the `allow`ed ones ("NASA").
struct ShoutingCheck: Check, CheckType {
    static let name = "shouting"
    static let keys: Set<String> = ["min", "allow"]

    let min: Int
    let allowed: Set<String>

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let min = try keys.int("min") ?? 4
        guard min > 0 else { throw keys.error("min", "a shouting rule's 'min' is at least 1") }
        return .post(ShoutingCheck(min: min, allowed: Set(try keys.strings("allow") ?? [])))
    }

    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String] {
        ["min: \(try keys.int("min") ?? 4)"]
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
            for range in ranges {
                var index = range.lowerBound
                while index < range.upperBound {
                    guard isLetter(buffer[index]) else { index += 1; continue }
                    let start = index
                    while index < range.upperBound, isLetter(buffer[index]) { index += 1 }
                    let word = String(decoding: buffer[start..<index], as: UTF8.self)
                    if word.count >= min, word.allSatisfy(\.isUppercase), !allowed.contains(word) {
                        emit(CheckMatch(range: start..<index, arguments: [word]))
                    }
                }
            }
        }
    }
}
