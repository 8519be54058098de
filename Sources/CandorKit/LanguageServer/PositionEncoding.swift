/// How a position's `character` counts along a line (LSP 3.17 `PositionEncodingKind`): UTF-8 bytes, UTF-16
/// code units (the protocol's default, so an emoji counts 2) or Unicode scalars (as candor's columns count).
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The encoding to use with a client that offers `offered` (`general.positionEncodings`, in its order of
    /// preference): the first the server knows, else UTF-16, which every client must support.
    public static func negotiated(from offered: [String]) -> PositionEncoding {
        offered.lazy.compactMap(PositionEncoding.init(rawValue:)).first ?? .utf16
    }

    /// Code units of the scalar whose UTF-8 encoding starts with `lead`.
    func units(lead: UInt8) -> Int {
        switch self {
        case .utf8: PositionEncoding.scalarLength(lead: lead)
        case .utf16: lead >= 0xF0 ? 2 : 1
        case .utf32: 1
        }
    }

    /// Bytes of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
    static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
