//! The Node and Python bindings of the verification core (`bindings/node`,
//! `bindings/python`), built and tested the way their users meet them.
//!
//! Node: `cargo build -p tessera-core-node`, the library copied next to `index.js` as
//! `tessera_core.<platform>-<arch>.node` (what `index.js` loads), `npm ci` for the test
//! tools (jose, typescript), `tsc` over the declarations, then `node --test`.
//!
//! Python: a virtualenv in `~/.cache/tessera/bindings-venv` with maturin, pytest, mypy and
//! PyJWT, `maturin develop` (an editable install of the extension into it), `mypy --strict`
//! and `mypy.stubtest` over the stub, then `pytest`.
//!
//! Both test suites run every shared vector in `spec/test-vectors/`; their counts join the
//! final total. `cargo xtask bench bindings` builds both in release and prints
//! verifications/s beside the incumbents (jose, PyJWT).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::cmd::{self, TestCounts};
use crate::sdks::{node_counts, pytest_counts, run_counted};
use crate::steps::Runner;

const NODE_DIR: &str = "bindings/node";
const PY_DIR: &str = "bindings/python";
const NODE_CRATE: &str = "tessera-core-node";
/// The binding's build and test tools, by major version so fixes arrive and behaviour stays.
const PY_TOOLS: &[&str] = &[
    "maturin>=1.16,<2",
    "pytest==8.*",
    "mypy==1.*",
    "PyJWT[crypto]>=2.10,<3",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Profile {
    Debug,
    Release,
}

/// Adds the binding steps to `runner`, their test counts to `counts`.
pub fn steps(runner: &mut Runner, counts: &mut TestCounts, root: &Path) {
    let node_built = runner
        .run("bindings node build", || build_node(root, Profile::Debug))
        .is_some();
    let npm = runner
        .run("bindings node npm ci", || npm_ci(&root.join(NODE_DIR)))
        .is_some();
    let node_dir = root.join(NODE_DIR);
    let typed = npm
        && runner
            .run("bindings node tsc", || {
                cmd::run(
                    Command::new(node_dir.join("node_modules/.bin/tsc"))
                        .args(["-p", "tests/tsconfig.json"])
                        .current_dir(&node_dir),
                )
            })
            .is_some();
    if node_built && typed {
        runner.run("bindings node tests", || {
            let mut command = Command::new("node");
            command
                .args(["--test", "--test-reporter=spec", "tests/"])
                .current_dir(&node_dir);
            run_counted(&mut command, counts, node_counts)
        });
    } else {
        runner.skip("bindings node tests", "build, npm ci or tsc failed");
    }

    let venv = runner.run("bindings python venv", ensure_venv);
    let Some(venv) = venv else {
        runner.skip("bindings python tests", "no virtualenv");
        return;
    };
    let built = runner
        .run("bindings python build", || {
            build_python(root, &venv, Profile::Debug)
        })
        .is_some();
    if !built {
        runner.skip("bindings python tests", "maturin develop failed");
        return;
    }
    let py_dir = root.join(PY_DIR);
    let checked = runner
        .run("bindings python mypy", || {
            cmd::run(
                Command::new(venv.join("bin/mypy"))
                    .args([
                        "--strict",
                        "--cache-dir=/dev/null",
                        "python/tessera_core",
                        "tests",
                    ])
                    .current_dir(&py_dir),
            )?;
            // The hand-written stub must match what the extension really exports.
            cmd::run(
                Command::new(venv.join("bin/python"))
                    .args(["-m", "mypy.stubtest", "tessera_core"])
                    .env("MYPY_CACHE_DIR", "/dev/null")
                    .current_dir(&py_dir),
            )
        })
        .is_some();
    if checked {
        runner.run("bindings python tests", || {
            let mut command = Command::new(venv.join("bin/python"));
            command
                .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"])
                .env("PYTHONDONTWRITEBYTECODE", "1")
                .current_dir(&py_dir);
            run_counted(&mut command, counts, pytest_counts)
        });
    } else {
        runner.skip("bindings python tests", "mypy failed");
    }
}

/// `cargo xtask bindings-test` on its own.
pub fn test(root: &Path) -> ExitCode {
    let mut runner = Runner::default();
    let mut counts = TestCounts::default();
    steps(&mut runner, &mut counts, root);
    runner.print_summary();
    println!("tests: {} passed, {} failed", counts.passed, counts.failed);
    runner.exit_code()
}

/// Builds the addon and puts it where `index.js` loads it.
fn build_node(root: &Path, profile: Profile) -> Result<(), String> {
    let mut build = cargo(root);
    build.args(["build", "--quiet", "-p", NODE_CRATE]);
    if profile == Profile::Release {
        build.arg("--release");
    }
    cmd::run(&mut build)?;
    let folder = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    let library = crate::bench::target_dir(root)
        .join(folder)
        .join(library_name("tessera_core_node"));
    let platform =
        cmd::stdout(Command::new("node").args(["-p", "process.platform + '-' + process.arch"]))
            .ok_or("`node` is not installed (on Debian/Ubuntu: apt-get install nodejs npm)")?;
    let addon = root
        .join(NODE_DIR)
        .join(format!("tessera_core.{platform}.node"));
    std::fs::copy(&library, &addon).map_err(|e| {
        format!(
            "could not copy {} to {}: {e}",
            library.display(),
            addon.display()
        )
    })?;
    println!("{} -> {}", library.display(), addon.display());
    Ok(())
}

fn library_name(stem: &str) -> String {
    if cfg!(target_os = "macos") {
        format!("lib{stem}.dylib")
    } else if cfg!(windows) {
        format!("{stem}.dll")
    } else {
        format!("lib{stem}.so")
    }
}

fn npm_ci(dir: &Path) -> Result<(), String> {
    if !cmd::on_path("npm") {
        return Err("npm is not installed (on Debian/Ubuntu: apt-get install nodejs npm)".into());
    }
    cmd::run_captured(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir),
    )
}

/// The bindings' virtualenv, kept in the user's cache between runs.
fn ensure_venv() -> Result<PathBuf, String> {
    let home =
        std::env::var_os("HOME").ok_or("HOME is not set; it locates the bindings virtualenv")?;
    let venv = PathBuf::from(home).join(".cache/tessera/bindings-venv");
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
        "import importlib.metadata as m, jwt, cryptography; \
         assert m.version('maturin').startswith('1.') and m.version('pytest').startswith('8.') \
         and m.version('mypy').startswith('1.')",
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

/// `maturin develop`: builds the extension and installs the package, editable, into `venv`.
fn build_python(root: &Path, venv: &Path, profile: Profile) -> Result<(), String> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![venv.join("bin")];
    dirs.extend(std::env::split_paths(&path));
    let path = std::env::join_paths(dirs).map_err(|e| format!("PATH: {e}"))?;
    let mut command = Command::new(venv.join("bin/maturin"));
    command
        .args(["develop", "--quiet"])
        .env("VIRTUAL_ENV", venv)
        .env("PATH", path)
        .current_dir(root.join(PY_DIR));
    if profile == Profile::Release {
        command.arg("--release");
    }
    cmd::run(&mut command)
}

fn cargo(root: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.current_dir(root);
    command
}

/// `cargo xtask bench bindings [--seconds N] [--rounds N]`.
#[derive(Debug, PartialEq, Eq)]
pub struct BenchOptions {
    /// Length of one timed round per implementation.
    pub seconds: u32,
    /// Alternating rounds; the median is reported.
    pub rounds: u32,
}

pub fn parse_bench_options(args: &[String]) -> Result<BenchOptions, String> {
    let mut options = BenchOptions {
        seconds: 2,
        rounds: 5,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg.as_str(), None),
        };
        let slot = match name {
            "--seconds" => &mut options.seconds,
            "--rounds" => &mut options.rounds,
            _ => return Err(format!("unknown argument to `bench bindings`: {arg}")),
        };
        let value = inline.or_else(|| args.next().map(String::as_str));
        *slot = value
            .and_then(|v| v.parse().ok())
            .filter(|n| (1..=60).contains(n))
            .ok_or_else(|| format!("{name} takes a number from 1 to 60"))?;
    }
    Ok(options)
}

/// `cargo xtask bench bindings`: release builds, then each language's script, which times
/// the binding and the incumbent alternately in one process; a Markdown table with ratios.
pub fn bench(root: &Path, options: &BenchOptions) -> ExitCode {
    match run_bench(root, options.seconds, options.rounds) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_bench(root: &Path, seconds: u32, rounds: u32) -> Result<(), String> {
    println!("==> release builds");
    build_node(root, Profile::Release)?;
    npm_ci(&root.join(NODE_DIR))?;
    let venv = ensure_venv()?;
    build_python(root, &venv, Profile::Release)?;

    let pin = cmd::on_path("taskset");
    let (seconds, rounds) = (seconds.to_string(), rounds.to_string());
    let mut results = Vec::new();
    let mut fixtures = Vec::new();
    for (language, program, script, dir) in [
        ("node", PathBuf::from("node"), "bench/verify.mjs", NODE_DIR),
        ("python", venv.join("bin/python"), "bench/verify.py", PY_DIR),
    ] {
        println!("==> {language}");
        let mut command = if pin {
            let mut c = Command::new("taskset");
            c.args(["-c", "1"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        command
            .args([script, &seconds, &rounds])
            .current_dir(root.join(dir));
        let output = cmd::stdout(&mut command)
            .ok_or_else(|| format!("`{}` failed", cmd::display(&command)))?;
        results.extend(parse_results(&output));
        fixtures.extend(parse_fixtures(&output));
    }
    println!("==> kotlin (JVM)");
    results.extend(parse_results(&crate::bench_jvm::kotlin_output(
        root, &seconds, &rounds, pin,
    )?));
    // The core's own rate on the Node run's tokens: the baseline the bindings are held to.
    println!("==> rust (the core, no binding)");
    cmd::run(cargo(root).args([
        "build",
        "--quiet",
        "--release",
        "-p",
        "tessera-core",
        "--example",
        "verify-rate",
    ]))?;
    let example = crate::bench::target_dir(root).join("release/examples/verify-rate");
    for fixture in &fixtures {
        let mut command = if pin {
            let mut c = Command::new("taskset");
            c.args(["-c", "1"]).arg(&example);
            c
        } else {
            Command::new(&example)
        };
        command.args(fixture).args([&seconds, &rounds]);
        let output = cmd::stdout(&mut command)
            .ok_or_else(|| format!("`{}` failed", cmd::display(&command)))?;
        results.extend(parse_results(&output));
    }
    println!();
    println!(
        "cpu: {}; pinning: {}; load average before: {}",
        cpu_model(),
        if pin { "taskset -c 1" } else { "none" },
        crate::bench::load_average()
    );
    println!("{seconds} s per round, median of {rounds} alternating rounds, single thread.\n");
    print_table(&results);
    Ok(())
}

/// One `RESULT\t<language>\t<alg>\t<implementation>\t<ops/s>` line of a bench script.
#[derive(Debug, PartialEq)]
struct BenchResult {
    language: String,
    alg: String,
    subject: String,
    ops: f64,
}

fn parse_results(output: &str) -> Vec<BenchResult> {
    output
        .lines()
        .filter_map(|line| {
            let mut fields = line.strip_prefix("RESULT\t")?.split('\t');
            let (language, alg, subject, ops) = (
                fields.next()?,
                fields.next()?,
                fields.next()?,
                fields.next()?,
            );
            Some(BenchResult {
                language: language.to_string(),
                alg: alg.to_string(),
                subject: subject.to_string(),
                ops: ops.trim().parse().ok()?,
            })
        })
        .collect()
}

/// `FIXTURE\t<alg>\t<token>\t<jwks>\t<issuer>\t<audience>` lines: the arguments of the
/// core's `verify-rate` example for one token.
fn parse_fixtures(output: &str) -> Vec<Vec<String>> {
    output
        .lines()
        .filter_map(|line| line.strip_prefix("FIXTURE\t"))
        .map(|rest| rest.split('\t').map(str::to_string).collect::<Vec<_>>())
        .filter(|fields| fields.len() == 5)
        .collect()
}

/// Rows per language and algorithm; the ratio is against that group's incumbent (the last
/// subject a script lists). The core's own rows (`rust`) have no incumbent; a second table
/// gives each binding's rate as a share of the core's.
fn print_table(results: &[BenchResult]) {
    println!("| language | alg | implementation | verifications/s | × incumbent |");
    println!("| --- | --- | --- | ---: | ---: |");
    let mut groups: Vec<(&str, &str)> = Vec::new();
    for r in results {
        if !groups.contains(&(r.language.as_str(), r.alg.as_str())) {
            groups.push((&r.language, &r.alg));
        }
    }
    for (language, alg) in groups {
        let rows: Vec<&BenchResult> = results
            .iter()
            .filter(|r| r.language == language && r.alg == alg)
            .collect();
        let Some(incumbent) = rows.last().map(|r| r.ops) else {
            continue;
        };
        for r in rows {
            let ratio = if language == "rust" {
                "—".to_string()
            } else {
                format!("{:.2}", r.ops / incumbent)
            };
            println!(
                "| {language} | {alg} | {} | {:.0} | {ratio} |",
                r.subject, r.ops
            );
        }
    }
    let core: Vec<&BenchResult> = results.iter().filter(|r| r.language == "rust").collect();
    if core.is_empty() {
        return;
    }
    println!("\n| through the binding | alg | % of the core's rate |");
    println!("| --- | --- | ---: |");
    // Only Tessera's bindings: other libraries (fast-jwt beside jose) are not a share of it.
    for r in results
        .iter()
        .filter(|r| r.language != "rust" && r.subject.contains("tessera"))
    {
        let incumbent = results
            .iter()
            .rfind(|x| x.language == r.language && x.alg == r.alg)
            .is_some_and(|last| std::ptr::eq(last, r));
        if let (false, Some(base)) = (incumbent, core.iter().find(|c| c.alg == r.alg)) {
            println!(
                "| {} {} | {} | {:.0}% |",
                r.language,
                r.subject,
                r.alg,
                100.0 * r.ops / base.ops
            );
        }
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .and_then(|rest| rest.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bench_options() {
        let parse = |args: &[&str]| {
            parse_bench_options(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            parse(&[]),
            Ok(BenchOptions {
                seconds: 2,
                rounds: 5
            })
        );
        assert_eq!(
            parse(&["--seconds", "3", "--rounds=7"]),
            Ok(BenchOptions {
                seconds: 3,
                rounds: 7
            })
        );
        assert!(parse(&["--rounds", "0"]).is_err());
        assert!(parse(&["--seconds"]).is_err());
        assert!(parse(&["--fast"]).is_err());
    }

    #[test]
    fn fixture_lines() {
        let out = "FIXTURE\tES256\ttok\t{}\thttps://i\thttps://a\nFIXTURE\tshort\n";
        assert_eq!(
            parse_fixtures(out),
            vec![vec!["ES256", "tok", "{}", "https://i", "https://a"]]
        );
    }

    #[test]
    fn result_lines() {
        let out = "noise\nRESULT\tnode\tES256\tjose 6 jwtVerify\t9812\nRESULT\tbad\n";
        assert_eq!(
            parse_results(out),
            vec![BenchResult {
                language: "node".into(),
                alg: "ES256".into(),
                subject: "jose 6 jwtVerify".into(),
                ops: 9812.0
            }]
        );
    }
}
