/// "1 post", "2 posts", "0 posts": a count and its noun, in the plural unless the count is one.
public enum Counted {
    public static func text(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
