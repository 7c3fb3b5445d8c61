//! `cargo xtask bench core`: access-token verifications per second of tessera-core beside
//! the `jsonwebtoken` crate, and DPoP proofs, in one run (see
//! `bindings/core/examples/bench-verify.rs` for what is measured and how).
//!
//! Release build, then the benchmark pinned to CPU 0 with `taskset` when present, so it is
//! single-threaded on one core like the figures in docs/benchmarks.md.

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
    cmd::run(command.args(["--seconds", &seconds]))
}
