/// What `candor calibrate` was asked to do.
public struct CalibrationOptions: Sendable {
    /// Which labelled files, and the configuration whose packs and model are calibrated.
    public var lint = LintOptions()
    /// The field holding each post's label, `broadcast` or `authentic`; posts with any other value are left out.
    public var labelField = "expected"
    /// Fields whose values group the posts (a source, an author); within a label every group weighs the same.
    public var groupFields: [String] = []
    public var output = ScoreModel.fileName
    public var folds = Calibration.defaultFolds
    public var penalty = Calibration.defaultPenalty

    public init() {}
}
