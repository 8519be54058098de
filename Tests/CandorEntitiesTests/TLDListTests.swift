import Foundation
import Testing
import Yams

@testable import CandorEntities

@Suite("TLDList")
struct TLDListTests {
    @Test("the generated lists match twitter-text's tld_lib.yml")
    func matchesSource() throws {
        let yaml = try String(
            contentsOf: TwitterTextData.directory.appendingPathComponent("tld_lib.yml"), encoding: .utf8)
        let lists = try YAMLDecoder().decode([String: [String]].self, from: yaml)
        #expect(Set(try #require(lists["country"])) == Set(TLDList.country.names))
        #expect(Set(try #require(lists["generic"])) == Set(TLDList.generic.names))
        #expect(TLDList.country.names.count == lists["country"]?.count)
        #expect(TLDList.generic.names.count == lists["generic"]?.count)
        #expect(lists.count == 2)
    }

    @Test("each list is sorted, so a search by halves finds every name and nothing else")
    func sortedForSearch() {
        for list in [TLDList.country, TLDList.generic] {
            #expect(list.isSorted)
            #expect(list.names.allSatisfy(list.contains))
        }
        #expect(TLDList.generic.contains("com"))
        #expect(TLDList.country.contains("香港"))
        #expect(!TLDList.generic.contains("co"))
        #expect(!TLDList.country.contains(""))
        #expect(!TLDList.country.contains("zzzz"))
    }

    @Test("the URL scanner's bound on a name's length is the longest name in the lists")
    func longestName() {
        let longest = (TLDList.generic.names + TLDList.country.names).map(\.unicodeScalars.count).max()
        #expect(UrlScanner.longestTLD == longest)
    }
}
