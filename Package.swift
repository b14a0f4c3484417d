// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SiteGen", targets: ["SiteGen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        // swift-mustache 2.1.1, vendored with patches to its value lookups: see Sources/Mustache/README.md.
        .target(name: "Mustache", exclude: ["LICENSE.txt", "README.md"]),
        // Extended attributes for the output writer's records: Swift's Glibc module lacks them.
        .target(name: "CXattr"),
        .target(name: "CAllocatorSettings"),
        .target(
            name: "SiteGen",
            dependencies: [
                "CMark",
                "CXattr",
                "CVips",
                .product(name: "Yams", package: "Yams"),
                "Mustache",
            ]
        ),
        // The preview server lives apart so that the core library never depends on SwiftNIO.
        .target(
            name: "SiteGenServer",
            dependencies: [
                "SiteGen",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteGen",
                "CAllocatorSettings",
                "SiteGenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc in place of glibc's malloc: a build allocates and frees on every core at
            // once, which jemalloc's per-thread caches serve with less CPU than glibc's arenas, for
            // the same peak memory. Debian's libjemalloc-dev, installed by the Makefile.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SiteGenTests",
            dependencies: ["SiteGen", "Mustache"],
            exclude: ["Fixtures"]
        ),
        // swift-mustache's own tests, but for those that write files; the Mustache spec's cases,
        // written out here (Spec*Tests); and the tests of sitegen's patches.
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["sitegen", "SiteGen"]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: ["SiteGenServer", "SiteGen"]
        ),
        // SiteGen too: the search checks compare search.js with the Swift tokenizer.
        .testTarget(name: "SiteChecks", dependencies: ["sitegen", "SiteGen"], exclude: ["Scripts"]),
    ]
)
