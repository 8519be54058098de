import Testing

@testable import CandorBytes

@Suite("SortedNames")
struct SortedNamesTests {
    let names = SortedNames(["ab", "abc", "b", "zz", "é", "香港"])

    @Test("finds each name, at either end and in the middle")
    func findsEveryName() {
        #expect(names.isSorted)
        for name in names.names { #expect(names.contains(name), "\(name)") }
    }

    @Test("finds nothing else: prefixes, extensions, names between and past the ends")
    func findsNothingElse() {
        for name in ["", "a", "abcd", "aa", "c", "zzz", "\u{0}", "香", "e"] {
            #expect(!names.contains(name), "\(name)")
        }
        #expect(!SortedNames([]).contains("a"))
    }

    @Test("an unsorted list says so")
    func unsorted() {
        #expect(!SortedNames(["b", "a"]).isSorted)
        #expect(!SortedNames(["a", "a"]).isSorted)
    }
}
