/// A post's text assembled from a source file, with the `OffsetMap` that leads each byte back to where it was
/// written. Readers of quoted or escaped fields (CSV cells, JSON strings, YAML scalars) build one per field:
/// verbatim runs become segments, each unescaped character a one-character segment at its escape.
struct MappedText {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets = OffsetMap()
    /// The file offset at which the next verbatim byte continues the current segment; nil after an unescape.
    private var segmentEnd: Int?

    var string: String { String(decoding: bytes, as: UTF8.self) }

    init() {}

    /// The text of one run copied unchanged from `fileOffset` on, its map made at once: what most fields
    /// are, built without growing the map's arrays from empty.
    init(verbatim run: ArraySlice<UInt8>, at fileOffset: Int) {
        bytes = Array(run)
        let end = fileOffset + run.count
        offsets = run.isEmpty
            ? OffsetMap(postOffsets: [0], fileOffsets: [end])
            : OffsetMap(postOffsets: [0, run.count], fileOffsets: [fileOffset, end])
        segmentEnd = run.isEmpty ? nil : end
    }

    /// Appends bytes copied unchanged from the file, the first of them written at `fileOffset`.
    mutating func append(verbatim run: some Collection<UInt8>, at fileOffset: Int) {
        guard !run.isEmpty else { return }
        if segmentEnd != fileOffset { offsets.append(postOffset: bytes.count, fileOffset: fileOffset) }
        bytes.append(contentsOf: run)
        segmentEnd = fileOffset + run.count
    }

    /// Appends what an escape (or a folded line break) written at `fileOffset` stands for.
    mutating func append(unescaped decoded: some Collection<UInt8>, at fileOffset: Int) {
        offsets.append(postOffset: bytes.count, fileOffset: fileOffset)
        bytes.append(contentsOf: decoded)
        segmentEnd = nil
    }

    /// Closes the map: the end of the text stands at `fileOffset` (a closing quote, the end of a cell).
    mutating func end(at fileOffset: Int) {
        offsets.append(postOffset: bytes.count, fileOffset: fileOffset)
    }
}
