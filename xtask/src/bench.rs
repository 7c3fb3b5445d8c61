//! `cargo xtask bench startup`: cold start to ready and idle memory, Tessera beside a peer.
//!
//! Absolute numbers depend on the machine and on whatever else it is doing, so every run
//! measures the peer (node-oidc-provider, `bench/peers/oidc-provider`) in the same loop, and
//! the report gives ratios next to the absolute figures. One round is three starts, in turn:
//!
//! - Tessera's **first start**: an empty data dir, so it creates the SQLite file, runs the
//!   migrations, generates the development master key and the bootstrap admin key;
//! - Tessera's **warm restart** on the data dir the first start left behind;
//! - **oidc-provider**, with its in-memory adapter and one client.
//!
//! Each server is pinned to CPU 0 with `taskset` (when present) and this process moves itself
//! to CPU 1, so the poller does not compete with the server it times. The clock starts just
//! before `spawn` and stops at the first `200` from the readiness URL, which is polled with a
//! raw HTTP/1.1 GET every millisecond. Then 50 requests warm the serving path, the server idles
//! for a second, and `VmRSS` from `/proc/PID/status` is its idle RSS. SIGTERM, wait, next.
//! One untimed round first fills the page cache, so "cold" means a cold process, not a cold
//! disk. Everything is bounded: a start that is not ready within 30 s aborts the benchmark.

use std::collections::hash_map::RandomState;
use std::fs;
use std::hash::BuildHasher;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use crate::cmd;

pub const DEFAULT_RUNS: usize = 20;
pub const MAX_RUNS: usize = 1000;

/// Targets from the startup issue; DESIGN.md's "Performance targets" are stricter. Memory
/// targets are in MB (10^6 bytes), the stricter reading of "MB": VmRSS is in KiB.
const TARGET_START_MS: f64 = 100.0;
const TARGET_RSS_MB: f64 = 25.0;
const DESIGN_START_MS: f64 = 50.0;
const DESIGN_RSS_MB: f64 = 15.0;

pub(crate) const PEER_DIR: &str = "bench/peers/oidc-provider";
const READY_TIMEOUT: Duration = Duration::from_secs(30);
const POLL_INTERVAL: Duration = Duration::from_millis(1);
const WARM_REQUESTS: usize = 50;
const IDLE: Duration = Duration::from_secs(1);
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
const HTTP_TIMEOUT: Duration = Duration::from_secs(2);

pub struct Options {
    pub runs: usize,
}

/// Which server a start is, and how it is launched and probed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Subject {
    TesseraFirst,
    TesseraWarm,
    Peer,
}

impl Subject {
    const ALL: [Subject; 3] = [Subject::TesseraFirst, Subject::TesseraWarm, Subject::Peer];

    fn label(self) -> &'static str {
        match self {
            Subject::TesseraFirst => "tessera, first start",
            Subject::TesseraWarm => "tessera, warm restart",
            Subject::Peer => "oidc-provider",
        }
    }

    fn ready_path(self) -> &'static str {
        match self {
            Subject::Peer => "/.well-known/openid-configuration",
            _ => "/readyz",
        }
    }

    fn warm_path(self) -> &'static str {
        match self {
            Subject::Peer => "/.well-known/openid-configuration",
            _ => "/healthz",
        }
    }
}

/// One start of one server.
struct Sample {
    ready_ms: f64,
    idle_rss_kib: u64,
    peak_rss_kib: u64,
}

/// What every start needs to know.
struct Setup {
    tessera: PathBuf,
    peer_dir: PathBuf,
    pin: bool,
    scratch: Scratch,
}

pub fn startup(options: &Options) -> ExitCode {
    match run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(options: &Options) -> Result<(), String> {
    let root = crate::repo_root();

    println!("==> build (release)");
    cmd::run(crate::cargo().args(["build", "--release", "-p", "tessera-server"]))?;
    let tessera = target_dir(&root).join("release").join("tessera");
    if !tessera.is_file() {
        return Err(format!("the build left no binary at {}", tessera.display()));
    }

    println!("\n==> peer (oidc-provider)");
    let peer_dir = root.join(PEER_DIR);
    install_peer(&peer_dir)?;

    let pin = cmd::on_path("taskset");
    if pin {
        // Off CPU 0, where the servers run. Only this thread: xtask has no others.
        let me = std::process::id().to_string();
        if !cmd::succeeds(Command::new("taskset").args(["-p", "-c", "1", &me])) {
            println!("note: could not move the benchmark to CPU 1; it shares CPUs with servers");
        }
    } else {
        println!("note: no taskset; servers are not pinned to one CPU");
    }

    let setup = Setup {
        tessera,
        peer_dir,
        pin,
        scratch: Scratch::create()?,
    };

    println!("\n==> machine");
    let machine = machine_info(&setup);
    for line in &machine {
        println!("{line}");
    }
    let load_before = load_average();

    println!(
        "\n==> startup: 1 untimed round, then {} rounds of first start / warm restart / oidc-provider",
        options.runs
    );
    round(&setup, 0, true)?;
    let mut samples: [Vec<Sample>; 3] = Default::default();
    for run in 1..=options.runs {
        let results = round(&setup, run, false)?;
        let line: Vec<String> = results
            .iter()
            .zip(Subject::ALL)
            .map(|(s, subject)| {
                format!(
                    "{} {:.1} ms {:.1} MiB",
                    short(subject),
                    s.ready_ms,
                    mib(s.idle_rss_kib)
                )
            })
            .collect();
        println!("run {run:>3}/{}: {}", options.runs, line.join(" | "));
        for (all, sample) in samples.iter_mut().zip(results) {
            all.push(sample);
        }
    }
    let load_after = load_average();

    println!("\n==> results\n");
    for line in &machine {
        println!("{line}  ");
    }
    println!("load average (1 min) before / after: {load_before} / {load_after}  ");
    println!();
    print_report(options.runs, &samples, &peer_version(&setup.peer_dir));
    Ok(())
}

/// Runs the three starts of one round, or, when `untimed`, just exercises them.
fn round(setup: &Setup, run: usize, untimed: bool) -> Result<[Sample; 3], String> {
    let data_dir = setup.scratch.path.join(format!("data-{run}"));
    let first = measure(setup, Subject::TesseraFirst, &data_dir, run)?;
    let warm = measure(setup, Subject::TesseraWarm, &data_dir, run)?;
    let _ = fs::remove_dir_all(&data_dir);
    let peer = measure(setup, Subject::Peer, &data_dir, run)?;
    if untimed {
        println!("warm-up round done");
    }
    Ok([first, warm, peer])
}

fn measure(setup: &Setup, subject: Subject, data_dir: &Path, run: usize) -> Result<Sample, String> {
    let port = free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let log_path = setup
        .scratch
        .path
        .join(format!("{}-{run}.log", short(subject)));
    let log = fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;

    let mut command = if setup.pin {
        let mut c = Command::new("taskset");
        c.args(["-c", "0"]);
        c
    } else {
        // `env` execs its argument, like taskset, so the child's PID is the server's.
        Command::new("env")
    };
    match subject {
        Subject::TesseraFirst | Subject::TesseraWarm => {
            if subject == Subject::TesseraFirst && data_dir.exists() {
                return Err(format!("{} should not exist yet", data_dir.display()));
            }
            command
                .arg(&setup.tessera)
                .arg("serve")
                .arg("--listen")
                .arg(addr.to_string())
                .arg("--data-dir")
                .arg(data_dir)
                .args(["--log-format", "json"]);
            // The caller's TESSERA_* settings (a PostgreSQL URL, a master key) would change
            // what is measured.
            for (name, _) in std::env::vars_os() {
                if name.to_string_lossy().starts_with("TESSERA_") {
                    command.env_remove(name);
                }
            }
        }
        Subject::Peer => {
            command
                .args(["node", "server.js"])
                .arg(port.to_string())
                .current_dir(&setup.peer_dir);
        }
    }
    if subject != Subject::Peer {
        command.current_dir(&setup.scratch.path);
    }
    // stdout carries the first start's admin key: not for the terminal.
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);

    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", subject.label()))?;
    let mut server = Server { child };
    let ready = wait_ready(&mut server, addr, subject.ready_path(), started);
    let ready_ms = match ready {
        Ok(elapsed) => elapsed.as_secs_f64() * 1000.0,
        Err(message) => {
            drop(server);
            print_tail(&log_path);
            return Err(format!("{}: {message}", subject.label()));
        }
    };

    for _ in 0..WARM_REQUESTS {
        match http_get(addr, subject.warm_path()) {
            Ok(200) => {}
            Ok(status) => {
                return Err(format!(
                    "{}: GET {} answered {status}",
                    subject.label(),
                    subject.warm_path()
                ));
            }
            Err(e) => {
                return Err(format!(
                    "{}: GET {} failed: {e}",
                    subject.label(),
                    subject.warm_path()
                ));
            }
        }
    }
    std::thread::sleep(IDLE);
    let pid = server.child.id();
    let (idle_rss_kib, peak_rss_kib) = read_rss(pid)?;
    server.stop()?;
    Ok(Sample {
        ready_ms,
        idle_rss_kib,
        peak_rss_kib,
    })
}

/// A started server; dropping it kills the process if it still runs.
pub(crate) struct Server {
    pub(crate) child: Child,
}

impl Server {
    /// SIGTERM, then wait up to [`STOP_TIMEOUT`] for a clean exit.
    pub(crate) fn stop(&mut self) -> Result<(), String> {
        let pid = self.child.id().to_string();
        if !cmd::succeeds(Command::new("kill").args(["-TERM", &pid])) {
            return Err(format!("`kill -TERM {pid}` failed"));
        }
        let deadline = Instant::now() + STOP_TIMEOUT;
        // Bounded: at most STOP_TIMEOUT / 5 ms polls.
        while Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) => return Ok(()),
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(format!("cannot wait for process {pid}: {e}")),
            }
        }
        Err(format!(
            "process {pid} did not exit within {}s of SIGTERM",
            STOP_TIMEOUT.as_secs()
        ))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Polls `path` until it answers 200; the time since `started` when it did.
pub(crate) fn wait_ready(
    server: &mut Server,
    addr: SocketAddr,
    path: &str,
    started: Instant,
) -> Result<Duration, String> {
    let max_polls = READY_TIMEOUT.as_millis() as usize;
    let mut last = String::from("no answer");
    for _ in 0..max_polls {
        match http_get(addr, path) {
            Ok(200) => return Ok(started.elapsed()),
            Ok(status) => last = format!("answered {status}"),
            Err(e) => last = e,
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            return Err(format!("exited before it was ready ({status})"));
        }
        if started.elapsed() > READY_TIMEOUT {
            break;
        }
        std::thread::sleep(POLL_INTERVAL);
    }
    Err(format!(
        "not ready within {}s (GET {path}: {last})",
        READY_TIMEOUT.as_secs()
    ))
}

/// One `GET` on a fresh connection; the status code.
fn http_get(addr: SocketAddr, path: &str) -> Result<u16, String> {
    let mut stream =
        TcpStream::connect_timeout(&addr, HTTP_TIMEOUT).map_err(|e| format!("connect: {e}"))?;
    stream
        .set_read_timeout(Some(HTTP_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(HTTP_TIMEOUT)))
        .and_then(|()| stream.set_nodelay(true))
        .map_err(|e| format!("socket options: {e}"))?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("send: {e}"))?;
    // Read the whole answer (the server closes), at most 1 MiB.
    let mut response = Vec::new();
    stream
        .take(1 << 20)
        .read_to_end(&mut response)
        .map_err(|e| format!("receive: {e}"))?;
    parse_status(&response).ok_or_else(|| "not an HTTP/1.1 response".to_string())
}

fn parse_status(response: &[u8]) -> Option<u16> {
    let line = response.split(|&b| b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?;
    let mut words = line.split_whitespace();
    if !words.next()?.starts_with("HTTP/1.") {
        return None;
    }
    words.next()?.parse().ok()
}

/// `(VmRSS, VmHWM)` of `pid`, in KiB.
fn read_rss(pid: u32) -> Result<(u64, u64), String> {
    let path = format!("/proc/{pid}/status");
    let status = fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .ok_or_else(|| format!("no {name} in {path}"))
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

fn print_report(runs: usize, samples: &[Vec<Sample>; 3], peer_version: &str) {
    let ready: Vec<Vec<f64>> = samples
        .iter()
        .map(|s| s.iter().map(|x| x.ready_ms).collect())
        .collect();
    let rss: Vec<Vec<f64>> = samples
        .iter()
        .map(|s| s.iter().map(|x| mib(x.idle_rss_kib)).collect())
        .collect();
    let peak: Vec<Vec<f64>> = samples
        .iter()
        .map(|s| s.iter().map(|x| mib(x.peak_rss_kib)).collect())
        .collect();

    println!("{runs} runs of each, alternating; start to ready = spawn until the first 200.\n");
    println!(
        "| server | start to ready, median (ms) | p90 (ms) | idle RSS, median (MiB) | peak RSS, median (MiB) |"
    );
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (i, subject) in Subject::ALL.into_iter().enumerate() {
        let label = match subject {
            Subject::Peer => format!("oidc-provider {peer_version} (Node {})", node_version()),
            _ => subject.label().to_string(),
        };
        println!(
            "| {label} | {:.1} | {:.1} | {:.1} | {:.1} |",
            median(&ready[i]),
            p90(&ready[i]),
            median(&rss[i]),
            median(&peak[i]),
        );
    }

    // Tessera's two starts against the peer, by medians.
    let tessera = [0, 1].map(|i| (Subject::ALL[i].label(), median(&ready[i]), median(&rss[i])));
    let (peer_ready, peer_rss) = (median(&ready[2]), median(&rss[2]));
    println!("\n| ratio, Tessera / oidc-provider (medians) | start to ready | idle RSS |");
    println!("| --- | ---: | ---: |");
    for (label, ms, size) in tessera {
        println!(
            "| {label} | {:.3} | {:.3} |",
            ms / peer_ready,
            size / peer_rss
        );
    }

    println!("\n| target (median) | issue | result | DESIGN.md | result |");
    println!("| --- | ---: | --- | ---: | --- |");
    for (label, ms, _) in tessera {
        println!(
            "| cold start to ready, {label}: {ms:.1} ms | ≤ {TARGET_START_MS} ms | {} | ≤ {DESIGN_START_MS} ms | {} |",
            mark(ms <= TARGET_START_MS),
            mark(ms <= DESIGN_START_MS),
        );
    }
    for (label, _, size) in tessera {
        let mb = size * 1024.0 * 1024.0 / 1e6;
        println!(
            "| idle RSS, {label}: {size:.1} MiB = {mb:.1} MB | ≤ {TARGET_RSS_MB} MB | {} | ≤ {DESIGN_RSS_MB} MB | {} |",
            mark(mb <= TARGET_RSS_MB),
            mark(mb <= DESIGN_RSS_MB),
        );
    }
}

pub(crate) fn mark(pass: bool) -> &'static str {
    if pass {
        "pass"
    } else {
        "**MISS**"
    }
}

fn short(subject: Subject) -> &'static str {
    match subject {
        Subject::TesseraFirst => "first",
        Subject::TesseraWarm => "warm",
        Subject::Peer => "peer",
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

pub(crate) fn median(values: &[f64]) -> f64 {
    let v = sorted(values);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// Nearest-rank 90th percentile.
fn p90(values: &[f64]) -> f64 {
    let v = sorted(values);
    if v.is_empty() {
        return f64::NAN;
    }
    let rank = (v.len() * 9).div_ceil(10);
    v[rank.max(1) - 1]
}

/// `$CARGO_TARGET_DIR` (relative to the repository root, as cargo reads it) or `./target`.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

pub(crate) fn install_peer(dir: &Path) -> Result<(), String> {
    if !cmd::on_path("node") || !cmd::on_path("npm") {
        return Err("the peer needs node and npm on PATH".into());
    }
    if dir.join("node_modules").join("oidc-provider").is_dir() {
        println!("using {}", dir.join("node_modules").display());
        return Ok(());
    }
    let verb = if dir.join("package-lock.json").is_file() {
        "ci"
    } else {
        "install"
    };
    cmd::run(
        Command::new("npm")
            .args([verb, "--no-audit", "--no-fund"])
            .current_dir(dir),
    )
}

pub(crate) fn peer_version(dir: &Path) -> String {
    let manifest = dir
        .join("node_modules")
        .join("oidc-provider")
        .join("package.json");
    fs::read_to_string(manifest)
        .ok()
        .and_then(|text| {
            let rest = &text[text.find("\"version\"")? + "\"version\"".len()..];
            let start = rest.find('"')? + 1;
            let end = start + rest[start..].find('"')?;
            Some(rest[start..end].to_string())
        })
        .unwrap_or_else(|| "?".into())
}

pub(crate) fn node_version() -> String {
    cmd::stdout(Command::new("node").arg("--version")).unwrap_or_else(|| "?".into())
}

fn machine_info(setup: &Setup) -> Vec<String> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or("unknown", |(_, model)| model.trim())
        .to_string();
    let nproc = cmd::stdout(Command::new("nproc").arg("--all")).unwrap_or_else(|| "?".into());
    let memory = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or("?".into(), |kib| {
            format!("{:.1} GiB", kib as f64 / 1024.0 / 1024.0)
        });
    let kernel = cmd::stdout(Command::new("uname").arg("-r")).unwrap_or_else(|| "?".into());
    let binary_size = fs::metadata(&setup.tessera)
        .map(|m| format!("{:.1} MiB", mib(m.len() / 1024)))
        .unwrap_or_else(|_| "?".into());
    let commit = cmd::stdout(
        Command::new("git")
            .args(["describe", "--always", "--dirty"])
            .current_dir(crate::repo_root()),
    )
    .unwrap_or_else(|| "unknown (not a git checkout)".into());
    vec![
        format!("cpu: {model}, nproc {nproc}, memory {memory}, kernel {kernel}"),
        format!(
            "pinning: {}",
            if setup.pin {
                "servers on CPU 0 (taskset -c 0), benchmark on CPU 1"
            } else {
                "none (no taskset)"
            }
        ),
        format!(
            "tessera: {} ({binary_size}, commit {commit})",
            setup.tessera.display()
        ),
    ]
}

pub(crate) fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// A port that was free a moment ago (see `postgres::free_port` for why this is good enough).
pub(crate) fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("could not find a free TCP port: {e}"))
}

/// The benchmark's temporary dir (data dirs and logs); removed when dropped.
pub(crate) struct Scratch {
    pub(crate) path: PathBuf,
}

impl Scratch {
    pub(crate) fn create() -> Result<Scratch, String> {
        // Randomly seeded hasher for uniqueness: std has no rand and the wall clock is off
        // limits here; create_dir fails rather than reuse an existing dir.
        let seed = RandomState::new();
        let mut last_error = None;
        for attempt in 0..16u32 {
            let tag = seed.hash_one((std::process::id(), attempt)) as u32;
            let path = std::env::temp_dir().join(format!("tessera-bench-{tag:08x}"));
            match fs::create_dir(&path) {
                Ok(()) => return Ok(Scratch { path }),
                Err(e) => last_error = Some(e),
            }
        }
        Err(format!(
            "could not create a directory under {}: {}",
            std::env::temp_dir().display(),
            last_error.map_or_else(String::new, |e| e.to_string())
        ))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

pub(crate) fn print_tail(log: &Path) {
    if let Ok(text) = fs::read_to_string(log) {
        let lines: Vec<&str> = text.lines().collect();
        eprintln!("--- last lines of {} ---", log.display());
        for line in &lines[lines.len().saturating_sub(20)..] {
            eprintln!("{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        let twenty: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(p90(&twenty), 18.0);
        assert_eq!(p90(&[7.0]), 7.0);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn status_lines() {
        assert_eq!(parse_status(b"HTTP/1.1 200 OK\r\n\r\n"), Some(200));
        assert_eq!(
            parse_status(b"HTTP/1.1 503 Service Unavailable\r\n"),
            Some(503)
        );
        assert_eq!(parse_status(b"garbage"), None);
        assert_eq!(parse_status(b""), None);
    }
}
