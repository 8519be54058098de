/// Where a run of bytes first occurs among others, by a plain loop over offsets: for the ASCII needles
/// candor looks for (comment markers, a metric's operators, a message's quoted slot). `range(of:)` on strings
/// compares characters, and the standard library's generic `firstRange(of:)` costs a run a million
/// instructions to set up on first use.
public enum ByteSearch {
    /// The first occurrence of `needle` in `haystack[start..<end]` (`end` nil: to the end); none for an
    /// empty needle.
    @inlinable
    public static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0, to end: Int? = nil) -> Range<Int>? {
        let end = end ?? haystack.count
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= end {
            if haystack[index] == needle[0] {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index..<index + needle.count }
            }
            index += 1
        }
        return nil
    }
}
