//! Small helpers for running external commands.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `command` with the terminal's stdio, echoing it first so logs show what ran.
pub fn run(command: &mut Command) -> Result<(), String> {
    println!("$ {}", display(command));
    let status = command
        .status()
        .map_err(|e| format!("could not run `{}`: {e}", display(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", display(command)))
    }
}

/// Like [`run`], but the output is shown only if the command fails (keeps CI logs short).
pub fn run_captured(command: &mut Command) -> Result<(), String> {
    println!("$ {}", display(command));
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("could not run `{}`: {e}", display(command)))?;
    if output.status.success() {
        return Ok(());
    }
    let _ = std::io::stdout().write_all(&output.stdout);
    let _ = std::io::stderr().write_all(&output.stderr);
    Err(format!("`{}` failed ({})", display(command), output.status))
}

/// True if `command` runs and exits 0. Output is discarded: this is a probe.
pub fn succeeds(command: &mut Command) -> bool {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Trimmed stdout of `command`, or None if it could not run or failed.
pub fn stdout(command: &mut Command) -> Option<String> {
    let output = command.stdin(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Whether `program` is an executable file somewhere on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// Whether we run as root. `id -u` because std has no getuid.
pub fn is_root() -> bool {
    stdout(Command::new("id").arg("-u")).as_deref() == Some("0")
}

/// The command as a copy-pastable line (environment changes are not shown: they may
/// hold credentials).
pub fn display(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|word| shell_quote(&word.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quotes `word` for sh, leaving plain words readable.
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Passed and failed test counts, summed over `cargo test`'s "test result:" lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct TestCounts {
    pub passed: u64,
    pub failed: u64,
}

impl TestCounts {
    /// Adds the counts of one "test result: ok. 3 passed; 1 failed; ..." line.
    pub fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            return;
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(kind), Some(number)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = number.parse::<u64>() else {
                continue;
            };
            match kind {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                _ => {}
            }
        }
    }
}

/// Like [`run`] for `cargo test`: stdout is echoed line by line and its test counts added
/// to `counts`, so the run can end on one total that a reader (or CI) can trust.
pub fn run_tests(command: &mut Command, counts: &mut TestCounts) -> Result<(), String> {
    use std::io::BufRead;
    println!("$ {}", display(command));
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run `{}`: {e}", display(command)))?;
    if let Some(out) = child.stdout.take() {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            counts.add_line(&line);
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{}` did not finish: {e}", display(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", display(command)))
    }
}

#[cfg(test)]
mod tests {
    use super::TestCounts;

    #[test]
    fn counts_test_result_lines() {
        let mut counts = TestCounts::default();
        counts.add_line("test result: ok. 29 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 2.21s");
        counts.add_line(
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out",
        );
        counts.add_line("test foo ... ok");
        assert_eq!(
            counts,
            TestCounts {
                passed: 32,
                failed: 2
            }
        );
    }
}
