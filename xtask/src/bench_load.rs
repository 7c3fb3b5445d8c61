//! `cargo xtask bench tokens` and `cargo xtask bench logins`: throughput through HTTP,
//! Tessera beside a peer or beside the raw cost it cannot beat, measured in one run.
//!
//! The load generator is Debian's `wrk` (installed with apt-get when missing), driven by Lua
//! scripts that this module writes: a fixed POST body with HTTP Basic for the OAuth endpoints,
//! a JSON body for the sign-in, and a chain of refresh tokens for rotation. Every measurement
//! is a 2 s warm-up that is thrown away, then a fixed number of seconds with a fixed number of
//! connections on one wrk thread. Every wait is bounded.
//!
//! - `tokens`: the server under test on CPU 0 (`taskset -c 0`), wrk on CPU 1. Rows: the peer
//!   (oidc-provider with `--es256`), Tessera on SQLite, Tessera on SQLite with
//!   `--log-level warn`, Tessera on PostgreSQL (the throwaway cluster, pinned to CPU 0 with the
//!   server), and the peer again; the peer's figure is the mean of its two rows, so drift in the
//!   machine's other load over the run affects both sides.
//! - `logins`: password sign-ins on both cores (nothing pinned) next to raw argon2id hashes/s
//!   with the server's default parameters, measured with argon2-cffi (the reference C
//!   implementation) in two processes before and after; then refresh-token rotations/s with
//!   the server on CPU 0 and wrk on CPU 1.

use std::collections::hash_map::RandomState;
use std::fmt::Write as _;
use std::fs;
use std::hash::BuildHasher;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use crate::bench::{self, Scratch, Server};
use crate::cmd;
use crate::postgres::Cluster;

pub const DEFAULT_SECONDS: u64 = 10;
pub const MAX_SECONDS: u64 = 120;
pub const DEFAULT_CONNECTIONS: usize = 32;
pub const MAX_CONNECTIONS: usize = 256;
const WARMUP_SECONDS: u64 = 2;
/// wrk must have exited this long after its own duration, or it is killed.
const WRK_GRACE: Duration = Duration::from_secs(30);
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

/// DESIGN.md "Performance targets" and issue 5.
const DESIGN_TOKENS_RATIO: f64 = 4.0;
const DESIGN_INTROSPECTION_RATIO: f64 = 3.0;
const ISSUE_TOKENS_PER_S: f64 = 10_000.0;
const ISSUE_INTROSPECTIONS_PER_S: f64 = 30_000.0;
const DESIGN_LOGIN_SHARE: f64 = 0.9;

/// The server's default argon2id parameters (`services::passwords::PasswordParams`).
const ARGON2_MEMORY_KIB: u32 = 19_456;
const ARGON2_ITERATIONS: u32 = 2;
const ARGON2_PARALLELISM: u32 = 1;

pub(crate) const TENANT: &str = "bench";
const SCOPE: &str = "read:bench";
const RESOURCE: &str = "https://api.bench.test";
const PEER_CLIENT_ID: &str = "bench";
const PEER_CLIENT_SECRET: &str = "bench-secret-not-used-outside-this-benchmark";
const USER_EMAIL: &str = "bench-user@example.com";
const USER_PASSWORD: &str = "Tr0ub4dor-and-horses-2026";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub seconds: u64,
    pub connections: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seconds: DEFAULT_SECONDS,
            connections: DEFAULT_CONNECTIONS,
        }
    }
}

/// `--seconds N` and `--connections N`, either as two words or with `=`.
pub fn parse_options(which: &str, args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg.as_str(), None),
        };
        let value = match inline {
            Some(v) => Some(v),
            None => rest.next().map(String::as_str),
        };
        let number = |max: u64| {
            value
                .and_then(|v| v.parse::<u64>().ok())
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| format!("{name} takes a number from 1 to {max}"))
        };
        match name {
            "--seconds" => options.seconds = number(MAX_SECONDS)?,
            "--connections" => options.connections = number(MAX_CONNECTIONS as u64)? as usize,
            _ => return Err(format!("unknown argument to `bench {which}`: {arg}")),
        }
    }
    Ok(options)
}

pub fn tokens(options: &Options) -> ExitCode {
    report_errors(run_tokens(options))
}

pub fn logins(options: &Options) -> ExitCode {
    report_errors(run_logins(options))
}

fn report_errors(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What every measurement needs.
pub(crate) struct Env {
    tessera: PathBuf,
    peer_dir: PathBuf,
    pub(crate) pin: bool,
    pub(crate) scratch: Scratch,
    pub(crate) options: Options,
}

pub(crate) fn prepare(options: &Options, with_peer: bool) -> Result<Env, String> {
    let root = crate::repo_root();
    println!("==> build (release)");
    cmd::run(crate::cargo().args(["build", "--release", "-p", "tessera-server"]))?;
    let tessera = bench::target_dir(&root).join("release").join("tessera");
    if !tessera.is_file() {
        return Err(format!("the build left no binary at {}", tessera.display()));
    }
    println!("\n==> load generator (wrk)");
    ensure_wrk()?;
    let peer_dir = root.join(bench::PEER_DIR);
    if with_peer {
        println!("\n==> peer (oidc-provider)");
        bench::install_peer(&peer_dir)?;
    }
    let pin = cmd::on_path("taskset");
    if pin {
        // Off CPU 0, where the servers run.
        let me = std::process::id().to_string();
        if !cmd::succeeds(Command::new("taskset").args(["-p", "-c", "1", &me])) {
            println!("note: could not move the benchmark to CPU 1");
        }
    } else {
        println!("note: no taskset; nothing is pinned, and the report says so");
    }
    Ok(Env {
        tessera,
        peer_dir,
        pin,
        scratch: Scratch::create()?,
        options: *options,
    })
}

fn ensure_wrk() -> Result<(), String> {
    if cmd::on_path("wrk") {
        println!("using {}", wrk_version());
        return Ok(());
    }
    if !cmd::is_root() {
        return Err("wrk is not installed; run `apt-get install -y wrk` as root".into());
    }
    cmd::run(Command::new("apt-get").arg("update"))?;
    cmd::run(Command::new("apt-get").args(["install", "-y", "wrk"]))?;
    println!("using {}", wrk_version());
    Ok(())
}

fn wrk_version() -> String {
    // `wrk -v` prints its banner and exits 1.
    Command::new("wrk")
        .arg("-v")
        .stdin(Stdio::null())
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(|l| l.split(" Copyright").next().unwrap_or(l).trim().to_string())
        })
        .unwrap_or_else(|| "wrk".into())
}

// ---------------------------------------------------------------------------------------------
// tokens

/// One server's two figures.
struct TokenRow {
    label: String,
    tokens: Load,
    introspections: Load,
}

fn run_tokens(options: &Options) -> Result<(), String> {
    let env = prepare(options, true)?;
    let machine = machine_lines(&env);
    let load_before = bench::load_average();
    println!(
        "\n==> tokens: {} s per measurement after a {WARMUP_SECONDS} s warm-up, {} connections",
        options.seconds, options.connections
    );

    let mut rows = Vec::new();
    rows.push(token_row(&env, "oidc-provider (1st)", Subject::Peer)?);
    rows.push(token_row(
        &env,
        "tessera, SQLite",
        Subject::Tessera(Backend::Sqlite, None),
    )?);
    rows.push(token_row(
        &env,
        "tessera, SQLite, --log-level warn",
        Subject::Tessera(Backend::Sqlite, Some("warn")),
    )?);
    {
        println!("\n==> postgres");
        let cluster = Cluster::start()?;
        let pinned = env.pin && pin_postgres(cluster.url());
        let label = if pinned {
            "tessera, PostgreSQL (on CPU 0 too)"
        } else {
            "tessera, PostgreSQL (not pinned)"
        };
        rows.push(token_row(
            &env,
            label,
            Subject::Tessera(Backend::Postgres(cluster.url().to_string()), None),
        )?);
    }
    rows.push(token_row(&env, "oidc-provider (2nd)", Subject::Peer)?);
    let load_after = bench::load_average();

    println!("\n==> results\n");
    for line in &machine {
        println!("{line}  ");
    }
    println!("load average (1 min) before / after: {load_before} / {load_after}  ");
    println!(
        "wrk: 1 thread, {} connections, {} s after a {WARMUP_SECONDS} s warm-up; rates count 2xx answers only  ",
        options.connections, options.seconds
    );
    println!();
    print_tokens_report(&rows, &bench::peer_version(&env.peer_dir));
    Ok(())
}

pub(crate) enum Backend {
    Sqlite,
    Postgres(String),
}

enum Subject {
    Peer,
    /// The backend and an optional `--log-level`.
    Tessera(Backend, Option<&'static str>),
}

fn token_row(env: &Env, label: &str, subject: Subject) -> Result<TokenRow, String> {
    println!("\n--- {label}");
    let cpu = env.pin.then_some("0");
    let (running, token_path, introspect_path, client_id, secret) = match &subject {
        Subject::Peer => {
            let running = start_peer(env, cpu)?;
            (
                running,
                "/token".to_string(),
                "/token/introspection".to_string(),
                PEER_CLIENT_ID.to_string(),
                PEER_CLIENT_SECRET.to_string(),
            )
        }
        Subject::Tessera(backend, log_level) => {
            let running = start_tessera(env, backend, *log_level, cpu)?;
            let (id, secret) = create_client(running.addr, &running.admin_key)?;
            (
                running,
                format!("/t/{TENANT}/oauth/token"),
                format!("/t/{TENANT}/oauth/introspect"),
                id,
                secret,
            )
        }
    };
    let addr = running.addr;
    let basic = format!(
        "Basic {}",
        base64(format!("{}:{}", form_encode(&client_id), form_encode(&secret)).as_bytes())
    );
    let token_body = format!(
        "grant_type=client_credentials&scope={}&resource={}",
        form_encode(SCOPE),
        form_encode(RESOURCE)
    );

    // What the load will ask for, checked once by hand: an ES256 at+jwt, and an active token.
    let (status, body) = http(addr, "POST", &token_path, Some(&basic), FORM, &token_body)?;
    let jwt = json_str(&body, "access_token")
        .filter(|_| status == 200)
        .ok_or_else(|| format!("{label}: token request answered {status}: {body}"))?;
    let header = jwt_header(&jwt).unwrap_or_default();
    if !header.contains("\"ES256\"") || !header.contains("\"at+jwt\"") {
        return Err(format!(
            "{label}: expected an ES256 at+jwt token, got header {header}"
        ));
    }
    let introspected = match subject {
        // oidc-provider refuses to introspect JWT access tokens: ask it for an opaque one.
        Subject::Peer => {
            let body = "grant_type=client_credentials";
            let (status, answer) = http(addr, "POST", &token_path, Some(&basic), FORM, body)?;
            json_str(&answer, "access_token")
                .filter(|_| status == 200)
                .ok_or_else(|| format!("{label}: opaque token request answered {status}"))?
        }
        Subject::Tessera(..) => jwt,
    };
    let introspect_body = format!("token={}", form_encode(&introspected));
    let check_active = || -> Result<(), String> {
        let (status, body) = http(
            addr,
            "POST",
            &introspect_path,
            Some(&basic),
            FORM,
            &introspect_body,
        )?;
        if status == 200 && body.replace(' ', "").contains("\"active\":true") {
            Ok(())
        } else {
            Err(format!("{label}: introspection answered {status}: {body}"))
        }
    };
    check_active()?;

    let script = env.scratch.path.join("form.lua");
    let tokens = {
        fs::write(&script, static_script(&token_body, FORM, Some(&basic)))
            .map_err(|e| format!("cannot write {}: {e}", script.display()))?;
        wrk_measure(env, addr, &token_path, &script, env.options.connections)?
    };
    println!("tokens/s: {}", tokens.summary());
    let introspections = {
        fs::write(&script, static_script(&introspect_body, FORM, Some(&basic)))
            .map_err(|e| format!("cannot write {}: {e}", script.display()))?;
        wrk_measure(
            env,
            addr,
            &introspect_path,
            &script,
            env.options.connections,
        )?
    };
    println!("introspections/s: {}", introspections.summary());
    check_active()?;
    running.stop()?;
    Ok(TokenRow {
        label: label.to_string(),
        tokens,
        introspections,
    })
}

fn print_tokens_report(rows: &[TokenRow], peer_version: &str) {
    let peers: Vec<&TokenRow> = rows
        .iter()
        .filter(|r| r.label.starts_with("oidc-provider"))
        .collect();
    let mean =
        |f: fn(&TokenRow) -> f64| peers.iter().map(|r| f(r)).sum::<f64>() / peers.len() as f64;
    let peer_tokens = mean(|r| r.tokens.rate);
    let peer_introspections = mean(|r| r.introspections.rate);

    println!(
        "| server (on CPU 0) | tokens/s | p50 / p99 (ms) | errors | introspections/s | p50 / p99 (ms) | errors |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for row in rows {
        let label = if row.label.starts_with("oidc-provider") {
            format!(
                "{} {peer_version} (Node {})",
                row.label,
                bench::node_version()
            )
        } else {
            row.label.clone()
        };
        println!(
            "| {label} | {:.0} | {} | {} | {:.0} | {} | {} |",
            row.tokens.rate,
            row.tokens.latency(),
            row.tokens.errors,
            row.introspections.rate,
            row.introspections.latency(),
            row.introspections.errors,
        );
    }
    println!(
        "| oidc-provider, mean of its two rows | {peer_tokens:.0} | | | {peer_introspections:.0} | | |"
    );

    println!("\n| ratio to oidc-provider (mean) | tokens | introspections |");
    println!("| --- | ---: | ---: |");
    let tessera: Vec<&TokenRow> = rows
        .iter()
        .filter(|r| r.label.starts_with("tessera"))
        .collect();
    for row in &tessera {
        println!(
            "| {} | {:.2}× | {:.2}× |",
            row.label,
            row.tokens.rate / peer_tokens,
            row.introspections.rate / peer_introspections
        );
    }

    println!("\n| target | measured | DESIGN.md | result | issue 5 | result |");
    println!("| --- | ---: | ---: | --- | ---: | --- |");
    for row in &tessera {
        let ratio = row.tokens.rate / peer_tokens;
        println!(
            "| tokens/s, {} | {:.0} ({ratio:.2}×) | ≥ {DESIGN_TOKENS_RATIO}× peer | {} | ≥ {ISSUE_TOKENS_PER_S:.0}/s | {} |",
            row.label,
            row.tokens.rate,
            bench::mark(ratio >= DESIGN_TOKENS_RATIO && row.tokens.errors == 0),
            bench::mark(row.tokens.rate >= ISSUE_TOKENS_PER_S && row.tokens.errors == 0),
        );
    }
    for row in &tessera {
        let ratio = row.introspections.rate / peer_introspections;
        println!(
            "| introspections/s, {} | {:.0} ({ratio:.2}×) | ≥ {DESIGN_INTROSPECTION_RATIO}× peer | {} | ≥ {ISSUE_INTROSPECTIONS_PER_S:.0}/s | {} |",
            row.label,
            row.introspections.rate,
            bench::mark(ratio >= DESIGN_INTROSPECTION_RATIO && row.introspections.errors == 0),
            bench::mark(
                row.introspections.rate >= ISSUE_INTROSPECTIONS_PER_S
                    && row.introspections.errors == 0
            ),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// logins

fn run_logins(options: &Options) -> Result<(), String> {
    let env = prepare(options, false)?;
    println!("\n==> argon2-cffi");
    let python = ensure_argon2_cffi()?;
    let machine = machine_lines(&env);
    let load_before = bench::load_average();

    println!(
        "\n==> raw argon2id (m={ARGON2_MEMORY_KIB}, t={ARGON2_ITERATIONS}, p={ARGON2_PARALLELISM}), 2 processes, {} s",
        options.seconds
    );
    let raw_before = raw_argon2(&env, &python)?;
    println!("raw argon2id hashes/s: {raw_before:.1}");

    println!("\n==> password logins, both cores, nothing pinned");
    let login_body = format!("{{\"email\":\"{USER_EMAIL}\",\"password\":\"{USER_PASSWORD}\"}}");
    let login_path = format!("/t/{TENANT}/auth/login");
    let (logins, logins_two) = {
        let running = start_tessera(&env, &Backend::Sqlite, None, None)?;
        create_user(running.addr, &running.admin_key)?;
        login(running.addr)?;
        let script = env.scratch.path.join("login.lua");
        fs::write(&script, static_script(&login_body, JSON, None))
            .map_err(|e| format!("cannot write {}: {e}", script.display()))?;
        let many = wrk_unpinned(
            &env,
            running.addr,
            &login_path,
            &script,
            options.connections,
        )?;
        println!(
            "logins/s, {} connections: {}",
            options.connections,
            many.summary()
        );
        let two = wrk_unpinned(&env, running.addr, &login_path, &script, 2)?;
        println!("logins/s, 2 connections: {}", two.summary());
        running.stop()?;
        (many, two)
    };

    println!("\n==> raw argon2id again");
    let raw_after = raw_argon2(&env, &python)?;
    println!("raw argon2id hashes/s: {raw_after:.1}");

    println!("\n==> refresh-token rotations, server on CPU 0, wrk on CPU 1");
    let refresh = {
        let cpu = env.pin.then_some("0");
        let running = start_tessera(&env, &Backend::Sqlite, None, cpu)?;
        create_user(running.addr, &running.admin_key)?;
        let path = format!("/t/{TENANT}/auth/refresh");
        // One chain per connection for the warm-up, and fresh ones for the measurement: a
        // spent token is never presented again, so no answer is a reuse detection. One more
        // than there are connections: wrk calls `request()` once before the run to check the
        // script, and that token is never sent.
        let sessions = || -> Result<Vec<String>, String> {
            (0..=options.connections)
                .map(|_| login(running.addr))
                .collect()
        };
        let warmup = sessions()?;
        let measured = sessions()?;
        let script = env.scratch.path.join("refresh.lua");
        let write = |tokens: &[String]| {
            fs::write(&script, refresh_script(tokens))
                .map_err(|e| format!("cannot write {}: {e}", script.display()))
        };
        write(&warmup)?;
        wrk_once(
            &env,
            running.addr,
            &path,
            &script,
            options.connections,
            WARMUP_SECONDS,
            env.pin,
        )?;
        write(&measured)?;
        let load = wrk_once(
            &env,
            running.addr,
            &path,
            &script,
            options.connections,
            options.seconds,
            env.pin,
        )?;
        println!("refresh rotations/s: {}", load.summary());
        running.stop()?;
        load
    };
    let load_after = bench::load_average();

    println!("\n==> results\n");
    for line in &machine {
        println!("{line}  ");
    }
    println!("load average (1 min) before / after: {load_before} / {load_after}  ");
    println!(
        "wrk: 1 thread, {} s after a {WARMUP_SECONDS} s warm-up; rates count 2xx answers only  ",
        options.seconds
    );
    println!();
    let raw = (raw_before + raw_after) / 2.0;
    println!("| measurement | per second | p50 / p99 (ms) | errors |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| raw argon2id hashes (argon2-cffi, 2 processes), before / after | {raw_before:.1} / {raw_after:.1} | | |"
    );
    println!("| raw argon2id hashes, mean | {raw:.1} | | |");
    println!(
        "| tessera logins, SQLite, 2 cores, {} connections | {:.1} | {} | {} |",
        options.connections,
        logins.rate,
        logins.latency(),
        logins.errors
    );
    println!(
        "| tessera logins, SQLite, 2 cores, 2 connections | {:.1} | {} | {} |",
        logins_two.rate,
        logins_two.latency(),
        logins_two.errors
    );
    println!(
        "| tessera refresh rotations, SQLite, CPU 0, {} connections | {:.0} | {} | {} |",
        options.connections,
        refresh.rate,
        refresh.latency(),
        refresh.errors
    );
    println!("\n| target | measured | DESIGN.md | result |");
    println!("| --- | ---: | ---: | --- |");
    for (label, load) in [
        (format!("{} connections", options.connections), &logins),
        ("2 connections".to_string(), &logins_two),
    ] {
        let share = load.rate / raw;
        println!(
            "| logins/s ÷ raw argon2id hashes/s, {label} | {:.0}% | ≥ {:.0}% | {} |",
            share * 100.0,
            DESIGN_LOGIN_SHARE * 100.0,
            bench::mark(share >= DESIGN_LOGIN_SHARE && load.errors == 0)
        );
    }
    Ok(())
}

/// The test tools' virtualenv, with argon2-cffi added when it is missing.
fn ensure_argon2_cffi() -> Result<PathBuf, String> {
    let python = crate::pytools::ensure()?;
    if !cmd::succeeds(Command::new(&python).args(["-c", "import argon2.low_level"])) {
        cmd::run(Command::new(&python).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "argon2-cffi>=23,<26",
        ]))?;
    }
    Ok(python)
}

const RAW_ARGON2: &str = r#"
import multiprocessing, os, sys, time
from argon2.low_level import Type, hash_secret_raw

def work(seconds, m, t, p, queue):
    salt = os.urandom(16)
    n = 0
    start = time.perf_counter()
    end = start + seconds
    while time.perf_counter() < end:
        hash_secret_raw(b"Tr0ub4dor-and-horses-2026", salt, time_cost=t, memory_cost=m,
                        parallelism=p, hash_len=32, type=Type.ID)
        n += 1
    queue.put(n / (time.perf_counter() - start))

if __name__ == "__main__":
    seconds, m, t, p = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    queue = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=work, args=(seconds, m, t, p, queue)) for _ in range(2)]
    for proc in procs:
        proc.start()
    rates = [queue.get(timeout=seconds + 60) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    print("rate", sum(rates))
"#;

/// Raw argon2id hashes/s over both cores: two processes, each hashing for the duration.
fn raw_argon2(env: &Env, python: &Path) -> Result<f64, String> {
    let script = env.scratch.path.join("argon2_rate.py");
    fs::write(&script, RAW_ARGON2)
        .map_err(|e| format!("cannot write {}: {e}", script.display()))?;
    let out = cmd::stdout(
        pinned(None)
            .arg(python)
            .arg(&script)
            .arg(env.options.seconds.to_string())
            .arg(ARGON2_MEMORY_KIB.to_string())
            .arg(ARGON2_ITERATIONS.to_string())
            .arg(ARGON2_PARALLELISM.to_string()),
    )
    .ok_or("the argon2-cffi timing script failed")?;
    out.lines()
        .find_map(|l| l.strip_prefix("rate "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| format!("no rate in the argon2-cffi script's output: {out}"))
}

fn create_user(addr: SocketAddr, admin_key: &str) -> Result<(), String> {
    let body = format!("{{\"email\":\"{USER_EMAIL}\",\"password\":\"{USER_PASSWORD}\"}}");
    let (status, answer) = http(
        addr,
        "POST",
        &format!("/v1/tenants/{TENANT}/users"),
        Some(&format!("Bearer {admin_key}")),
        JSON,
        &body,
    )?;
    if status != 201 && status != 200 {
        return Err(format!("creating the user answered {status}: {answer}"));
    }
    Ok(())
}

/// One sign-in; its refresh token.
fn login(addr: SocketAddr) -> Result<String, String> {
    let body = format!("{{\"email\":\"{USER_EMAIL}\",\"password\":\"{USER_PASSWORD}\"}}");
    let (status, answer) = http(
        addr,
        "POST",
        &format!("/t/{TENANT}/auth/login"),
        None,
        JSON,
        &body,
    )?;
    json_str(&answer, "refresh_token")
        .filter(|_| status == 200)
        .ok_or_else(|| format!("sign-in answered {status}: {answer}"))
}

// ---------------------------------------------------------------------------------------------
// servers

/// A started server and what is needed to talk to it.
pub(crate) struct Running {
    server: Server,
    pub(crate) addr: SocketAddr,
    pub(crate) admin_key: String,
}

impl Running {
    pub(crate) fn stop(mut self) -> Result<(), String> {
        self.server.stop()
    }
}

/// A command prefix that runs its program on `cpu`, or on every CPU when `cpu` is None: this
/// process has moved itself to CPU 1, and children would inherit that. taskset and `env`
/// exec their argument, so the child's PID is the program's.
fn pinned(cpu: Option<&str>) -> Command {
    if !cmd::on_path("taskset") {
        return Command::new("env");
    }
    let all;
    let cpus = match cpu {
        Some(cpu) => cpu,
        None => {
            let n = cmd::stdout(Command::new("nproc").arg("--all"))
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(1);
            all = format!("0-{}", n.max(1) - 1);
            &all
        }
    };
    let mut c = Command::new("taskset");
    c.args(["-c", cpus]);
    c
}

pub(crate) fn start_tessera(
    env: &Env,
    backend: &Backend,
    log_level: Option<&str>,
    cpu: Option<&str>,
) -> Result<Running, String> {
    let port = bench::free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let data_dir = env.scratch.path.join(format!("data-{port}"));
    let log_path = env.scratch.path.join(format!("tessera-{port}.log"));
    let log = fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let admin_key = format!("tsk_{}", random_hex(32));
    let mut command = pinned(cpu);
    command
        .arg(&env.tessera)
        .arg("serve")
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--data-dir")
        .arg(&data_dir)
        .args(["--log-format", "json"]);
    if let Some(level) = log_level {
        command.args(["--log-level", level]);
    }
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("TESSERA_") {
            command.env_remove(name);
        }
    }
    if let Backend::Postgres(url) = backend {
        command
            .arg("--database-url")
            .arg(url)
            .env("TESSERA_MASTER_KEY", base64(&random_bytes(32)));
    }
    command
        .env("TESSERA_BOOTSTRAP_ADMIN_KEY", &admin_key)
        // The per-address limit on the sign-in API would refuse a load generator that sends
        // everything from 127.0.0.1; the benchmarks measure the endpoints, not the limiter.
        .env("TESSERA_AUTH_RATE_LIMIT", "0")
        .current_dir(&env.scratch.path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start tessera: {e}"))?;
    let mut server = Server { child };
    if let Err(message) = bench::wait_ready(&mut server, addr, "/readyz", started) {
        drop(server);
        bench::print_tail(&log_path);
        return Err(format!("tessera: {message}"));
    }
    let body = format!("{{\"slug\":\"{TENANT}\",\"name\":\"Bench\"}}");
    let (status, answer) = http(
        addr,
        "POST",
        "/v1/tenants",
        Some(&format!("Bearer {admin_key}")),
        JSON,
        &body,
    )?;
    if status != 201 && status != 200 {
        return Err(format!("creating the tenant answered {status}: {answer}"));
    }
    Ok(Running {
        server,
        addr,
        admin_key,
    })
}

/// A confidential client for client_credentials; its id and secret.
fn create_client(addr: SocketAddr, admin_key: &str) -> Result<(String, String), String> {
    let body = format!(
        "{{\"name\":\"bench\",\"scopes\":[\"{SCOPE}\"],\"audiences\":[\"{RESOURCE}\"],\"access_token_ttl\":3600}}"
    );
    let (status, answer) = http(
        addr,
        "POST",
        &format!("/v1/tenants/{TENANT}/clients"),
        Some(&format!("Bearer {admin_key}")),
        JSON,
        &body,
    )?;
    match (json_str(&answer, "id"), json_str(&answer, "client_secret")) {
        (Some(id), Some(secret)) if status == 201 || status == 200 => Ok((id, secret)),
        _ => Err(format!("creating the client answered {status}: {answer}")),
    }
}

fn start_peer(env: &Env, cpu: Option<&str>) -> Result<Running, String> {
    let port = bench::free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let log_path = env.scratch.path.join(format!("peer-{port}.log"));
    let log = fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let mut command = pinned(cpu);
    command
        .args(["node", "server.js"])
        .arg(port.to_string())
        .arg("--es256")
        .current_dir(&env.peer_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start oidc-provider: {e}"))?;
    let mut server = Server { child };
    if let Err(message) = bench::wait_ready(
        &mut server,
        addr,
        "/.well-known/openid-configuration",
        started,
    ) {
        drop(server);
        bench::print_tail(&log_path);
        return Err(format!("oidc-provider: {message}"));
    }
    Ok(Running {
        server,
        addr,
        admin_key: String::new(),
    })
}

/// Moves the throwaway cluster's postmaster and its current children to CPU 0; backends it
/// forks later inherit that. Finds the postmaster by the port in `url`.
pub(crate) fn pin_postgres(url: &str) -> bool {
    let Some(port) = url
        .rsplit_once(':')
        .and_then(|(_, rest)| rest.split('/').next())
    else {
        return false;
    };
    let Ok(entries) = fs::read_dir("/proc") else {
        return false;
    };
    let pids: Vec<u32> = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    let postmaster = pids.iter().copied().find(|pid| {
        let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
        args.first().is_some_and(|a| a.ends_with(b"postgres"))
            && args
                .windows(2)
                .any(|w| w[0] == b"-p" && w[1] == port.as_bytes())
    });
    let Some(postmaster) = postmaster else {
        println!("note: could not find the PostgreSQL postmaster to pin it");
        return false;
    };
    let children = pids.iter().copied().filter(|pid| {
        fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| {
                // The command name can hold spaces; fields after its `)` are plain.
                let rest = &stat[stat.rfind(')')? + 1..];
                rest.split_whitespace().nth(1)?.parse::<u32>().ok()
            })
            == Some(postmaster)
    });
    let mut all = vec![postmaster];
    all.extend(children);
    let ok = all.iter().all(|pid| {
        cmd::succeeds(Command::new("taskset").args(["-a", "-p", "-c", "0", &pid.to_string()]))
    });
    println!(
        "PostgreSQL: {} processes pinned to CPU 0 with the server{}",
        all.len(),
        if ok { "" } else { " (some failed)" }
    );
    ok
}

// ---------------------------------------------------------------------------------------------
// wrk

/// The outcome of one wrk run.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Load {
    /// 2xx answers per second.
    pub(crate) rate: f64,
    pub(crate) requests: u64,
    /// Non-2xx/3xx answers plus socket errors.
    pub(crate) errors: u64,
    /// wrk's own words for them, for the log.
    error_detail: String,
    p50: String,
    p99: String,
}

impl Load {
    pub(crate) fn latency(&self) -> String {
        format!("{} / {}", ms(&self.p50), ms(&self.p99))
    }

    pub(crate) fn summary(&self) -> String {
        format!(
            "{:.1} ({} requests, {} errors{}, p50 {} p99 {})",
            self.rate, self.requests, self.errors, self.error_detail, self.p50, self.p99
        )
    }
}

/// wrk's `1.23ms` / `456.00us` / `1.20s` as milliseconds.
fn ms(value: &str) -> String {
    let parse = |suffix: &str, factor: f64| {
        value
            .strip_suffix(suffix)
            .and_then(|v| v.parse::<f64>().ok())
            .map(|v| v * factor)
    };
    parse("us", 0.001)
        .or_else(|| parse("ms", 1.0))
        .or_else(|| parse("m", 60_000.0))
        .or_else(|| parse("s", 1000.0))
        .map_or_else(|| "?".into(), |v| format!("{v:.2}"))
}

/// Warm-up, then the measurement, with wrk on CPU 1 (when pinning).
pub(crate) fn wrk_measure(
    env: &Env,
    addr: SocketAddr,
    path: &str,
    script: &Path,
    connections: usize,
) -> Result<Load, String> {
    wrk_once(
        env,
        addr,
        path,
        script,
        connections,
        WARMUP_SECONDS,
        env.pin,
    )?;
    wrk_once(
        env,
        addr,
        path,
        script,
        connections,
        env.options.seconds,
        env.pin,
    )
}

/// [`wrk_measure`] with wrk's `--timeout` set to `timeout`, for requests that may take longer
/// than the default 5 s under load: wrk counts a request past its timeout as an error and
/// leaves it out of the latency figures, which would hide exactly the slow answers.
pub(crate) fn wrk_measure_with_timeout(
    env: &Env,
    addr: SocketAddr,
    path: &str,
    script: &Path,
    connections: usize,
    timeout: Duration,
) -> Result<Load, String> {
    let once = |seconds| {
        wrk_once_with_timeout(
            env,
            addr,
            path,
            script,
            connections,
            seconds,
            env.pin,
            timeout,
        )
    };
    once(WARMUP_SECONDS)?;
    once(env.options.seconds)
}

/// Warm-up, then the measurement, with wrk free to run on any CPU.
fn wrk_unpinned(
    env: &Env,
    addr: SocketAddr,
    path: &str,
    script: &Path,
    connections: usize,
) -> Result<Load, String> {
    wrk_once(env, addr, path, script, connections, WARMUP_SECONDS, false)?;
    wrk_once(
        env,
        addr,
        path,
        script,
        connections,
        env.options.seconds,
        false,
    )
}

fn wrk_once(
    env: &Env,
    addr: SocketAddr,
    path: &str,
    script: &Path,
    connections: usize,
    seconds: u64,
    pin: bool,
) -> Result<Load, String> {
    wrk_once_with_timeout(
        env,
        addr,
        path,
        script,
        connections,
        seconds,
        pin,
        Duration::from_secs(5),
    )
}

#[allow(clippy::too_many_arguments)]
fn wrk_once_with_timeout(
    env: &Env,
    addr: SocketAddr,
    path: &str,
    script: &Path,
    connections: usize,
    seconds: u64,
    pin: bool,
    timeout: Duration,
) -> Result<Load, String> {
    let out_path = env.scratch.path.join("wrk.out");
    let out = fs::File::create(&out_path)
        .map_err(|e| format!("cannot create {}: {e}", out_path.display()))?;
    let mut command = pinned(pin.then_some("1"));
    command
        .arg("wrk")
        .args(["-t1", "--latency", "--timeout"])
        .arg(format!("{}s", timeout.as_secs().max(1)))
        .arg(format!("-c{connections}"))
        .arg(format!("-d{seconds}s"))
        .arg("-s")
        .arg(script)
        .arg(format!("http://{addr}{path}"))
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::null());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start wrk: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(seconds) + WRK_GRACE;
    // Bounded: at most (seconds + grace) / 50 ms polls.
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("wrk did not finish within {seconds} s + grace"));
            }
            Err(e) => return Err(format!("cannot wait for wrk: {e}")),
        }
    };
    let text = fs::read_to_string(&out_path).unwrap_or_default();
    if !status.success() {
        return Err(format!("wrk failed ({status}):\n{text}"));
    }
    parse_wrk(&text).ok_or_else(|| format!("cannot read wrk's report:\n{text}"))
}

fn parse_wrk(text: &str) -> Option<Load> {
    let mut load = Load::default();
    let mut elapsed = None;
    let mut non_2xx = 0;
    let mut socket_errors = 0;
    for line in text.lines().map(str::trim) {
        if let Some((count, rest)) = line.split_once(" requests in ") {
            load.requests = count.trim().parse().ok()?;
            let time = rest.split(',').next()?.trim();
            elapsed = ms(time).parse::<f64>().ok().map(|v| v / 1000.0);
        } else if let Some(n) = line.strip_prefix("Non-2xx or 3xx responses:") {
            non_2xx = n.trim().parse().ok()?;
            let _ = write!(load.error_detail, "; {line}");
        } else if let Some(rest) = line.strip_prefix("Socket errors:") {
            let _ = write!(load.error_detail, "; {line}");
            socket_errors = rest
                .split(',')
                .filter_map(|part| part.split_whitespace().last()?.parse::<u64>().ok())
                .sum();
        } else if let Some(v) = line.strip_prefix("50%") {
            load.p50 = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("99%") {
            load.p99 = v.trim().to_string();
        }
    }
    let elapsed = elapsed.filter(|e| *e > 0.0)?;
    load.errors = non_2xx + socket_errors;
    load.rate = load.requests.saturating_sub(non_2xx) as f64 / elapsed;
    Some(load)
}

const FORM: &str = "application/x-www-form-urlencoded";
pub(crate) const JSON: &str = "application/json";

fn lua_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The same POST on every request.
fn static_script(body: &str, content_type: &str, authorization: Option<&str>) -> String {
    let mut script = String::from("wrk.method = \"POST\"\n");
    let _ = writeln!(script, "wrk.body = {}", lua_string(body));
    let _ = writeln!(
        script,
        "wrk.headers[\"Content-Type\"] = {}",
        lua_string(content_type)
    );
    if let Some(authorization) = authorization {
        let _ = writeln!(
            script,
            "wrk.headers[\"Authorization\"] = {}",
            lua_string(authorization)
        );
    }
    script
}

/// Each request spends a refresh token from the pool and each 200 puts the next one back, so
/// every connection follows its own chain (one wrk thread, one Lua state). wrk runs a
/// connection's `response` before it asks `request` for that connection's next request, so
/// with one token per connection (plus the one wrk's script check takes) the pool never runs
/// dry while every answer is a 200; if one
/// is not, that chain ends, and its connection then sends a token that cannot work, which
/// wrk counts as a non-2xx answer.
fn refresh_script(tokens: &[String]) -> String {
    let mut script = String::from("local pool = {\n");
    for token in tokens {
        let _ = writeln!(script, "  {},", lua_string(token));
    }
    script.push_str(
        "}\n\
         wrk.method = \"POST\"\n\
         wrk.headers[\"Content-Type\"] = \"application/json\"\n\
         request = function()\n\
         \x20 local token = table.remove(pool) or \"tsr_exhausted\"\n\
         \x20 return wrk.format(nil, nil, nil, '{\"refresh_token\":\"' .. token .. '\"}')\n\
         end\n\
         response = function(status, headers, body)\n\
         \x20 if status == 200 then\n\
         \x20   local token = body:match('\"refresh_token\"%s*:%s*\"([^\"]+)\"')\n\
         \x20   if token then table.insert(pool, token) end\n\
         \x20 end\n\
         end\n",
    );
    script
}

// ---------------------------------------------------------------------------------------------
// small HTTP and encoding helpers

/// One request on a fresh connection; the status and body.
pub(crate) fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    authorization: Option<&str>,
    content_type: &str,
    body: &str,
) -> Result<(u16, String), String> {
    let mut stream =
        TcpStream::connect_timeout(&addr, HTTP_TIMEOUT).map_err(|e| format!("connect: {e}"))?;
    stream
        .set_read_timeout(Some(HTTP_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(HTTP_TIMEOUT)))
        .map_err(|e| format!("socket options: {e}"))?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: application/json\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(authorization) = authorization {
        let _ = write!(request, "Authorization: {authorization}\r\n");
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("send: {e}"))?;
    let mut response = Vec::new();
    stream
        .take(1 << 20)
        .read_to_end(&mut response)
        .map_err(|e| format!("receive {method} {path}: {e}"))?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("{method} {path}: not an HTTP response"))?;
    let body = text
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    // Chunked bodies keep their chunk-size lines; the field lookups below do not mind.
    Ok((status, body))
}

/// The string value of `"key"` in a flat JSON text (no escapes in the values we read).
fn json_str(json: &str, key: &str) -> Option<String> {
    let needle = format!("\"{key}\"");
    let mut from = 0;
    while let Some(i) = json[from..].find(&needle) {
        let rest = json[from + i + needle.len()..].trim_start();
        if let Some(rest) = rest.strip_prefix(':') {
            let rest = rest.trim_start().strip_prefix('"')?;
            return Some(rest[..rest.find('"')?].to_string());
        }
        from += i + needle.len();
    }
    None
}

/// The decoded protected header of a compact JWS.
fn jwt_header(jwt: &str) -> Option<String> {
    let segment = jwt.split('.').next()?;
    String::from_utf8(base64url_decode(segment)?).ok()
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    Some(out)
}

/// `application/x-www-form-urlencoded` for one value.
fn form_encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Bytes from std's randomly keyed hasher: std has no rand. Good enough for a throwaway
/// admin key and master key that live as long as the benchmark.
fn random_bytes(n: usize) -> Vec<u8> {
    let state = RandomState::new();
    (0..n.div_ceil(8))
        .flat_map(|i| state.hash_one((std::process::id(), i)).to_le_bytes())
        .take(n)
        .collect()
}

fn random_hex(n: usize) -> String {
    random_bytes(n).iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

pub(crate) fn machine_lines(env: &Env) -> Vec<String> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or("unknown", |(_, model)| model.trim())
        .to_string();
    let nproc = cmd::stdout(Command::new("nproc").arg("--all")).unwrap_or_else(|| "?".into());
    let kernel = cmd::stdout(Command::new("uname").arg("-r")).unwrap_or_else(|| "?".into());
    let commit = cmd::stdout(
        Command::new("git")
            .args(["describe", "--always", "--dirty"])
            .current_dir(crate::repo_root()),
    )
    .unwrap_or_else(|| "unknown (not a git checkout)".into());
    vec![
        format!("cpu: {model}, nproc {nproc}, kernel {kernel}"),
        format!(
            "tessera: {} (commit {commit}), {}",
            env.tessera.display(),
            wrk_version()
        ),
        format!(
            "pinning: {}",
            if env.pin {
                "servers (and PostgreSQL) on CPU 0, wrk on CPU 1, except where a row says otherwise"
            } else {
                "none (no taskset)"
            }
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_report() {
        let text = "Running 10s test @ http://127.0.0.1:1/x
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.10ms  500.00us  10.00ms   90.00%
  Latency Distribution
     50%    3.00ms
     75%    3.20ms
     90%    3.50ms
     99%  812.00us
  100000 requests in 10.00s, 50.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 5
Requests/sec:  10000.00
Transfer/sec:      5.00MB
";
        let load = parse_wrk(text).unwrap();
        assert_eq!(load.requests, 100_000);
        assert_eq!(load.errors, 8);
        assert!((load.rate - 9999.5).abs() < 1e-9);
        assert_eq!(load.latency(), "3.00 / 0.81");
        assert!(parse_wrk("garbage").is_none());
    }

    #[test]
    fn encodings() {
        assert_eq!(base64(b"bench:secret"), "YmVuY2g6c2VjcmV0");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(
            base64url_decode("eyJhbGciOiJFUzI1NiJ9").unwrap(),
            b"{\"alg\":\"ES256\"}"
        );
        assert_eq!(
            form_encode("read:bench https://x"),
            "read%3Abench+https%3A%2F%2Fx"
        );
        assert_eq!(
            json_str(
                "{\"id\": \"cli_1\", \"client_secret\":\"tss_x\"}",
                "client_secret"
            ),
            Some("tss_x".into())
        );
        assert_eq!(json_str("{\"a\":1}", "id"), None);
        assert_eq!(random_hex(32).len(), 64);
        assert_eq!(lua_string("a\"b\\"), "\"a\\\"b\\\\\"");
    }

    #[test]
    fn options() {
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse_options("tokens", &[]).unwrap(), Options::default());
        let o = parse_options("tokens", &s(&["--seconds", "3", "--connections=8"])).unwrap();
        assert_eq!((o.seconds, o.connections), (3, 8));
        assert!(parse_options("tokens", &s(&["--seconds", "0"])).is_err());
        assert!(parse_options("tokens", &s(&["--fast"])).is_err());
        assert!(parse_options("tokens", &s(&["--connections"])).is_err());
    }
}
