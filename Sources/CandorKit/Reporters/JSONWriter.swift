/// Writes JSON values with keys in the order given, so output is deterministic and follows DESIGN's
/// layout. Hand-written: JSONEncoder would sort or shuffle keys and cannot stream a run's posts.
enum JSON {
    indirect case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null

    func write(to output: inout some TextOutputStream) {
        switch self {
        case .object(let members):
            output.write("{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.write(", ") }
                JSON.string(key).write(to: &output)
                output.write(": ")
                value.write(to: &output)
            }
            output.write("}")
        case .array(let items):
            output.write("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.write(", ") }
                item.write(to: &output)
            }
            output.write("]")
        case .string(let text):
            output.write(JSON.quoted(text))
        case .number(let value):
            output.write(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case .int(let value):
            output.write(String(value))
        case .bool(let value):
            output.write(value ? "true" : "false")
        case .null:
            output.write("null")
        }
    }

    var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
