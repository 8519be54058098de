// Placeholder until the twitter-text conformant extractor lands (issue: platform-aware entities).
public enum EntityExtractor {
    public static func extract(from text: String, platform: Platform) -> Entities {
        Entities(all: [], isReply: false)
    }

    public static func weightedLength(of text: String, platform: Platform) -> Int {
        text.unicodeScalars.count
    }
}
