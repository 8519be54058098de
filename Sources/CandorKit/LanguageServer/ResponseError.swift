/// A JSON-RPC error answered to a request (LSP 3.17, "ResponseError"): a code the client can act on, and a
/// message that says what was wrong with the request.
struct ResponseError: Error, Equatable {
    let code: Int
    let message: String

    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let internalError = -32603
    static let serverNotInitialized = -32002

    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParams, message: message) }

    var json: JSON { .object([("code", .int(code)), ("message", .string(message))]) }
}
