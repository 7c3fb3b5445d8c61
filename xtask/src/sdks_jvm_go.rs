//! The Go, Java and Kotlin SDKs in `cargo xtask sdk-test`, each checked and tested with its
//! own toolchain: `gofmt` and `go vet`, then `go test`; Maven (`mvn verify`: javac/kotlinc,
//! then JUnit 5 through Surefire). The generator's golden outputs are compiled too. The live
//! tests run against the server that `sdks::steps` started, found through `TESSERA_URL` and
//! `TESSERA_ADMIN_KEY`; their pass and fail counts join the final total.
//!
//! Go and a JDK with Maven are preinstalled on CI's image; Maven fetches the SDKs' few
//! dependencies (Jackson, kotlinx-coroutines, JUnit) from Maven Central into `~/.m2` once.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cmd::{self, TestCounts};
use crate::steps::Runner;

const GO_DIR: &str = "sdks/go";
const JAVA_DIR: &str = "sdks/java";
const KOTLIN_DIR: &str = "sdks/kotlin";

/// Sets the live server's variables on a test command.
pub type ServerEnv<'a> = &'a dyn Fn(&mut Command);

/// Adds the Go, Java and Kotlin steps; `server` is `None` when no server could be started.
pub fn steps(
    runner: &mut Runner,
    counts: &mut TestCounts,
    root: &Path,
    server: Option<ServerEnv<'_>>,
) {
    go(runner, counts, root, server);
    for (name, dir) in [("java", JAVA_DIR), ("kotlin", KOTLIN_DIR)] {
        if root.join(dir).join("pom.xml").is_file() {
            maven(runner, counts, root, name, dir, server);
        }
    }
}

fn go(runner: &mut Runner, counts: &mut TestCounts, root: &Path, server: Option<ServerEnv<'_>>) {
    let Some(go) = go_binary() else {
        runner.skip("SDK go vet", "go is not installed");
        runner.skip("SDK go tests", "go is not installed");
        return;
    };
    let vetted = runner
        .run("SDK go vet", || {
            let mut dirs = vec![root.join(GO_DIR)];
            dirs.extend(golden_dirs(root, "go"));
            for dir in &dirs {
                // Generated code is gofmt-clean, byte for byte.
                let gofmt = gofmt_binary(&go);
                let unformatted =
                    cmd::stdout(Command::new(&gofmt).arg("-l").arg(".").current_dir(dir))
                        .ok_or_else(|| format!("could not run gofmt in {}", dir.display()))?;
                if !unformatted.trim().is_empty() {
                    return Err(format!(
                        "gofmt would change these files in {}:\n{unformatted}",
                        dir.display()
                    ));
                }
                cmd::run(Command::new(&go).args(["vet", "./..."]).current_dir(dir))?;
            }
            Ok(())
        })
        .is_some();
    match (vetted, server) {
        (true, Some(env)) => {
            runner.run("SDK go tests", || {
                let mut command = Command::new(&go);
                command
                    .args(["test", "-v", "-count=1", "./..."])
                    .current_dir(root.join(GO_DIR));
                env(&mut command);
                run_counted(&mut command, counts, go_counts)
            });
        }
        (false, _) => runner.skip("SDK go tests", "go vet failed"),
        (_, None) => runner.skip("SDK go tests", "no server"),
    }
}

fn maven(
    runner: &mut Runner,
    counts: &mut TestCounts,
    root: &Path,
    name: &str,
    dir: &str,
    server: Option<ServerEnv<'_>>,
) {
    let compile = format!("SDK {name} compile");
    let tests = format!("SDK {name} tests");
    if !cmd::on_path("mvn") {
        let why = "Maven is not installed (on Debian/Ubuntu: apt-get install maven)";
        runner.skip(&compile, why);
        runner.skip(&tests, why);
        return;
    }
    let compiled = runner
        .run(&compile, || {
            // The SDK with its tests, then each golden output, which must compile too.
            cmd::run(
                mvn()
                    .args(["-q", "test-compile"])
                    .current_dir(root.join(dir)),
            )?;
            for golden in golden_dirs(root, name) {
                cmd::run(mvn().args(["-q", "compile"]).current_dir(&golden))?;
                let _ = std::fs::remove_dir_all(golden.join("target"));
            }
            Ok(())
        })
        .is_some();
    match (compiled, server) {
        (true, Some(env)) => {
            runner.run(&tests, || {
                let mut command = mvn();
                command.args(["test"]).current_dir(root.join(dir));
                env(&mut command);
                run_counted(&mut command, counts, surefire_counts)
            });
        }
        (false, _) => runner.skip(&tests, "the build failed"),
        (_, None) => runner.skip(&tests, "no server"),
    }
}

/// Maven in batch mode, without download progress (`-q` would hide Surefire's summary).
fn mvn() -> Command {
    let mut command = Command::new("mvn");
    command.args(["-B", "-ntp"]).stdin(Stdio::null());
    command
}

/// `go` from PATH, else the official tarball's place.
fn go_binary() -> Option<PathBuf> {
    if cmd::on_path("go") {
        return cmd::stdout(Command::new("sh").args(["-c", "command -v go"]))
            .map(|p| PathBuf::from(p.trim()));
    }
    let fallback = PathBuf::from("/usr/local/go/bin/go");
    fallback.is_file().then_some(fallback)
}

/// `gofmt` of the same Go installation: `$(go env GOROOT)/bin/gofmt`.
fn gofmt_binary(go: &Path) -> PathBuf {
    cmd::stdout(Command::new(go).args(["env", "GOROOT"]))
        .map(|root| PathBuf::from(root).join("bin/gofmt"))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("gofmt"))
}

/// `codegen/tests/output/<spec>/<language>` of every golden spec.
fn golden_dirs(root: &Path, language: &str) -> Vec<PathBuf> {
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

/// Runs a test command, echoing its output and adding the counts `parse` reads from it.
/// The command's exit status decides success; a run of no test fails.
fn run_counted(
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

/// `go test -v` prints `--- PASS: TestX (0.00s)` per test and subtest (indented).
fn go_counts(line: &str, counts: &mut TestCounts) {
    let line = line.trim_start();
    if line.starts_with("--- PASS: ") {
        counts.passed += 1;
    } else if line.starts_with("--- FAIL: ") {
        counts.failed += 1;
    }
}

/// Surefire's summary, after "Results:": `Tests run: 9, Failures: 1, Errors: 0, Skipped: 0`
/// (the per-class lines also say `Time elapsed`, and are not counted).
fn surefire_counts(line: &str, counts: &mut TestCounts) {
    let Some(start) = line.find("Tests run: ") else {
        return;
    };
    let rest = &line[start..];
    if rest.contains("Time elapsed") {
        return;
    }
    let number = |key: &str| -> u64 {
        rest.split(", ")
            .find_map(|part| part.trim().strip_prefix(key))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    };
    let run = number("Tests run: ");
    let failed = number("Failures: ") + number("Errors: ");
    let skipped = number("Skipped: ");
    counts.passed += run.saturating_sub(failed + skipped);
    counts.failed += failed;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_go_and_surefire_counts() {
        let mut counts = TestCounts::default();
        for line in [
            "=== RUN   TestLiveScenario",
            "    --- PASS: TestLiveScenario/creates_users (0.05s)",
            "--- FAIL: TestLiveScenario (0.30s)",
            "--- PASS: TestRejectsARelativeBaseURL (0.00s)",
        ] {
            go_counts(line, &mut counts);
        }
        assert_eq!((counts.passed, counts.failed), (2, 1));
        let mut counts = TestCounts::default();
        for line in [
            "[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 1.2 s - in dev.tessera.LiveTest",
            "[ERROR] Tests run: 12, Failures: 1, Errors: 1, Skipped: 1",
            "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0",
        ] {
            surefire_counts(line, &mut counts);
        }
        assert_eq!((counts.passed, counts.failed), (12, 2));
    }
}
