/// A post's text as an array of Unicode scalars, the unit twitter-text's patterns match on.
///
/// Scanners look at any scalar in O(1) and report scalar ranges; `entity(_:)` turns those into the UTF-8 byte
/// ranges the rest of CandorKit works in.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// The text itself, so a value is copied from its UTF-8 rather than encoded again from scalars.
    private let source: String
    /// `utf8Offsets[i]` is the byte offset of scalar `i`; the last entry is the text's length in bytes.
    private let utf8Offsets: [Int]

    init(_ text: String) {
        // An ASCII text's scalars are its bytes and its offsets their positions: no decoding.
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil
        }) ?? nil {
            scalars = ascii
            source = text
            utf8Offsets = Array(0...ascii.count)
            return
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        source = text
        utf8Offsets = offsets
    }

    var count: Int { scalars.count }

    /// The scalar at `index`, or nil before the start and past the end, where patterns see a text boundary.
    subscript(index: Int) -> Unicode.Scalar? {
        scalars.indices.contains(index) ? scalars[index] : nil
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalars.contains(scalar)
    }

    func string(_ range: Range<Int>) -> String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[range.lowerBound])
        let end = utf8.index(start, offsetBy: utf8Offsets[range.upperBound] - utf8Offsets[range.lowerBound])
        return String(source[start..<end])
    }

    /// Whether the scalars from `index` on spell `prefix`, ASCII letters in any case.
    func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        var position = index
        for expected in prefix.unicodeScalars {
            guard let scalar = self[position], scalar.asciiLowercased == expected else { return false }
            position += 1
        }
        return true
    }

    func entity(_ scanned: ScannedEntity) -> Entity {
        let range = scanned.scalarRange
        return Entity(
            kind: scanned.kind, range: utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound],
            value: scanned.value)
    }
}
