// swift-tools-version: 6.1
import PackageDescription

/// Numerical targets are compiled with optimisation in every configuration, so that debug builds
/// and the test suite run them at the speed users see (unoptimised Swift numerics run 10-100x slower).
let alwaysOptimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "velocitune",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "velocitune", targets: ["velocitune"]),
        .library(name: "ScalingLaws", targets: ["ScalingLaws"]),
        .library(name: "Mixing", targets: ["Mixing"]),
        .library(name: "Corpus", targets: ["Corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "Common"),
        .target(name: "ScalingLaws", dependencies: ["Common"], swiftSettings: alwaysOptimized),
        .target(name: "Mixing"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Corpus", dependencies: ["Common", "CZlib"], swiftSettings: alwaysOptimized),
        .target(name: "RunLog", dependencies: ["Common"]),
        .target(name: "ConfigFiles", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Charts"),
        .target(name: "Simulation", dependencies: ["Mixing", "RunLog", "Common"]),
        .executableTarget(
            name: "velocitune",
            dependencies: [
                "ScalingLaws", "Mixing", "Corpus", "Common", "RunLog", "ConfigFiles", "Charts", "Simulation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ScalingLawsTests", dependencies: ["ScalingLaws", "Common", "TestSupport"]),
        .testTarget(name: "MixingTests", dependencies: ["Mixing", "Common"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Common", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "ConfigFiles", "Mixing", "RunLog", "TestSupport"]),
        .testTarget(name: "ConfigFilesTests", dependencies: ["ConfigFiles"]),
        .testTarget(name: "CLITests", dependencies: ["velocitune", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
