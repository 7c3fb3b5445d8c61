//! `cargo xtask bench core`: access-token verifications per second of tessera-core beside
//! the `jsonwebtoken` crate, and DPoP proofs, in one run (see
//! `bindings/core/examples/bench-verify.rs` for what is measured and how).
//!
//! Release build, then the benchmark pinned to CPU 0 with `taskset` when present, so it is
//! single-threaded on one core like the figures in docs/benchmarks.md.
//!
//! Then, when `valgrind` is on PATH, instructions per verification of each library under
//! callgrind: a count that repeats exactly whatever else the machine is doing, where the
//! rates above move by ±15% between runs on a shared machine.

use std::process::{Command, ExitCode};

use crate::cmd;

pub const DEFAULT_SECONDS: f64 = 1.0;

pub fn run(seconds: f64) -> ExitCode {
    match bench(seconds) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn bench(seconds: f64) -> Result<(), String> {
    let root = crate::repo_root();
    println!("==> build (release)");
    cmd::run(crate::cargo().args([
        "build",
        "--release",
        "-p",
        "tessera-core",
        "--example",
        "bench-verify",
    ]))?;
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    };
    let binary = target.join("release/examples/bench-verify");

    println!("\n==> machine");
    let cpu = cmd::stdout(
        Command::new("sh").args(["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]),
    )
    .unwrap_or_default();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("cpu: {}", cpu.trim());
    println!(
        "load average before: {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );

    println!("\n==> tessera-core vs jsonwebtoken ({seconds} s rounds, median of 7)\n");
    let seconds = seconds.to_string();
    let mut command = if cmd::on_path("taskset") {
        let mut c = Command::new("taskset");
        c.args(["-c", "0"]).arg(&binary);
        c
    } else {
        println!("note: no taskset; the benchmark is not pinned to one CPU");
        Command::new(&binary)
    };
    cmd::run(command.args(["--seconds", &seconds]))?;

    if cmd::on_path("valgrind") {
        instructions(&binary)
    } else {
        println!("\nnote: no valgrind on PATH; instruction counts skipped");
        Ok(())
    }
}

/// Calls per callgrind run: enough that setup outside the counted function does not matter
/// (only `counted_calls` is collected anyway), few enough to take seconds under valgrind.
const COUNTED_CALLS: u64 = 200;

/// Instructions per verification for each algorithm and library, side by side.
fn instructions(binary: &std::path::Path) -> Result<(), String> {
    println!(
        "\n==> instructions per verification (callgrind, {COUNTED_CALLS} calls each; \
         valgrind's CPU model hides BMI2/ADX, so aws-lc runs its generic assembly here)\n"
    );
    println!("| token | tessera-core instructions | jsonwebtoken instructions | jsonwebtoken / tessera-core |");
    println!("| --- | ---: | ---: | ---: |");
    let out_file =
        std::env::temp_dir().join(format!("tessera-callgrind-{}.out", std::process::id()));
    for alg in ["ES256", "RS256", "EdDSA"] {
        let mut per_call = Vec::new();
        for subject in ["tessera-core", "jsonwebtoken"] {
            let output = Command::new("valgrind")
                .arg("--tool=callgrind")
                .arg("--toggle-collect=*counted_calls*")
                .arg(format!("--callgrind-out-file={}", out_file.display()))
                .arg(binary)
                .args(["--calls", &COUNTED_CALLS.to_string(), "--only"])
                .arg(format!("{alg}/{subject}"))
                .output()
                .map_err(|e| format!("valgrind: {e}"))?;
            let _ = std::fs::remove_file(&out_file);
            if !output.status.success() {
                return Err(format!(
                    "callgrind of {alg}/{subject} failed: {}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let total = collected(&String::from_utf8_lossy(&output.stderr))
                .ok_or_else(|| format!("callgrind printed no total for {alg}/{subject}"))?;
            per_call.push(total as f64 / COUNTED_CALLS as f64);
        }
        println!(
            "| {alg} | {:.0} | {:.0} | {:.3}× |",
            per_call[0],
            per_call[1],
            per_call[1] / per_call[0]
        );
    }
    Ok(())
}

/// The `Collected : N` total from callgrind's summary on stderr.
fn collected(stderr: &str) -> Option<u64> {
    stderr.lines().find_map(|line| {
        let (_, rest) = line.split_once("Collected :")?;
        rest.trim().parse().ok()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_callgrind_total() {
        let stderr = "==1130== Events    : Ir\n==1130== Collected : 150906863\n==1130==\n";
        assert_eq!(super::collected(stderr), Some(150_906_863));
        assert_eq!(super::collected("==1== nothing\n"), None);
    }
}
