import Foundation
import Testing
import Yams

@testable import CandorEntities

/// twitter-text's conformance files and configurations, as copied into Resources/twitter-text.
enum TwitterTextData {
    static let directory = Bundle.module.url(forResource: "Resources", withExtension: nil)!
        .appendingPathComponent("twitter-text")

    struct MissingGroup: Error {
        let file: String
        let group: String
    }

    /// The cases of one group (`tests.<group>`) of a conformance file, in file order.
    static func cases<Expected>(_ file: String, _ group: String) throws -> [ConformanceCase<Expected>] {
        let yaml = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        guard let node = try Yams.compose(yaml: yaml)?["tests"]?[group] else {
            throw MissingGroup(file: file, group: group)
        }
        return try YAMLDecoder().decode([ConformanceCase<Expected>].self, from: node)
    }

    static func configuration(_ file: String) throws -> TwitterTextConfiguration {
        let json = try Data(contentsOf: directory.appendingPathComponent(file))
        return try JSONDecoder().decode(TwitterTextConfiguration.self, from: json)
    }
}

/// One conformance case; a failing one is reported by its description.
struct ConformanceCase<Expected: Decodable & Sendable>: Decodable, Sendable, CustomTestStringConvertible {
    let description: String
    let text: String
    let expected: Expected

    var testDescription: String { description }
}

/// An expected entity with its indices, in Unicode code points as the suite counts them.
struct ExpectedEntity: Decodable, Sendable, Equatable, CustomStringConvertible {
    let value: String
    let listSlug: String?
    let indices: [Int]

    private enum CodingKeys: String, CodingKey {
        case screenName = "screen_name", hashtag, url, cashtag, listSlug = "list_slug", indices
    }

    init(value: String, listSlug: String?, indices: [Int]) {
        self.value = value
        self.listSlug = listSlug
        self.indices = indices
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let keys: [CodingKeys] = [.screenName, .hashtag, .url, .cashtag]
        guard let key = keys.first(where: container.contains) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no value"))
        }
        value = try container.decode(String.self, forKey: key)
        listSlug = try container.decodeIfPresent(String.self, forKey: .listSlug)
        indices = try container.decode([Int].self, forKey: .indices)
    }

    /// The entity as the suite would state it: code-point indices, and a mention's list slug apart.
    init(_ entity: Entity, in text: String, withListSlug: Bool = false) {
        let bytes = Array(text.utf8)
        let codePoints = { (offset: Int) in String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count }
        let slash = entity.value.firstIndex(of: "/")
        self.init(
            value: withListSlug ? String(entity.value[..<(slash ?? entity.value.endIndex)]) : entity.value,
            listSlug: withListSlug ? slash.map { String(entity.value[$0...]) } ?? "" : nil,
            indices: [codePoints(entity.range.lowerBound), codePoints(entity.range.upperBound)])
    }

    var description: String { "\(value)\(listSlug ?? "") \(indices)" }
}

/// The part of a weighted-length case that `weightedLength` answers.
struct ExpectedWeight: Decodable, Sendable {
    let weightedLength: Int
}
