//! Python tools that the server's tests run as real, independent peers (an SMTP server, a
//! TOTP generator …), installed into one virtualenv that both `cargo test` runs share.
//!
//! The tests find its interpreter in `TESSERA_TEST_PYTHON` and fail with a clear message
//! when it is missing, rather than skip.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd;

/// The variable the tests read to find the virtualenv's interpreter.
pub const PYTHON_VAR: &str = "TESSERA_TEST_PYTHON";

/// pip requirement and the module to import to check it is there.
const PACKAGES: &[(&str, &str)] = &[
    // A real SMTP server for the email delivery tests (`python -m aiosmtpd`).
    ("aiosmtpd>=1.4,<2", "aiosmtpd"),
    // An independent TOTP generator for the MFA tests.
    ("pyotp>=2.9,<3", "pyotp"),
    // An OAuth client and JOSE stack nobody here wrote, for the OAuth interop tests.
    ("authlib>=1.3,<2", "authlib"),
    ("requests>=2.31,<3", "requests"),
    // Independent password hashers, for the tests that import bcrypt and argon2 hashes.
    ("bcrypt>=4,<6", "bcrypt"),
    ("argon2-cffi>=23,<26", "argon2"),
];

/// Creates (or repairs) the virtualenv, installs what is missing, and returns its python.
pub fn ensure() -> Result<PathBuf, String> {
    let venv = venv_dir()?;
    ensure_venv(&venv)?;
    let python = venv.join("bin/python");
    let missing: Vec<&str> = PACKAGES
        .iter()
        .filter(|(_, module)| {
            !cmd::succeeds(Command::new(&python).args(["-c", &format!("import {module}")]))
        })
        .map(|(requirement, _)| *requirement)
        .collect();
    if !missing.is_empty() {
        cmd::run(
            Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .args(&missing),
        )?;
    }
    Ok(python)
}

/// Kept in the user's cache so repeated runs don't reinstall.
fn venv_dir() -> Result<PathBuf, String> {
    let home =
        std::env::var_os("HOME").ok_or("HOME is not set; it locates the test tools' virtualenv")?;
    Ok(PathBuf::from(home).join(".cache/tessera/test-venv"))
}

fn ensure_venv(venv: &Path) -> Result<(), String> {
    // A venv breaks when the Python it was made from goes away; then build a fresh one.
    if cmd::succeeds(Command::new(venv.join("bin/python")).args(["-c", ""])) {
        return Ok(());
    }
    if venv.exists() {
        println!("{} is broken; recreating it", venv.display());
        fs::remove_dir_all(venv)
            .map_err(|e| format!("could not remove {}: {e}", venv.display()))?;
    }
    cmd::run(Command::new("python3").args(["-m", "venv"]).arg(venv))
        .map_err(|e| format!("{e} (on Debian/Ubuntu: apt-get install python3-venv)"))
}
