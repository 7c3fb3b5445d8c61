//! The native core's optional features and its uniffi bindings (Kotlin, Swift), as steps of
//! `cargo xtask test` and as `cargo xtask uniffi-test` on their own.
//!
//! 1. tessera-core's `http-fetch` and `webauthn` features: their integration tests (a real
//!    local HTTP server, a software passkey) and clippy with the features on, since the
//!    workspace-wide runs build the core without them.
//! 2. The `tessera-uniffi` cdylib and its `uniffi-bindgen` bin (debug build).
//! 3. Kotlin bindings generated into the build dir, then the Maven project in
//!    `bindings/uniffi/kotlin` compiles them with the JUnit tests and runs every shared
//!    vector on the JVM through JNA. Maven fetches Kotlin, JNA and JUnit from Maven Central
//!    into `~/.m2` on the first run.
//! 4. Swift bindings generated twice into the build dir and compared byte for byte (the
//!    output must be stable), then assembled with the committed package skeleton
//!    (`bindings/uniffi/swift/Package.swift`) into a SwiftPM package, checked for every file
//!    the manifest names. There is no Swift toolchain here, so nothing compiles it.
//!
//! Surefire's totals join the `cargo test` counts in the final line.

use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cmd::{self, TestCounts};
use crate::steps::Runner;

const CORE_FEATURES: &str = "http-fetch,webauthn";
const KOTLIN_DIR: &str = "bindings/uniffi/kotlin";
const SWIFT_SKELETON: &str = "bindings/uniffi/swift";
const LIB_NAME: &str = "libtessera_uniffi.so";

/// Adds the steps to `runner`, their test counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path, skip_lint: bool) {
    if skip_lint {
        runner.skip("core features clippy", "--skip-lint");
    } else {
        runner.run("core features clippy", || {
            cmd::run(cargo(root).args([
                "clippy",
                "-p",
                "tessera-core",
                "--features",
                CORE_FEATURES,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        });
    }
    runner.run("core features tests (http fetcher, webauthn)", || {
        cmd::run_tests(
            cargo(root).args([
                "test",
                "-p",
                "tessera-core",
                "--features",
                CORE_FEATURES,
                "--test",
                "features",
            ]),
            counts,
        )
    });

    let built = runner
        .run("uniffi build", || {
            cmd::run(cargo(root).args(["build", "-p", "tessera-uniffi", "--lib", "--bins"]))
        })
        .is_some();
    if !built {
        for step in [
            "uniffi kotlin generate",
            "uniffi kotlin tests",
            "uniffi swift generate",
        ] {
            runner.skip(step, "the build failed");
        }
        return;
    }
    let out = target_dir(root).join("uniffi");
    let lib_dir = target_dir(root).join("debug");

    let kotlin = out.join("kotlin");
    let generated = runner
        .run("uniffi kotlin generate", || {
            generate(root, "kotlin", &kotlin)?;
            let file = kotlin.join("dev/tessera/core/tessera_uniffi.kt");
            if !file.is_file() {
                return Err(format!("uniffi-bindgen wrote no {}", file.display()));
            }
            Ok(())
        })
        .is_some();
    if generated {
        runner.run("uniffi kotlin tests", || {
            maven_tests(root, &kotlin, &lib_dir, counts)
        });
    } else {
        runner.skip("uniffi kotlin tests", "no bindings");
    }
    runner.run("uniffi swift generate", || {
        swift_package(root, &out, &lib_dir)
    });
}

/// `cargo xtask uniffi-test`: the steps above on their own.
pub fn test(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root, false);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

/// Runs the crate's pinned uniffi-bindgen in library mode into a fresh `out_dir`.
fn generate(root: &Path, language: &str, out_dir: &Path) -> Result<(), String> {
    if out_dir.exists() {
        fs::remove_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    }
    let debug = target_dir(root).join("debug");
    cmd::run(
        Command::new(debug.join("uniffi-bindgen"))
            .args([
                "generate",
                "--no-format",
                "--language",
                language,
                "--library",
            ])
            .arg(debug.join(LIB_NAME))
            // Library mode finds bindings/uniffi/uniffi.toml through `cargo metadata`.
            .arg("--out-dir")
            .arg(out_dir)
            .current_dir(root),
    )
}

fn maven_tests(
    root: &Path,
    generated: &Path,
    lib_dir: &Path,
    counts: &mut TestCounts,
) -> Result<(), String> {
    if !cmd::on_path("mvn") {
        return Err("Maven is not installed (on Debian/Ubuntu: apt-get install maven)".into());
    }
    let mut command = Command::new("mvn");
    command
        .args(["-B", "-ntp", "test"])
        .arg(format!("-Dtessera.generated.dir={}", generated.display()))
        .arg(format!("-Dtessera.lib.dir={}", lib_dir.display()))
        .arg(format!(
            "-Dtessera.vectors.dir={}",
            root.join("spec/test-vectors").display()
        ))
        .current_dir(root.join(KOTLIN_DIR));
    println!("$ {}", cmd::display(&command));
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run mvn: {e}"))?;
    let mut total = None;
    if let Some(out) = child.stdout.take() {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(t) = surefire_total(&line) {
                total = Some(t);
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("mvn did not finish: {e}"))?;
    if let Some(t) = total {
        counts.passed += t.passed;
        counts.failed += t.failed;
    }
    match (status.success(), total) {
        (true, Some(t)) if t.passed > 0 => Ok(()),
        (true, _) => Err("Maven ran no test".into()),
        (false, _) => Err(format!("mvn test failed ({status})")),
    }
}

/// Surefire's summary line, "Tests run: 9, Failures: 1, Errors: 0, Skipped: 0" (the
/// per-class lines also carry "Time elapsed" and are left out; the last summary wins).
fn surefire_total(line: &str) -> Option<TestCounts> {
    if line.contains("Time elapsed") {
        return None;
    }
    let rest = &line[line.find("Tests run: ")?..];
    let mut numbers = rest.split(',').map(|part| {
        part.rsplit(' ')
            .next()
            .and_then(|n| n.trim().parse::<u64>().ok())
    });
    let (run, failures, errors, skipped) = (
        numbers.next()??,
        numbers.next()??,
        numbers.next()??,
        numbers.next()??,
    );
    Some(TestCounts {
        passed: run.saturating_sub(failures + errors + skipped),
        failed: failures + errors,
    })
}

/// Generates the Swift bindings twice (stable output), then lays out a SwiftPM package
/// from the skeleton and checks it holds every file its manifest names.
fn swift_package(root: &Path, out: &Path, lib_dir: &Path) -> Result<(), String> {
    let (first, second) = (out.join("swift-1"), out.join("swift-2"));
    generate(root, "swift", &first)?;
    generate(root, "swift", &second)?;
    let files = list_files(&first)?;
    if files != list_files(&second)? {
        return Err("two uniffi-bindgen runs wrote different file sets".into());
    }
    for name in &files {
        if fs::read(first.join(name)).ok() != fs::read(second.join(name)).ok() {
            return Err(format!(
                "uniffi-bindgen output is not stable: {name} differs"
            ));
        }
    }
    let expected = [
        "TesseraCore.swift",
        "tessera_uniffiFFI.h",
        "tessera_uniffiFFI.modulemap",
    ];
    for name in expected {
        if !files.iter().any(|f| f == name) {
            return Err(format!("uniffi-bindgen wrote no {name} (got {files:?})"));
        }
    }

    let package = out.join("swift-package");
    if package.exists() {
        fs::remove_dir_all(&package).map_err(|e| format!("{}: {e}", package.display()))?;
    }
    let copy = |from: PathBuf, to: PathBuf| -> Result<(), String> {
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        fs::copy(&from, &to)
            .map(drop)
            .map_err(|e| format!("{} -> {}: {e}", from.display(), to.display()))
    };
    let skeleton = root.join(SWIFT_SKELETON);
    copy(
        skeleton.join("Package.swift"),
        package.join("Package.swift"),
    )?;
    copy(
        skeleton.join("Tests/TesseraCoreTests/TesseraCoreTests.swift"),
        package.join("Tests/TesseraCoreTests/TesseraCoreTests.swift"),
    )?;
    copy(
        first.join("TesseraCore.swift"),
        package.join("Sources/TesseraCore/TesseraCore.swift"),
    )?;
    copy(
        first.join("tessera_uniffiFFI.h"),
        package.join("Sources/TesseraCoreFFI/tessera_uniffiFFI.h"),
    )?;
    // SwiftPM reads a system library target's `module.modulemap` from the target's folder.
    copy(
        first.join("tessera_uniffiFFI.modulemap"),
        package.join("Sources/TesseraCoreFFI/module.modulemap"),
    )?;
    copy(lib_dir.join(LIB_NAME), package.join("lib").join(LIB_NAME))?;
    // The module the generated Swift imports must be the one the module map declares.
    let swift = fs::read_to_string(package.join("Sources/TesseraCore/TesseraCore.swift"))
        .map_err(|e| e.to_string())?;
    let modulemap = fs::read_to_string(package.join("Sources/TesseraCoreFFI/module.modulemap"))
        .map_err(|e| e.to_string())?;
    if !swift.contains("import TesseraCoreFFI") || !modulemap.contains("module TesseraCoreFFI") {
        return Err("the Swift sources and the module map disagree on the FFI module name".into());
    }
    let manifest = fs::read_to_string(package.join("Package.swift")).map_err(|e| e.to_string())?;
    for target in [
        "\"TesseraCore\"",
        "\"TesseraCoreFFI\"",
        "\"TesseraCoreTests\"",
    ] {
        if !manifest.contains(target) {
            return Err(format!("Package.swift does not declare {target}"));
        }
    }
    println!("Swift package assembled at {}", package.display());
    if cmd::on_path("swift") {
        cmd::run(
            Command::new("swift")
                .args(["test", "-Xlinker", "-L", "-Xlinker"])
                .arg(package.join("lib"))
                .current_dir(&package),
        )?;
    } else {
        println!("no Swift toolchain on this machine: the package is generated and checked, not compiled");
    }
    Ok(())
}

fn list_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

fn cargo(root: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.current_dir(root);
    command
}

/// `$CARGO_TARGET_DIR` (relative to the repository root, as cargo reads it) or `./target`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_surefire_totals() {
        let t =
            surefire_total("[ERROR] Tests run: 262, Failures: 2, Errors: 1, Skipped: 3").unwrap();
        assert_eq!(
            t,
            TestCounts {
                passed: 256,
                failed: 3
            }
        );
        let t = surefire_total("[INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0").unwrap();
        assert_eq!(
            t,
            TestCounts {
                passed: 5,
                failed: 0
            }
        );
        assert!(surefire_total(
            "[INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.1 s - in X"
        )
        .is_none());
        assert!(surefire_total("[INFO] BUILD SUCCESS").is_none());
    }
}
