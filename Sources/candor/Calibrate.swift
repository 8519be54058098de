import ArgumentParser
import CandorKit

struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the score model to your own labelled posts.",
        discussion: """
            Lints the labelled posts (JSONL, CSV or any queue) with the active packs, fits the score model to \
            their labels (broadcast or authentic), prints cross-validated AUROC and verdict shares before and \
            after the fit, and writes the model. Name it in .candor.yml: score: { model: candor-score.yml }.
            """)

    @OptionGroup var sources: SourceOptions

    @Option(name: .shortAndLong, help: "Where to write the model.") var output = ScoreModel.fileName

    @Option(help: "Field holding each post's label: broadcast or authentic (others are left out).")
    var labelField = "expected"

    @Option(help: "Field whose values group the posts; each group of a label weighs the same (repeatable).")
    var groupField: [String] = []

    @Option(help: "Folds of the cross-validation that measures the fit and chooses the thresholds.")
    var folds = Calibration.defaultFolds

    @Option(help: "Strength of the L2 penalty on the coefficients, in posts.")
    var penalty = Calibration.defaultPenalty

    func validate() throws {
        guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
        guard penalty > 0, penalty.isFinite else { throw ValidationError("--penalty must be a positive number") }
        guard !sources.paths.isEmpty else { throw ValidationError("name the labelled files to calibrate on") }
    }

    func run() throws {
        var options = CalibrationOptions()
        options.lint = sources.lintOptions()
        options.labelField = labelField
        options.groupFields = groupField
        options.output = output
        options.folds = folds
        options.penalty = penalty
        var standardOutput = Output()
        throw ExitCode(CalibrationRun.run(options, output: &standardOutput) { Output.error($0) })
    }
}
