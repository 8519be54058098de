import Testing
@testable import CandorEntities

/// A platform is a case and its profile (`PlatformProfile`): every name a user may write, every list of them
/// in help and errors, and how its posts are read come from there. Each test runs over every case, so a new
/// platform is checked by adding it. `PlatformUseTests` (CandorKitTests) checks where the library reads them.
struct PlatformTests {
    @Test func everyPlatformHasAProfile() {
        for platform in Platform.allCases {
            let profile = platform.profile
            #expect(!profile.displayName.isEmpty, "\(platform)")
            #expect(profile.limit > 0, "\(platform)")
            #expect(platform.limit == profile.limit && platform.displayName == profile.displayName)
            #expect(profile.aliases.allSatisfy { $0 == $0.lowercased() && Platform(rawValue: $0) == nil }, "\(platform)")
        }
        // No name means two platforms.
        let names = Platform.allCases.flatMap { [$0.rawValue] + $0.profile.aliases }
        #expect(Set(names).count == names.count)
    }

    @Test func everyNameAndAliasIsKnownInAnyCase() {
        for platform in Platform.allCases {
            for name in [platform.rawValue] + platform.profile.aliases {
                #expect(Platform(named: name) == platform)
                #expect(Platform(named: " \(name.uppercased()) ") == platform)
            }
        }
        #expect(Platform(named: "twitter") == .x)
        #expect(Platform(named: "myspace") == nil)
    }

    /// The lists users read are made from the cases, in their order, each alias beside its platform.
    @Test func theListsOfNamesComeFromTheCases() {
        let listed = Platform.allCases.map { platform in
            platform.profile.aliases.isEmpty ? platform.rawValue : "\(platform.rawValue) (or \(platform.profile.aliases.joined(separator: ", ")))"
        }
        #expect(Platform.knownNames == listed.joined(separator: ", "))
        #expect(Platform.knownNames == "x (or twitter), mastodon, bluesky, threads, linkedin")
        #expect(Platform.caseNames == Platform.allCases.map(\.rawValue).joined(separator: ", "))
        for platform in Platform.allCases {
            #expect(Platform.knownNames.contains(platform.rawValue))
        }
    }

    /// The profile is what extraction and measuring read.
    @Test func eachProfileSaysHowItsPostsAreRead() {
        for platform in Platform.allCases {
            let profile = platform.profile
            let cashtags = EntityExtractor.extract(from: "Buy $ACME today", platform: platform).cashtags
            #expect(cashtags.count == (profile.cashtags ? 1 : 0), "\(platform)")
            let urls = EntityExtractor.extract(from: "See example.com now", platform: platform).urls
            #expect(urls.count == (profile.urlsNeedScheme ? 0 : 1), "\(platform)")
            // A remote mention (`@user@host`) is Mastodon's; on every platform a post that opens with a mention is a reply.
            let remote = EntityExtractor.extract(from: "Hi @ana@example.social", platform: platform).mentions.map(\.value)
            #expect(remote.contains("ana@example.social") == (profile.mentions == .mastodon), "\(platform)")
            #expect(EntityExtractor.extract(from: "@ana thanks", platform: platform).isReply, "\(platform)")
            // twitter-text's mentions take a whole handle only where the profile says so.
            if case .twitterText(let domainHandles) = profile.mentions {
                let handle = EntityExtractor.extract(from: "Thanks @ana.example.social", platform: platform).mentions.map(\.value)
                #expect(handle == [domainHandles ? "ana.example.social" : "ana"], "\(platform)")
            }
            // A family emoji: one grapheme, seven scalars; twitter-text weighs an emoji 2.
            let family = "👨‍👩‍👧‍👦"
            let expected = switch profile.length {
            case .twitterText: 2
            case .mastodon, .graphemes: 1
            case .scalars: 7
            }
            #expect(EntityExtractor.weightedLength(of: family, platform: platform) == expected, "\(platform)")
        }
    }
}
