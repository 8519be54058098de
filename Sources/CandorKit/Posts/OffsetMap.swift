/// Maps byte offsets in a post's text to byte offsets in its source file.
///
/// A Markdown post is a contiguous slice of its file, one segment. A CSV cell with doubled quotes or a JSON
/// string with escapes is several: each run of bytes copied verbatim is a segment, and each unescaped
/// character is a one-character segment pointing at its escape, so a finding lands where the text stands.
public struct OffsetMap: Sendable, Equatable {
    /// `postOffsets[i]` in the post corresponds to `fileOffsets[i]` in the file; offsets between two
    /// segment starts map linearly from the earlier one. The last entry marks the end of the text.
    private var postOffsets: [Int]
    private var fileOffsets: [Int]

    /// The map of a post that is the file's bytes from `fileStart` on, unchanged.
    public init(contiguousFrom fileStart: Int) {
        postOffsets = [0]
        fileOffsets = [fileStart]
    }

    /// A map of whole segments: `postOffsets` ascending, one file offset for each.
    init(postOffsets: [Int], fileOffsets: [Int]) {
        self.postOffsets = postOffsets
        self.fileOffsets = fileOffsets
    }

    /// An empty map, to be built with `append`.
    public init() {
        postOffsets = []
        fileOffsets = []
    }

    /// Records that the post bytes from `postOffset` on come from the file at `fileOffset`.
    public mutating func append(postOffset: Int, fileOffset: Int) {
        if let last = postOffsets.last, last == postOffset {
            fileOffsets[fileOffsets.count - 1] = fileOffset
        } else {
            postOffsets.append(postOffset)
            fileOffsets.append(fileOffset)
        }
    }

    public func fileOffset(_ postOffset: Int) -> Int {
        guard !postOffsets.isEmpty else { return postOffset }
        var low = 0, high = postOffsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if postOffsets[mid] <= postOffset { low = mid } else { high = mid - 1 }
        }
        return fileOffsets[low] + (postOffset - postOffsets[low])
    }
}
