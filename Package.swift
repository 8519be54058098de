// swift-tools-version:6.0
import PackageDescription

// Built and tested on Linux only: no macOS platform is claimed (README, "Install").
let package = Package(
    name: "candor",
    products: [
        .executable(name: "candor", targets: ["candor"]),
        .library(name: "CandorKit", targets: ["CandorKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 of what each cache entry was made from (ContentCache).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Debian's libpcre2-dev; the only module that sees it is CandorRegex.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // The layers under CandorKit (docs/ARCHITECTURE.md), each a module so that none reaches past its own
        // dependencies: bytes at the bottom, the twitter-text port and the regex layer on it. CandorBytes's
        // helpers are public and @inlinable, although no product offers the module: they run in the other
        // modules' inner loops, and Swift inlines a `package` declaration's body only within its own module.
        .target(name: "CandorBytes"),
        .target(name: "CandorEntities", dependencies: ["CandorBytes"]),
        .target(name: "CandorRegex", dependencies: ["CPCRE2"]),
        .target(
            name: "CandorKit",
            dependencies: [
                "CandorBytes", "CandorEntities", "CandorRegex",
                .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "candor",
            dependencies: ["CandorKit", "CandorEntities", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Writes Rules/ into CandorKit as Swift source, each rule file composed by CandorKit itself, so a
        // copied binary carries its packs and never parses them.
        .executableTarget(name: "EmbedRules", dependencies: ["CandorKit"]),
        .testTarget(name: "CandorBytesTests", dependencies: ["CandorBytes"]),
        // twitter-text's own conformance files, with their licence, in Resources/twitter-text.
        .testTarget(
            name: "CandorEntitiesTests",
            dependencies: ["CandorEntities", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "CandorRegexTests", dependencies: ["CandorRegex"]),
        .testTarget(
            name: "CandorKitTests",
            dependencies: ["CandorKit", "CandorBytes", "CandorEntities", "CandorRegex", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "CandorCLITests",
            dependencies: ["candor"]
        ),
    ]
)

// libFuzzer targets (`make fuzz`, Benchmarks/fuzz.sh). They link only with `-sanitize=fuzzer`, so they exist
// only when CANDOR_FUZZ is set and ordinary builds never see them.
if Context.environment["CANDOR_FUZZ"] != nil {
    package.targets += [
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CandorKit", "CLibFuzzer"]),
    ]
    for name in ["Markdown", "CSV", "JSON", "YAMLQueue", "RuleLoader", "MetricExpression", "Fixer"] {
        package.targets.append(.executableTarget(name: "Fuzz\(name)", dependencies: ["CandorKit", "FuzzSupport"]))
    }
}

// `make release` sets CANDOR_STATIC and builds with --static-swift-stdlib: the binary is then linked fully
// static. Without the dynamic loader binding libstdc++, libc and PCRE2 at every start, a one-post run takes a
// quarter less time (README, "Performance"). glibc warns at link time that its user, group and host lookups
// would need its shared libraries at run time; candor makes none of those lookups.
if Context.environment["CANDOR_STATIC"] != nil, let candor = package.targets.first(where: { $0.name == "candor" }) {
    candor.linkerSettings = [.unsafeFlags(["-static-executable"], .when(platforms: [.linux]))]
}
