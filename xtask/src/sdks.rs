//! `cargo xtask sdk-test`: the generated SDKs, tested the way their users would meet them.
//!
//! Checks that `sdks/` is what the generator writes from the spec, installs each SDK's own
//! tools (npm dev dependencies; a virtualenv with pytest and mypy in the user's cache), type
//! checks the SDKs and their tests (tsc, mypy --strict), then starts a real `tessera` server
//! on a free port with a throwaway SQLite database and runs each language's tests against it
//! (node's test runner, pytest), passing `TESSERA_URL` and `TESSERA_ADMIN_KEY`. The pass and
//! fail counts of those runners join the `cargo test` ones in the final total.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::cmd::{self, TestCounts};
use crate::steps::Runner;

const TS_DIR: &str = "sdks/typescript";
const PY_DIR: &str = "sdks/python";
/// Tools of the Python SDK's checks, by major version so fixes arrive and behaviour stays.
const PY_TOOLS: &[&str] = &["pytest==8.*", "mypy==1.*"];

/// Adds the SDK steps to `runner`, their test counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path) {
    runner.run("SDK generator check", || {
        cmd::run(
            cargo(root)
                .args(["run", "--quiet", "-p", "tessera-codegen", "--", "check"])
                .current_dir(root),
        )
    });
    let ts_tools = runner.run("SDK npm install", || npm_install(&root.join(TS_DIR)));
    let venv = runner.run("SDK python venv", ensure_venv);

    let ts_ready = ts_tools.is_some()
        && runner
            .run("SDK typescript typecheck", || {
                let tsc = root.join(TS_DIR).join("node_modules/.bin/tsc");
                cmd::run(
                    Command::new(&tsc)
                        .args(["-p", "tsconfig.json"])
                        .current_dir(root.join(TS_DIR)),
                )?;
                cmd::run(
                    Command::new(&tsc)
                        .args(["-p", "tests/tsconfig.json"])
                        .current_dir(root.join(TS_DIR)),
                )?;
                // The generator's golden outputs must type-check too.
                for golden in golden_dirs(root, "typescript") {
                    cmd::run(
                        Command::new(&tsc)
                            .args(["-p", "tsconfig.json", "--noEmit"])
                            .current_dir(golden),
                    )?;
                }
                Ok(())
            })
            .is_some();
    if ts_tools.is_none() {
        runner.skip("SDK typescript typecheck", "npm install failed");
    }
    let py_ready = match &venv {
        Some(venv) => runner
            .run("SDK python mypy --strict", || {
                cmd::run(
                    Command::new(venv.join("bin/mypy"))
                        .args(["--strict", "src/tessera", "tests"])
                        .current_dir(root.join(PY_DIR)),
                )?;
                for golden in golden_dirs(root, "python") {
                    cmd::run(
                        Command::new(venv.join("bin/mypy"))
                            .args(["--strict", "--cache-dir=/dev/null", "src/tessera"])
                            .current_dir(golden),
                    )?;
                }
                Ok(())
            })
            .is_some(),
        None => {
            runner.skip("SDK python mypy --strict", "no virtualenv");
            false
        }
    };

    let scripting = crate::sdks_scripting::prepare(runner, root);
    let built = runner
        .run("SDK server build", || {
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
    let server = if built {
        runner.run("SDK server start", || {
            Server::start(&target_dir(root).join("debug/tessera"))
        })
    } else {
        runner.skip("SDK server start", "the build failed");
        None
    };
    let Some(server) = server else {
        runner.skip("SDK typescript tests", "no server");
        runner.skip("SDK python tests", "no server");
        crate::sdks_scripting::skip(runner);
        crate::sdks_jvm_go::steps(runner, counts, root, None);
        return;
    };

    if ts_ready {
        runner.run("SDK typescript tests", || {
            let mut command = Command::new("node");
            command
                .args(["--test", "--test-reporter=spec", "dist-test/tests/"])
                .current_dir(root.join(TS_DIR));
            server.env(&mut command);
            run_counted(&mut command, counts, node_counts)
        });
    } else {
        runner.skip("SDK typescript tests", "type check failed");
    }
    match (&venv, py_ready) {
        (Some(venv), true) => {
            runner.run("SDK python tests", || {
                let mut command = Command::new(venv.join("bin/python"));
                command
                    .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"])
                    .env("PYTHONPATH", root.join(PY_DIR).join("src"))
                    .env("PYTHONDONTWRITEBYTECODE", "1")
                    .current_dir(root.join(PY_DIR));
                server.env(&mut command);
                run_counted(&mut command, counts, pytest_counts)
            });
        }
        _ => runner.skip("SDK python tests", "type check failed"),
    }
    crate::sdks_scripting::live(runner, counts, root, &scripting, &|c| server.env(c));
    crate::sdks_jvm_go::steps(runner, counts, root, Some(&|c: &mut Command| server.env(c)));
    runner.run("SDK server stop", move || {
        let mut server = server;
        server.shutdown()
    });
}

/// `cargo xtask sdk-test` on its own.
pub fn test(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

/// `codegen/tests/output/<spec>/<language>` of every golden spec.
pub(crate) fn golden_dirs(root: &Path, language: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("codegen/tests/output"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path().join(language))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn cargo(root: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.current_dir(root);
    command
}

/// `$CARGO_TARGET_DIR` (relative to the repository root, as cargo reads it) or `./target`.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

/// The TypeScript SDK's dev dependencies (typescript, @types/node), from its lockfile when
/// there is one.
pub fn npm_install(dir: &Path) -> Result<(), String> {
    if !cmd::on_path("npm") {
        return Err("npm is not installed (on Debian/Ubuntu: apt-get install nodejs npm)".into());
    }
    let verb = if dir.join("package-lock.json").is_file() {
        "ci"
    } else {
        "install"
    };
    cmd::run_captured(
        Command::new("npm")
            .args([verb, "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir),
    )
}

/// A virtualenv with the Python SDK's tools, kept in the user's cache between runs.
fn ensure_venv() -> Result<PathBuf, String> {
    let home = std::env::var_os("HOME").ok_or("HOME is not set; it locates the SDK virtualenv")?;
    let venv = PathBuf::from(home).join(".cache/tessera/sdk-venv");
    if !cmd::succeeds(Command::new(venv.join("bin/python")).args(["-c", ""])) {
        if venv.exists() {
            std::fs::remove_dir_all(&venv)
                .map_err(|e| format!("could not remove the broken {}: {e}", venv.display()))?;
        }
        cmd::run(Command::new("python3").args(["-m", "venv"]).arg(&venv))
            .map_err(|e| format!("{e} (on Debian/Ubuntu: apt-get install python3-venv)"))?;
    }
    let installed = cmd::succeeds(Command::new(venv.join("bin/python")).args([
        "-c",
        "import importlib.metadata as m; \
         assert m.version('pytest').startswith('8.') and m.version('mypy').startswith('1.')",
    ]));
    if !installed {
        cmd::run(
            Command::new(venv.join("bin/python"))
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .args(PY_TOOLS),
        )?;
    }
    Ok(venv)
}

/// Runs a test command, echoing its output and adding its counts (read by `parse` from the
/// output lines) to `counts`. The command's own exit status decides success.
pub(crate) fn run_counted(
    command: &mut Command,
    counts: &mut TestCounts,
    parse: fn(&str, &mut TestCounts),
) -> Result<(), String> {
    println!("$ {}", cmd::display(command));
    let mut child = command
        .stdout(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not run `{}`: {e}", cmd::display(command)))?;
    let mut own = TestCounts::default();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            parse(&line, &mut own);
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{}` did not finish: {e}", cmd::display(command)))?;
    counts.passed += own.passed;
    counts.failed += own.failed;
    if status.success() && own.passed > 0 {
        Ok(())
    } else if status.success() {
        Err(format!("`{}` ran no test", cmd::display(command)))
    } else {
        Err(format!("`{}` failed ({status})", cmd::display(command)))
    }
}

/// node's spec reporter ends with `ℹ pass 7` and `ℹ fail 0` lines (TAP: `# pass 7`).
pub(crate) fn node_counts(line: &str, counts: &mut TestCounts) {
    let line = line.trim();
    let rest = line
        .strip_prefix("ℹ ")
        .or_else(|| line.strip_prefix("# "))
        .unwrap_or("");
    let mut words = rest.split_whitespace();
    let (Some(kind), Some(n), None) = (words.next(), words.next(), words.next()) else {
        return;
    };
    let Ok(n) = n.parse::<u64>() else {
        return;
    };
    match kind {
        "pass" => counts.passed += n,
        "fail" => counts.failed += n,
        _ => {}
    }
}

/// pytest ends with `12 passed, 1 failed, 2 errors in 3.2s` (between `=` rules without -q).
pub(crate) fn pytest_counts(line: &str, counts: &mut TestCounts) {
    let line = line.trim().trim_matches('=').trim();
    if !line.contains(" in ")
        || !(line.contains("passed") || line.contains("failed") || line.contains("error"))
    {
        return;
    }
    let mut found = TestCounts::default();
    let mut parsed_any = false;
    for part in line.split(" in ").next().unwrap_or("").split(',') {
        let mut words = part.split_whitespace();
        let (Some(n), Some(kind)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(n) = n.parse::<u64>() else {
            return;
        };
        parsed_any = true;
        match kind {
            "passed" => found.passed += n,
            "failed" | "error" | "errors" => found.failed += n,
            _ => {}
        }
    }
    if parsed_any {
        counts.passed += found.passed;
        counts.failed += found.failed;
    }
}

/// A `tessera serve` of our own, in a scratch folder that goes away with it.
pub(crate) struct Server {
    child: Child,
    pub(crate) url: String,
    pub(crate) admin_key: String,
    dir: PathBuf,
    log: PathBuf,
}

impl Server {
    pub(crate) fn start(binary: &Path) -> Result<Server, String> {
        Server::start_on(binary, "127.0.0.1:0")
    }

    /// On a given address: with port 0 the server's default public URL (its issuers) would
    /// name port 0, which the conformance suite rightly refuses.
    pub(crate) fn start_on(binary: &Path, listen: &str) -> Result<Server, String> {
        Server::start_with(binary, listen, &[])
    }

    /// Like [`Server::start_on`], with extra environment for the server (e.g. its public URL).
    pub(crate) fn start_with(
        binary: &Path,
        listen: &str,
        env: &[(&str, &str)],
    ) -> Result<Server, String> {
        let dir = std::env::temp_dir().join(format!("tessera-sdk-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("could not create {}: {e}", dir.display()))?;
        let admin_key = format!("tsk_{}", random_hex(32)?);
        let log = dir.join("server.log");
        let mut child = Command::new(binary)
            .args(["serve", "--listen", listen, "--log-format", "json"])
            .current_dir(&dir)
            .env_remove("TESSERA_DATABASE_URL")
            .env_remove("TESSERA_MASTER_KEY")
            .env_remove("TESSERA_CONFIG")
            .env("TESSERA_BOOTSTRAP_ADMIN_KEY", &admin_key)
            // Cheap password hashing: the scenario logs in many times.
            .env("TESSERA_PASSWORD_MEMORY_KIB", "1024")
            .env("TESSERA_PASSWORD_ITERATIONS", "1")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (ready_tx, ready_rx) = mpsc::channel();
        let log_path = log.clone();
        std::thread::spawn(move || {
            let mut file = std::fs::File::create(&log_path).ok();
            let mut sent = false;
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(f) = file.as_mut() {
                    let _ = writeln!(f, "{line}");
                }
                if !sent && line.contains("\"message\":\"tessera is ready\"") {
                    if let Some(listen) = json_field(&line, "listen") {
                        let _ = ready_tx.send(listen);
                        sent = true;
                    }
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut server = Server {
            child,
            url: String::new(),
            admin_key,
            dir,
            log,
        };
        loop {
            if let Ok(listen) = ready_rx.recv_timeout(Duration::from_millis(50)) {
                server.url = format!("http://{listen}");
                println!(
                    "tessera is ready at {} (log: {})",
                    server.url,
                    server.log.display()
                );
                return Ok(server);
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!(
                    "tessera exited with {status}: {}",
                    server.log_tail()
                ));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "tessera was not ready within 30 s: {}",
                    server.log_tail()
                ));
            }
        }
    }

    fn env(&self, command: &mut Command) {
        command
            .env("TESSERA_URL", &self.url)
            .env("TESSERA_ADMIN_KEY", &self.admin_key);
    }

    fn log_tail(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = std::fs::File::open(&self.log) {
            let _ = f.read_to_string(&mut text);
        }
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// SIGTERM, then up to 20 s for a clean exit.
    pub(crate) fn shutdown(&mut self) -> Result<(), String> {
        if let Ok(Some(_)) = self.child.try_wait() {
            return Ok(());
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return if status.success() {
                    Ok(())
                } else {
                    Err(format!("tessera exited with {status}"))
                };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        Err("tessera ignored SIGTERM for 20 s and was killed".into())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Err(message) = self.shutdown() {
            eprintln!("warning: {message}; log tail:\n{}", self.log_tail());
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `"name":"value"` of a one-line JSON object, for the simple string values of a log line.
fn json_field(line: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\":\"");
    let start = line.find(&key)? + key.len();
    let end = line[start..].find('"')?;
    Some(line[start..start + end].to_string())
}

fn random_hex(bytes: usize) -> Result<String, String> {
    let mut buf = vec![0u8; bytes];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| format!("could not read /dev/urandom: {e}"))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_node_and_pytest_summaries() {
        let mut counts = TestCounts::default();
        for line in [
            "ℹ tests 9",
            "ℹ pass 8",
            "ℹ fail 1",
            "# pass 2",
            "ℹ duration_ms 12.5",
        ] {
            node_counts(line, &mut counts);
        }
        assert_eq!((counts.passed, counts.failed), (10, 1));
        let mut counts = TestCounts::default();
        pytest_counts("12 passed, 1 failed, 2 errors in 3.20s", &mut counts);
        pytest_counts("========== 3 passed in 0.10s ==========", &mut counts);
        pytest_counts("tests/test_live.py::test_x passed in a loop", &mut counts);
        assert_eq!((counts.passed, counts.failed), (15, 3));
    }

    #[test]
    fn finds_the_listen_address() {
        let line = r#"{"timestamp":"x","level":"INFO","message":"tessera is ready","listen":"127.0.0.1:4242"}"#;
        assert_eq!(
            json_field(line, "listen").as_deref(),
            Some("127.0.0.1:4242")
        );
    }
}
