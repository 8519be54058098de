/// Escaping for the XML formats (JUnit, checkstyle). Characters XML 1.0 cannot carry at all (C0 controls other
/// than tab, line feed and carriage return; U+FFFE and U+FFFF) become U+FFFD, so any post gives a valid document.
enum XML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// Character data: `&`, `<` and `>` escaped.
    static func text(_ string: String) -> String {
        escaped(string, inAttribute: false)
    }

    /// An attribute value, quotes included. Tab and line breaks are written as references, which survive the
    /// attribute-value normalisation that would otherwise turn them into spaces.
    static func attribute(_ string: String) -> String {
        "\"" + escaped(string, inAttribute: true) + "\""
    }

    private static func escaped(_ string: String, inAttribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
