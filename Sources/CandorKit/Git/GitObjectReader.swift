import Foundation

/// Reads objects from one `git cat-file --batch` process, one request at a time, so a hook reads hundreds of
/// staged blobs without starting a process for each. Git answers each request as soon as it is written.
///
/// A caller that outlives a failed git should ignore `SIGPIPE`, so a write to the dead process fails with
/// an error instead of ending the caller.
public final class GitObjectReader {
    private let process: Process
    private let requests: FileHandle
    private let responses: FileHandle
    /// Bytes read from git and not yet handed out, from `start` on.
    private var buffer: [UInt8] = []
    private var start = 0
    private static let command = ["cat-file", "--batch"]

    public init(repository: GitRepository) throws(GitError) {
        process = try repository.makeProcess(Self.command)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        requests = input.fileHandleForWriting
        responses = output.fileHandleForReading
        try repository.start(process, Self.command)
    }

    deinit {
        close()
    }

    /// The content of `object` (an object id, or `:path` for the file as staged), or nil when there is none.
    public func read(_ object: String) throws(GitError) -> [UInt8]? {
        precondition(!object.contains("\n"), "cat-file takes one object name a line")
        do {
            try requests.write(contentsOf: Data((object + "\n").utf8))
        } catch {
            throw failure("cannot send '\(object)': \(error.localizedDescription)")
        }
        // `<id> <type> <size>` and the content, or `<object> missing` (or `ambiguous`).
        let header = try readLine()
        guard let size = header.split(separator: " ").last.flatMap({ Int($0) }) else { return nil }
        let content = try readBytes(size + 1)
        return Array(content.dropLast())
    }

    /// Ends the request stream and waits for git to exit.
    public func close() {
        guard process.isRunning else { return }
        try? requests.close()
        process.waitUntilExit()
    }

    private func readLine() throws(GitError) -> String {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return String(decoding: buffer[start..<newline], as: UTF8.self)
            }
            try fill()
        }
    }

    private func readBytes(_ count: Int) throws(GitError) -> ArraySlice<UInt8> {
        while buffer.count - start < count { try fill() }
        defer { start += count }
        return buffer[start..<(start + count)]
    }

    /// Appends what git has written since, waiting for at least a byte.
    private func fill() throws(GitError) {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let data = responses.availableData
        guard !data.isEmpty else { throw failure("git stopped answering") }
        buffer.append(contentsOf: data)
    }

    private func failure(_ message: String) -> GitError {
        GitError(command: GitRepository.display(Self.command), message: message)
    }
}
