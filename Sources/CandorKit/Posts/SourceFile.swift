import CandorBytes

/// A file (or stdin), or a window of one, as read: its display path and its bytes, made valid UTF-8. Posts
/// point into it, and it turns their byte offsets into the line and column a person sees.
///
/// Streaming readers (JSONL, CSV, Markdown threads) hand out one window per record or post, so a 200 MB queue is never held whole: a
/// window starts at the beginning of line `firstLine` of the file, and its locations count from there.
public final class SourceFile: Sendable {
    /// The path as given on the command line or found by the walk; `<stdin>` or `--stdin-filename` for stdin.
    public let path: String
    /// The file's content, with any invalid UTF-8 sequence replaced by U+FFFD.
    public let bytes: [UInt8]
    /// True when the bytes on disk were not valid UTF-8 and were repaired (for a window, these bytes or some
    /// part of the file before them).
    public let repairedUTF8: Bool
    /// The file line on which `bytes` begins (1 for a whole file).
    public let firstLine: Int
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// Unicode scalars in `bytes[..<(k * checkpointStride)]` at index `k`, so that a column far along a long
    /// line is counted from the checkpoint before it, not from the line's start: on a 50 MB line, a million
    /// findings would otherwise each count up to 50 MB.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 4096

    /// `repairedUTF8`: the window follows a part of its file that was not valid UTF-8 (a thread's front matter
    /// or an earlier post), so it says the file was repaired even when its own bytes are valid.
    public init(path: String, bytes: [UInt8], firstLine: Int = 1, repairedUTF8 repairedBefore: Bool = false) {
        self.path = path
        self.firstLine = firstLine
        if let valid = UTF8Repair.isValid(bytes) ? bytes : nil {
            self.bytes = valid
            repairedUTF8 = repairedBefore
        } else {
            self.bytes = UTF8Repair.repaired(bytes)
            repairedUTF8 = true
        }
        var starts = [0]
        var checkpoints = [0]
        // Plain loops: a debug build (the tests') runs them ten times faster than `enumerated()` and
        // `count(where:)`, which matters on a 50 MB line.
        self.bytes.withUnsafeBufferPointer { buffer in
            var scalars = 0, offset = 0
            while offset < buffer.count {
                // Eight bytes at a time while they hold no line break and reach no checkpoint before their end.
                if offset + 8 <= buffer.count, offset % Self.checkpointStride + 8 <= Self.checkpointStride,
                    let base = UnsafeRawPointer(buffer.baseAddress)
                {
                    let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    if !ByteWord.has(0x0A, in: word), !ByteWord.has(0x0D, in: word) {
                        scalars += ByteWord.scalarStarts(in: word)
                        offset += 8
                        if offset % Self.checkpointStride == 0 { checkpoints.append(scalars) }
                        continue
                    }
                }
                let byte = buffer[offset]
                offset += 1
                if byte & 0xC0 != 0x80 { scalars += 1 }
                // A line feed, or a carriage return alone (old Mac files), ends a line; a CRLF ends one.
                if byte == 0x0A || (byte == 0x0D && (offset == buffer.count || buffer[offset] != 0x0A)) {
                    starts.append(offset)
                }
                if offset % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            }
        }
        lineStarts = starts
        scalarCheckpoints = checkpoints
    }

    /// Whether the bytes open with UTF-8's byte order mark (EF BB BF).
    private var startsWithByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    public convenience init(path: String, text: String, firstLine: Int = 1) {
        self.init(path: path, bytes: Array(text.utf8), firstLine: firstLine)
    }

    /// Line (from 1) and column (from 1, counting Unicode scalars as Vale does) of a byte offset.
    /// An offset inside a multi-byte character counts as that character.
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        // The last line start at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        // Far along a long line, count from the last checkpoint before `offset`.
        let checkpoint = offset / Self.checkpointStride
        if checkpoint * Self.checkpointStride > index {
            column += scalarCheckpoints[checkpoint] - scalars(before: index)
            index = checkpoint * Self.checkpointStride
        }
        column += scalars(in: index..<offset)
        // Inside a character: its continuation bytes were not counted, but its lead byte was.
        if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        // A byte order mark is no character an editor shows: columns on the first line count from after it.
        if low == 0, firstLine == 1, offset >= 3, startsWithByteOrderMark { column -= 1 }
        return SourceLocation(line: firstLine + low, column: column)
    }

    /// Unicode scalars (lead bytes) in `bytes[..<offset]`.
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointStride
        return scalarCheckpoints[checkpoint] + scalars(in: (checkpoint * Self.checkpointStride)..<offset)
    }

    /// Unicode scalars (lead bytes) in `bytes[range]`, eight bytes at a time: every finding's location counts
    /// the bytes before it on its line, a whole post's worth in a JSONL queue.
    private func scalars(in range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = range.lowerBound
            if let base = UnsafeRawPointer(buffer.baseAddress) {
                while index + 8 <= range.upperBound {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    count += ByteWord.scalarStarts(in: word)
                    index += 8
                }
            }
            while index < range.upperBound {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// The text of a byte range, for messages and `match` fields.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }
}
