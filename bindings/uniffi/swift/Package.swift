// swift-tools-version:5.9
// The Swift package of the Tessera native core. `cargo xtask uniffi-test` assembles it in
// the build dir ($CARGO_TARGET_DIR/uniffi/swift-package): this manifest and the tests from
// bindings/uniffi/swift, the sources uniffi-bindgen generates, and libtessera_uniffi in lib/.
// With a Swift toolchain: `swift test -Xlinker -L -Xlinker lib` in that folder.
import PackageDescription

let package = Package(
    name: "TesseraCore",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "TesseraCore", targets: ["TesseraCore"]),
    ],
    targets: [
        // The C header and module map of the Rust library's FFI (generated).
        .systemLibrary(name: "TesseraCoreFFI", path: "Sources/TesseraCoreFFI"),
        // The Swift API (generated).
        .target(
            name: "TesseraCore",
            dependencies: ["TesseraCoreFFI"],
            path: "Sources/TesseraCore",
            linkerSettings: [.linkedLibrary("tessera_uniffi")]
        ),
        .testTarget(
            name: "TesseraCoreTests",
            dependencies: ["TesseraCore"],
            path: "Tests/TesseraCoreTests"
        ),
    ]
)
