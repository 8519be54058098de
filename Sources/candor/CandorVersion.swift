/// The version `candor --version` prints, and SARIF and the language server report as the tool's.
enum CandorVersion {
    static let string = "0.1.0"
}
