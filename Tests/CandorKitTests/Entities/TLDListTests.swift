import Foundation
import Testing
import Yams

@testable import CandorKit

@Suite("TLDList")
struct TLDListTests {
    @Test("the generated lists match twitter-text's tld_lib.yml")
    func matchesSource() throws {
        let yaml = try String(
            contentsOf: TwitterTextData.directory.appendingPathComponent("tld_lib.yml"), encoding: .utf8)
        let lists = try YAMLDecoder().decode([String: [String]].self, from: yaml)
        #expect(Set(try #require(lists["country"])) == TLDList.country)
        #expect(Set(try #require(lists["generic"])) == TLDList.generic)
        #expect(lists.count == 2)
    }

    @Test("the URL scanner's bound on a name's length is the longest name in the lists")
    func longestName() {
        let longest = TLDList.generic.union(TLDList.country).map(\.unicodeScalars.count).max()
        #expect(UrlScanner.longestTLD == longest)
    }
}
