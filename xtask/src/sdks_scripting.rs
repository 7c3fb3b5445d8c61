//! The Ruby and PHP SDK steps of `cargo xtask sdk-test`.
//!
//! Before the server starts, [`prepare`] installs the toolchains from Debian packages when
//! they are missing (`ruby`, `php-cli`, `php-curl`, `phpunit`; through sudo when not root)
//! and checks the syntax of every generated file, the SDKs' and the generator's golden
//! outputs, with `ruby -wc` and `php -l`. Once `sdks.rs` has a server, [`live`] runs each
//! SDK's own tests against it (minitest, PHPUnit) and adds their counts to the total.
//!
//! The C# SDK is generated but not built here: the .NET SDK is not installable from the
//! registries this project reaches (see `sdks/csharp/README.md`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd::{self, TestCounts};
use crate::sdks::{golden_dirs, run_counted};
use crate::steps::Runner;

const RUBY_DIR: &str = "sdks/ruby";
const PHP_DIR: &str = "sdks/php";
/// Debian packages of the two toolchains, and the program each one provides.
const PACKAGES: &[(&str, &str)] = &[
    ("ruby", "ruby"),
    ("php-cli", "php"),
    ("php-curl", ""),
    ("php-mbstring", ""),
    ("phpunit", "phpunit"),
];

/// Which languages passed their checks and may run live.
pub struct Prepared {
    ruby: bool,
    php: bool,
}

/// Installs the toolchains and checks the generated code.
pub fn prepare(runner: &mut Runner, root: &Path) -> Prepared {
    let tools = runner
        .run("SDK ruby/php toolchains", install_toolchains)
        .is_some();
    if !tools {
        runner.skip("SDK ruby syntax", "no toolchain");
        runner.skip("SDK php lint", "no toolchain");
        return Prepared {
            ruby: false,
            php: false,
        };
    }
    let ruby = runner
        .run("SDK ruby syntax", || {
            let mut dirs = vec![root.join(RUBY_DIR)];
            dirs.extend(golden_dirs(root, "ruby"));
            for file in dirs.iter().flat_map(|d| files(d, ".rb")) {
                // -w: warnings (unused variables, shadowing) fail the check too.
                let output = Command::new("ruby")
                    .args(["-wc"])
                    .arg(&file)
                    .output()
                    .map_err(|e| format!("could not run ruby: {e}"))?;
                let stderr = String::from_utf8_lossy(&output.stderr);
                if !output.status.success() || !stderr.trim().is_empty() {
                    return Err(format!("{}: {stderr}", file.display()));
                }
            }
            Ok(())
        })
        .is_some();
    let php = runner
        .run("SDK php lint", || {
            let mut dirs = vec![root.join(PHP_DIR)];
            dirs.extend(golden_dirs(root, "php"));
            for file in dirs.iter().flat_map(|d| files(d, ".php")) {
                cmd::run_captured(Command::new("php").arg("-l").arg(&file))?;
            }
            // Every generated file loads (classes resolve, no duplicate declarations).
            for dir in &dirs {
                cmd::run_captured(
                    Command::new("php")
                        .args(["-d", "error_reporting=E_ALL", "-d", "display_errors=stderr"])
                        .arg("-r")
                        .arg("require $argv[1]; exit(class_exists('Tessera\\\\Client') ? 0 : 1);")
                        .arg(dir.join("src/autoload.php")),
                )?;
            }
            Ok(())
        })
        .is_some();
    Prepared { ruby, php }
}

/// Marks the live steps skipped when there is no server.
pub fn skip(runner: &mut Runner) {
    runner.skip("SDK ruby tests", "no server");
    runner.skip("SDK php tests", "no server");
}

/// Runs the Ruby and PHP tests against the server; `env` sets its URL and admin key.
pub fn live(
    runner: &mut Runner,
    counts: &mut TestCounts,
    root: &Path,
    prepared: &Prepared,
    env: &dyn Fn(&mut Command),
) {
    if prepared.ruby {
        runner.run("SDK ruby tests", || {
            let dir = root.join(RUBY_DIR);
            let tests = files(&dir.join("test"), ".rb");
            let mut command = Command::new("ruby");
            command
                .args([
                    "-w",
                    "-Ilib",
                    "-e",
                    "ARGV.each { |f| require File.expand_path(f) }",
                ])
                .args(tests.iter().map(|t| t.strip_prefix(&dir).unwrap_or(t)))
                .current_dir(&dir);
            env(&mut command);
            run_counted(&mut command, counts, minitest_counts)
        });
    } else {
        runner.skip("SDK ruby tests", "the syntax check failed");
    }
    if prepared.php {
        runner.run("SDK php tests", || {
            let mut command = Command::new("phpunit");
            command
                .args([
                    "--bootstrap",
                    "src/autoload.php",
                    "--do-not-cache-result",
                    "--fail-on-warning",
                    "--fail-on-risky",
                    "tests",
                ])
                .current_dir(root.join(PHP_DIR));
            env(&mut command);
            run_counted(&mut command, counts, phpunit_counts)
        });
    } else {
        runner.skip("SDK php tests", "the lint failed");
    }
}

/// Installs whichever of [`PACKAGES`] is missing, with apt-get.
fn install_toolchains() -> Result<(), String> {
    let php_curl = || {
        cmd::stdout(Command::new("php").arg("-m"))
            .is_some_and(|m| m.lines().any(|l| l.trim() == "curl"))
    };
    let missing = PACKAGES
        .iter()
        .any(|(_, program)| !program.is_empty() && !cmd::on_path(program))
        || !php_curl();
    if !missing {
        return Ok(());
    }
    if !cmd::on_path("apt-get") {
        return Err(
            "ruby, php (with curl) and phpunit are needed and there is no apt-get to install them"
                .into(),
        );
    }
    let use_sudo = !cmd::is_root() && cmd::on_path("sudo");
    // `env` rather than Command::env: sudo would drop the variable.
    let apt_get = |args: &[&str]| {
        let mut command = Command::new(if use_sudo { "sudo" } else { "env" });
        if use_sudo {
            command.arg("env");
        }
        command
            .arg("DEBIAN_FRONTEND=noninteractive")
            .arg("apt-get")
            .args(args);
        command
    };
    cmd::run_captured(&mut apt_get(&["update"]))?;
    let mut install = apt_get(&["install", "-y", "--no-install-recommends"]);
    install.args(PACKAGES.iter().map(|(package, _)| *package));
    cmd::run_captured(&mut install)?;
    if php_curl() {
        Ok(())
    } else {
        Err("php has no curl extension after installing php-curl".into())
    }
}

/// Files under `dir` whose names end with `suffix`, sorted, skipping tool output folders.
fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "vendor" && !name.starts_with('.') {
                    stack.push(path);
                }
            } else if name.ends_with(suffix) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// minitest ends with `12 runs, 40 assertions, 1 failures, 0 errors, 0 skips`.
fn minitest_counts(line: &str, counts: &mut TestCounts) {
    let mut runs = None;
    let mut failed = 0;
    for part in line.trim().split(", ") {
        let mut words = part.split_whitespace();
        let (Some(n), Some(kind), None) = (words.next(), words.next(), words.next()) else {
            return;
        };
        let Ok(n) = n.parse::<u64>() else {
            return;
        };
        match kind {
            "runs" | "run" => runs = Some(n),
            "failures" | "failure" | "errors" | "error" => failed += n,
            _ => {}
        }
    }
    if let Some(runs) = runs {
        counts.passed += runs.saturating_sub(failed);
        counts.failed += failed;
    }
}

/// PHPUnit ends with `OK (9 tests, 30 assertions)` or, when something failed or was
/// skipped, `Tests: 9, Assertions: 28, Failures: 1, Errors: 1, Skipped: 1.`
fn phpunit_counts(line: &str, counts: &mut TestCounts) {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("OK (") {
        if let Some(n) = rest
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u64>().ok())
        {
            counts.passed += n;
        }
        return;
    }
    let Some(rest) = line.strip_prefix("Tests: ") else {
        return;
    };
    let mut total = 0u64;
    let mut failed = 0u64;
    let mut not_passed = 0u64;
    for (i, part) in rest.trim_end_matches('.').split(", ").enumerate() {
        let (kind, n) = if i == 0 {
            ("Tests", part)
        } else {
            let Some((kind, n)) = part.split_once(": ") else {
                continue;
            };
            (kind, n)
        };
        let Ok(n) = n.trim().parse::<u64>() else {
            continue;
        };
        match kind {
            "Tests" => total = n,
            "Failures" | "Errors" => {
                failed += n;
                not_passed += n;
            }
            "Skipped" | "Incomplete" => not_passed += n,
            _ => {}
        }
    }
    counts.passed += total.saturating_sub(not_passed);
    counts.failed += failed;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_minitest_and_phpunit_summaries() {
        let mut counts = TestCounts::default();
        minitest_counts(
            "12 runs, 40 assertions, 1 failures, 1 errors, 0 skips",
            &mut counts,
        );
        minitest_counts("Finished in 0.5s, 24.0 runs/s", &mut counts);
        assert_eq!((counts.passed, counts.failed), (10, 2));
        let mut counts = TestCounts::default();
        phpunit_counts("OK (9 tests, 30 assertions)", &mut counts);
        phpunit_counts(
            "Tests: 9, Assertions: 28, Failures: 1, Errors: 1, Skipped: 1.",
            &mut counts,
        );
        phpunit_counts("Time: 00:00.120, Memory: 6.00 MB", &mut counts);
        assert_eq!((counts.passed, counts.failed), (15, 2));
    }
}
