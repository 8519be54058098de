extension Post {
    /// A warning for each rule this post's suppressions name that `isKnown` does not accept: such a suppression
    /// switches nothing off, most often because of a typo. Each warning names the file, and the line and column
    /// where the suppression starts to apply.
    func unknownSuppressionWarnings(isKnown: (String) -> Bool) -> [String] {
        suppressions.flatMap { suppression in
            (suppression.rules ?? []).sorted().filter { !isKnown($0) }.map { rule in
                "\(file.path):\(location(of: suppression.range.lowerBound)): candor-disable names unknown rule '\(rule)'"
            }
        }
    }
}
