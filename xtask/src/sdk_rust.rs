//! The Rust SDK (`sdks/rust`, crate `tessera-sdk`) in `cargo xtask test` and `sdk-rust-test`:
//! `cargo fmt --check` and `cargo clippy -D warnings` on the crate and on the generator's
//! golden Rust outputs (with the crate's hand-written `src/`), then its tests (unit tests
//! against a stand-in server, the README's quick start as a doctest, and the live scenario
//! against a real `tessera serve`), counted into the final total.
//!
//! The crate is its own workspace with its own lockfile (`--locked`), so progenitor and
//! reqwest 0.13 stay out of the server's build, and it builds in the shared target directory
//! (`CARGO_TARGET_DIR`, else `./target`), so its dependencies are compiled once.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd::{self, TestCounts};
use crate::sdks::{golden_dirs, target_dir, Server};
use crate::steps::Runner;

const MANIFEST: &str = "sdks/rust/Cargo.toml";

/// `cargo <args> --manifest-path sdks/rust/Cargo.toml` in the shared target directory.
pub(crate) fn cargo(root: &Path, args: &[&str]) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command
        .args(args)
        .arg("--manifest-path")
        .arg(root.join(MANIFEST))
        .env("CARGO_TARGET_DIR", target_dir(root))
        .current_dir(root);
    command
}

/// Adds the Rust SDK's steps to `runner`, its test counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path) {
    let checked = runner
        .run("SDK rust fmt and clippy", || {
            cmd::run(cargo(root, &["fmt"]).args(["--", "--check"]))?;
            cmd::run(
                cargo(root, &["clippy", "--locked", "--all-targets"])
                    .args(["--", "-D", "warnings"]),
            )
        })
        .is_some();
    runner.run("SDK rust golden outputs", || golden(root));
    if !checked {
        runner.skip("SDK rust tests", "fmt or clippy failed");
        return;
    }
    let Some(server) = runner.run("SDK rust server", || start_server(root)) else {
        runner.skip("SDK rust tests", "no server");
        return;
    };
    runner.run("SDK rust tests", || {
        let mut command = cargo(root, &["test", "--locked"]);
        command
            .env("TESSERA_URL", &server.url)
            .env("TESSERA_ADMIN_KEY", &server.admin_key);
        cmd::run_tests(&mut command, counts)
    });
    runner.run("SDK rust server stop", move || {
        let mut server = server;
        server.shutdown()
    });
}

/// The generator's golden Rust outputs, each with the SDK's hand-written `src/` and lockfile
/// beside it (in a scratch copy under the target directory), must build clippy-clean: the
/// hand-written layer may rely only on what every spec's client has.
fn golden(root: &Path) -> Result<(), String> {
    let sdk = root.join("sdks/rust");
    for dir in golden_dirs(root, "rust") {
        let name = dir
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let copy = target_dir(root).join("sdk-rust-golden").join(&name);
        if copy.exists() {
            std::fs::remove_dir_all(&copy)
                .map_err(|e| format!("cannot clear {}: {e}", copy.display()))?;
        }
        copy_tree(&dir, &copy)?;
        copy_tree(&sdk.join("src"), &copy.join("src"))?;
        std::fs::copy(sdk.join("Cargo.lock"), copy.join("Cargo.lock"))
            .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
        let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        cmd::run(
            Command::new(program)
                .args(["clippy", "--all-targets", "--manifest-path"])
                .arg(copy.join("Cargo.toml"))
                .args(["--", "-D", "warnings"])
                .env("CARGO_TARGET_DIR", target_dir(root))
                .current_dir(&copy),
        )?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            std::fs::copy(&source, &target)
                .map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
        }
    }
    Ok(())
}

/// A fresh `tessera serve` (the binary is already built by the other SDK steps; building
/// again is a no-op then).
fn start_server(root: &Path) -> Result<Server, String> {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    cmd::run(
        Command::new(program)
            .args([
                "build",
                "--quiet",
                "-p",
                "tessera-server",
                "--bin",
                "tessera",
            ])
            .current_dir(root),
    )?;
    Server::start(&binary(root))
}

fn binary(root: &Path) -> PathBuf {
    target_dir(root).join("debug/tessera")
}

/// `cargo xtask sdk-rust-test`.
pub fn test(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}
