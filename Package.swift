// swift-tools-version: 6.1
import PackageDescription

/// The trainer's numerical targets (`Kernels`, `Training`, `DataParallel`) are compiled with optimisation in every
/// configuration, so that debug builds and the test suite run them at the speed users see
/// (unoptimised Swift numerics run 10-100x slower). They are in no library product: SwiftPM
/// refuses a dependency whose products carry unsafe flags.
let alwaysOptimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

/// The library products (`ScalingLaws`, `Mixing`, `Corpus`) are depended on by version, so they
/// carry no unsafe flags unless `VELOCITUNE_OPTIMIZE=1` asks for `-O` in debug builds too (the
/// Makefile sets it for the test suite; never set it in a package that depends on velocitune).
let optimizedForDevelopment: [SwiftSetting] = Context.environment["VELOCITUNE_OPTIMIZE"] == "1" ? alwaysOptimized : []

/// Kernels also target x86-64-v3 (AVX2, FMA) on x86 hosts: the baseline target turns every SIMD
/// multiply-add into a library call per lane. Set VELOCITUNE_PORTABLE=1 to build for older CPUs.
#if arch(x86_64)
let hostSIMD: [SwiftSetting] = Context.environment["VELOCITUNE_PORTABLE"] == "1" ? [] : [.unsafeFlags(["-Xcc", "-march=x86-64-v3"])]
#else
let hostSIMD: [SwiftSetting] = []
#endif

let package = Package(
    name: "velocitune",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "velocitune", targets: ["velocitune"]),
        .library(name: "ScalingLaws", targets: ["ScalingLaws"]),
        .library(name: "Mixing", targets: ["Mixing"]),
        .library(name: "Corpus", targets: ["Corpus"]),
    ],
    traits: [
        .trait(name: "OpenBLAS", description: "Matrix products through the system OpenBLAS (libopenblas-dev); without it a portable SIMD kernel is used."),
        .trait(name: "MPI", description: "Data-parallel training over MPI (`mpirun -np N velocitune train ...`) through the system Open MPI (libopenmpi-dev)."),
        .default(enabledTraits: ["OpenBLAS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through Hummingbird: named for the controller's connection handler.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
    ],
    targets: [
        .target(name: "Common"),
        .target(name: "ScalingLaws", dependencies: ["Common"], swiftSettings: optimizedForDevelopment),
        .target(name: "Mixing"),
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .target(name: "Kernels",
                dependencies: ["Common", .target(name: "CBLAS", condition: .when(traits: ["OpenBLAS"]))],
                swiftSettings: alwaysOptimized + hostSIMD),
        .systemLibrary(name: "CMPI", pkgConfig: "ompi-c", providers: [.apt(["libopenmpi-dev"])]),
        .target(name: "DataParallel", dependencies: ["Kernels", .target(name: "CMPI", condition: .when(traits: ["MPI"]))],
                swiftSettings: alwaysOptimized),
        .target(name: "Artifacts", dependencies: ["Common", "Mixing", "Corpus", "RunLog", "ScalingLaws"]),
        .target(name: "Training", dependencies: ["Artifacts", "Kernels", "DataParallel", "Corpus", "Mixing", "RunLog", "ScalingLaws", "Common"], swiftSettings: alwaysOptimized),
        .target(name: "Report", dependencies: ["Artifacts", "Charts", "ScalingLaws", "Common"]),
        .target(name: "Pipeline", dependencies: ["Training", "Artifacts", "Report", "Corpus", "Mixing", "ScalingLaws", "RunLog", "Common"]),
        .target(name: "Controller", dependencies: ["Mixing", "Common", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "ControllerServer", dependencies: [
            "Controller", "Common",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        ]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Corpus", dependencies: ["Common", "CZlib"], swiftSettings: optimizedForDevelopment),
        .target(name: "RunLog", dependencies: ["Common"]),
        .target(name: "ConfigFiles", dependencies: ["Common", .product(name: "Yams", package: "Yams")]),
        .target(name: "Charts", dependencies: ["Common"]),
        .target(name: "Simulation", dependencies: ["Mixing", "RunLog", "Common"]),
        .executableTarget(
            name: "velocitune",
            dependencies: [
                "ScalingLaws", "Mixing", "Corpus", "Artifacts", "Training", "Kernels", "Pipeline", "Report", "Controller", "ControllerServer",
                "Common", "RunLog", "ConfigFiles", "Simulation", "DataParallel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(name: "TestSupport", dependencies: ["Corpus", "Common"], path: "Tests/TestSupport"),
        .testTarget(name: "ScalingLawsTests", dependencies: ["ScalingLaws", "Common", "TestSupport"]),
        .testTarget(name: "MixingTests", dependencies: ["Mixing", "Common"]),
        .testTarget(name: "KernelsTests", dependencies: ["Kernels", "Common"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "Artifacts", "Kernels", "Corpus", "RunLog", "Common", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Artifacts", "Report", "Training", "Corpus", "Common", "Mixing", "RunLog", "ConfigFiles", "ScalingLaws",
                                                          "TestSupport"]),
        .testTarget(name: "ControllerTests", dependencies: ["Controller", "Mixing", "TestSupport", "velocitune"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Common", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "ConfigFiles", "Mixing", "RunLog", "TestSupport"]),
        .testTarget(name: "ConfigFilesTests", dependencies: ["ConfigFiles"]),
        .testTarget(name: "CLITests", dependencies: ["velocitune", "Artifacts", "Common", "ConfigFiles", "Mixing", "Pipeline", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
