//! `cargo xtask sdk-docs`: each SDK's API reference, built with its ecosystem's tool into
//! `<target>/sdk-docs/<language>` (rustdoc into cargo's own `<target>/doc`), warnings
//! failing the step:
//!
//! - Rust: `cargo doc` with `RUSTDOCFLAGS=-D warnings`;
//! - TypeScript: TypeDoc `--treatWarningsAsErrors` (typedoc 0.28 installed with npm into
//!   `~/.cache/tessera/sdk-docs/node`);
//! - Python: pdoc 16 under `python -W error`, without source views (a virtualenv in `~/.cache/tessera/sdk-docs/venv`);
//! - Java: the JDK's `javadoc -Xdoclint:all,-missing -Werror` (broken references, HTML and
//!   syntax fail; a missing `@param` does not), with Jackson on the class path from Maven;
//! - Go: every exported declaration of the SDK and of the generator's golden outputs has a
//!   doc comment (`sdk_docs/godoc_check.go`), and `go doc -all` renders the package.
//!
//! Kotlin (Dokka) and C# are not built: Dokka needs Gradle or a Maven plugin set not
//! reachable cheaply here, and .NET is not installable here.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd;
use crate::sdks::{golden_dirs, target_dir};
use crate::steps::Runner;

const TYPEDOC_VERSION: &str = "0.28.20";
const TYPESCRIPT_VERSION: &str = "5.9.3";
const PDOC: &str = "pdoc==16.*";
const GODOC_CHECK: &str = include_str!("sdk_docs/godoc_check.go");

/// Adds one step per language to `runner`.
pub fn steps(runner: &mut Runner, root: &Path) {
    let out = target_dir(root).join("sdk-docs");
    runner.run("SDK docs rust (rustdoc)", || rust(root));
    runner.run("SDK docs typescript (TypeDoc)", || typescript(root, &out));
    runner.run("SDK docs python (pdoc)", || python(root, &out));
    runner.run("SDK docs java (javadoc)", || java(root, &out));
    runner.run("SDK docs go (go doc)", || go(root, &out));
}

/// `cargo xtask sdk-docs` on its own.
pub fn build(root: &Path) -> std::process::ExitCode {
    let mut runner = Runner::default();
    steps(&mut runner, root);
    runner.print_summary();
    println!(
        "API references in {}",
        target_dir(root).join("sdk-docs").display()
    );
    runner.exit_code()
}

fn cache_dir(name: &str) -> Result<PathBuf, String> {
    let home = std::env::var_os("HOME").ok_or("HOME is not set; it locates the doc tools")?;
    Ok(PathBuf::from(home)
        .join(".cache/tessera/sdk-docs")
        .join(name))
}

fn fresh(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

fn rust(root: &Path) -> Result<(), String> {
    cmd::run(
        crate::sdk_rust::cargo(root, &["doc", "--no-deps", "--locked"])
            .env("RUSTDOCFLAGS", "-D warnings"),
    )?;
    println!(
        "rustdoc: {}",
        target_dir(root)
            .join("doc/tessera_sdk/index.html")
            .display()
    );
    Ok(())
}

fn typescript(root: &Path, out: &Path) -> Result<(), String> {
    let tools = cache_dir("node")?;
    let typedoc = tools.join("node_modules/.bin/typedoc");
    let version_ok = std::fs::read_to_string(tools.join("node_modules/typedoc/package.json"))
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{TYPEDOC_VERSION}\"")));
    if !version_ok {
        std::fs::create_dir_all(&tools)
            .map_err(|e| format!("cannot create {}: {e}", tools.display()))?;
        cmd::run(
            Command::new("npm")
                .args([
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--loglevel=error",
                    "--prefix",
                ])
                .arg(&tools)
                .arg(format!("typedoc@{TYPEDOC_VERSION}"))
                .arg(format!("typescript@{TYPESCRIPT_VERSION}")),
        )?;
    }
    let out = out.join("typescript");
    fresh(&out)?;
    // The SDK is type-checked by `tsc --strict` in sdk-test; here only the docs are built.
    cmd::run(
        Command::new(&typedoc)
            .args([
                "--tsconfig",
                "tsconfig.json",
                "--entryPoints",
                "src/index.ts",
                "--treatWarningsAsErrors",
                "--skipErrorChecking",
                "--out",
            ])
            .arg(&out)
            .current_dir(root.join("sdks/typescript")),
    )
}

fn python(root: &Path, out: &Path) -> Result<(), String> {
    let venv = cache_dir("venv")?;
    let python = venv.join("bin/python");
    let installed = cmd::succeeds(Command::new(&python).args([
        "-c",
        "import importlib.metadata as m; assert m.version('pdoc').startswith('16.')",
    ]));
    if !installed {
        cmd::run(Command::new("python3").args(["-m", "venv"]).arg(&venv))
            .map_err(|e| format!("{e} (on Debian/Ubuntu: apt-get install python3-venv)"))?;
        cmd::run(Command::new(&python).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            PDOC,
        ]))?;
    }
    let out = out.join("python");
    fresh(&out)?;
    cmd::run(
        Command::new(&python)
            // Without the source views pdoc takes half the time; the source is in the repo.
            .args([
                "-W",
                "error",
                "-m",
                "pdoc",
                "--no-show-source",
                "tessera",
                "-o",
            ])
            .arg(&out)
            .env("PYTHONPATH", root.join("sdks/python/src"))
            .env("PYTHONDONTWRITEBYTECODE", "1"),
    )
}

fn java(root: &Path, out: &Path) -> Result<(), String> {
    let sdk = root.join("sdks/java");
    let out = out.join("java");
    fresh(&out)?;
    let classpath = out.join("classpath.txt");
    cmd::run(
        Command::new("mvn")
            .args([
                "-q",
                "-B",
                "dependency:build-classpath",
                "-Dmdep.includeScope=compile",
            ])
            .arg(format!("-Dmdep.outputFile={}", classpath.display()))
            .current_dir(&sdk),
    )?;
    let classpath = std::fs::read_to_string(&classpath)
        .map_err(|e| format!("Maven wrote no class path: {e}"))?;
    cmd::run(
        Command::new("javadoc")
            .args([
                "-quiet",
                "-Xdoclint:all,-missing",
                "-Werror",
                "-subpackages",
                "dev.tessera",
            ])
            .args([
                "-sourcepath",
                "src/main/java",
                "-cp",
                classpath.trim(),
                "-d",
            ])
            .arg(&out)
            .current_dir(&sdk),
    )
}

fn go(root: &Path, out: &Path) -> Result<(), String> {
    let go = if cmd::on_path("go") {
        PathBuf::from("go")
    } else {
        PathBuf::from("/usr/local/go/bin/go")
    };
    let out = out.join("go");
    fresh(&out)?;
    let check = out.join("godoc_check.go");
    std::fs::write(&check, GODOC_CHECK)
        .map_err(|e| format!("cannot write {}: {e}", check.display()))?;
    let mut dirs = vec![root.join("sdks/go")];
    dirs.extend(golden_dirs(root, "go"));
    for dir in &dirs {
        cmd::run(Command::new(&go).arg("run").arg(&check).arg(dir))?;
    }
    let text = cmd::stdout(
        Command::new(&go)
            .args(["doc", "-all", "."])
            .current_dir(root.join("sdks/go")),
    )
    .ok_or("`go doc -all` failed in sdks/go")?;
    let reference = out.join("tessera.txt");
    std::fs::write(&reference, text)
        .map_err(|e| format!("cannot write {}: {e}", reference.display()))
}
