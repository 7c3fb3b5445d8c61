//! A throwaway PostgreSQL cluster for the tests: its own data dir, socket dir and port, so it
//! never touches a system cluster and several runs can share one machine.

use std::collections::hash_map::RandomState;
use std::ffi::OsString;
use std::fs;
use std::hash::BuildHasher;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use crate::cmd;

/// Where Debian's packages put each major version's binaries.
const DEBIAN_ROOT: &str = "/usr/lib/postgresql";

/// Cleans up after us, however we exit. Waits for EOF on stdin, which arrives when the write end
/// held by the [`Cluster`] is dropped or when xtask dies (Ctrl-C, kill, abort): std cannot catch
/// signals, and pg_ctl detaches the server into its own session, so without this an interrupted
/// run would leave a server running. Ignores the signals a Ctrl-C or closed terminal sends.
/// Arguments: the cluster dir, then the command that stops the server.
const WATCHDOG: &str = r#"trap '' INT TERM HUP
read -r _
dir=$1
shift
if [ -f "$dir/data/postmaster.pid" ]; then
    "$@" >/dev/null 2>&1 || echo "warning: could not stop PostgreSQL in $dir" >&2
fi
rm -rf "$dir"
"#;

pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    /// initdb refuses to run as root, so as root the cluster belongs to and runs as `postgres`.
    as_postgres: bool,
    url: String,
    watchdog: Child,
}

impl Cluster {
    /// Provisions and starts a cluster. On error everything created so far is removed.
    pub fn start() -> Result<Cluster, String> {
        let bin = match find_bin_dir() {
            Some(bin) => bin,
            None => {
                install()?;
                let missing = format!("found no initdb/pg_ctl under {DEBIAN_ROOT}/*/bin");
                find_bin_dir().ok_or(missing)?
            }
        };
        println!("using {}", bin.display());

        let as_postgres = cmd::is_root();
        if as_postgres && !cmd::succeeds(Command::new("id").args(["-u", "postgres"])) {
            // initdb refuses to run as root.
            return Err(
                "running as root, but there is no `postgres` user to own the cluster".into(),
            );
        }

        let mut cluster = Cluster::guard(make_temp_dir()?, bin, as_postgres)?;
        if as_postgres {
            cmd::run_captured(Command::new("chown").arg("postgres").arg(&cluster.dir))?;
            if !cmd::succeeds(cluster.pg("test").arg("-w").arg(&cluster.dir)) {
                let dir = cluster.dir.display();
                return Err(format!(
                    "user postgres cannot write to {dir}; point TMPDIR at /tmp or similar"
                ));
            }
        }

        cmd::run_captured(
            cluster
                .pg_bin("initdb")
                .arg("-D")
                .arg(cluster.data_dir())
                // C locale: containers often lack generated locales, and tests want a stable
                // collation.
                .args([
                    "--auth=trust",
                    "-U",
                    "postgres",
                    "--encoding=UTF8",
                    "--locale=C",
                ])
                // Durability is pointless for a cluster deleted within minutes.
                .arg("--no-sync"),
        )?;

        let port = free_port()?;
        let server_options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            cmd::shell_quote(&cluster.dir.to_string_lossy()),
        );
        let started = cmd::run_captured(
            cluster
                .pg_bin("pg_ctl")
                .arg("-D")
                .arg(cluster.data_dir())
                .arg("-l")
                .arg(cluster.log_file())
                .arg("-w")
                .arg("-o")
                .arg(server_options)
                .arg("start"),
        );
        if let Err(message) = started {
            cluster.print_log_tail();
            return Err(message);
        }

        cluster.url = format!("postgres://postgres@127.0.0.1:{port}/postgres");
        println!(
            "PostgreSQL listening on 127.0.0.1:{port}, files in {}",
            cluster.dir.display()
        );
        Ok(cluster)
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Starts the watchdog for `dir` and wraps both in the guard that removes them.
    fn guard(dir: PathBuf, bin: PathBuf, as_postgres: bool) -> Result<Cluster, String> {
        let mut stop = as_owner(as_postgres, bin.join("pg_ctl").into());
        stop.extend([
            "-D".into(),
            dir.join("data").into(),
            "-m".into(),
            "immediate".into(),
            "stop".into(),
        ]);
        let spawned = Command::new("sh")
            .arg("-c")
            .arg(WATCHDOG)
            .arg("sh")
            .arg(&dir)
            .args(stop)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            // Somewhere every user may enter, and not the dir it deletes.
            .current_dir("/")
            .spawn();
        match spawned {
            Ok(watchdog) => Ok(Cluster {
                dir,
                bin,
                as_postgres,
                url: String::new(),
                watchdog,
            }),
            Err(e) => {
                let _ = fs::remove_dir_all(&dir);
                Err(format!("could not start the cleanup watchdog (sh): {e}"))
            }
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn log_file(&self) -> PathBuf {
        self.dir.join("log")
    }

    /// One of the PostgreSQL binaries, run as the cluster's owner.
    fn pg_bin(&self, name: &str) -> Command {
        self.pg(self.bin.join(name))
    }

    /// Any program, run as the cluster's owner, from the cluster dir (the owner may not be
    /// allowed into our working directory).
    fn pg(&self, program: impl Into<OsString>) -> Command {
        let argv = as_owner(self.as_postgres, program.into());
        let mut command = Command::new(&argv[0]);
        command.args(&argv[1..]).current_dir(&self.dir);
        command
    }

    fn print_log_tail(&self) {
        if let Ok(log) = fs::read_to_string(self.log_file()) {
            let lines: Vec<&str> = log.lines().collect();
            eprintln!("--- last lines of {} ---", self.log_file().display());
            for line in &lines[lines.len().saturating_sub(30)..] {
                eprintln!("{line}");
            }
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        println!(
            "==> stopping PostgreSQL and deleting {}",
            self.dir.display()
        );
        // EOF on its stdin tells the watchdog to stop the server and delete the files.
        drop(self.watchdog.stdin.take());
        if let Err(e) = self.watchdog.wait() {
            eprintln!("warning: waiting for the PostgreSQL cleanup failed: {e}");
        }
    }
}

/// The argv that runs `program` as the cluster's owner.
fn as_owner(as_postgres: bool, program: OsString) -> Vec<OsString> {
    let mut argv: Vec<OsString> = Vec::new();
    if as_postgres {
        argv.extend(["runuser", "-u", "postgres", "--"].map(OsString::from));
    }
    argv.push(program);
    argv
}

/// The `bin` dir of the highest PostgreSQL version installed the Debian way.
fn find_bin_dir() -> Option<PathBuf> {
    fs::read_dir(DEBIAN_ROOT)
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            // Compare versions numerically: "9.6" < "15".
            let version: Vec<u32> = entry
                .file_name()
                .to_str()?
                .split('.')
                .map(|part| part.parse().ok())
                .collect::<Option<_>>()?;
            let bin = entry.path().join("bin");
            let usable = bin.join("initdb").is_file() && bin.join("pg_ctl").is_file();
            usable.then_some((version, bin))
        })
        .max()
        .map(|(_, bin)| bin)
}

fn install() -> Result<(), String> {
    if !cmd::on_path("apt-get") {
        return Err(format!(
            "no PostgreSQL under {DEBIAN_ROOT}/*/bin and no apt-get to install it: \
             install PostgreSQL, or set TESSERA_TEST_DATABASE_URL to a server to use"
        ));
    }
    println!("no PostgreSQL under {DEBIAN_ROOT}; installing the Debian package");
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
    cmd::run(&mut apt_get(&["update"]))?;
    cmd::run(&mut apt_get(&[
        "install",
        "-y",
        "--no-install-recommends",
        "postgresql",
    ]))
}

/// A new, empty directory under the system temp dir.
fn make_temp_dir() -> Result<PathBuf, String> {
    // Randomly seeded hasher as a source of uniqueness (std has no rand, and the wall clock is
    // off limits in this workspace); create_dir fails rather than reuse an existing dir.
    let seed = RandomState::new();
    let mut last_error = None;
    for attempt in 0..16u32 {
        let tag = seed.hash_one((std::process::id(), attempt)) as u32;
        let dir = std::env::temp_dir().join(format!("tessera-pg-{tag:08x}"));
        match fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) => last_error = Some(e),
        }
    }
    Err(format!(
        "could not create a directory under {}: {}",
        std::env::temp_dir().display(),
        last_error.map_or_else(String::new, |e| e.to_string())
    ))
}

/// A port that was free a moment ago. Racy in theory, but ports handed out by the kernel
/// aren't reused soon, and it keeps the server off fixed ports other runs may hold.
fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("could not find a free TCP port: {e}"))
}
