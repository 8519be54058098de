import Testing
@testable import CandorKit

/// Regression (found by FuzzFixer, under the address sanitizer): listing a folder (a rule pack, the content
/// cache when pruned) copied each entry's whole `d_name`, 256 bytes, while glibc sizes a `readdir` record to
/// its name, so the last short entry of its buffer was read past its end. The name is now read where it
/// stands, up to its NUL. `make sanitize` reports the over-read if it comes back; here, every name of a
/// folder of short and long names is listed as it is.
struct DirectoryEntriesTests {
    @Test func everyNameIsListedWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var names: Set<String> = []
        for length in [1, 2, 3, 7, 8, 9, 15, 16, 17, 100, 200, 255] {
            let name = String(repeating: "n", count: length - 1) + "\(length % 10)"
            try folder.write(name, "")
            names.insert(name)
        }
        try folder.write("Fuzz/Swap.yml", "")
        names.insert("Fuzz")
        let listed = try Directory.entries(folder.path)
        #expect(Set(listed) == names)
        #expect(listed.count == names.count)
    }
}
