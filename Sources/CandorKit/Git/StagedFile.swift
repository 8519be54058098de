/// A regular file as the index holds it: its path from the top of the work tree and the id of its blob.
public struct StagedFile: Sendable, Equatable {
    public let path: String
    public let object: String

    public init(path: String, object: String) {
        self.path = path
        self.object = object
    }
}
