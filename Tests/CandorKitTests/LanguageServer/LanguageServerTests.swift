import Foundation
import Testing
@testable import CandorKit

/// The server in process: frames in, the frames it wrote parsed back. End-to-end tests with real clients
/// (pytest-lsp, Neovim) are in Tests/lsp.
struct LanguageServerTests {
    final class Harness {
        private(set) var sent: [JSON] = []
        private(set) var server: LanguageServer!
        let folder: TemporaryFolder

        init(config: String? = "packs: [Candor]\n") throws {
            folder = try TemporaryFolder()
            if let config { try folder.write(".candor.yml", config) }
            server = LanguageServer(version: "test", userConfig: nil) { [unowned self] frame in
                var decoder = FrameDecoder()
                decoder.append(frame)
                guard case .message(let body) = decoder.next(), let message = try? JSON.parse(body) else {
                    Issue.record("the server wrote something that is not one frame of JSON")
                    return
                }
                sent.append(message)
            }
        }

        deinit { folder.remove() }

        func receive(_ json: String) {
            server.receive(.message(Array(json.utf8)))
            server.lintPending()
        }

        func initialize(encodings: String = "[]", workspace: String = "{}") {
            receive(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":\#(encodings)},"workspace":\#(workspace)}}}"#)
            receive(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        }

        func uri(_ name: String) -> String { DocumentURI.uri(ofPath: folder.path + "/" + name) }

        func open(_ name: String, _ text: String) {
            receive(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(JSON.quoted(uri(name))),"languageId":"markdown","version":1,"text":\#(JSON.quoted(text))}}}"#)
        }

        func response(_ id: Int) -> JSON? { sent.last { $0["id"]?.intValue == id } }

        func lastDiagnostics(_ name: String) -> [JSON]? {
            sent.last { $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri(name) }?["params"]?["diagnostics"]?.arrayValue
        }
    }

    @Test func initializeAgreesOnUTF8WhenOfferedAndUTF16Otherwise() throws {
        let offered = try Harness()
        offered.initialize(encodings: #"["utf-8","utf-16"]"#)
        #expect(offered.response(1)?["result"]?["capabilities"]?["positionEncoding"]?.stringValue == "utf-8")
        let plain = try Harness()
        plain.initialize()
        #expect(plain.response(1)?["result"]?["capabilities"]?["positionEncoding"]?.stringValue == "utf-16")
        #expect(plain.response(1)?["result"]?["capabilities"]?["textDocumentSync"]?["change"]?.intValue == 2)
    }

    @Test func diagnosticsAfterAnEmojiCountUTF16Units() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("draft.md", "😀 We leverage it, @sam?\n")
        let jargon = try #require(harness.lastDiagnostics("draft.md")?.first { $0["code"]?.stringValue == "Candor.Jargon" })
        #expect(jargon["range"]?["start"]?["character"]?.intValue == 6)
        #expect(jargon["range"]?["end"]?["character"]?.intValue == 14)
        #expect(jargon["severity"]?.intValue == 2)
        #expect(jargon["source"]?.stringValue == "candor")
    }

    @Test func aChangeIsLintedAgainAndVersioned() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("draft.md", "Thanks @sam, does it work for you?\n")
        #expect(harness.lastDiagnostics("draft.md")?.contains { $0["code"]?.stringValue == "Candor.Jargon" } == false)
        harness.receive(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md"))),"version":2},"contentChanges":[{"range":{"start":{"line":0,"character":13},"end":{"line":0,"character":17}},"text":"does the synergy"}]}}"#)
        #expect(harness.lastDiagnostics("draft.md")?.contains { $0["code"]?.stringValue == "Candor.Jargon" } == true)
    }

    @Test func aSubstitutionIsOfferedAsAQuickFixAndCommentsAndAcceptToo() throws {
        let harness = try Harness(config: "packs: [Candor]\naccept: [Kubernetes]\n")
        harness.initialize()
        harness.open("draft.md", "Thanks @sam, we leverage it. Works for you?\n")
        harness.receive(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md")))},"range":{"start":{"line":0,"character":18},"end":{"line":0,"character":18}},"context":{"diagnostics":[]}}}"#)
        let actions = try #require(harness.response(2)?["result"]?.arrayValue)
        let titles = actions.compactMap { $0["title"]?.stringValue }
        #expect(titles.contains("Replace 'leverage' with 'use'"))
        #expect(titles.contains("Add 'candor-disable-next-line Candor.Jargon' above"))
        #expect(titles.contains("Accept 'leverage' in .candor.yml"))
        let replace = try #require(actions.first { $0["title"]?.stringValue == "Replace 'leverage' with 'use'" })
        let edit = try #require(replace["edit"]?["changes"]?[harness.uri("draft.md")]?.arrayValue?.first)
        #expect(edit["newText"]?.stringValue == "use")
        #expect(edit["range"]?["start"]?["character"]?.intValue == 16)
        let accept = try #require(actions.first { $0["title"]?.stringValue == "Accept 'leverage' in .candor.yml" })
        let configEdit = try #require(accept["edit"]?["changes"]?[harness.uri(".candor.yml")]?.arrayValue?.first)
        #expect(configEdit["newText"]?.stringValue == ", leverage")
        #expect(configEdit["range"]?["start"]?["line"]?.intValue == 1)
    }

    @Test func hoverShowsTheRuleAsExplainDoes() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("draft.md", "Thanks @sam, we leverage it. Works for you?\n")
        harness.receive(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md")))},"position":{"line":0,"character":18}}}"#)
        let value = try #require(harness.response(3)?["result"]?["contents"]?["value"]?.stringValue)
        #expect(value.contains("**Candor.Jargon** (warning)"))
        #expect(value.contains("Business jargon and buzzwords"))
        #expect(value.contains("flag:"))
        harness.receive(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md")))},"position":{"line":0,"character":1}}}"#)
        #expect(harness.response(4)?["result"]?.isNull == true)
    }

    @Test func eachPostHasItsScoreAsACodeLens() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("draft.md", "We are pleased to announce our industry-leading platform! Learn more: https://example.com\n")
        harness.receive(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/codeLens","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md")))}}}"#)
        let titles = try #require(harness.response(5)?["result"]?.arrayValue).compactMap { $0["command"]?["title"]?.stringValue }
        #expect(titles.first?.hasPrefix("score ") == true)
        #expect(titles.first?.hasSuffix(" · broadcast") == true)
        #expect(titles.dropFirst().contains { $0.hasPrefix("coach: ") })
    }

    @Test func aBrokenRowGetsADiagnosticAtItsLine() throws {
        let harness = try Harness()
        harness.initialize()
        harness.receive(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("queue.jsonl"))),"languageId":"jsonl","version":1,"text":"{\"text\":\"We leverage it\"}\n{\"text\": \"half\n"}}}"#)
        let diagnostics = try #require(harness.lastDiagnostics("queue.jsonl"))
        #expect(diagnostics.contains { $0["code"]?.stringValue == "Candor.Jargon" && $0["range"]?["start"]?["line"]?.intValue == 0 })
        #expect(diagnostics.contains { $0["code"] == nil && $0["severity"]?.intValue == 1 && $0["range"]?["start"]?["line"]?.intValue == 1 })
    }

    @Test func malformedMessagesGetErrorsAndTheServerGoesOn() throws {
        let harness = try Harness()
        harness.receive(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}"#)
        #expect(harness.response(7)?["error"]?["code"]?.intValue == -32002)
        harness.initialize()
        harness.receive("{not json")
        #expect(harness.sent.last?["error"]?["code"]?.intValue == -32700)
        #expect(harness.sent.last?["id"]?.isNull == true)
        harness.receive(#"[1, 2]"#)
        #expect(harness.sent.last?["error"]?["code"]?.intValue == -32600)
        harness.receive(#"{"jsonrpc":"2.0","id":8,"method":"no/such"}"#)
        #expect(harness.response(8)?["error"]?["code"]?.intValue == -32601)
        harness.receive(#"{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{}}}"#)
        #expect(harness.response(9)?["error"]?["code"]?.intValue == -32602)
        harness.server.receive(.malformed("bad header"))
        #expect(harness.sent.last?["error"]?["code"]?.intValue == -32700)
    }

    @Test func exitAfterShutdownIsZeroAndWithoutItOne() throws {
        let clean = try Harness()
        clean.initialize()
        clean.receive(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        #expect(clean.response(2)?["result"]?.isNull == true)
        clean.receive(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/codeLens","params":{}}"#)
        #expect(clean.response(3)?["error"]?["code"]?.intValue == -32600)
        clean.receive(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(clean.server.exitStatus == 0)
        let abrupt = try Harness()
        abrupt.initialize()
        abrupt.receive(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(abrupt.server.exitStatus == 1)
    }

    @Test func aWatchedRuleFileChangeLintsOpenDocumentsAgain() throws {
        let harness = try Harness(config: "packs: [House]\n")
        try harness.folder.write("House/Banned.yml", "extends: existence\nmessage: \"Avoid '%s'\"\ntokens: [robust]\n")
        harness.initialize()
        harness.open("draft.md", "A robust and seamless plan.\n")
        #expect(harness.lastDiagnostics("draft.md")?.compactMap { $0["code"]?.stringValue } == ["House.Banned"])
        try harness.folder.write("House/Banned.yml", "extends: existence\nmessage: \"Avoid '%s'\"\ntokens: [seamless]\n")
        harness.receive(#"{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":\#(JSON.quoted(harness.uri("House/Banned.yml"))),"type":2}]}}"#)
        let diagnostics = try #require(harness.lastDiagnostics("draft.md"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["range"]?["start"]?["character"]?.intValue == 13)
    }

    @Test func aConfigurationThatDoesNotLoadIsAnErrorAtTheTopUntilItIsFixed() throws {
        let harness = try Harness(config: "level: loud\n")
        harness.initialize()
        harness.open("draft.md", "We leverage it.\n")
        let broken = try #require(harness.lastDiagnostics("draft.md"))
        #expect(broken.count == 1)
        #expect(broken.first?["severity"]?.intValue == 1)
        #expect(broken.first?["message"]?.stringValue?.contains(".candor.yml:1:1: 'level'") == true)
        #expect(broken.first?["range"]?["start"]?["line"]?.intValue == 0)
        try harness.folder.write(".candor.yml", "level: warning\n")
        harness.receive(#"{"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri(".candor.yml")))}}}"#)
        #expect(harness.lastDiagnostics("draft.md")?.contains { $0["code"]?.stringValue == "Candor.Jargon" } == true)
    }

    @Test func diagnosticsOfAChangeGoOutBeforeTheAnswerToALaterRequest() throws {
        let harness = try Harness()
        harness.initialize()
        harness.server.receive(.message(Array(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md"))),"languageId":"markdown","version":1,"text":"We leverage it.\n"}}}"#.utf8)))
        harness.server.receive(.message(Array(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/codeLens","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md")))}}}"#.utf8)))
        let methods = harness.sent.suffix(2).map { $0["method"]?.stringValue ?? "response" }
        #expect(methods == ["textDocument/publishDiagnostics", "response"])
    }

    @Test func acceptingAWordWhereNoConfigurationAppliesCreatesOneWhenTheClientCan() throws {
        let codeAction = #"{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"URI"},"range":{"start":{"line":0,"character":4},"end":{"line":0,"character":4}},"context":{"diagnostics":[]}}}"#
        let able = try Harness(config: nil)
        able.initialize(workspace: #"{"workspaceEdit":{"documentChanges":true,"resourceOperations":["create"]}}"#)
        able.open("draft.md", "We leverage it.\n")
        able.receive(codeAction.replacingOccurrences(of: "URI", with: able.uri("draft.md")))
        let accept = try #require(able.response(2)?["result"]?.arrayValue?.first { $0["title"]?.stringValue == "Accept 'leverage' in .candor.yml" })
        let changes = try #require(accept["edit"]?["documentChanges"]?.arrayValue)
        #expect(changes.first?["kind"]?.stringValue == "create")
        #expect(changes.first?["uri"]?.stringValue == able.uri(".candor.yml"))
        #expect(changes.last?["edits"]?.arrayValue?.first?["newText"]?.stringValue == "accept: [leverage]\n")

        let unable = try Harness(config: nil)
        unable.initialize()
        unable.open("draft.md", "We leverage it.\n")
        unable.receive(codeAction.replacingOccurrences(of: "URI", with: unable.uri("draft.md")))
        let titles = try #require(unable.response(2)?["result"]?.arrayValue).compactMap { $0["title"]?.stringValue }
        #expect(titles.contains("Replace 'leverage' with 'use'"))
        #expect(!titles.contains("Accept 'leverage' in .candor.yml"))
    }

    @Test func aChangeWithARangeThatIsNoRangeIsSkipped() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("draft.md", "Hello @sam, how are you?\n")
        harness.receive(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":\#(JSON.quoted(harness.uri("draft.md"))),"version":2},"contentChanges":[{"range":{"start":{"line":0}},"text":"X"},{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":5}},"text":"Hi"}]}}"#)
        #expect(harness.server.documents[harness.uri("draft.md")]?.text == "Hi @sam, how are you?\n")
    }

    @Test func aFeedRuleThatFiresOnTheDocumentStandsOnItsFirstLine() throws {
        let harness = try Harness()
        harness.initialize()
        harness.open("thread.md", "We are pleased to announce our platform. https://example.com\n---\nLearn more: https://example.com/a\n---\nNew post: https://example.com/b\n")
        let feed = try #require(harness.lastDiagnostics("thread.md")?.first { $0["code"]?.stringValue == "Candor.BroadcastFeed" })
        #expect(feed["range"]?["start"]?["line"]?.intValue == 0)
        #expect(feed["range"]?["end"]?["line"]?.intValue == 0)
        #expect(feed["message"]?.stringValue?.hasPrefix("100% of these posts are broadcast-only.") == true)
        harness.open("single.md", "We are pleased to announce our platform. https://example.com\n")
        #expect(harness.lastDiagnostics("single.md")?.contains { $0["code"]?.stringValue == "Candor.BroadcastFeed" } == false)
    }
}
