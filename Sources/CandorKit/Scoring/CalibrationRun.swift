import Foundation

/// `candor calibrate`: lints the labelled posts with the configuration in force, fits a score model to them,
/// prints how the model in force and the new one read the labels, and writes the new model.
public enum CalibrationRun {
    public static func run(
        _ options: CalibrationOptions, output: inout some TextOutputStream, diagnostics: (String) -> Void
    ) -> Int32 {
        let configuration: Configuration
        let rules: [Rule]
        let model: ScoreModel
        do {
            let loader = ConfigLoader(explicitFile: options.lint.configFile, disabled: options.lint.noConfig)
            configuration = try loader.load(loader.files(for: "."))
            rules = try RuleSet.rules(for: configuration)
            model = try RuleSet.model(for: configuration)
        } catch {
            diagnostics("candor: \(error)")
            return 2
        }
        var collector = Collector(
            calibration: Calibration(ruleIDs: Calibration.ruleIDs(rules: rules, model: model, scorePacks: configuration.scoring.packs)),
            labelField: options.labelField, groupFields: options.groupFields)
        collector.calibration.penalty = options.penalty
        collector.calibration.folds = options.folds
        var lintOptions = options.lint
        lintOptions.failOn = nil
        var discard = DiscardedOutput()
        guard LintRunner(options: lintOptions).run(reporter: &collector, output: &discard, diagnostics: diagnostics) != 2 else {
            return 2
        }
        let calibration = collector.calibration
        let broadcast = calibration.samples.filter { $0.label == 0 }.count, authentic = calibration.samples.count - broadcast
        guard broadcast >= options.folds, authentic >= options.folds else {
            diagnostics("candor: calibrate needs at least \(options.folds) posts labelled broadcast and \(options.folds) labelled authentic in '\(options.labelField)' (found \(broadcast) and \(authentic))")
            return 2
        }
        let before = calibration.reading(
            scores: calibration.samples.map(\.scoreBefore),
            broadcastBelow: configuration.scoring.broadcastBelow ?? model.broadcastBelow)
        let scores = calibration.crossValidatedScores()
        let fitted = calibration.model(crossValidated: scores, origin: options.output)
        let after = calibration.reading(scores: scores, broadcastBelow: fitted.broadcastBelow)

        output.write("calibrated on \(Counted.text(calibration.samples.count, "post")): \(broadcast) broadcast, \(authentic) authentic")
        output.write(collector.skipped > 0 ? " (\(collector.skipped) left out: '\(options.labelField)' not broadcast or authentic)\n" : "\n")
        let rows = [("before (\(model.origin))", before), ("after (\(options.folds)-fold cross-validated)", after)]
        let width = rows.map(\.0.count).max()! + 2
        output.write("".padding(width)
            + "AUROC  broadcast posts called broadcast  authentic posts called broadcast\n")
        for (label, reading) in rows {
            let auroc = reading.auroc.map { String(format: "%.3f", $0) } ?? "-"
            output.write(label.padding(width) + auroc.padding(7)
                + percent(reading.broadcastCalledBroadcast).padding(34)
                + percent(reading.authenticCalledBroadcast) + "\n")
        }
        output.write("thresholds: broadcast below \(fitted.broadcastBelow), authentic from \(fitted.authenticFrom) (chosen on the cross-validated scores)\n")

        let header = [
            "candor score model, fitted by `candor calibrate` to \(calibration.samples.count) labelled posts.",
            "score = 100 / (1 + exp(-(intercept + the sum of each feature's coefficient x its value)))",
            "A voice feature is 0 or 1; a rule is 1 when it fired. Each coefficient keeps the sign its feature's meaning gives it.",
            "Thresholds, chosen on cross-validated scores with a false verdict costing twice a missed one:",
            "broadcast-below best catches broadcast posts, authentic-from best catches authentic ones.",
        ]
        let fit: [(String, String)] = [
            ("posts", "\(calibration.samples.count)"), ("broadcast", "\(broadcast)"), ("authentic", "\(authentic)"),
            ("label-field", options.labelField),
            ("group-fields", "[" + options.groupFields.joined(separator: ", ") + "]"),
            ("penalty", ScoreModel.format(options.penalty)), ("folds", "\(options.folds)"),
            ("cross-validated-auroc", after.auroc.map { String(format: "%.4f", $0) } ?? "none"),
        ]
        do {
            try FileIO.writeAtomically(Array(fitted.yaml(header: header, fit: fit).utf8), to: options.output, keeping: true)
        } catch {
            diagnostics("candor: \(error)")
            return 2
        }
        output.write("wrote \(options.output)\n")
        return 0
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    /// Gathers the labelled posts of a run.
    private struct Collector: Reporter {
        var calibration: Calibration
        let labelField: String
        let groupFields: [String]
        var skipped = 0

        mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
            switch result.metadata[labelField]?.lowercased() {
            case "broadcast"?:
                calibration.add(result, conversation: false, group: group(of: result))
            case "authentic"?:
                calibration.add(result, conversation: true, group: group(of: result))
            default:
                skipped += 1
            }
        }

        func group(of result: PostResult) -> String {
            groupFields.map { result.metadata[$0] ?? "" }.joined(separator: "/")
        }

        mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {}
    }

    private struct DiscardedOutput: TextOutputStream {
        mutating func write(_ string: String) {}
    }
}
