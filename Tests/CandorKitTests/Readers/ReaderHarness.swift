#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CandorKit

/// What the reader tests share: reading text as a named file, finding a word of a post in its file, and
/// scratch folders on disk.
enum ReaderHarness {
    static func posts(
        _ reader: some PostReader, _ text: String, path: String, options: ReadOptions = ReadOptions()
    ) throws(InputError) -> [Post] {
        try posts(reader, .text(text, path: path), options: options)
    }

    static func posts(
        _ reader: some PostReader, _ input: Input, options: ReadOptions = ReadOptions()
    ) throws(InputError) -> [Post] {
        var posts: [Post] = []
        try reader.read(input, options: options) { posts.append($0) }
        return posts
    }

    /// The posts a reader emitted before it failed, and its error (nil when it did not fail).
    static func attempt(
        _ reader: some PostReader, _ text: String, path: String, options: ReadOptions = ReadOptions()
    ) -> (posts: [Post], error: InputError?) {
        var posts: [Post] = []
        do {
            try reader.read(.text(text, path: path), options: options) { posts.append($0) }
            return (posts, nil)
        } catch {
            return (posts, error)
        }
    }

    /// The byte range of the first `needle` in the post's text.
    static func range(of needle: String, in post: Post) -> Range<Int> {
        let bytes = Array(needle.utf8)
        let start = post.text.indices.first { post.text[$0...].starts(with: bytes) }
        precondition(start != nil, "'\(needle)' is not in '\(post.string)'")
        return start!..<start! + bytes.count
    }

    /// Where the first `needle` of the post starts in its file.
    static func location(of needle: String, in post: Post) -> SourceLocation {
        post.location(of: range(of: needle, in: post).lowerBound)
    }

    /// Where the first `needle` of the post ends in its file (the position just past it).
    static func end(of needle: String, in post: Post) -> SourceLocation {
        post.location(of: range(of: needle, in: post).upperBound)
    }

    /// The file's text where the post's first `needle` maps to: the needle itself when written verbatim.
    static func source(of needle: String, in post: Post) -> String {
        let range = range(of: needle, in: post)
        return post.file.text(post.offsets.fileOffset(range.lowerBound)..<post.offsets.fileOffset(range.upperBound))
    }

    /// The package's `Fixtures` folder.
    static var fixtures: String {
        let parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        return (parts.dropLast(4) + ["Fixtures"]).joined(separator: "/")
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        var template = Array("/tmp/candor-tests-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    static func write(_ text: String, to path: String) {
        write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) {
        let file = fopen(path, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    static func makeFolder(_ path: String) {
        mkdir(path, 0o755)
    }

    /// Removes a folder and everything in it, without following links.
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT == S_IFDIR {
            for name in (try? Directory.entries(path)) ?? [] { remove(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
