import CandorBytes

/// Cuts the bytes a client writes into the messages of LSP's base protocol: header lines, `Content-Length: N`
/// among them, an empty line, then N bytes of JSON. Hand-written: no dependency of the project frames LSP, and
/// the framing is a header scan; a malformed frame yields `.malformed` and the decoder goes on with the next,
/// so a client that writes a bad header gets an error, never a server that stops.
public struct FrameDecoder: Sendable {
    public enum Item: Equatable, Sendable {
        /// The body of one message (JSON, not yet parsed).
        case message([UInt8])
        /// A frame that could not be read, and why; the bytes it held are dropped.
        case malformed(String)
    }

    /// Longest header block accepted: a client sends two short lines; past this a stream is not LSP.
    public static let maxHeaderBytes = 8192
    /// Largest body accepted, so a hostile length cannot make the server hold unbounded memory.
    public static let maxContentLength = 256 << 20

    private var buffer: [UInt8] = []
    /// Where the unread bytes of `buffer` start.
    private var start = 0

    public init() {}

    /// Bytes read from the client, in order.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        // Drop what was read before growing, so the buffer holds at most one frame and a read's worth.
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Whether bytes of an unfinished frame are waiting.
    public var hasPartialFrame: Bool { start < buffer.count }

    /// The next complete message, a malformed frame, or nil when more bytes are needed.
    public mutating func next() -> Item? {
        // Blank lines between frames are tolerated.
        while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A { start += 1 }
        guard start < buffer.count else { return nil }
        guard let (headerEnd, bodyStart) = headerBlockEnd() else {
            if buffer.count - start > Self.maxHeaderBytes {
                start = buffer.count
                return .malformed("header longer than \(Self.maxHeaderBytes) bytes without an empty line")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else {
                start = bodyStart
                return .malformed("header line without ':'")
            }
            let name = line[..<colon].trimmingSpaces().lowercased()
            guard name == "content-length" else { continue }  // Content-Type and any other header are accepted.
            let value = line[line.index(after: colon)...].trimmingSpaces()
            guard let number = Int(value), number >= 0, number <= Self.maxContentLength else {
                start = bodyStart
                return .malformed("Content-Length '\(value.prefix(40))' is not a length from 0 to \(Self.maxContentLength)")
            }
            length = number
        }
        guard let length else {
            start = bodyStart
            return .malformed("frame without a Content-Length header")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        return .message(body)
    }

    /// End of the header block (before its empty line) and start of the body: `\r\n\r\n`, or `\n\n` from a
    /// lenient client.
    private func headerBlockEnd() -> (Int, Int)? {
        var index = start
        let limit = min(buffer.count, start + Self.maxHeaderBytes + 4)
        while index < limit {
            if buffer[index] == 0x0A {
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                    return (index > start && buffer[index - 1] == 0x0D ? index - 1 : index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    /// One message framed for the client: its header, then the body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
