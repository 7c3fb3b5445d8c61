//! The Rust SDK (`sdks/rust`, crate `tessera-sdk`) in `cargo xtask test` and `sdk-rust-test`:
//! `cargo fmt --check` and `cargo clippy -D warnings` on the crate, then its tests (unit tests
//! against a stand-in server, the README's quick start as a doctest, and the live scenario
//! against a real `tessera serve`), counted into the final total.
//!
//! The crate is its own workspace with its own lockfile (`--locked`), so progenitor and
//! reqwest 0.13 stay out of the server's build, and it builds in the shared target directory
//! (`CARGO_TARGET_DIR`, else `./target`), so its dependencies are compiled once.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd::{self, TestCounts};
use crate::sdks::{target_dir, Server};
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
