import CandorEntities
import Testing

@testable import CandorKit

/// Where the library reads a platform's names and profile (`PlatformTests`, in CandorEntitiesTests, checks
/// the platforms themselves): the starter configuration, configuration errors, a post's warning, its limit.
/// Each test runs over every case, so a new platform is checked by adding it.
struct PlatformUseTests {
    @Test func theStarterConfigurationListsEveryPlatform() {
        #expect(Starter.configuration(pack: nil).contains("names none: \(Platform.caseNames).\n"))
    }

    @Test func errorsAndWarningsListEveryPlatform() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "platform: myspace\n")
        let error = #expect(throws: LoadError.self) { try ConfigLoader(userFile: nil).load([file]) }
        #expect(error?.message == "unknown platform 'myspace' (\(Platform.knownNames))")
        let warning = try readPost("---\nplatform: tiktok\n---\nHi").unknownPlatformWarning(fallback: .x)
        #expect(warning?.contains("(\(Platform.knownNames))") == true)
    }

    @Test func aPostsLimitIsItsPlatforms() throws {
        for platform in Platform.allCases {
            let result = try lint("---\nplatform: \(platform.rawValue)\n---\nHi", rules: [])
            #expect(result.platform == platform)
            #expect(result.metrics["limit"] == Double(platform.profile.limit))
        }
    }
}
