/// A unified diff of a file before and after its fixes, as `diff -u` writes it (`patch -p0` applies it):
/// hunks of changed lines with three lines of context. The file name in the headers is written through
/// `TerminalText`; the lines are the file's own, so that the patch applies.
public struct UnifiedDiff {
    public let path: String
    private let old: [ArraySlice<UInt8>]
    private let new: [ArraySlice<UInt8>]

    public init(path: String, original: [UInt8], fixed: [UInt8]) {
        self.path = path
        old = Self.lines(original)
        new = Self.lines(fixed)
    }

    /// The diff, empty when nothing changed.
    public var text: String {
        let hunks = Self.hunks(of: edits, context: 3)
        guard !hunks.isEmpty else { return "" }
        let name = TerminalText.escaped(path)
        var result = "--- \(name)\n+++ \(name)\n"
        for hunk in hunks {
            result += "@@ -\(Self.range(hunk.oldStart, hunk.oldCount)) +\(Self.range(hunk.newStart, hunk.newCount)) @@\n"
            for line in hunk.lines {
                result += line.mark + String(decoding: line.text, as: UTF8.self)
                if line.text.last != 0x0A { result += "\n\\ No newline at end of file\n" }
            }
        }
        return result
    }

    /// One line of the script: kept (` `), removed (`-`) or added (`+`), with its line break.
    private struct Line {
        let mark: String
        let text: ArraySlice<UInt8>
    }

    private struct Hunk {
        var oldStart = 0, oldCount = 0, newStart = 0, newCount = 0
        var lines: [Line] = []
    }

    /// The edit script, line by line. Fixes rarely add or remove lines: when both sides have as many, each run
    /// of lines that differ at the same place is compared on its own; otherwise the lines between the common
    /// head and tail are. Past `limit` differences the run is shown as removed, then added.
    private var edits: [Line] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        var script = old[..<head].map { Line(mark: " ", text: $0) }
        if old.count == new.count {
            var index = head
            while index < old.count - tail {
                guard old[index] != new[index] else {
                    script.append(Line(mark: " ", text: old[index]))
                    index += 1
                    continue
                }
                var end = index
                while end < old.count - tail, old[end] != new[end] { end += 1 }
                script += Self.compare(old[index..<end], new[index..<end])
                index = end
            }
        } else {
            script += Self.compare(old[head..<(old.count - tail)], new[head..<(new.count - tail)])
        }
        return script + old[(old.count - tail)...].map { Line(mark: " ", text: $0) }
    }

    /// The script from `a` to `b`: Myers' shortest, or all of `a` removed and `b` added past `limit` differences.
    private static func compare(_ a: ArraySlice<ArraySlice<UInt8>>, _ b: ArraySlice<ArraySlice<UInt8>>, limit: Int = 1000) -> [Line] {
        myers(Array(a), Array(b), limit: limit)
            ?? a.map { Line(mark: "-", text: $0) } + b.map { Line(mark: "+", text: $0) }
    }

    /// Myers' shortest edit script between two runs of lines, or nil if it takes more than `limit` removals and
    /// additions. Keeps, for each number of differences `d`, the furthest point reached on diagonals -d...d.
    private static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>], limit: Int) -> [Line]? {
        let offset = a.count + b.count + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        func goesDown(_ diagonal: Int, _ distance: Int, _ furthest: (Int) -> Int) -> Bool {
            diagonal == -distance || (diagonal != distance && furthest(diagonal - 1) < furthest(diagonal + 1))
        }
        search: for distance in 0...min(a.count + b.count, limit) {
            trace.append(Array(frontier[(offset - distance)...(offset + distance)]))
            for diagonal in stride(from: -distance, through: distance, by: 2) {
                var x = goesDown(diagonal, distance, { frontier[offset + $0] })
                    ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < a.count, y < b.count, a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + diagonal] = x
                if x >= a.count, y >= b.count { break search }
            }
            if distance == min(a.count + b.count, limit) { return nil }
        }
        // Walk back from the end: each step a run of kept lines, then one removal or addition.
        var script: [Line] = []
        var x = a.count, y = b.count
        for distance in stride(from: trace.count - 1, through: 0, by: -1) {
            let furthest = { (diagonal: Int) in trace[distance][diagonal + distance] }
            let diagonal = x - y
            let previous = goesDown(diagonal, distance, furthest) ? diagonal + 1 : diagonal - 1
            let previousX = distance == 0 ? 0 : furthest(previous)
            let previousY = previousX - previous
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                script.append(Line(mark: " ", text: a[x]))
            }
            guard distance > 0 else { break }
            if x == previousX {
                y -= 1
                script.append(Line(mark: "+", text: b[y]))
            } else {
                x -= 1
                script.append(Line(mark: "-", text: a[x]))
            }
        }
        return script.reversed()
    }

    /// Groups the script's changes with `context` kept lines around each; changes closer than twice that share
    /// a hunk.
    private static func hunks(of script: [Line], context: Int) -> [Hunk] {
        let changes = script.indices.filter { script[$0].mark != " " }
        guard !changes.isEmpty else { return [] }
        // Runs of the script to show: each change widened by the context, overlapping runs merged.
        var runs: [ClosedRange<Int>] = []
        for index in changes {
            let run = max(0, index - context)...min(script.count - 1, index + context)
            if let last = runs.last, run.lowerBound <= last.upperBound + 1 {
                runs[runs.count - 1] = last.lowerBound...run.upperBound
            } else {
                runs.append(run)
            }
        }
        // Line numbers on each side before each script position.
        var oldLine = 0, newLine = 0
        var position = 0
        return runs.map { run in
            while position < run.lowerBound {
                if script[position].mark != "+" { oldLine += 1 }
                if script[position].mark != "-" { newLine += 1 }
                position += 1
            }
            var hunk = Hunk(oldStart: oldLine + 1, newStart: newLine + 1)
            for line in script[run] {
                if line.mark != "+" { hunk.oldCount += 1 }
                if line.mark != "-" { hunk.newCount += 1 }
                hunk.lines.append(line)
            }
            oldLine += hunk.oldCount
            newLine += hunk.newCount
            position = run.upperBound + 1
            // An empty side starts at the line before it, as diff writes it.
            if hunk.oldCount == 0 { hunk.oldStart -= 1 }
            if hunk.newCount == 0 { hunk.newStart -= 1 }
            return hunk
        }
    }

    /// `start,count`, or just `start` for one line.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// The lines of a text, each with its line feed (the last may have none).
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }
}
