// swift-tools-version:6.0
import PackageDescription

/// TongHop: monthly commune returns (CSV or XLSX) → validated, consolidated XLSX workbooks.
///
/// Modules depend one way only:
/// `Common` ← `CSVReading`, `XLSXReading`, `TaskModel` ← `Validation` ← `Consolidation` ← `tonghop`;
/// `CLibXML2` ← `XLSXReading`;
/// `CXlsxWriter`, `CZipLevel`, `CSheetCells` ← `XLSX` ← `Consolidation`, `Templates`; `CLibCrypto` ← `Common`;
/// `Validation` ← `Archive` (GRDB) ← `tonghop`, `WebApp` ← `tonghop-web`.
let package = Package(
    name: "TongHop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tonghop", targets: ["tonghop"]),
        .executable(name: "tonghop-web", targets: ["tonghop-web"]),
        .library(name: "TongHopKit", targets: ["XLSX", "XLSXReading", "CSVReading", "TaskModel", "Validation", "Consolidation", "Templates", "Archive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "CZipLevel"),
        .target(name: "CSheetCells"),
        .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZipLevel", "CSheetCells"]),
        .target(name: "Common", dependencies: ["CLibCrypto"]),
        .target(name: "CSVReading", dependencies: ["Common"]),
        .target(name: "TaskModel", dependencies: ["Common"], exclude: ["Resources/model.json"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "XLSXReading",
            dependencies: ["Common", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "Validation", dependencies: ["Common", "CSVReading", "XLSXReading", "TaskModel"]),
        .target(name: "Consolidation", dependencies: ["Common", "TaskModel", "Validation", "XLSX"]),
        .target(name: "Templates", dependencies: ["Common", "TaskModel", "XLSX"]),
        .target(name: "Archive", dependencies: [
            "Common", "CSVReading", "TaskModel", "Validation", "Consolidation", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(
            name: "tonghop",
            dependencies: [
                "Common", "CSVReading", "TaskModel", "Validation", "Consolidation", "Templates", "XLSX", "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web page for clerks lives in its own executable so that `tonghop` (the quick
        // start's build) does not compile or link an HTTP server; `tonghop serve` runs it.
        .target(
            name: "WebApp",
            dependencies: [
                "Common", "CSVReading", "TaskModel", "Validation", "Consolidation", "Archive", "CLibCrypto",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/app.css"), .copy("Resources/app.js")],
            // GRDB comes in with the archive; without this its `??` and string-interpolation
            // members would leak into every file and turn text into SQL.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "tonghop-web",
            dependencies: ["WebApp", "Common", "TaskModel", "CSVReading", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "TestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "CommonTests", dependencies: ["Common", "CLibCrypto"]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
        .testTarget(name: "XLSXReadingTests", dependencies: ["XLSXReading", "XLSX", "TestSupport"]),
        .testTarget(name: "CSVReadingTests", dependencies: ["CSVReading", "TestSupport"]),
        .testTarget(name: "TaskModelTests", dependencies: ["TaskModel"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "TestSupport"]),
        .testTarget(name: "ConsolidationTests", dependencies: ["Consolidation", "Validation", "XLSX", "TestSupport"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Common", "TestSupport"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "Validation", "TaskModel", "TestSupport"]),
        .testTarget(name: "WebAppTests", dependencies: ["WebApp", "TestSupport"],
                    swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
    ],
    swiftLanguageModes: [.v6]
)
