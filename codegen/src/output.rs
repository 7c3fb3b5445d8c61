//! Generated files in memory, and how they meet the disk: writing them, and comparing them
//! with what is committed (the `check` command and the drift test).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The line every generated file starts with, in its language's comment syntax.
pub const HEADER: &str = "generated from spec/openapi.yaml by tessera-codegen, do not edit";

/// Name of the manifest each SDK carries.
pub const MANIFEST: &str = "codegen.json";

/// How a file type spells a one-line comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentStyle {
    /// `// ...`
    Slash,
    /// `# ...`
    Hash,
    /// `<!-- ... -->`
    Html,
    /// JSON has no comments: its template carries the header as a `"//"` key.
    InBody,
}

/// One generated file, its path relative to the `sdks/` folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

impl GeneratedFile {
    /// A file whose body is `body`, with the header line put in front.
    pub fn new(path: impl Into<PathBuf>, style: CommentStyle, body: &str) -> Self {
        let header = match style {
            CommentStyle::Slash => format!("// {HEADER}\n"),
            CommentStyle::Hash => format!("# {HEADER}\n"),
            CommentStyle::Html => format!("<!-- {HEADER} -->\n"),
            CommentStyle::InBody => String::new(),
        };
        let mut contents = header;
        contents.push_str(body.trim_start_matches('\n'));
        // Exactly one trailing newline, whatever the template ended with.
        while contents.ends_with("\n\n") {
            contents.pop();
        }
        if !contents.ends_with('\n') {
            contents.push('\n');
        }
        GeneratedFile {
            path: path.into(),
            contents,
        }
    }
}

/// What the generator owns inside one SDK folder.
#[derive(Debug, Clone, Copy)]
pub struct Ownership {
    /// The SDK's folder under `sdks/`.
    pub dir: &'static str,
    /// Folders of hand-written code (`tests`, `examples`, `src/test`) that the generator
    /// never touches and `check` ignores.
    pub hand_written: &'static [&'static str],
    /// Names of build and tool output (`node_modules`, `__pycache__`) ignored at any depth.
    pub ignored: &'static [&'static str],
}

impl Ownership {
    fn is_ignored(&self, relative: &Path) -> bool {
        // A hand-written folder may be nested (`src/test`): compare whole components.
        if self
            .hand_written
            .iter()
            .any(|folder| relative.starts_with(folder))
        {
            return true;
        }
        relative.components().any(|c| {
            let name = c.as_os_str().to_string_lossy();
            self.ignored.contains(&name.as_ref())
                || self
                    .ignored
                    .iter()
                    .any(|pattern| pattern.strip_prefix('*').is_some_and(|s| name.ends_with(s)))
        })
    }
}

/// One difference between generated files and a folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// The file exists with other contents.
    Changed(PathBuf),
    /// The generator writes the file; it is not there.
    Missing(PathBuf),
    /// The file is there, in a folder the generator owns, and the generator doesn't write it.
    Extra(PathBuf),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::Changed(p) => write!(f, "changed: {}", p.display()),
            Difference::Missing(p) => write!(f, "missing: {}", p.display()),
            Difference::Extra(p) => write!(f, "extra:   {}", p.display()),
        }
    }
}

/// Every file under `dir`, relative to `base`, sorted; a missing `dir` has none.
fn walk(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(Error::Read {
                path: dir.to_path_buf(),
                source,
            });
        }
    };
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        if file_type.is_dir() {
            walk(base, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(base) {
            out.push(relative.to_path_buf());
        }
    }
    out.sort();
    Ok(())
}

/// Compares `files` with the folder `root` (the `sdks/` folder), for the SDKs in `owners`.
pub fn diff(root: &Path, files: &[GeneratedFile], owners: &[Ownership]) -> Result<Vec<Difference>> {
    let mut differences = Vec::new();
    let generated: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    for file in files {
        let path = root.join(&file.path);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(_) => differences.push(Difference::Changed(file.path.clone())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                differences.push(Difference::Missing(file.path.clone()));
            }
            Err(source) => return Err(Error::Read { path, source }),
        }
    }
    for owner in owners {
        let mut present = Vec::new();
        walk(root, &root.join(owner.dir), &mut present)?;
        for path in present {
            let inside = path.strip_prefix(owner.dir).unwrap_or(&path);
            if !generated.contains(path.as_path()) && !owner.is_ignored(inside) {
                differences.push(Difference::Extra(path));
            }
        }
    }
    differences.sort();
    Ok(differences)
}

/// Writes `files` under `root`, and deletes files of the owned folders that the generator
/// no longer writes (never hand-written or ignored ones).
pub fn write(
    root: &Path,
    files: &[GeneratedFile],
    owners: &[Ownership],
) -> Result<Vec<Difference>> {
    let differences = diff(root, files, owners)?;
    for difference in &differences {
        match difference {
            Difference::Changed(path) | Difference::Missing(path) => {
                let target = root.join(path);
                let Some(file) = files.iter().find(|f| &f.path == path) else {
                    continue;
                };
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                        path: parent.to_path_buf(),
                        source,
                    })?;
                }
                std::fs::write(&target, &file.contents).map_err(|source| Error::Write {
                    path: target.clone(),
                    source,
                })?;
            }
            Difference::Extra(path) => {
                let target = root.join(path);
                std::fs::remove_file(&target).map_err(|source| Error::Write {
                    path: target.clone(),
                    source,
                })?;
            }
        }
    }
    Ok(differences)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn header_comes_first_and_one_newline_ends() {
        let f = GeneratedFile::new("a.py", CommentStyle::Hash, "\nx = 1\n\n\n");
        assert_eq!(f.contents, format!("# {HEADER}\nx = 1\n"));
    }

    #[test]
    fn hand_written_and_ignored_paths() {
        let owner = Ownership {
            dir: "ts",
            hand_written: &["tests", "src/test"],
            ignored: &["node_modules", "*.tsbuildinfo"],
        };
        assert!(owner.is_ignored(Path::new("tests/live.test.ts")));
        assert!(owner.is_ignored(Path::new("node_modules/x/index.js")));
        assert!(owner.is_ignored(Path::new("a.tsbuildinfo")));
        assert!(!owner.is_ignored(Path::new("src/tests/x.ts")));
        assert!(owner.is_ignored(Path::new("src/test/java/LiveTest.java")));
        assert!(!owner.is_ignored(Path::new("src/testing/x.ts")));
        assert!(!owner.is_ignored(Path::new("src/client.ts")));
    }
}
