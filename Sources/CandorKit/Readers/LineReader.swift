#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of an input, one at a time. A file is read in 64 KB chunks and only the unread rest of the
/// current chunk is kept, so streaming readers (JSONL, CSV) hold one record however large the file.
final class LineReader {
    private static let chunkSize = 1 << 16

    private let path: String
    /// The open file, or nil once it is read to the end (or when the input was in memory from the start).
    private var descriptor: Int32?
    private var buffer: [UInt8]
    /// Where the next line starts in `buffer`.
    private var start = 0
    /// The number of the line `next()` returned last, from 1.
    private(set) var lineNumber = 0

    init(_ input: Input) throws(InputError) {
        path = input.path
        switch input.origin {
        case .bytes(let bytes):
            buffer = UTF16Text.utf8(bytes) ?? bytes
        case .file(let file):
            // A device or a named pipe would never end, or never start: refused, named as the input.
            let opened: Int32
            do { opened = try FileIO.openRegularFile(file).descriptor } catch {
                throw InputError(path: path, message: error.message)
            }
            // UTF-16 is transcoded whole (`UTF16Text`); UTF-8 is streamed.
            var head = [UInt8](repeating: 0, count: BinaryContent.probedBytes + 2)
            let count = head.withUnsafeMutableBytes { pread(opened, $0.baseAddress, $0.count, 0) }
            if count >= 2, UTF16Text.hasByteOrderMark(head.prefix(max(0, count))) {
                close(opened)
                buffer = try input.readAll()
                return
            }
            descriptor = opened
            buffer = []
            buffer.reserveCapacity(Self.chunkSize * 2)
        }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// The next line, with its line break (the last line may have none), or nil at the end of the input. A
    /// line ends at a line feed, a carriage return and line feed, or a carriage return alone (old Mac files).
    func next() throws(InputError) -> ArraySlice<UInt8>? {
        var scanned = start
        while true {
            switch lineBreak(from: scanned) {
            case .end(let end):
                return take(upTo: end)
            case .undecided(let carriageReturn):
                // A carriage return last in the buffer: a line feed may follow in the next chunk.
                buffer.removeSubrange(0..<start)
                scanned = carriageReturn - start
                start = 0
                guard try readChunk() else { return take(upTo: buffer.count) }
            case .none:
                // No line break in what is left: drop the lines handed out, and read on.
                buffer.removeSubrange(0..<start)
                start = 0
                scanned = buffer.count
                guard try readChunk() else {
                    return buffer.isEmpty ? nil : take(upTo: buffer.count)
                }
            }
        }
    }

    private enum Break {
        /// The line ends before this index, its break included.
        case end(Int)
        /// A carriage return at this index ends the buffer: whether a line feed follows is not known yet.
        case undecided(Int)
        case none
    }

    /// Where the first line break from `index` ends.
    private func lineBreak(from index: Int) -> Break {
        let newline = find(0x0A, from: index, to: buffer.count)
        // A carriage return before the line feed (or anywhere, when there is none) ends the line itself,
        // unless the line feed comes right after it.
        guard let carriageReturn = find(0x0D, from: index, to: newline ?? buffer.count) else {
            return newline.map { .end($0 + 1) } ?? .none
        }
        if carriageReturn + 1 == newline { return .end(carriageReturn + 2) }
        if carriageReturn + 1 == buffer.count, descriptor != nil { return .undecided(carriageReturn) }
        return .end(carriageReturn + 1)
    }

    private func find(_ byte: UInt8, from index: Int, to end: Int) -> Int? {
        guard index < end else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + index, Int32(byte), end - index).map {
                bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
            }
        }
    }

    private func take(upTo end: Int) -> ArraySlice<UInt8> {
        defer { start = end }
        lineNumber += 1
        return buffer[start..<end]
    }

    /// Appends the next chunk of the file to `buffer`; false at the end of the input.
    private func readChunk() throws(InputError) -> Bool {
        guard let descriptor else { return false }
        while true {
            // Straight into a scratch chunk, then appended: no zero-filled chunk to append and trim per read.
            var failure: Int32?
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.chunkSize) { chunk in
                let count = read(descriptor, chunk.baseAddress, Self.chunkSize)
                if count < 0 { failure = errno }
                if count > 0 { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count])) }
                return count
            }
            if failure == EINTR { continue }
            if let failure {
                throw InputError(path: path, message: "cannot read: \(FileIO.errnoText(failure))")
            }
            if count == 0 {
                close(descriptor)
                self.descriptor = nil
                return false
            }
            return true
        }
    }
}
