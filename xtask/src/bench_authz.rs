//! `cargo xtask bench authz`: authorization checks per second through HTTP, single and in
//! batches of 100, with 10,000 organizations, 100,000 memberships and 50 roles in the
//! database, on SQLite and on PostgreSQL.
//!
//! The server runs pinned to CPU 0 and wrk to CPU 1 (as in `bench tokens`). The data is
//! seeded by the `authz_seed` example straight into the database after the server created
//! the tenant. wrk's Lua script draws a random user for every check; half the checks ask a
//! permission the user's role grants and half one it does not, so both the allowed and the
//! explained-denial paths are measured. Every answer must be 200; errors are counted.
//!
//! The server keeps its default pool of [`SERVER_POOL`] database connections. A batch of 100
//! checks for 100 random users is 100 times the work of one check, and wrk is a closed loop
//! (each connection waits for its answer), so a batch's latency is about connections / batch
//! rate: wrk's default 5 s timeout would count the slow batches as errors and leave them out
//! of the latency figures. Batches therefore run with [`BATCH_TIMEOUT`].

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode};

use crate::bench_load::{self, Backend, Env, Load, Options, TENANT};
use crate::cmd;
use crate::postgres::Cluster;

const USERS: usize = 100_000;
const ROLES: usize = 50;
const BATCH: usize = 100;
/// The server's default `--db-max-connections`.
const SERVER_POOL: u32 = 10;
/// wrk's `--timeout` for batches.
const BATCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

pub fn authz(options: &Options) -> ExitCode {
    match run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Row {
    label: &'static str,
    seed_secs: String,
    single: Load,
    batch: Load,
}

fn run(options: &Options) -> Result<(), String> {
    let env = bench_load::prepare(options, false)?;
    println!("\n==> build (release) the seeder");
    cmd::run(crate::cargo().args([
        "build",
        "--release",
        "-p",
        "tessera-server",
        "--example",
        "authz_seed",
    ]))?;
    let seeder = crate::bench::target_dir(&crate::repo_root())
        .join("release")
        .join("examples")
        .join("authz_seed");
    let machine = bench_load::machine_lines(&env);
    let load_before = crate::bench::load_average();
    let mut rows = Vec::new();
    rows.push(measure(&env, &seeder, "SQLite", Backend::Sqlite, None)?);
    {
        println!("\n==> postgres");
        let cluster = Cluster::start()?;
        let pinned = env.pin && bench_load::pin_postgres(cluster.url());
        rows.push(measure(
            &env,
            &seeder,
            if pinned {
                "PostgreSQL (on CPU 0 too)"
            } else {
                "PostgreSQL (not pinned)"
            },
            Backend::Postgres(cluster.url().to_string()),
            Some(cluster.url()),
        )?);
    }
    let load_after = crate::bench::load_average();
    println!("\n==> results\n");
    for line in &machine {
        println!("{line}  ");
    }
    println!("load average (1 min) before / after: {load_before} / {load_after}  ");
    println!(
        "wrk: 1 thread, {} connections, {} s after a warm-up, timeout 5 s for single checks and {} s for batches of {BATCH}; server pool: {SERVER_POOL} database connections; data: 10,000 organizations, 100,000 users and memberships, 50 roles  \n",
        options.connections,
        options.seconds,
        BATCH_TIMEOUT.as_secs()
    );
    let mut table = String::from(
        "| backend | mode | checks/s | requests/s | p50 / p99 (ms) | errors | seeding (s) |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for row in &rows {
        let _ = writeln!(
            table,
            "| {} | single | {:.0} | {:.0} | {} | {} | {} |",
            row.label,
            row.single.rate,
            row.single.rate,
            row.single.latency(),
            row.single.errors,
            row.seed_secs
        );
        let _ = writeln!(
            table,
            "| {} | batch of {BATCH} | {:.0} | {:.0} | {} | {} | |",
            row.label,
            row.batch.rate * BATCH as f64,
            row.batch.rate,
            row.batch.latency(),
            row.batch.errors
        );
    }
    println!("{table}");
    Ok(())
}

fn measure(
    env: &Env,
    seeder: &Path,
    label: &'static str,
    backend: Backend,
    postgres_url: Option<&str>,
) -> Result<Row, String> {
    println!("\n--- {label}");
    let cpu = env.pin.then_some("0");
    let running = bench_load::start_tessera(env, &backend, Some("warn"), cpu)?;
    let url = match postgres_url {
        Some(url) => url.to_owned(),
        // `start_tessera` gives each server `data-{port}` in the scratch dir.
        None => format!(
            "sqlite:{}",
            env.scratch
                .path
                .join(format!("data-{}", running.addr.port()))
                .join("tessera.db")
                .display()
        ),
    };
    let started = std::time::Instant::now();
    cmd::run(Command::new(seeder).args([url.as_str(), TENANT]))?;
    let seed_secs = format!("{:.1}", started.elapsed().as_secs_f64());
    let auth = format!("Bearer {}", running.admin_key);
    // A sanity check before loading: one allowed and one denied answer.
    let (status, answer) = bench_load::http(
        running.addr,
        "POST",
        &format!("/v1/tenants/{TENANT}/authz/check"),
        Some(&auth),
        bench_load::JSON,
        r#"{"subject":"usr_bench000007","permission":"res07:write","organization":"org_bench00000"}"#,
    )?;
    if status != 200 || !answer.contains("\"allowed\":true") {
        return Err(format!("the seeded check answered {status}: {answer}"));
    }
    let single = script(&env.scratch.path, "single", &auth, 1)?;
    let batch = script(&env.scratch.path, "batch", &auth, BATCH)?;
    let single_path = format!("/v1/tenants/{TENANT}/authz/check");
    let batch_path = format!("/v1/tenants/{TENANT}/authz/check-batch");
    println!("single checks:");
    let single = bench_load::wrk_measure(
        env,
        running.addr,
        &single_path,
        &single,
        env.options.connections,
    )?;
    println!("  {}", single.summary());
    println!("batches of {BATCH}:");
    let batch = bench_load::wrk_measure_with_timeout(
        env,
        running.addr,
        &batch_path,
        &batch,
        env.options.connections,
        BATCH_TIMEOUT,
    )?;
    println!("  {}", batch.summary());
    running.stop()?;
    Ok(Row {
        label,
        seed_secs,
        single,
        batch,
    })
}

/// A wrk script posting checks of random users: even draws ask a permission the user's
/// role grants, odd draws one it does not. (wrk's Lua is 5.1: no `//`; the JSON wrapper
/// sits in single-quoted Lua strings because it holds double quotes.)
fn script(dir: &Path, name: &str, auth: &str, checks: usize) -> Result<std::path::PathBuf, String> {
    let path = dir.join(format!("authz-{name}.lua"));
    let wrap = if checks == 1 {
        ("", "")
    } else {
        ("{\"checks\":[", "]}")
    };
    let lua = format!(
        r#"math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "{auth}"
local function check()
  local i = math.random(0, {users} - 1)
  local r = i % {roles}
  local permission
  if math.random(0, 1) == 0 then
    permission = string.format("res%02d:read", r)
  else
    permission = string.format("res%02d:delete", (r + 1) % {roles})
  end
  return string.format('{{"subject":"usr_bench%06d","permission":"%s","organization":"org_bench%05d"}}', i, permission, math.floor(i / 10))
end
request = function()
  local parts = {{}}
  for n = 1, {checks} do parts[n] = check() end
  return wrk.format(nil, nil, nil, '{open}' .. table.concat(parts, ",") .. '{close}')
end
"#,
        users = USERS,
        roles = ROLES,
        open = wrap.0,
        close = wrap.1,
    );
    fs::write(&path, lua).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}
