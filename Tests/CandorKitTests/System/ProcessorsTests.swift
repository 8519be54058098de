import Foundation
import Testing
@testable import CandorKit

/// The default `--jobs` follows the machine's processors as the system counts them.
struct ProcessorsTests {
    /// What `getconf _NPROCESSORS_ONLN` says, asked of another program.
    private static func getconf() throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/getconf")
        process.arguments = ["_NPROCESSORS_ONLN"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(Int(text))
    }

    @Test func countsTheProcessorsOnline() throws {
        #expect(Processors.online == (try Self.getconf()))
    }

    @Test func countsTheSameProcessorsAsTheSystemFolder() throws {
        // Linux lists the online processors as ranges ("0-3,6"): an independent count of the same thing.
        let text = try String(contentsOfFile: "/sys/devices/system/cpu/online", encoding: .utf8)
        let count = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").reduce(0) { sum, range in
            let ends = range.split(separator: "-").compactMap { Int($0) }
            return sum + (ends.count == 2 ? ends[1] - ends[0] + 1 : 1)
        }
        #expect(Processors.online == count)
    }
}
