//! `redis-server` for the tests of the Redis-backed brute-force counters. The tests start
//! their own server on a free port from this binary (they find it on `PATH` or at
//! `/usr/bin/redis-server`, or in `TESSERA_TEST_REDIS_SERVER`), and fail, saying so, when
//! it is missing: they never skip.

use std::path::Path;
use std::process::Command;

use crate::cmd;

/// Where Debian's `redis-server` package puts the binary.
const DEBIAN_BINARY: &str = "/usr/bin/redis-server";

/// Installs Debian's `redis-server` when no `redis-server` is found.
pub fn ensure() -> Result<(), String> {
    if cmd::on_path("redis-server") || Path::new(DEBIAN_BINARY).is_file() {
        return Ok(());
    }
    if !cmd::on_path("apt-get") {
        return Err(
            "no redis-server and no apt-get to install it: install Redis, or set \
             TESSERA_TEST_REDIS_SERVER to a redis-server binary"
                .into(),
        );
    }
    println!("no redis-server found; installing the Debian package");
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
    // The tests never use the packaged service (each starts its own server on a free port).
    cmd::run(&mut apt_get(&[
        "install",
        "-y",
        "--no-install-recommends",
        "redis-server",
    ]))
}
