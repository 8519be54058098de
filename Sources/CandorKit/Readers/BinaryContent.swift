/// How candor tells a file that is not text, as git and grep do: a NUL byte in its first 8 KB. Files found
/// by a walk, staged files and standard input are all judged by it.
enum BinaryContent {
    static let probedBytes = 8192

    /// UTF-16 with a byte order mark is text, full of NUL bytes as it is (`UTF16Text`).
    static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        !UTF16Text.hasByteOrderMark(bytes) && bytes.prefix(probedBytes).contains(0)
    }
}
