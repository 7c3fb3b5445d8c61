//! `tessera-codegen generate | check`: writes the SDKs under `sdks/` from
//! `spec/openapi.yaml`, or lists the files a regeneration would change.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: tessera-codegen <generate|check> [--spec FILE] [--out DIR]
  generate  write every SDK under DIR (default: sdks/ of the repository)
  check     exit 1 listing the files that `generate` would change, add or delete
  --spec    the OpenAPI document (default: spec/openapi.yaml of the repository)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("no command given\n\n{USAGE}"));
    };
    if matches!(command.as_str(), "-h" | "--help" | "help") {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let mut spec = None;
    let mut out = None;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let slot = match arg.as_str() {
            "--spec" => &mut spec,
            "--out" => &mut out,
            other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
        };
        let value = rest.next().ok_or_else(|| format!("{arg} needs a value"))?;
        *slot = Some(PathBuf::from(value));
    }
    let root = repo_root();
    let spec = spec.unwrap_or_else(|| root.join("spec/openapi.yaml"));
    let out = out.unwrap_or_else(|| root.join("sdks"));

    let api = tessera_codegen::load_spec(&spec).map_err(|e| e.to_string())?;
    let files = tessera_codegen::generate(&api).map_err(|e| e.to_string())?;
    let owners = tessera_codegen::ownerships();
    match command.as_str() {
        "generate" => {
            let changes =
                tessera_codegen::output::write(&out, &files, &owners).map_err(|e| e.to_string())?;
            for change in &changes {
                println!("{change}");
            }
            println!(
                "{} files generated in {} ({} changed)",
                files.len(),
                out.display(),
                changes.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            let differences =
                tessera_codegen::output::diff(&out, &files, &owners).map_err(|e| e.to_string())?;
            if differences.is_empty() {
                println!(
                    "{} generated files in {} are up to date",
                    files.len(),
                    out.display()
                );
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!(
                "{} is out of date with {}; run `cargo run -p tessera-codegen -- generate`:",
                out.display(),
                spec.display()
            );
            for difference in &differences {
                eprintln!("  {difference}");
            }
            Ok(ExitCode::FAILURE)
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// The repository: the nearest ancestor of the working directory with `spec/openapi.yaml`,
/// else the parent of this crate.
fn repo_root() -> PathBuf {
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join("spec/openapi.yaml").is_file() {
                return dir.to_path_buf();
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
