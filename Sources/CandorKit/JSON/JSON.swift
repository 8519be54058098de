/// Writes JSON values with keys in the order given, so output is deterministic and follows docs/json.md's
/// layout. Hand-written: JSONEncoder would sort or shuffle keys and cannot stream a run's posts.
///
/// Values are rendered as UTF-8 bytes into one buffer and handed to the stream as one string: a queue's
/// report is mostly post text, and copying it in runs between the characters that need escaping is what
/// keeps writing JSON from costing more than linting (README, "Performance").
enum JSON {
    indirect case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null

    func write(to output: inout some TextOutputStream) {
        output.write(text)
    }

    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func append(to bytes: inout [UInt8]) {
        switch self {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { bytes += ", ".utf8 }
                JSON.appendQuoted(key, to: &bytes)
                bytes += ": ".utf8
                value.append(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes += ", ".utf8 }
                item.append(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .string(let text):
            JSON.appendQuoted(text, to: &bytes)
        case .number(let value):
            JSON.appendNumber(value, to: &bytes)
        case .int(let value):
            JSON.appendInteger(value, to: &bytes)
        case .bool(let value):
            bytes += (value ? "true" : "false").utf8
        case .null:
            bytes += "null".utf8
        }
    }

    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string: runs of bytes that need no escaping are copied whole.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while true {
                index = JSONStringBytes.firstSpecial(in: utf8, from: index)
                guard index < utf8.count else { break }
                let byte = utf8[index]
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A whole number as an integer ("3", not "3.0"), any other as Swift prints it.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int(value), to: &bytes)
        } else {
            bytes += String(value).utf8
        }
    }

    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // -Int.min does not fit; its magnitude does as UInt.
            appendDigits(UInt(bitPattern: 0 &- value), to: &bytes)
        } else {
            appendDigits(UInt(value), to: &bytes)
        }
    }

    /// Most numbers in a report (metrics, lines, columns) have one or two digits: those are written without
    /// recursing.
    private static func appendDigits(_ value: UInt, to bytes: inout [UInt8]) {
        if value >= 100 {
            appendDigits(value / 10, to: &bytes)
        } else if value >= 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
        }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
