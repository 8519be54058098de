import Testing
@testable import CandorKit

struct DocumentURITests {
    @Test func fileURIsDecodeToPathsAndBack() {
        #expect(DocumentURI.path(of: "file:///home/a%20b/caf%C3%A9.md", languageId: "markdown") == "/home/a b/café.md")
        #expect(DocumentURI.path(of: "file://localhost/tmp/x.csv", languageId: nil) == "/tmp/x.csv")
        #expect(DocumentURI.uri(ofPath: "/home/a b/café.md") == "file:///home/a%20b/caf%C3%A9.md")
        #expect(DocumentURI.path(of: DocumentURI.uri(ofPath: "/q/100%#?.md"), languageId: nil) == "/q/100%#?.md")
    }

    @Test func aDocumentWithoutAFileIsNamedAfterItsLanguage() {
        #expect(DocumentURI.path(of: "untitled:Untitled-1", languageId: "markdown") == "untitled.md")
        #expect(DocumentURI.path(of: "untitled:Untitled-2", languageId: "csv") == "untitled.csv")
        #expect(DocumentURI.path(of: "untitled:Untitled-3", languageId: "python") == nil)
    }
}
