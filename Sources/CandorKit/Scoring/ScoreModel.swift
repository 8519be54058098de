import Foundation

/// The score model (docs/score.md): a logistic model of the probability that a post
/// is conversation, from its voice features and the rules that fired. A post's score is 100 times that
/// probability; the verdict cuts the score at two thresholds chosen on validation data.
///
/// It is a YAML file a reviewer can diff: the default pack's is `Rules/Candor/candor-score.yml`, and
/// `candor calibrate` writes one fitted to an organisation's own posts, which `score: { model: FILE }` names.
///
/// ```yaml
/// model: logistic
/// intercept: 0.4
/// broadcast-below: 40
/// authentic-from: 70
/// features:
///   reply: 1.9            # opens with a mention: a reply
///   Candor.LinkOnly: -1.2
/// ```
///
/// A feature is a voice feature (`VoiceFeature.name`) or a rule id (`Pack.Rule`, 1 when the rule fired on
/// the post). Any other key is an error with its file and line.
public struct ScoreModel: Sendable, Equatable {
    public enum Feature: Hashable, Sendable {
        case voice(VoiceFeature)
        case rule(String)

        public var name: String {
            switch self {
            case .voice(let feature): feature.name
            case .rule(let id): id
            }
        }

        /// A rule id has a dot (`Candor.LinkOnly`); a voice feature's name has none.
        init?(name: String) {
            if let voice = VoiceFeature(name: name) {
                self = .voice(voice)
            } else if name.contains("."), !name.hasPrefix("."), !name.hasSuffix(".") {
                self = .rule(name)
            } else {
                return nil
            }
        }
    }

    public var intercept: Double
    /// The features and their coefficients, in the file's order.
    public var features: [Feature]
    public var coefficients: [Double]
    public var broadcastBelow: Int
    public var authenticFrom: Int
    /// Where the model came from, for messages: a path, or "Candor (built in)".
    public var origin: String

    public init(
        intercept: Double, features: [Feature], coefficients: [Double], broadcastBelow: Int = 40,
        authenticFrom: Int = 70, origin: String = "model"
    ) {
        precondition(features.count == coefficients.count)
        self.intercept = intercept
        self.features = features
        self.coefficients = coefficients
        self.broadcastBelow = broadcastBelow
        self.authenticFrom = authenticFrom
        self.origin = origin
    }

    /// A model that knows nothing: every post scores 50 until rules of the scoring packs move it.
    public static let empty = ScoreModel(intercept: 0, features: [], coefficients: [], origin: "no model")

    /// The coefficient of `feature`, or nil when the model does not know it.
    public func coefficient(of feature: Feature) -> Double? {
        features.firstIndex(of: feature).map { coefficients[$0] }
    }

    /// The rules the model knows.
    public var ruleIDs: Set<String> {
        Set(features.compactMap { if case .rule(let id) = $0 { id } else { nil } })
    }

    // MARK: - YAML

    public static let fileName = "candor-score.yml"

    /// Reads a model file.
    public static func load(path: String) throws(LoadError) -> ScoreModel {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(path, limit: .scoreModel)
        } catch {
            throw LoadError(path: path, message: error.message)
        }
        let text = try UTF8Repair.text(bytes, path: path)
        return try decode(document: YAMLMapping.document(yaml: text, path: path), path: path)
    }

    static func decode(document: YAMLValue, path: String) throws(LoadError) -> ScoreModel {
        var mapping = try YAMLMapping(document, path: path, what: "a score model")
        if let kind = try mapping.string("model"), kind != "logistic" {
            throw mapping.error("model", "is '\(kind)'; candor reads logistic models")
        }
        guard let intercept = try mapping.double("intercept") else {
            throw LoadError(path: path, line: 1, key: "intercept", message: "a score model needs an intercept")
        }
        let broadcastBelow = try mapping.int("broadcast-below") ?? 40
        let authenticFrom = try mapping.int("authentic-from") ?? 70
        guard (0...100).contains(broadcastBelow), (0...100).contains(authenticFrom), broadcastBelow <= authenticFrom else {
            throw mapping.error("broadcast-below", "thresholds must lie in 0...100, broadcast-below not above authentic-from")
        }
        var features: [Feature] = []
        var coefficients: [Double] = []
        if var table = try mapping.mapping("features") {
            for name in table.keys {
                guard let feature = Feature(name: name) else {
                    throw table.error(name, "is no feature: a voice feature (\(VoiceFeature.allCases.map(\.name).joined(separator: ", "))) or a rule id, Pack.Rule")
                }
                guard !features.contains(feature) else { throw table.error(name, "is listed twice") }
                guard let value = try table.double(name), value.isFinite else {
                    throw table.error(name, "must be a number")
                }
                features.append(feature)
                coefficients.append(value)
            }
        }
        // `fit` records how the model was made, for the reader; nothing reads it back.
        _ = mapping.node("fit")
        try mapping.rejectUnknownKeys(hint: "in a score model (it takes model, intercept, broadcast-below, authentic-from, features, fit)")
        return ScoreModel(
            intercept: intercept, features: features, coefficients: coefficients, broadcastBelow: broadcastBelow,
            authenticFrom: authenticFrom, origin: path)
    }

    /// The model as its file: the same model gives the same bytes, so a refit that changed nothing shows no
    /// diff. `header` lines become comments at the top, `fit` records how it was made.
    public func yaml(header: [String], fit: [(String, String)]) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("model: logistic")
        lines.append("intercept: \(Self.format(intercept))")
        lines.append("broadcast-below: \(broadcastBelow)")
        lines.append("authentic-from: \(authenticFrom)")
        lines.append("features:")
        let width = features.map(\.name.count).max() ?? 0
        for (feature, coefficient) in zip(features, coefficients) {
            let key = "\(feature.name):".padding(width + 1)
            let value = Self.format(coefficient)
            switch feature {
            case .voice(let voice): lines.append("  \(key) \(value.padding(8))  # \(voice.summary)")
            case .rule: lines.append("  \(key) \(value)")
            }
        }
        if !fit.isEmpty {
            lines.append("fit:")
            for (key, value) in fit { lines.append("  \(key): \(value)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Four decimals, a plain sign, no "-0": coefficients compare across refits and read in a diff.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return String(format: "%.4f", rounded == 0 ? 0 : rounded)
    }
}
