/// `file:` URIs to paths and back (RFC 8089, percent-encoding as RFC 3986), and the name a document without a
/// file is linted as. Hand-written: Foundation's `URL` would be the only Foundation use in the library.
enum DocumentURI {
    /// The path of a `file:` URI; for another scheme (`untitled:`), a name whose extension follows the
    /// document's language, so that it is read as what it is; nil when candor reads no such language.
    static func path(of uri: String, languageId: String?) -> String? {
        if uri.hasPrefix("file://") {
            var rest = uri.dropFirst("file://".count)
            // `file://host/path`: the host is dropped (`localhost` or empty in practice).
            if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else { return nil }
            return percentDecoded(String(rest))
        }
        let extensions = ["markdown": "md", "plaintext": "txt", "csv": "csv", "tsv": "tsv", "json": "json",
                          "jsonl": "jsonl", "yaml": "yml"]
        return languageId.flatMap { extensions[$0] }.map { "untitled.\($0)" }
    }

    /// The `file:` URI of an absolute path.
    static func uri(ofPath path: String) -> String {
        var result = "file://"
        let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        result += String(decoding: bytes, as: UTF8.self)
        return result
    }

    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
