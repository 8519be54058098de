import Foundation
import Testing

/// The platforms a user may name, as `--help` and the errors list them on the built binary. Both lists are
/// made from `Platform`'s cases and their profiles' aliases (`PlatformTests` checks that for every case), so a
/// new platform needs no edit to a help text or a message.
struct PlatformListTests {
    /// Help text wrapped to the terminal's width, joined back into one line of words.
    private static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func helpListsEveryPlatformAndItsAlias() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        for command in ["lint", "score"] {
            let help = try CLITests.candor([command, "--help"], in: folder.path)
            #expect(help.status == 0)
            #expect(Self.words(help.stdout).contains(
                "Platform of posts whose metadata names none: x (or twitter), mastodon, bluesky, threads, linkedin; any case."),
                "\(help.stdout)")
        }
    }

    @Test func anUnknownPlatformInTheConfigurationListsEveryOne() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "platform: myspace\n")
        let run = try CLITests.candor(["lint", "-"], stdin: "Hello\n", in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown platform 'myspace' (x (or twitter), mastodon, bluesky, threads, linkedin)"), "\(run.stderr)")
    }
}
