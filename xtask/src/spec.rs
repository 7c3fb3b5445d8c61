//! Validation of the OpenAPI contract by an outside validator, so the spec is checked against
//! the OpenAPI standard itself and not only against what our own server derives.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd;

const SPEC: &str = "spec/openapi.yaml";
/// Any 0.7.x: fixes arrive, the accepted dialect stays put.
const VALIDATOR: &str = "openapi-spec-validator==0.7.*";

pub fn validate(root: &Path) -> Result<(), String> {
    if !root.join(SPEC).is_file() {
        return Err(format!(
            "{SPEC} does not exist; the contract must be written before it can be validated"
        ));
    }
    let venv = venv_dir()?;
    ensure_venv(&venv)?;
    ensure_validator(&venv)?;
    cmd::run(
        Command::new(venv.join("bin/openapi-spec-validator"))
            .arg(SPEC)
            .current_dir(root),
    )
}

/// Kept in the user's cache so repeated runs don't reinstall the validator.
fn venv_dir() -> Result<PathBuf, String> {
    let home =
        std::env::var_os("HOME").ok_or("HOME is not set; it locates the validator's virtualenv")?;
    Ok(PathBuf::from(home).join(".cache/tessera/venv"))
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

fn ensure_validator(venv: &Path) -> Result<(), String> {
    let python = venv.join("bin/python");
    // Also checks the version, so an old venv with another series gets upgraded.
    let installed = cmd::succeeds(Command::new(&python).args([
        "-c",
        "import importlib.metadata as m, openapi_spec_validator; \
         assert m.version('openapi-spec-validator').startswith('0.7.')",
    ]));
    if installed {
        return Ok(());
    }
    cmd::run(Command::new(&python).args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        VALIDATOR,
    ]))
}
