import Testing

@testable import CandorEntities

/// twitter-text's own conformance suite (extract.yml, tlds.yml and the weighted-length groups of validate.yml),
/// run case by case against the `x` platform.
@Suite("twitter-text conformance")
struct TwitterTextConformanceTests {
    private static func entities(_ text: String) -> Entities {
        EntityExtractor.extract(from: text, platform: .x)
    }

    // MARK: extract.yml

    @Test("mentions", arguments: try TwitterTextData.cases("extract.yml", "mentions") as [ConformanceCase<[String]>])
    func mentions(_ test: ConformanceCase<[String]>) {
        // The suite's `extractMentionedScreennames` leaves list mentions out.
        let names = Self.entities(test.text).mentions.map(\.value).filter { !$0.contains("/") }
        #expect(names == test.expected)
    }

    @Test(
        "mentions with indices",
        arguments: try TwitterTextData.cases("extract.yml", "mentions_with_indices")
            as [ConformanceCase<[ExpectedEntity]>])
    func mentionsWithIndices(_ test: ConformanceCase<[ExpectedEntity]>) {
        let mentions = Self.entities(test.text).mentions.filter { !$0.value.contains("/") }
        #expect(mentions.map { ExpectedEntity($0, in: test.text) } == test.expected)
    }

    @Test(
        "mentions or lists with indices",
        arguments: try TwitterTextData.cases("extract.yml", "mentions_or_lists_with_indices")
            as [ConformanceCase<[ExpectedEntity]>])
    func mentionsOrListsWithIndices(_ test: ConformanceCase<[ExpectedEntity]>) {
        let mentions = Self.entities(test.text).mentions
        #expect(mentions.map { ExpectedEntity($0, in: test.text, withListSlug: true) } == test.expected)
    }

    @Test("replies", arguments: try TwitterTextData.cases("extract.yml", "replies") as [ConformanceCase<String?>])
    func replies(_ test: ConformanceCase<String?>) {
        let entities = Self.entities(test.text)
        #expect(entities.isReply == (test.expected != nil))
        if let name = test.expected {
            #expect(entities.mentions.first?.value == name)
        }
    }

    @Test("urls", arguments: try TwitterTextData.cases("extract.yml", "urls") as [ConformanceCase<[String]>])
    func urls(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).urls.map(\.value) == test.expected)
    }

    @Test(
        "urls with indices",
        arguments: try TwitterTextData.cases("extract.yml", "urls_with_indices") as [ConformanceCase<[ExpectedEntity]>])
    func urlsWithIndices(_ test: ConformanceCase<[ExpectedEntity]>) {
        #expect(Self.entities(test.text).urls.map { ExpectedEntity($0, in: test.text) } == test.expected)
    }

    @Test(
        "urls with directional markers",
        arguments: try TwitterTextData.cases("extract.yml", "urls_with_directional_markers")
            as [ConformanceCase<[ExpectedEntity]>])
    func urlsWithDirectionalMarkers(_ test: ConformanceCase<[ExpectedEntity]>) {
        #expect(Self.entities(test.text).urls.map { ExpectedEntity($0, in: test.text) } == test.expected)
    }

    @Test(
        "t.co urls with params",
        arguments: try TwitterTextData.cases("extract.yml", "tco_urls_with_params") as [ConformanceCase<[String]>])
    func tcoURLsWithParams(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).urls.map(\.value) == test.expected)
    }

    @Test("hashtags", arguments: try TwitterTextData.cases("extract.yml", "hashtags") as [ConformanceCase<[String]>])
    func hashtags(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).hashtags.map(\.value) == test.expected)
    }

    @Test(
        "hashtags from astral",
        arguments: try TwitterTextData.cases("extract.yml", "hashtags_from_astral") as [ConformanceCase<[String]>])
    func hashtagsFromAstral(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).hashtags.map(\.value) == test.expected)
    }

    @Test(
        "hashtags with indices",
        arguments: try TwitterTextData.cases("extract.yml", "hashtags_with_indices")
            as [ConformanceCase<[ExpectedEntity]>])
    func hashtagsWithIndices(_ test: ConformanceCase<[ExpectedEntity]>) {
        #expect(Self.entities(test.text).hashtags.map { ExpectedEntity($0, in: test.text) } == test.expected)
    }

    @Test("cashtags", arguments: try TwitterTextData.cases("extract.yml", "cashtags") as [ConformanceCase<[String]>])
    func cashtags(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).cashtags.map(\.value) == test.expected)
    }

    @Test(
        "cashtags with indices",
        arguments: try TwitterTextData.cases("extract.yml", "cashtags_with_indices")
            as [ConformanceCase<[ExpectedEntity]>])
    func cashtagsWithIndices(_ test: ConformanceCase<[ExpectedEntity]>) {
        #expect(Self.entities(test.text).cashtags.map { ExpectedEntity($0, in: test.text) } == test.expected)
    }

    // MARK: tlds.yml

    @Test("country TLDs", arguments: try TwitterTextData.cases("tlds.yml", "country") as [ConformanceCase<[String]>])
    func countryTLDs(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).urls.map(\.value) == test.expected)
    }

    @Test("generic TLDs", arguments: try TwitterTextData.cases("tlds.yml", "generic") as [ConformanceCase<[String]>])
    func genericTLDs(_ test: ConformanceCase<[String]>) {
        #expect(Self.entities(test.text).urls.map(\.value) == test.expected)
    }

    // MARK: validate.yml, weighted length

    @Test(
        "weighted length, v2 configuration",
        arguments: try TwitterTextData.cases("validate.yml", "WeightedTweetsCounterTest")
            as [ConformanceCase<ExpectedWeight>])
    func weightedLengthV2(_ test: ConformanceCase<ExpectedWeight>) throws {
        let v2 = try TwitterTextData.configuration("v2.json")
        #expect(v2.weightedLength(of: test.text) == test.expected.weightedLength)
    }

    @Test(
        "weighted length, v3 configuration",
        arguments: try TwitterTextData.cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")
            as [ConformanceCase<ExpectedWeight>])
    func weightedLengthV3(_ test: ConformanceCase<ExpectedWeight>) {
        #expect(EntityExtractor.weightedLength(of: test.text, platform: .x) == test.expected.weightedLength)
    }

    @Test(
        "weighted length with directional markers",
        arguments: try TwitterTextData.cases("validate.yml", "UnicodeDirectionalMarkerCounterTest")
            as [ConformanceCase<ExpectedWeight>])
    func weightedLengthWithDirectionalMarkers(_ test: ConformanceCase<ExpectedWeight>) {
        #expect(EntityExtractor.weightedLength(of: test.text, platform: .x) == test.expected.weightedLength)
    }

    @Test("X weighs posts with twitter-text's v3 configuration; v1 weighs every code point 1")
    func configurations() throws {
        #expect(try TwitterTextData.configuration("v3.json") == .v3)
        let v1 = try TwitterTextData.configuration("v1.json")
        #expect(v1.weightedLength(of: "Hi http://test.co 😷 会") == 3 + 23 + 4)
    }
}
