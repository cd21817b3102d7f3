// swift-tools-version: 6.1
import PackageDescription

/// Layout (arrows point down only): `tilbud`, `WebApp` -> `Directory` -> `Catalog`, `OfferIndex`, `Export`, `Handout`,
/// `Editorial`, `Mail` -> `OfferModel`; `OfferIndex` -> `TextEmbedding` (the one seam to a sentence-embedding model, loaded at run time).
/// The compiler keeps the faces above `Directory`: it imports every module below it with `internal import`
/// except `OfferModel`, the shared vocabulary (offers, search requests and results, findings, audit
/// entries) that is its public API's language, so the faces depend on `Directory`, `OfferModel`,
/// `Accounts` and `Settings` only. `CXapian` is the only C++ and only `OfferIndex` imports it; Hummingbird appears only in `WebApp`.
/// `Accounts` (who may enter Redaktionen) is used by the two faces only; it takes bcrypt from
/// hummingbird-auth's `HummingbirdBcrypt`, which is the C bcrypt alone, not the web framework.
let package = Package(
    name: "Tilbudsguide",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tilbud", targets: ["tilbud"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        .target(name: "OfferModel"),
        .target(name: "Catalog", dependencies: ["OfferModel", "Yams"]),
        .target(name: "TextEmbedding", dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                     .product(name: "NIOCore", package: "swift-nio"),
                                                     .product(name: "NIOHTTP1", package: "swift-nio")]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev", "hunspell-da"])]),
        .target(name: "OfferIndex", dependencies: ["OfferModel", "CXapian", "CHunspell", "TextEmbedding"]),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "fonts-dejavu-core"])]
        ),
        .target(name: "Handout", dependencies: ["OfferModel", "CPangoCairo"]),
        .systemLibrary(name: "CDeflate", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "Export", dependencies: ["OfferModel", "ZIPFoundation"]),
        .target(name: "Editorial", dependencies: ["OfferModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Mail"),
        .target(name: "Directory", dependencies: ["OfferModel", "Catalog", "OfferIndex", "TextEmbedding", "Export", "Handout", "Editorial", "Mail",
                                                  .product(name: "Logging", package: "swift-log"),
                                                  .product(name: "NIOPosix", package: "swift-nio")]),
        .target(
            name: "Accounts",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Settings", dependencies: [.product(name: "Configuration", package: "swift-configuration")]),
        .target(name: "LogOutput", dependencies: [.product(name: "Logging", package: "swift-log")]),
        .target(
            name: "WebApp",
            dependencies: ["Directory", "OfferModel", "Accounts", "CDeflate", "CQREncode", "Settings",
                           .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                           .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "Metrics", package: "swift-metrics"),
                           .product(name: "Prometheus", package: "swift-prometheus"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                           .product(name: "HummingbirdCore", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOHTTPTypes", package: "swift-nio-extras")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "tilbud",
            dependencies: ["Directory", "OfferModel", "WebApp", "Accounts", "Settings", "LogOutput",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "tilbud-bench",
            dependencies: ["Directory", "Catalog", "OfferIndex", "TextEmbedding", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OfferModelTests", dependencies: ["OfferModel"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "OfferModel", "TestSupport"]),
        .testTarget(name: "TextEmbeddingTests", dependencies: ["TextEmbedding", "TestSupport"]),
        .testTarget(name: "OfferIndexTests", dependencies: ["OfferIndex", "OfferModel", "TextEmbedding", "TestSupport"]),
        .testTarget(name: "DirectoryTests", dependencies: ["Directory", "Catalog", "OfferIndex", "OfferModel", "TextEmbedding", "Editorial", "TestSupport"]),
        .testTarget(name: "EditorialTests", dependencies: ["Editorial", "OfferModel", "TestSupport"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "TestSupport"]),
        .testTarget(name: "HandoutTests", dependencies: ["Handout", "Directory", "OfferModel", "TestSupport"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Catalog", "Directory", "OfferModel", "TestSupport"],
                    exclude: ["Validators"]),
        .testTarget(name: "AccountsTests", dependencies: ["Accounts", "TestSupport"]),
        .testTarget(name: "TilbudCLITests", dependencies: ["TestSupport"], exclude: ["Scripts"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings", "TestSupport"]),
        .testTarget(name: "LogOutputTests", dependencies: ["LogOutput", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "RelevanceTests", dependencies: ["Directory", "OfferIndex", "OfferModel", "TextEmbedding", "TestSupport"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: ["WebApp", "Directory", "OfferModel", "Accounts", "LogOutput", "TextEmbedding", .product(name: "HummingbirdTesting", package: "hummingbird"), "TestSupport",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOEmbedded", package: "swift-nio"),
                           .product(name: "NIOHTTPTypes", package: "swift-nio-extras")],
            exclude: ["Scripts", "artefacts"]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
