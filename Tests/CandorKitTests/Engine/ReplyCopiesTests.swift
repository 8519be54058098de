import Testing
@testable import CandorKit

/// A reply whose words go unchanged to many people is a form letter: `ReplyCopies` counts, as a run streams,
/// how many different people each reply's words have gone to, and `Candor.FormReply` flags the fifth copy on.
struct ReplyCopiesTests {
    private func counts(_ texts: [String]) throws -> [Int] {
        var replies = ReplyCopies()
        return try texts.map { replies.count(try readPost($0)) }
    }

    @Test func theSameWordsToMorePeopleCountUpAsTheRunGoes() throws {
        let letter = "Hello! We've moved our help desk over to @kettlehelp. Thanks!"
        #expect(try counts(["@ann " + letter, "@bo " + letter, "@cy " + letter]) == [1, 2, 3])
    }

    @Test func caseSpacingPunctuationLinksAndMentionOrderDoNotMakeALetterNew() throws {
        #expect(try counts([
            "@ann For opening hours, please check our times page https://example.com/hours?to=ann",
            "@bo  for opening hours please check our TIMES page: https://example.com/hours?to=bo",
            "@di @cy For opening hours, please check our times page https://example.com/hours?to=cy",
            "@cy @di For opening hours, please check our times page",
        ]) == [1, 2, 3, 3])
    }

    /// A link is a token that holds "://" or starts with "www." (or "WWW."), whatever follows it.
    @Test func linksAreLeftOutWhateverTheirScheme() throws {
        #expect(try counts([
            "@ann please check our times page www.example.com/ann today",
            "@bo please check our times page WWW.example.com/bo today",
            "@cy please check our times page ftp://example.com/cy today",
            "@di please check our times page today",
            "@ed please check our times page Www.example.com/ed today",  // not how a link is written: words
        ]) == [1, 2, 3, 4, 1])
    }

    @Test func theSamePersonTwiceIsOnePerson() throws {
        let text = "@ann the export bug is fixed in today's build, does it work for you?"
        #expect(try counts([text, text, text]) == [1, 1, 1])
    }

    @Test func onlyRepliesOfSixWordsOrMoreCount() throws {
        #expect(try counts([
            "Hello! We've moved our help desk over to @kettlehelp. Thanks!",   // not a reply
            "@ann Thanks, that's fixed now!",                         // five words: how people answer
            "@ann",
        ]) == [0, 0, 0])
        #expect(ReplyCopies.alone(try readPost("@ann Hello! We've moved our help desk over to @kettlehelp. Thanks!")) == 1)
    }

    @Test func differentWordsAreDifferentLetters() throws {
        #expect(try counts([
            "@ann your order ships on Monday from the Leeds warehouse",
            "@bo your order ships on Tuesday from the Leeds warehouse",
        ]) == [1, 1])
    }

    /// The default pack over a queue: the fifth copy and every later one is a form reply.
    @Test func aRunOfCopiesIsFlaggedFromTheFifthOn() throws {
        let lines = ["ann", "bo", "cy", "di", "ed", "fay"].enumerated().map { index, name in
            #"{"id": "\#(index)", "text": "@\#(name) Hello! We've moved our help desk over to @kettlehelp. Thanks!"}"#
        }
        var options = LintOptions()
        options.inputs = [.text(lines.joined(separator: "\n") + "\n", path: "replies.jsonl")]
        options.noConfig = true
        options.jobs = 2
        var reporter = ScoreReporter(format: .json, explain: true)
        var output = ""
        _ = LintRunner(options: options, userConfig: nil).run(reporter: &reporter, output: &output) { _ in }
        let posts = output.split(separator: "\n").filter { $0.contains("\"path\"") }
        #expect(posts.count == 6)
        for (index, post) in posts.enumerated() {
            #expect(post.contains("Candor.FormReply") == (index >= 4), "post \(index): \(post)")
        }
        #expect(posts[5].contains(#""verdict": "broadcast""#))
        #expect(posts[0].contains(#""label": "opens with a mention: a reply""#) && !posts[0].contains("Candor.FormReply"))
    }

    /// A form letter scores below the same words sent once: the pack's model weighs FormReply against it.
    @Test func aFormReplyScoresBelowTheSameWordsSentOnce() throws {
        let rules = try #require(try RuleLoader.loadEmbedded("Candor"))
        let linter = try Linter(rules: rules)
        let words = "Hi! This account has moved to a new name today. Thanks for following it!"
        let copy = linter.lint(try readPost("@fay " + words), replyCopies: 5)
        let notice = linter.lint(try readPost(words))
        #expect(copy.findings.contains { $0.rule == "Candor.FormReply" })
        let answer = linter.lint(try readPost("@fay " + words), replyCopies: 1)
        #expect(copy.score.value < answer.score.value)
        #expect(notice.score.value < answer.score.value)
    }

    @Test func theMessageSaysHowManyPeopleHaveHadTheLetter() throws {
        let rule = try #require(try RuleLoader.loadEmbedded("Candor")?.first { $0.id == "Candor.FormReply" })
        let linter = try Linter(rules: [rule])
        let post = try readPost("@ed Hello! We've moved our help desk over to @kettlehelp. Thanks!")
        let result = linter.lint(post, replyCopies: 7)
        #expect(result.metrics["reply_copies"] == 7)
        #expect(result.findings.first?.message.hasPrefix("These same words have now gone as a reply to 7 people") == true)
        // Linted alone, a reply is one copy.
        #expect(linter.lint(post).metrics["reply_copies"] == 1)
    }
}
