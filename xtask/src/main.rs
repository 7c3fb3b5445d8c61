//! `cargo xtask`: the project's task runner.
//!
//! Standard library only, so it builds in seconds on a cold CI cache.

mod bench;
mod bench_authz;
mod bench_core;
mod bench_load;
mod bindings;
mod browser;
mod cmd;
mod conformance;
mod nodetools;
mod postgres;
mod pytools;
mod sdks;
mod sdks_jvm_go;
mod sdks_scripting;
mod spec;
mod steps;
mod uniffi;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

use postgres::Cluster;
use steps::Runner;

/// The variable the server's tests read to find PostgreSQL; unset means SQLite only.
const DATABASE_URL_VAR: &str = "TESSERA_TEST_DATABASE_URL";

const USAGE: &str = "\
usage:
  cargo xtask test [--skip-lint] [-- <cargo test args>...]
      PostgreSQL, spec validation, the Python test tools (a virtualenv in
      ~/.cache/tessera/test-venv), cargo fmt, cargo clippy, then the tests on SQLite
      and on PostgreSQL. --skip-lint skips fmt and clippy; arguments after `--` go to
      both `cargo test` runs (e.g. `-- -p tessera-server`).
  cargo xtask sdk-test
      The generated SDKs: generator check, tsc and mypy --strict, then each SDK's tests
      (node --test, pytest) against a real server; also the last step of `test`.
  cargo xtask conformance
      Builds tessera-conformance, runs every plan against a fresh `tessera serve`
      (MUST-level checks must pass) and the OpenID plans against oidc-provider (report
      only); also the last step of `test`. See docs/conformance.md.
  cargo xtask pg
      Start a throwaway PostgreSQL, print its URL, and remove it on Ctrl-C or stdin EOF.
  cargo xtask bench startup [--runs N]
      Release build, then cold start to ready and idle RSS of Tessera (first start and
      warm restart) beside oidc-provider, N alternating rounds (default 20); prints a
      Markdown report. See docs/benchmarks.md.
  cargo xtask bench tokens [--seconds N] [--connections N]
      Release build, then client_credentials tokens/s and introspections/s of Tessera
      (SQLite and PostgreSQL) beside oidc-provider, server on CPU 0 and wrk on CPU 1,
      N seconds per measurement (default 10) after a 2 s warm-up, 32 connections.
  cargo xtask bench logins [--seconds N] [--connections N]
      Release build, then password logins/s on both cores beside raw argon2id hashes/s
      (argon2-cffi, 2 processes), and refresh-token rotations/s on one core.
  cargo xtask bench core [--seconds N]
      Release build, then access-token verifications/s (ES256, RS256, EdDSA) of
      tessera-core beside the jsonwebtoken crate, and DPoP proofs/s, on one CPU;
      rounds of N seconds (default 1), median of 7.
  cargo xtask uniffi-test
      The native core's optional features (HTTP JWKS fetcher, WebAuthn) and the uniffi
      bindings: Kotlin tests on the JVM (Maven) and Swift generation; also part of `test`.
  cargo xtask bindings-test
      The Node and Python bindings of the verification core: build, tsc / mypy
      --strict and stubtest, then node --test and pytest (every shared vector);
      also a step of `test`.
  cargo xtask bench bindings [--seconds N] [--rounds N]
      Release builds, then verifications/s of ES256, RS256 and EdDSA access tokens, single
      thread: the Node binding beside jose, the Python binding beside PyJWT.
  cargo xtask bench authz [--seconds N] [--connections N]
      Release build, then authorization checks/s (single and in batches of 100) with
      10,000 organizations, 100,000 memberships and 50 roles, SQLite and PostgreSQL.
  cargo xtask browser-test
      The hosted pages in headless Debian chromium (apt-get installs it when missing):
      playwright-core flows, JavaScript disabled, axe-core in two locales, screenshots
      in $CARGO_TARGET_DIR/browser-artifacts/; also a step of `test`.
";

enum Task {
    Test {
        skip_lint: bool,
        test_args: Vec<String>,
    },
    Pg,
    SdkTest,
    Conformance,
    BenchStartup {
        runs: usize,
    },
    BenchTokens(bench_load::Options),
    BenchLogins(bench_load::Options),
    BenchCore {
        seconds: f64,
    },
    UniffiTest,
    BindingsTest,
    BenchBindings(bindings::BenchOptions),
    BenchAuthz(bench_load::Options),
    BrowserTest,
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Every task returns instead of calling process::exit, so the guards' Drop runs.
    match parse_args(&args) {
        Ok(Task::Test {
            skip_lint,
            test_args,
        }) => test(skip_lint, &test_args),
        Ok(Task::Pg) => pg(),
        Ok(Task::SdkTest) => sdks::test(&repo_root()),
        Ok(Task::Conformance) => conformance::test(&repo_root()),
        Ok(Task::BenchStartup { runs }) => bench::startup(&bench::Options { runs }),
        Ok(Task::BenchTokens(options)) => bench_load::tokens(&options),
        Ok(Task::BenchLogins(options)) => bench_load::logins(&options),
        Ok(Task::BenchCore { seconds }) => bench_core::run(seconds),
        Ok(Task::UniffiTest) => uniffi::test(&repo_root()),
        Ok(Task::BindingsTest) => bindings::test(&repo_root()),
        Ok(Task::BenchBindings(options)) => bindings::bench(&repo_root(), &options),
        Ok(Task::BenchAuthz(options)) => bench_authz::authz(&options),
        Ok(Task::BrowserTest) => browser::test(&repo_root()),
        Ok(Task::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Task, String> {
    let Some((task, rest)) = args.split_first() else {
        return Err("no task given".into());
    };
    // Everything after the first `--` belongs to `cargo test`.
    let (own, passthrough) = match rest.iter().position(|a| a == "--") {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, &[][..]),
    };
    match task.as_str() {
        "test" => {
            let mut skip_lint = false;
            for arg in own {
                match arg.as_str() {
                    "--skip-lint" => skip_lint = true,
                    other => return Err(format!("unknown argument to `test`: {other}")),
                }
            }
            Ok(Task::Test {
                skip_lint,
                test_args: passthrough.to_vec(),
            })
        }
        "pg" if rest.is_empty() => Ok(Task::Pg),
        "pg" => Err("`pg` takes no arguments".into()),
        "sdk-test" if rest.is_empty() => Ok(Task::SdkTest),
        "sdk-test" => Err("`sdk-test` takes no arguments".into()),
        "uniffi-test" if rest.is_empty() => Ok(Task::UniffiTest),
        "uniffi-test" => Err("`uniffi-test` takes no arguments".into()),
        "bindings-test" if rest.is_empty() => Ok(Task::BindingsTest),
        "bindings-test" => Err("`bindings-test` takes no arguments".into()),
        "conformance" if rest.is_empty() => Ok(Task::Conformance),
        "conformance" => Err("`conformance` takes no arguments".into()),
        "browser-test" if rest.is_empty() => Ok(Task::BrowserTest),
        "browser-test" => Err("`browser-test` takes no arguments".into()),
        "bench" => parse_bench(own),
        "help" | "-h" | "--help" => Ok(Task::Help),
        other => Err(format!("unknown task: {other}")),
    }
}

fn parse_bench(args: &[String]) -> Result<Task, String> {
    let Some((which, rest)) = args.split_first() else {
        return Err(
            "`bench` needs a benchmark: startup, tokens, logins, core, bindings or authz".into(),
        );
    };
    match which.as_str() {
        "startup" => {}
        "tokens" => return bench_load::parse_options(which, rest).map(Task::BenchTokens),
        "logins" => return bench_load::parse_options(which, rest).map(Task::BenchLogins),
        "core" => return parse_bench_core(rest),
        "bindings" => return bindings::parse_bench_options(rest).map(Task::BenchBindings),
        "authz" => return bench_load::parse_options(which, rest).map(Task::BenchAuthz),
        _ => {
            return Err(format!(
                "unknown benchmark: {which} (known: startup, tokens, logins, core, bindings, authz)"
            ))
        }
    }
    let mut runs = bench::DEFAULT_RUNS;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let value = match arg.strip_prefix("--runs") {
            Some("") => rest.next().map(String::as_str),
            Some(v) if v.starts_with('=') => Some(&v[1..]),
            _ => return Err(format!("unknown argument to `bench startup`: {arg}")),
        };
        runs = value
            .and_then(|v| v.parse().ok())
            .filter(|n| (1..=bench::MAX_RUNS).contains(n))
            .ok_or_else(|| format!("--runs takes a number from 1 to {}", bench::MAX_RUNS))?;
    }
    Ok(Task::BenchStartup { runs })
}

fn parse_bench_core(args: &[String]) -> Result<Task, String> {
    let mut seconds = bench_core::DEFAULT_SECONDS;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let value = match arg.strip_prefix("--seconds") {
            Some("") => rest.next().map(String::as_str),
            Some(v) if v.starts_with('=') => Some(&v[1..]),
            _ => return Err(format!("unknown argument to `bench core`: {arg}")),
        };
        seconds = value
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|s| (0.05..=60.0).contains(s))
            .ok_or("--seconds takes a number from 0.05 to 60")?;
    }
    Ok(Task::BenchCore { seconds })
}

/// Where the database for the PostgreSQL test run comes from.
enum Database {
    /// Given by the caller; used as-is and left alone.
    External(String),
    /// Ours; dropping it stops the cluster and deletes its files.
    Local(Cluster),
}

impl Database {
    fn url(&self) -> &str {
        match self {
            Database::External(url) => url,
            Database::Local(cluster) => cluster.url(),
        }
    }
}

fn test(skip_lint: bool, test_args: &[String]) -> ExitCode {
    let mut runner = Runner::default();

    let database = runner.run("postgres", || match std::env::var(DATABASE_URL_VAR) {
        Ok(url) if !url.is_empty() => {
            println!("using {DATABASE_URL_VAR} from the environment");
            Ok(Database::External(url))
        }
        _ => Cluster::start().map(Database::Local),
    });

    runner.run("spec validation", || spec::validate(&repo_root()));

    // Without it the tests that drive Python peers fail, saying so; they never skip.
    let python = runner.run("python test tools", pytools::ensure);
    runner.run("node test peers", || nodetools::ensure(&repo_root()));

    if skip_lint {
        runner.skip("cargo fmt", "--skip-lint");
        runner.skip("cargo clippy", "--skip-lint");
    } else {
        runner.run("cargo fmt", || {
            cmd::run(cargo().args(["fmt", "--all", "--", "--check"]))
        });
        runner.run("cargo clippy", || {
            cmd::run(cargo().args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        });
    }

    let mut counts = cmd::TestCounts::default();
    // Removed, not just left unset, so a URL in the caller's environment can't leak in.
    runner.run("tests on SQLite", || {
        cmd::run_tests(
            with_python(cargo_test(test_args), &python).env_remove(DATABASE_URL_VAR),
            &mut counts,
        )
    });
    match &database {
        Some(db) => {
            runner.run("tests on PostgreSQL", || {
                cmd::run_tests(
                    with_python(cargo_test(test_args), &python).env(DATABASE_URL_VAR, db.url()),
                    &mut counts,
                )
            });
        }
        None => runner.skip("tests on PostgreSQL", "no database"),
    }
    sdks::steps(&mut runner, &mut counts, &repo_root());
    uniffi::steps(&mut runner, &mut counts, &repo_root(), skip_lint);
    bindings::steps(&mut runner, &mut counts, &repo_root());
    conformance::steps(&mut runner, &mut counts, &repo_root());
    browser::steps(&mut runner, &mut counts, &repo_root());

    // Stop PostgreSQL before the summary, so the summary is the last thing printed.
    drop(database);
    runner.print_summary();
    // One closing total over both backends, in the plain form any reader can parse.
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

fn pg() -> ExitCode {
    println!("==> postgres");
    let cluster = match Cluster::start() {
        Ok(cluster) => cluster,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    println!();
    println!("export {DATABASE_URL_VAR}={}", cluster.url());
    println!();
    println!("PostgreSQL is running; press Ctrl-C or Ctrl-D to stop it and delete its data.");
    // Ctrl-C kills us outright; the cluster's watchdog then cleans up (see postgres.rs).
    let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
    ExitCode::SUCCESS
}

/// Points the tests at the test tools' Python, when it could be installed.
fn with_python(mut command: Command, python: &Option<PathBuf>) -> Command {
    if let Some(python) = python {
        command.env(pytools::PYTHON_VAR, python);
    }
    command
}

/// `cargo test` with the caller's extra arguments.
fn cargo_test(test_args: &[String]) -> Command {
    let mut command = cargo();
    command.arg("test");
    // `--workspace` would override a `-p` given by the caller and test everything.
    if !selects_packages(test_args) {
        command.arg("--workspace");
    }
    command.args(test_args);
    command
}

fn selects_packages(test_args: &[String]) -> bool {
    test_args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a.starts_with("--package") || a.starts_with("-p"))
}

/// A cargo command run from the repository root. `cargo run` sets CARGO to the cargo that
/// launched us, so nested invocations use the same toolchain.
fn cargo() -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(program);
    command.current_dir(repo_root());
    command
}

fn repo_root() -> PathBuf {
    // Prefer the runtime value `cargo run` sets: the compile-time one can be stale when a
    // shared target dir serves several checkouts.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    match manifest_dir.parent() {
        Some(root) => root.to_path_buf(),
        None => manifest_dir,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn test_args_after_double_dash_are_passed_through() {
        let Ok(Task::Test {
            skip_lint,
            test_args,
        }) = parse_args(&strings(&[
            "test",
            "--skip-lint",
            "--",
            "-p",
            "x",
            "--",
            "--nocapture",
        ]))
        else {
            panic!("expected the test task");
        };
        assert!(skip_lint);
        assert_eq!(test_args, strings(&["-p", "x", "--", "--nocapture"]));
    }

    #[test]
    fn unknown_arguments_are_rejected() {
        assert!(parse_args(&strings(&["test", "--fast"])).is_err());
        assert!(parse_args(&strings(&["pg", "x"])).is_err());
        assert!(parse_args(&strings(&["deploy"])).is_err());
        assert!(parse_args(&[]).is_err());
        assert!(parse_args(&strings(&["bench"])).is_err());
        assert!(parse_args(&strings(&["bench", "startup", "--runs", "0"])).is_err());
        assert!(parse_args(&strings(&["bench", "startup", "--runs"])).is_err());
        assert!(parse_args(&strings(&["bench", "throughput"])).is_err());
    }

    #[test]
    fn bench_runs() {
        let runs = |args: &[&str]| match parse_args(&strings(args)) {
            Ok(Task::BenchStartup { runs }) => runs,
            _ => panic!("expected the bench task"),
        };
        assert_eq!(runs(&["bench", "startup"]), bench::DEFAULT_RUNS);
        assert_eq!(runs(&["bench", "startup", "--runs", "3"]), 3);
        assert_eq!(runs(&["bench", "startup", "--runs=5"]), 5);
    }

    #[test]
    fn package_selection_drops_workspace() {
        assert!(selects_packages(&strings(&["-p", "a"])));
        assert!(selects_packages(&strings(&["-pa"])));
        assert!(selects_packages(&strings(&["--package=a"])));
        assert!(!selects_packages(&strings(&["--lib"])));
        // After the second `--` the arguments belong to the test binary.
        assert!(!selects_packages(&strings(&["--", "-p"])));
    }
}
