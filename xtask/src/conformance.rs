//! `cargo xtask conformance` and the conformance steps of `cargo xtask test`.
//!
//! Builds `tessera` and `tessera-conformance`, starts a real `tessera serve` (the SDK steps'
//! server: throwaway SQLite, a bootstrap admin key), and runs every plan against a fresh
//! tenant, where every MUST-level check has to pass; its check counts join the test total.
//! Then it starts the peer, node-oidc-provider (`conformance-tests/peers/oidc-provider`), and
//! runs the OpenID/OAuth plans against it for the report only: the peer's failures are
//! printed with the clause they break, never counted as ours. Reports (JSON and JUnit XML)
//! land in `$CARGO_TARGET_DIR/conformance/{tessera,oidc-provider}/`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::cmd::{self, TestCounts};
use crate::sdks::{self, Server};
use crate::steps::Runner;

const PEER_DIR: &str = "conformance-tests/peers/oidc-provider";
/// The peer's static clients and resource (see its server.js).
const PEER_ARGS: &[&str] = &[
    "--client-id",
    "conformance",
    "--client-secret",
    "conformance-secret-for-local-tests-only",
    "--other-client-id",
    "conformance-other",
    "--other-client-secret",
    "conformance-other-secret-for-local-tests-only",
    "--redirect-uri",
    "http://127.0.0.1:9/conformance/callback",
    "--resource",
    "https://api.conformance.example",
    "--username",
    "alice@example.com",
    "--password",
    "any-password-works-on-dev-pages",
    "--login-field",
    "login",
];
/// Every plan but the Tessera management API.
const PEER_PLANS: &[&str] = &[
    "oidc-discovery",
    "jwt-access-token",
    "introspection-revocation",
    "oauth21",
    "oidc-core",
    "dcr",
    "mcp-auth",
];

/// Adds the conformance steps to `runner`, the Tessera run's check counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path) {
    let built = runner
        .run("conformance build", || {
            cmd::run(cargo(root).args([
                "build",
                "--quiet",
                "-p",
                "tessera-server",
                "--bin",
                "tessera",
                "-p",
                "tessera-conformance",
                // `--bin` narrows every selected package: name both binaries.
                "--bin",
                "tessera-conformance",
            ]))
        })
        .is_some();
    if !built {
        runner.skip("conformance vs tessera", "the build failed");
        runner.skip("conformance vs oidc-provider", "the build failed");
        return;
    }
    let bin = sdks::target_dir(root).join("debug");
    let suite = bin.join("tessera-conformance");
    let reports = sdks::target_dir(root).join("conformance");

    runner.run("conformance vs tessera", || {
        let listen = format!("127.0.0.1:{}", crate::bench::free_port()?);
        let mut server = Server::start_on(&bin.join("tessera"), &listen)?;
        let mut command = Command::new(&suite);
        command
            .args(["run", "--issuer", &format!("{}/t/conformance", server.url)])
            .arg("--create-tenant")
            .arg("--report")
            .arg(reports.join("tessera"))
            .env("TESSERA_CONFORMANCE_ADMIN_KEY", &server.admin_key);
        let result = run_suite(&mut command, counts, true);
        server.shutdown()?;
        result
    });

    let installed = runner.run("conformance peer npm install", || {
        sdks::npm_install(&root.join(PEER_DIR))
    });
    if installed.is_none() {
        runner.skip("conformance vs oidc-provider", "npm install failed");
        return;
    }
    runner.run("conformance vs oidc-provider (report only)", || {
        let peer = Peer::start(&root.join(PEER_DIR))?;
        let mut command = Command::new(&suite);
        command
            .args(["run", "--issuer", &peer.url])
            .args(PEER_ARGS)
            .arg("--report")
            .arg(reports.join("oidc-provider"));
        for plan in PEER_PLANS {
            command.args(["--plan", plan]);
        }
        // Not counted: the peer's results are a report about it, not tests of ours.
        run_suite(&mut command, &mut TestCounts::default(), false)
    });
}

/// `cargo xtask conformance` on its own.
pub fn test(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

/// Runs the suite, echoing it, and reads its closing totals line. With `must_pass`, a MUST
/// failure (exit status 1) fails the step; otherwise only a suite that could not run does.
fn run_suite(
    command: &mut Command,
    counts: &mut TestCounts,
    must_pass: bool,
) -> Result<(), String> {
    println!("$ {}", cmd::display(command));
    let mut child = command
        .stdout(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not run the suite: {e}"))?;
    let mut totals = None;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(t) = parse_totals(&line) {
                totals = Some(t);
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("the suite did not finish: {e}"))?;
    let (passed, failed) = totals.ok_or("the suite printed no totals")?;
    if passed == 0 {
        return Err("the suite passed no check".into());
    }
    counts.passed += passed;
    counts.failed += failed;
    match status.code() {
        Some(0) => Ok(()),
        Some(1) if !must_pass => Ok(()),
        Some(1) => Err(format!("{failed} MUST-level check(s) failed")),
        _ => Err(format!("the suite could not run ({status})")),
    }
}

/// `conformance: 40 passed, 1 failed (must), ...` → (40, 1).
fn parse_totals(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("conformance: ")?;
    let mut parts = rest.split(", ");
    let passed = parts.next()?.strip_suffix(" passed")?.parse().ok()?;
    let failed = parts.next()?.strip_suffix(" failed (must)")?.parse().ok()?;
    Some((passed, failed))
}

/// node-oidc-provider on a free port, stopped when dropped.
struct Peer {
    child: Child,
    url: String,
}

impl Peer {
    fn start(dir: &Path) -> Result<Peer, String> {
        let port = crate::bench::free_port()?;
        let mut child = Command::new("node")
            .arg("server.js")
            .arg(port.to_string())
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start node: {e}"))?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("oidc-provider: {line}");
                if line.contains("is ready on") {
                    let _ = tx.send(());
                }
            }
        });
        let mut peer = Peer {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if rx.recv_timeout(Duration::from_millis(50)).is_ok() {
                return Ok(peer);
            }
            if let Ok(Some(status)) = peer.child.try_wait() {
                return Err(format!("oidc-provider exited with {status}"));
            }
            if Instant::now() > deadline {
                return Err("oidc-provider was not ready within 30 s".into());
            }
        }
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cargo(root: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.current_dir(root);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_suite_totals() {
        assert_eq!(
            parse_totals("conformance: 40 passed, 1 failed (must), 2 failed (should), 3 not applicable, 0 skipped"),
            Some((40, 1))
        );
        assert_eq!(parse_totals("  pass  MUST  x"), None);
    }
}
