/// How candor tells a file that is not text, as git and grep do: a NUL byte in its first 8 KB. Files found
/// by a walk, staged files and standard input are all judged by it.
enum BinaryContent {
    static let probedBytes = 8192

    static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.prefix(probedBytes).contains(0)
    }
}
