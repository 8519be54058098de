extension StringProtocol {
    /// The text without leading and trailing whitespace (Foundation-free, so start-up stays small).
    @inlinable
    public func trimmingSpaces() -> Substring {
        var result = self[...]
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return Substring(result)
    }
}
