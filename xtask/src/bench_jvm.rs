//! The JVM rows of `cargo xtask bench bindings`: the Kotlin (uniffi) binding beside
//! nimbus-jose-jwt, timed by `bindings/uniffi/kotlin/src/test/kotlin/dev/tessera/core/
//! VerifyBenchmark.kt`, a JUnit test that runs only when `-Dtessera.bench.seconds` is set.
//!
//! Release build of the cdylib, Kotlin bindings generated from it into
//! `$CARGO_TARGET_DIR/uniffi/kotlin-release`, then `mvn test -Dtest=VerifyBenchmark`, pinned
//! like the Node and Python scripts. Returns Maven's output, whose `RESULT` lines the caller
//! parses.

use std::path::Path;
use std::process::Command;

use crate::cmd;

const KOTLIN_DIR: &str = "bindings/uniffi/kotlin";

pub fn kotlin_output(
    root: &Path,
    seconds: &str,
    rounds: &str,
    pin: bool,
) -> Result<String, String> {
    if !cmd::on_path("mvn") {
        return Err("Maven is not installed (on Debian/Ubuntu: apt-get install maven)".into());
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    cmd::run(
        Command::new(cargo)
            .args([
                "build",
                "--quiet",
                "--release",
                "-p",
                "tessera-uniffi",
                "--lib",
                "--bins",
            ])
            .current_dir(root),
    )?;
    let release = crate::bench::target_dir(root).join("release");
    let generated = crate::bench::target_dir(root).join("uniffi/kotlin-release");
    if generated.exists() {
        std::fs::remove_dir_all(&generated).map_err(|e| format!("{}: {e}", generated.display()))?;
    }
    cmd::run(
        Command::new(release.join("uniffi-bindgen"))
            .args([
                "generate",
                "--no-format",
                "--language",
                "kotlin",
                "--library",
            ])
            .arg(release.join("libtessera_uniffi.so"))
            .arg("--out-dir")
            .arg(&generated)
            .current_dir(root),
    )?;
    let mut command = if pin {
        let mut c = Command::new("taskset");
        c.args(["-c", "1", "mvn"]);
        c
    } else {
        Command::new("mvn")
    };
    command
        .args([
            "-B",
            "-ntp",
            "test",
            "-Dtest=VerifyBenchmark",
            "-Dsurefire.failIfNoSpecifiedTests=false",
        ])
        .arg(format!("-Dtessera.bench.seconds={seconds}"))
        .arg(format!("-Dtessera.bench.rounds={rounds}"))
        .arg(format!("-Dtessera.generated.dir={}", generated.display()))
        .arg(format!("-Dtessera.lib.dir={}", release.display()))
        .arg(format!(
            "-Dtessera.vectors.dir={}",
            root.join("spec/test-vectors").display()
        ))
        .current_dir(root.join(KOTLIN_DIR));
    println!("$ {}", cmd::display(&command));
    cmd::stdout(&mut command).ok_or_else(|| format!("`{}` failed", cmd::display(&command)))
}
