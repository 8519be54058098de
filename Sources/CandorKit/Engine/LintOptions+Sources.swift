extension LintOptions {
    /// What a command line's paths name, given whether stdin is a terminal.
    public enum SourceChoice: Equatable, Sendable {
        /// The paths as given (`-` among them reads stdin).
        case paths
        /// No path and stdin not a terminal: stdin, already read.
        case standardInput
        /// No path, and stdin a terminal or empty: the current folder. An empty stdin with no path is what a CI
        /// job that runs `candor lint` gets; linting nothing there would pass without checking anything, so
        /// the folder is linted, as ESLint does with no path (and the caller says so).
        case currentFolder(standardInputWasEmpty: Bool)
    }

    /// Sets `paths`, `readStandardInput` and `standardInput` from the command line's `paths`. `readInput` reads
    /// stdin to its end; it is called only when no path is given and stdin is not a terminal.
    public mutating func chooseSources(
        paths: [String], inputIsTerminal: Bool, readInput: () -> [UInt8] = FileIO.readStandardInput
    ) -> SourceChoice {
        self.paths = paths
        guard paths.isEmpty else {
            readStandardInput = paths.contains("-")
            return .paths
        }
        if !inputIsTerminal {
            let bytes = readInput()
            if !bytes.isEmpty {
                readStandardInput = true
                standardInput = bytes
                return .standardInput
            }
        }
        readStandardInput = false
        self.paths = ["."]
        return .currentFolder(standardInputWasEmpty: !inputIsTerminal)
    }
}
