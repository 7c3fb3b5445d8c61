//! `cargo xtask browser-test` and the browser step of `cargo xtask test`.
//!
//! The hosted pages are tested in a real browser: Debian's `chromium` (installed with
//! apt-get when missing; no npm tool downloads a browser of its own) driven by npm
//! `playwright-core`, with `axe-core` for accessibility. The suite in
//! `server/tessera/tests/browser/` runs under `node --test` against a fresh `tessera serve`
//! (throwaway SQLite) whose public URL is `http://localhost:PORT`: `localhost` is a secure
//! context and a valid WebAuthn RP ID, an IP address is not. Screenshots of every page land
//! in `$CARGO_TARGET_DIR/browser-artifacts/`.

use std::path::Path;
use std::process::Command;

use crate::cmd::{self, TestCounts};
use crate::sdks::{self, node_counts, run_counted, Server};
use crate::steps::Runner;

const SUITE_DIR: &str = "server/tessera/tests/browser";
const CHROMIUM: &str = "/usr/bin/chromium";

/// Adds the browser steps to `runner`, their test counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path) {
    let ready = runner.run("browser: chromium", ensure_chromium).is_some()
        & runner
            .run("browser: npm ci", || {
                sdks::npm_install(&root.join(SUITE_DIR))
            })
            .is_some()
        & runner
            .run("browser: build tessera", || {
                cmd::run(cargo(root).args([
                    "build",
                    "--quiet",
                    "-p",
                    "tessera-server",
                    "--bin",
                    "tessera",
                ]))
            })
            .is_some();
    if !ready {
        runner.skip("browser tests", "a preparation step failed");
        return;
    }
    runner.run("browser tests", || {
        let port = crate::bench::free_port()?;
        let public_url = format!("http://localhost:{port}");
        let binary = sdks::target_dir(root).join("debug/tessera");
        let mut server = Server::start_with(
            &binary,
            &format!("127.0.0.1:{port}"),
            &[("TESSERA_PUBLIC_URL", &public_url)],
        )?;
        let artifacts = sdks::target_dir(root).join("browser-artifacts");
        std::fs::create_dir_all(&artifacts)
            .map_err(|e| format!("could not create {}: {e}", artifacts.display()))?;
        let mut command = Command::new("node");
        command
            .args([
                "--test",
                "--test-concurrency=1",
                "--test-reporter=spec",
                "tests/",
            ])
            .current_dir(root.join(SUITE_DIR))
            .env("TESSERA_URL", &public_url)
            .env("TESSERA_ADMIN_KEY", &server.admin_key)
            .env("CHROMIUM_PATH", CHROMIUM)
            .env("BROWSER_ARTIFACTS", &artifacts);
        let result = run_counted(&mut command, counts, node_counts);
        server.shutdown()?;
        result
    });
}

/// `cargo xtask browser-test` on its own.
pub fn test(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

/// Debian's chromium, from apt when missing (through sudo when we are not root).
fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).is_file() {
        return Ok(());
    }
    let apt = |args: &[&str]| {
        let mut command = if cmd::is_root() {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run_captured(&mut command)
    };
    apt(&["update", "-q"])?;
    apt(&["install", "-y", "-q", "--no-install-recommends", "chromium"])?;
    if Path::new(CHROMIUM).is_file() {
        Ok(())
    } else {
        Err(format!(
            "apt-get installed chromium, but {CHROMIUM} is missing"
        ))
    }
}

fn cargo(root: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.current_dir(root);
    command
}
