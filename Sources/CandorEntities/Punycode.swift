/// Punycode (RFC 3492), the ASCII encoding of an internationalized domain label: `みんな` is `q9jyb4c`.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    private static let initialBias = 72, initialCodePoint: UInt32 = 0x80

    /// The label's encoding, without the `xn--` prefix. Quadratic in the label's length: keep labels short.
    static func encode(_ label: some Collection<Unicode.Scalar>) -> String {
        let codePoints = label.map(\.value)
        var output = String.UnicodeScalarView(label.filter(\.isASCII))
        let basicCount = output.count
        if basicCount > 0 {
            output.append("-")
        }
        var handled = basicCount
        var codePoint = initialCodePoint
        var delta = 0
        var bias = initialBias
        while handled < codePoints.count {
            let next = codePoints.filter { $0 >= codePoint }.min()!
            delta += Int(next - codePoint) * (handled + 1)
            codePoint = next
            for value in codePoints {
                if value < codePoint {
                    delta += 1
                } else if value == codePoint {
                    output.append(contentsOf: encodedInteger(delta, bias: bias))
                    bias = adaptedBias(delta: delta, pointCount: handled + 1, isFirst: handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            codePoint += 1
        }
        return String(output)
    }

    /// A delta as a generalized variable-length integer, whose digit thresholds follow the bias.
    private static func encodedInteger(_ value: Int, bias: Int) -> String.UnicodeScalarView {
        var digits = String.UnicodeScalarView()
        var remainder = value
        var k = base
        while true {
            let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
            if remainder < threshold { break }
            digits.append(digit(threshold + (remainder - threshold) % (base - threshold)))
            remainder = (remainder - threshold) / (base - threshold)
            k += base
        }
        digits.append(digit(remainder))
        return digits
    }

    private static func adaptedBias(delta: Int, pointCount: Int, isFirst: Bool) -> Int {
        var delta = isFirst ? delta / damp : delta / 2
        delta += delta / pointCount
        var k = 0
        while delta > (base - tMin) * tMax / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    /// 0-25 are `a`-`z`, 26-35 are `0`-`9`.
    private static func digit(_ value: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(value < 26 ? 0x61 + value : 0x30 + value - 26))
    }
}
