/// `candor lsp`: a Language Server Protocol 3.17 server. It takes the client's messages one at a time
/// (`receive`), keeps the open documents (`DocumentStore`), lints them as the CLI would (`DocumentLinter`),
/// and answers through `send`, which writes each framed message; the transport (`StdioTransport`) owns the
/// bytes. Changes are linted when the messages read so far are handled (`lintPending`), so a burst of
/// keystrokes is linted once. Nothing here throws past a message: a bad one gets a JSON-RPC error.
public final class LanguageServer {
    public typealias Send = ([UInt8]) -> Void

    private enum State { case waiting, running, shutDown }

    /// What the client said it can do, in `initialize`.
    private struct Client {
        var codeLensRefresh = false
        var watchRegistration = false
        var createsFiles = false
    }

    private let send: Send
    private let version: String
    private let linter: DocumentLinter
    var documents = DocumentStore()
    var reports: [String: DocumentReport] = [:]
    private var pending: Set<String> = []
    private var state = State.waiting
    private var client = Client()
    private var nextRequest = 1
    /// The encoding of positions agreed at `initialize`.
    public private(set) var encoding = PositionEncoding.utf16
    /// Set by `exit`: 0 after a `shutdown`, 1 without (LSP 3.17).
    public private(set) var exitStatus: Int32?

    public init(version: String, userConfig: String? = ConfigLoader.defaultUserFile, send: @escaping Send) {
        self.version = version
        self.send = send
        linter = DocumentLinter(userConfig: userConfig)
    }

    public var hasExited: Bool { exitStatus != nil }
    /// Whether `shutdown` was asked: the status to exit with when the client's stdin closes first.
    public var wasShutDown: Bool { state == .shutDown }

    /// Handles one frame from the transport.
    public func receive(_ item: FrameDecoder.Item) {
        switch item {
        case .malformed(let reason):
            respond(id: .null, error: ResponseError(code: ResponseError.parseError, message: "malformed frame: \(reason)"))
        case .message(let body):
            let message: JSON
            do { message = try JSON.parse(body) } catch {
                respond(id: .null, error: ResponseError(code: ResponseError.parseError, message: "not JSON: \(error.description)"))
                return
            }
            handle(message)
        }
    }

    /// Lints the documents changed since the last call and publishes their diagnostics.
    public func lintPending() {
        for uri in pending.sorted() { relint(uri) }
        pending.removeAll()
    }

    private func handle(_ message: JSON) {
        guard case .object = message else {
            respond(id: .null, error: ResponseError(code: ResponseError.invalidRequest, message: "a message must be a JSON object"))
            return
        }
        let id = message["id"]
        if let id, !Self.isValidID(id) {
            respond(id: .null, error: ResponseError(code: ResponseError.invalidRequest, message: "'id' must be a number or a string"))
            return
        }
        guard let method = message["method"]?.stringValue else {
            // A response to one of the server's requests (registration, code lens refresh): nothing to do.
            if id != nil, message["result"] != nil || message["error"] != nil { return }
            respond(id: id ?? .null, error: ResponseError(code: ResponseError.invalidRequest, message: "a request needs a string 'method'"))
            return
        }
        let params = message["params"] ?? .null
        if let id {
            // Diagnostics of the changes before a request go out before its answer, as a client would expect.
            if state == .running, method != "shutdown" { lintPending() }
            let result: JSON
            do { result = try request(method, params) } catch {
                respond(id: id, error: error)
                return
            }
            respond(id: id, result: result)
        } else {
            notification(method, params)
        }
    }

    private func request(_ method: String, _ params: JSON) throws(ResponseError) -> JSON {
        switch state {
        case .waiting where method != "initialize":
            throw ResponseError(code: ResponseError.serverNotInitialized, message: "the server is not initialized")
        case .running where method == "initialize":
            throw ResponseError(code: ResponseError.invalidRequest, message: "the server is already initialized")
        case .shutDown:
            throw ResponseError(code: ResponseError.invalidRequest, message: "the server is shut down")
        default:
            break
        }
        switch method {
        case "initialize": return initialize(params)
        case "shutdown":
            state = .shutDown
            return .null
        case "textDocument/codeLens": return try codeLenses(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/codeAction": return try codeActions(params)
        default:
            throw ResponseError(code: ResponseError.methodNotFound, message: "no method '\(method)'")
        }
    }

    private func notification(_ method: String, _ params: JSON) {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return
        }
        // Before `initialize` and after `shutdown`, notifications are dropped (LSP 3.17).
        guard state == .running else { return }
        switch method {
        case "initialized": registerWatchers()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: break  // `$/cancelRequest`, `workspace/didChangeConfiguration`, ...: nothing to do.
        }
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .int, .string: true
        default: false
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: JSON) -> JSON {
        let capabilities = params["capabilities"]
        let offered = capabilities?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = PositionEncoding.negotiated(from: offered)
        client.codeLensRefresh = capabilities?["workspace"]?["codeLens"]?["refreshSupport"]?.boolValue ?? false
        client.watchRegistration = capabilities?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        let edit = capabilities?["workspace"]?["workspaceEdit"]
        client.createsFiles = (edit?["documentChanges"]?.boolValue ?? false)
            && (edit?["resourceOperations"]?.arrayValue ?? []).contains { $0.stringValue == "create" }
        state = .running
        return .object([
            ("capabilities", .object([
                ("positionEncoding", .string(encoding.rawValue)),
                ("textDocumentSync", .object([
                    ("openClose", .bool(true)), ("change", .int(2)), ("save", .object([("includeText", .bool(false))])),
                ])),
                ("hoverProvider", .bool(true)),
                ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
                ("codeLensProvider", .object([("resolveProvider", .bool(false))])),
            ])),
            ("serverInfo", .object([("name", .string("candor")), ("version", .string(version))])),
        ])
    }

    /// Asks the client to tell of changes to configurations and rule files, when it can be asked.
    private func registerWatchers() {
        guard client.watchRegistration else { return }
        let globs = ["**/.candor.yml"] + ValeConfig.fileNames.map { "**/" + $0 } + ["**/*.yml", "**/*.yaml"]
        let options = JSON.object([("watchers", .array(globs.map { .object([("globPattern", .string($0))]) }))])
        sendRequest("client/registerCapability", .object([("registrations", .array([.object([
            ("id", .string("candor-watched-files")), ("method", .string("workspace/didChangeWatchedFiles")),
            ("registerOptions", options),
        ])]))]))
    }

    // MARK: Documents

    private func didOpen(_ params: JSON) {
        guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue,
              let path = DocumentURI.path(of: uri, languageId: item["languageId"]?.stringValue)
        else { return }
        documents.open(TextDocument(uri: uri, path: path, version: item["version"]?.intValue ?? 0, text: text))
        pending.insert(uri)
    }

    private func didChange(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return }
        let version = params["textDocument"]?["version"]?.intValue ?? (documents[uri]?.version ?? 0) + 1
        for change in params["contentChanges"]?.arrayValue ?? [] {
            guard let text = change["text"]?.stringValue else { continue }
            var range: (start: Position, end: Position)?
            if let given = change["range"], !given.isNull {
                // A range that is not one is skipped, not taken for the whole text.
                guard let start = Position(given["start"]), let end = Position(given["end"]) else { continue }
                range = (start, max(start, end))
            }
            documents.change(uri, range: range, text: text, version: version, encoding: encoding)
        }
        pending.insert(uri)
    }

    private func didSave(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { return }
        // A configuration saved from the editor counts as a watched change, for clients that watch nothing.
        if let path = DocumentURI.path(of: uri, languageId: nil), linter.isWatched(path) {
            configurationChanged()
        } else if documents[uri] != nil {
            pending.insert(uri)
        }
    }

    private func didClose(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { return }
        documents.close(uri)
        linter.forget(uri)
        reports[uri] = nil
        pending.remove(uri)
        notify("textDocument/publishDiagnostics", .object([("uri", .string(uri)), ("diagnostics", .array([]))]))
    }

    private func didChangeWatchedFiles(_ params: JSON) {
        let paths = (params["changes"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue }
            .compactMap { DocumentURI.path(of: $0, languageId: nil) }
        guard paths.contains(where: linter.isWatched) else { return }
        configurationChanged()
    }

    /// A configuration, rule or model changed: every open document is linted again with it.
    private func configurationChanged() {
        linter.invalidate()
        pending.formUnion(documents.uris)
        lintPending()
        if client.codeLensRefresh { sendRequest("workspace/codeLens/refresh", .null) }
    }

    /// The report of an open document, linted now if it changed since.
    func report(_ uri: String) throws(ResponseError) -> (TextDocument, DocumentReport) {
        guard let document = documents[uri] else { throw .invalidParams("no open document '\(uri)'") }
        if pending.remove(uri) != nil || reports[uri] == nil { relint(uri) }
        guard let report = reports[uri] else { throw .invalidParams("no open document '\(uri)'") }
        return (document, report)
    }

    private func relint(_ uri: String) {
        guard let document = documents[uri] else { return }
        let report = linter.lint(document)
        reports[uri] = report
        publishDiagnostics(document, report)
    }

    // MARK: Output

    func notify(_ method: String, _ params: JSON) {
        write(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    private func sendRequest(_ method: String, _ params: JSON) {
        let id = JSON.string("candor-\(nextRequest)")
        nextRequest += 1
        write(.object([("jsonrpc", .string("2.0")), ("id", id), ("method", .string(method)), ("params", params)]))
    }

    private func respond(id: JSON, result: JSON) {
        write(.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)]))
    }

    private func respond(id: JSON, error: ResponseError) {
        write(.object([("jsonrpc", .string("2.0")), ("id", id), ("error", error.json)]))
    }

    private func write(_ message: JSON) {
        var body: [UInt8] = []
        message.append(to: &body)
        send(FrameDecoder.frame(body))
    }

    /// Whether the client may be sent a `documentChanges` edit that creates a file.
    var clientCreatesFiles: Bool { client.createsFiles }
}
