import CandorKit
import Foundation

// Writes every rule pack under a Rules folder into one Swift source file (`EmbeddedRulesSource`), so the
// candor binary carries its default pack, works when copied anywhere, and never parses its own YAML. Run by
// `make embed`; a test fails when the output is stale.
//
//     EmbedRules <Rules folder> <output .swift file>

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedRules <Rules folder> <output.swift>\n".utf8))
    exit(2)
}
let source: String
do {
    source = try EmbeddedRulesSource.swift(rulesFolder: arguments[1])
} catch {
    FileHandle.standardError.write(Data("EmbedRules: \(error)\n".utf8))
    exit(2)
}
// Unchanged output is not rewritten, so a build after `make embed` recompiles nothing.
let output = URL(fileURLWithPath: arguments[2])
if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
