import Foundation

/// The host check twitter-text makes with Java's `IDN.toASCII`: each label, in its ASCII form, is 1 to 63
/// characters, and a label with non-ASCII characters may not already start with the ACE prefix `xn--`.
enum IDNA {
    private static let maxLabelLength = 63
    private static let acePrefix = "xn--"

    /// The length of the host's ASCII form, or nil when IDNA refuses the host.
    static func asciiLength(ofHost host: ArraySlice<Unicode.Scalar>) -> Int? {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        var length = labels.count - 1
        for label in labels {
            guard let labelLength = asciiLength(ofLabel: label) else { return nil }
            length += labelLength
        }
        return length
    }

    private static func asciiLength(ofLabel label: ArraySlice<Unicode.Scalar>) -> Int? {
        var length = label.count
        if !label.allSatisfy(\.isASCII) {
            // Nameprep, as near as matters for length: case folding, then compatibility normalization.
            let prepared = String(String.UnicodeScalarView(label)).folding(options: .caseInsensitive, locale: nil)
                .precomposedStringWithCompatibilityMapping.unicodeScalars
            length = prepared.count
            if !prepared.allSatisfy(\.isASCII) {
                // Punycode spends a character or more per scalar: a longer label cannot fit, so is not encoded.
                guard !String(prepared).hasPrefix(acePrefix), length <= maxLabelLength - acePrefix.count else {
                    return nil
                }
                length = acePrefix.count + Punycode.encode(prepared).count
            }
        }
        return (1...maxLabelLength).contains(length) ? length : nil
    }
}
