import Foundation
import Testing

/// `candor calibrate` and the `score` section end to end on the built binary: a model fitted to labelled posts,
/// the same bytes twice, named by a config, and packs that move the score only when the config says so.
struct CalibrateTests {
    typealias Folder = CLITests.Folder

    /// Labelled posts written for the test: product notices to no one, and people answering people.
    private static func labelled() -> String {
        let things = ["kettle", "bike lock", "garden hose", "desk lamp", "rain jacket", "phone case", "tent", "blender"]
        let people = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"]
        var lines: [String] = []
        for (index, thing) in things.enumerated() {
            let broadcast = index % 2 == 0
                ? "Our new \(thing) is here. Learn more https://example.com/\(index) #launch"
                : "We are proud to present the \(thing) range. Shop now https://example.com/\(index)"
            let authentic = index % 2 == 0
                ? "@\(people[index]) sorry the \(thing) broke, does the new one work for you?"
                : "I finally fixed my \(thing) today, thanks @\(people[index])!"
            lines.append(#"{"text": "\#(broadcast)", "expected": "broadcast"}"#)
            lines.append(#"{"text": "\#(authentic)", "expected": "authentic"}"#)
        }
        lines.append(#"{"text": "Someone else's words", "expected": "retweet"}"#)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func fitsAModelToLabelledPostsTheSameBytesTwice() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("labelled.jsonl", Self.labelled())
        let first = try CLITests.candor(["calibrate", "--no-config", "--folds", "4", "labelled.jsonl"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("calibrated on 16 posts: 8 broadcast, 8 authentic (1 left out"))
        #expect(first.stdout.contains("AUROC") && first.stdout.contains("after (4-fold cross-validated)"))
        let model = try String(contentsOfFile: folder.path + "/candor-score.yml", encoding: .utf8)
        #expect(model.contains("model: logistic") && model.contains("Candor.LinkOnly:"))
        let second = try CLITests.candor(
            ["calibrate", "--no-config", "--folds", "4", "labelled.jsonl", "-o", "again.yml"], in: folder.path)
        #expect(second.status == 0)
        #expect(try String(contentsOfFile: folder.path + "/again.yml", encoding: .utf8) == model)
        // Written over, a model keeps the mode (and, as root, the owner and group) of the file it replaces.
        let path = folder.path + "/candor-score.yml"
        let root = getuid() == 0
        if root { try #require(chown(path, 12345, 12346) == 0) }
        try #require(chmod(path, 0o600) == 0)
        let third = try CLITests.candor(["calibrate", "--no-config", "--folds", "4", "labelled.jsonl"], in: folder.path)
        #expect(third.status == 0, "\(third.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        if root {
            #expect((attributes[.ownerAccountID] as? Int) == 12345)
            #expect((attributes[.groupOwnerAccountID] as? Int) == 12346)
        }
    }

    @Test func aConfigNamesTheModelItScoresWith() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("labelled.jsonl", Self.labelled())
        #expect(try CLITests.candor(["calibrate", "--no-config", "--folds", "4", "labelled.jsonl", "-o", "house.yml"], in: folder.path).status == 0)
        // A model whose only feature is a link, so the score says which model was read.
        try folder.write("link-only.yml", "intercept: 1\nfeatures:\n  link: -3\n")
        try folder.write(".candor.yml", "score: { model: link-only.yml }\n")
        let post = "Our kettle is here https://example.com/k\n"
        let scored = try CLITests.candor(["score", "--stdin-filename", "post.txt", "--format", "csv"], stdin: post, in: folder.path)
        #expect(scored.stdout.contains(",12,broadcast"), "\(scored.stdout)")  // 100 / (1 + e^2)
        let config = try CLITests.candor(["config"], in: folder.path)
        #expect(config.stdout.contains("link-only.yml"))
        // A model that does not load is the config's error, with its file, line and key.
        try folder.write("link-only.yml", "intercept: 1\nfeatures:\n  loudness: 2\n")
        let broken = try CLITests.candor(["score", "--stdin-filename", "post.txt"], stdin: post, in: folder.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("link-only.yml:3:3: 'loudness'"), "\(broken.stderr)")
    }

    @Test func aStylePackMovesTheScoreOnlyWhenTheConfigNamesIt() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("Style/FirstPerson.yml", "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: warning\ntokens: [I, my]\n")
        let reply = "@ana I checked my notes and you are right, thank you!\n"
        func score(_ config: String) throws -> String {
            try folder.write(".candor.yml", config)
            return try CLITests.candor(["score", "--stdin-filename", "post.txt", "--format", "csv"], stdin: reply, in: folder.path).stdout
        }
        let alone = try score("packs: [Candor]\n")
        #expect(try score("packs: [Candor, ./Style]\n") == alone)
        #expect(try score("packs: [Candor, ./Style]\nscore: { packs: [Style] }\n") != alone)
    }

    @Test func withoutLabelsItSaysWhatItNeeds() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("posts.jsonl", #"{"text": "Hello there"}"# + "\n")
        let run = try CLITests.candor(["calibrate", "--no-config", "posts.jsonl"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("labelled broadcast") && run.stderr.contains("'expected'"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/candor-score.yml"))
    }

    @Test func explainListsEachFeaturesPointsAndCoachesABroadcastPost() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try CLITests.candor(
            ["score", "--no-config", "--explain", "--stdin-filename", "post.txt"],
            stdin: "We are pleased to announce our new platform. Learn more https://example.com/p\n", in: folder.path)
        #expect(run.stdout.contains("broadcast"))
        #expect(run.stdout.contains("base") && run.stdout.contains("carries a link and speaks to no one"))
        #expect(run.stdout.contains("to sound like a person: "))
        let json = try CLITests.candor(
            ["lint", "--no-config", "--format", "json", "--stdin-filename", "post.txt"],
            stdin: "We are pleased to announce our new platform. Learn more https://example.com/p\n", in: folder.path)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let post = try #require((object?["posts"] as? [[String: Any]])?.first)
        let suggestions = try #require(post["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 2)
        #expect(suggestions.allSatisfy { ($0["points"] as? Int ?? 0) >= 1 && $0["change"] is String })
    }
}
