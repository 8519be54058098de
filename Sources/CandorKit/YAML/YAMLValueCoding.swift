/// A `YAMLValue` as bytes and back, for `RuleCache`. Each value is a kind byte, its line and column, then
/// its text (length and UTF-8) or its items (count, then each item; a mapping's items are key, value, key,
/// ...). Numbers are LEB128: a 10,000-term list is about 12 bytes a term.
///
/// Written by hand: four kinds of value in a few dozen lines, read back with bounds checks and nothing else
/// in the way, which is the whole point of the cache.
enum YAMLValueCoding {
    private enum Kind: UInt8 {
        case text = 0, list, mapping, alias
    }

    /// Nesting deeper than libyaml's own limit cannot have come from a parse.
    static let maximumDepth = 1000

    static func encode(_ value: YAMLValue) -> [UInt8] {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return bytes
    }

    /// The value `bytes` encode, or nil when they are not exactly one encoded value.
    static func decode(_ bytes: [UInt8]) -> YAMLValue? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            guard let value = reader.value(depth: 0), reader.offset == buffer.count else { return nil }
            return value
        }
    }

    private static func append(_ value: YAMLValue, to bytes: inout [UInt8]) {
        let kind: Kind
        switch value {
        case .text: kind = .text
        case .list: kind = .list
        case .mapping: kind = .mapping
        case .alias: kind = .alias
        }
        bytes.append(kind.rawValue)
        appendNumber(value.position.line, to: &bytes)
        appendNumber(value.position.column, to: &bytes)
        switch value {
        case .text(let text, _):
            appendNumber(text.utf8.count, to: &bytes)
            bytes.append(contentsOf: text.utf8)
        case .list(let items, _):
            appendNumber(items.count, to: &bytes)
            for item in items { append(item, to: &bytes) }
        case .mapping(let pairs, _):
            appendNumber(pairs.count, to: &bytes)
            for pair in pairs {
                append(pair.key, to: &bytes)
                append(pair.value, to: &bytes)
            }
        case .alias:
            break
        }
    }

    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(max(number, 0))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads values off a buffer, checking every length against what is left: a damaged file reads as nil,
    /// never as a crash.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func value(depth: Int) -> YAMLValue? {
            guard depth <= YAMLValueCoding.maximumDepth, offset < bytes.count, let kind = Kind(rawValue: bytes[offset]) else {
                return nil
            }
            offset += 1
            guard let line = number(), let column = number() else { return nil }
            let position = YAMLValue.Position(line: line, column: column)
            switch kind {
            case .text:
                guard let length = number(), length <= bytes.count - offset else { return nil }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
                offset += length
                return .text(text, at: position)
            case .list:
                // Every item takes three bytes at least, so a count beyond that is damage, not a reason to reserve.
                guard let count = number(), count <= (bytes.count - offset) / 3 else { return nil }
                var items: [YAMLValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .list(items, at: position)
            case .mapping:
                guard let count = number(), count <= (bytes.count - offset) / 6 else { return nil }
                var pairs: [YAMLValue.Pair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = value(depth: depth + 1), let item = value(depth: depth + 1) else { return nil }
                    pairs.append(YAMLValue.Pair(key: key, value: item))
                }
                return .mapping(pairs, at: position)
            case .alias:
                return .alias(at: position)
            }
        }

        private mutating func number() -> Int? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 63 {
                let byte = bytes[offset]
                offset += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return result <= UInt64(Int32.max) ? Int(result) : nil }
                shift += 7
            }
            return nil
        }
    }
}
