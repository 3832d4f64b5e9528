// swift-tools-version: 6.0
import PackageDescription

// One library target per pipeline stage (see DESIGN.md); dependencies point down only:
// BriefingModel ← Config/Fetch/Parse/Store/Classify/Compose ← Pipeline ← briefing.
let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"])
    ],
    dependencies: [
        // Command-line parsing with typed options, help text and exit codes.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // feeds.yaml: YAML with node marks, so validation errors can name the line.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The embedded SQLite store: migrations, WAL, typed rows.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Custom draft templates (feeds.yaml `template:`): logic-less, maintained, no Foundation-only APIs.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `briefing serve`: the editors' workbench, an HTTP server on SwiftNIO with an in-process test client.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird logs through swift-log; `serve` silences it and logs its own one line per request.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl's headers (libcurl4-openssl-dev) and a loader: the library itself is opened by the
        // first fetch (see Sources/CCurl/include/CCurl.h), so the commands that never fetch start
        // without it.
        .target(name: "CCurl"),
        .target(name: "BriefingModel"),
        .target(
            name: "BriefingConfig",
            dependencies: ["BriefingModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "BriefingFetch", dependencies: ["BriefingModel", "CCurl"]),
        .target(name: "BriefingParse", dependencies: ["BriefingModel", "CLibXML2"]),
        .target(
            name: "BriefingStore",
            dependencies: [
                "BriefingModel", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "BriefingClassify", dependencies: ["BriefingModel"]),
        .target(
            name: "BriefingCompose",
            dependencies: ["BriefingModel", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "BriefingPipeline",
            dependencies: [
                "BriefingModel", "BriefingConfig", "BriefingFetch", "BriefingParse",
                "BriefingStore", "BriefingClassify", "BriefingCompose",
            ]
        ),
        .target(
            name: "BriefingServe",
            dependencies: [
                "BriefingModel", "BriefingPipeline", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingModel", "BriefingPipeline", "BriefingServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "briefing-bench",
            dependencies: [
                "BriefingModel", "BriefingConfig", "BriefingFetch", "BriefingParse", "BriefingStore",
                "BriefingClassify", "BriefingCompose", "BriefingPipeline",
            ],
            path: "Benchmarks",
            exclude: [
                "run-benchmark.sh", "parse-instructions.sh", "parse-paths.py", "volume-benchmark.sh", "volume-month.py",
                "serve-benchmark.sh",
            ]
        ),
        // libFuzzer targets over the parser and the config reader; `scripts/fuzz` builds them
        // with -sanitize=fuzzer,address (an ordinary build links them without libFuzzer).
        .systemLibrary(name: "CFuzzer", path: "Fuzz/CFuzzer"),
        .executableTarget(
            name: "briefing-fuzz",
            dependencies: ["BriefingParse", "BriefingConfig", "CFuzzer"],
            path: "Fuzz/briefing-fuzz"
        ),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"]),
        .testTarget(
            name: "BriefingConfigTests", dependencies: ["BriefingConfig", "BriefingModel"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "BriefingFetchTests", dependencies: ["BriefingFetch", "BriefingModel"], resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BriefingParseTests", dependencies: ["BriefingParse", "BriefingModel", "CLibXML2"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BriefingStoreTests",
            dependencies: ["BriefingStore", "BriefingModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "BriefingClassifyTests", dependencies: ["BriefingClassify", "BriefingModel"]),
        .testTarget(
            name: "BriefingComposeTests", dependencies: ["BriefingCompose", "BriefingModel"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "BriefingPipelineTests",
            dependencies: ["BriefingPipeline", "BriefingModel", "BriefingConfig", "BriefingStore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BriefingServeTests",
            dependencies: [
                "BriefingServe", "BriefingPipeline", "BriefingModel", "BriefingStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
