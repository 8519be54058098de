import CandorKit
import FuzzSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer entry point: `--fix` on a random draft with one or two random substitution rules.
///
/// The input, up to its first NUL, is a swap table, one `match: replacement` a line (two lines at most);
/// the rest is a Markdown draft. Both are brought to a small alphabet (a, b, space; newlines in the draft)
/// so that rules match and their replacements overlap and hold each other's matches: a byte outside it
/// becomes one of its letters. The draft is fixed the way `candor lint --fix` fixes it (`FixRun`: every
/// pass, from memory, with a configuration whose only pack holds the rule), and the fixed text must
///  (a) change no more when fixed again, as a second `--fix` run promises, and
///  (b) keep every byte outside the replacements the fixes made, in order: the text between the
///      replacements is the original text between the matches.
/// A violation traps, so libFuzzer reports it and saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFixer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzHarness.bytes(data, size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let swaps = FixerFuzz.swaps(bytes[..<split])
    guard !swaps.isEmpty else { return 0 }
    let draft = bytes[min(split + 1, bytes.count)...].map { FixerFuzz.letter($0, newlines: true) }
    guard draft.contains(where: { $0 != 0x20 && $0 != 0x0A }) else { return 0 }
    FixerFuzz.writeRule(swaps)

    let first = FixerFuzz.fix(draft)
    guard let file = first.files.first, first.failures.isEmpty else { return 0 }
    check(file.original == draft, "the fixed file's original is not the draft")

    // (b) The bytes outside the replacements, in order, are the draft's, with only matches between them.
    var segments: [ArraySlice<UInt8>] = []
    var position = 0
    for replacement in file.replacements {
        check(replacement.range.lowerBound >= position && replacement.range.upperBound <= file.fixed.count,
                     "replacements out of order or outside the fixed text: \(file.replacements)")
        segments.append(file.fixed[position..<replacement.range.lowerBound])
        position = replacement.range.upperBound
    }
    segments.append(file.fixed[position...])
    check(FixerFuzz.keeps(segments, of: draft),
                 "bytes outside the fixes changed:\n\(FixerFuzz.show(draft))\n→\n\(FixerFuzz.show(file.fixed))\n\(file.replacements)")

    // (a) A second run changes nothing.
    let second = FixerFuzz.fix(file.fixed)
    if let again = second.files.first {
        check(!again.changed, """
            a second --fix run changed the text:
            \(FixerFuzz.show(draft))
            → \(FixerFuzz.show(file.fixed))
            → \(FixerFuzz.show(again.fixed))
            """)
    }
    return 0
}

/// `precondition`, with its message kept in a release build.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}

enum FixerFuzz {
    /// A byte of the alphabet as it is; any other as one of its letters.
    static func letter(_ byte: UInt8, newlines: Bool) -> UInt8 {
        let letters: [UInt8] = newlines ? [0x61, 0x62, 0x20, 0x0A] : [0x61, 0x62, 0x20]
        return letters.contains(byte) ? byte : letters[Int(byte) % letters.count]
    }

    /// Up to two `match: replacement` pairs from the lines of `table` (a line without `:` is skipped; an
    /// empty match too).
    static func swaps(_ table: ArraySlice<UInt8>) -> [(match: String, replacement: String)] {
        var result: [(String, String)] = []
        for line in table.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            func side(_ part: ArraySlice<UInt8>) -> String {
                let text = String(decoding: part.map { letter($0, newlines: false) }, as: UTF8.self)
                return String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            }
            let match = side(line[..<colon]), replacement = side(line[(colon + 1)...])
            guard !match.isEmpty, !result.contains(where: { $0.0 == match }) else { continue }
            result.append((match, replacement))
            if result.count == 2 { break }
        }
        return result
    }

    /// A folder of this process's own, with the pack `Fuzz` and a configuration that runs only it.
    /// No content cache: every input has a rule of its own, which would be stored (and the cache pruned) on
    /// every run.
    static let folder: String = {
        setenv("CANDOR_CACHE_DIR", "", 1)
        var template = Array("/tmp/candor-fuzz-fixer-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
        let path = String(cString: made)
        guard mkdir(path + "/Fuzz", 0o700) == 0 else { fatalError("mkdir failed") }
        write("packs: [\(path)/Fuzz]\n", to: path + "/fuzz.yml")
        return path
    }()

    static func write(_ text: String, to path: String) {
        let bytes = Array(text.utf8)
        guard let file = fopen(path, "w") else { fatalError("cannot write \(path)") }
        let written = fwrite(bytes, 1, bytes.count, file)
        check(fclose(file) == 0 && written == bytes.count, "cannot write \(path)")
    }

    static func writeRule(_ swaps: [(match: String, replacement: String)]) {
        var yaml = "extends: substitution\nmessage: \"'%[2]s', not '%[1]s'\"\nfix: all\nswap:\n"
        for (match, replacement) in swaps { yaml += "  '\(match)': '\(replacement)'\n" }
        write(yaml, to: folder + "/Fuzz/Swap.yml")
    }

    /// `candor lint --fix` on `draft` as the file `fuzz.md`, in memory.
    static func fix(_ draft: [UInt8]) -> FixRun.Outcome {
        var options = LintOptions()
        options.configFile = folder + "/fuzz.yml"
        options.inputs = [Input(path: "fuzz.md", origin: .bytes(draft))]
        options.jobs = 1
        return FixRun(options: options).run { message in
            check(false, "the fix run complained: \(message)")
        }
    }

    /// Whether `original` is `segments[0] m1 segments[1] m2 … segments[n]` for some texts `m1…mn`: the
    /// first segment a prefix, the last a suffix, the others found in order between them.
    static func keeps(_ segments: [ArraySlice<UInt8>], of original: [UInt8]) -> Bool {
        guard let first = segments.first, let last = segments.last else { return false }
        guard segments.count > 1 else { return first.elementsEqual(original) }
        guard original.count >= first.count + last.count, original.starts(with: first),
              original.reversed().starts(with: last.reversed()) else { return false }
        var position = first.count
        let end = original.count - last.count
        for segment in segments.dropFirst().dropLast() {
            guard let found = find(segment, in: original, from: position, to: end) else { return false }
            position = found + segment.count
        }
        return position <= end
    }

    private static func find(_ needle: ArraySlice<UInt8>, in haystack: [UInt8], from: Int, to end: Int) -> Int? {
        guard needle.count <= end - from else { return nil }
        for start in from...(end - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    static func show(_ bytes: [UInt8]) -> String {
        "\"" + String(decoding: bytes, as: UTF8.self).replacingNewlines() + "\""
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(flatMap { $0 == "\n" ? ["\\", "n"] : [$0] })
    }
}

LibFuzzer.run(fuzzFixer)
