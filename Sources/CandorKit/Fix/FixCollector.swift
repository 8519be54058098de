/// A reporter that writes nothing and gathers, file by file in input order, the fixes the findings offer.
public struct FixCollector: Reporter {
    public private(set) var files: [(path: String, fixes: [Fix])] = []

    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        let fixes = result.findings.compactMap { Fix($0, post: result.index) }
        guard !fixes.isEmpty else { return }
        // Results arrive file by file, so a file's fixes are consecutive.
        if files.last?.path == result.path {
            files[files.count - 1].fixes += fixes
        } else {
            files.append((result.path, fixes))
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {}
}
