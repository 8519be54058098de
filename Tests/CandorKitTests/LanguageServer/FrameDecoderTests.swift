import Testing
@testable import CandorKit

struct FrameDecoderTests {
    private func frame(_ body: String) -> [UInt8] { FrameDecoder.frame(Array(body.utf8)) }

    @Test func readsTwoFramesFromOneReadAndWaitsForTheRestOfAThird() {
        var decoder = FrameDecoder()
        let third = frame(#"{"c":3}"#)
        decoder.append(frame(#"{"a":1}"#) + frame(#"{"b":"é"}"#) + third.prefix(10))
        #expect(decoder.next() == .message(Array(#"{"a":1}"#.utf8)))
        #expect(decoder.next() == .message(Array(#"{"b":"é"}"#.utf8)))
        #expect(decoder.next() == nil)
        decoder.append(third.dropFirst(10))
        #expect(decoder.next() == .message(Array(#"{"c":3}"#.utf8)))
        #expect(decoder.next() == nil)
        #expect(!decoder.hasPartialFrame)
    }

    @Test func countsTheLengthInBytesNotCharacters() {
        var decoder = FrameDecoder()
        let body = #"{"t":"👋 hi"}"#
        decoder.append(Array("Content-Length: \(body.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(body)".utf8))
        #expect(decoder.next() == .message(Array(body.utf8)))
    }

    @Test func aFrameByteByByteComesOutWhole() {
        var decoder = FrameDecoder()
        for byte in frame(#"{"x":true}"#) {
            #expect(decoder.next() == nil)
            decoder.append([byte])
        }
        #expect(decoder.next() == .message(Array(#"{"x":true}"#.utf8)))
    }

    @Test func aHeaderWithoutLengthIsMalformedAndTheNextFrameStillReads() {
        var decoder = FrameDecoder()
        decoder.append(Array("Content-Type: x\r\n\r\n".utf8) + frame("{}"))
        guard case .malformed(let reason) = decoder.next() else {
            Issue.record("expected a malformed frame")
            return
        }
        #expect(reason.contains("Content-Length"))
        #expect(decoder.next() == .message(Array("{}".utf8)))
    }

    @Test func aLengthThatIsNoNumberOrTooLargeIsMalformed() {
        for value in ["ten", "-4", "99999999999"] {
            var decoder = FrameDecoder()
            decoder.append(Array("Content-Length: \(value)\r\n\r\n".utf8))
            guard case .malformed = decoder.next() else {
                Issue.record("'\(value)' was taken as a length")
                continue
            }
        }
    }

    @Test func aHeaderThatNeverEndsIsDroppedRatherThanHeldForever() {
        var decoder = FrameDecoder()
        decoder.append([UInt8](repeating: UInt8(ascii: "a"), count: FrameDecoder.maxHeaderBytes + 10))
        guard case .malformed = decoder.next() else {
            Issue.record("an endless header was not refused")
            return
        }
        #expect(!decoder.hasPartialFrame)
    }

    @Test func framesCarryTheirByteLength() {
        #expect(frame("é") == Array("Content-Length: 2\r\n\r\né".utf8))
    }
}
