//! `tessera-codegen`: the SDK generator.
//!
//! The spec is read once into an [intermediate model](model) by a strict [loader](spec)
//! that refuses what it does not understand. Each language is then a Rust pass
//! ([`lang`]) that maps the model's names and types into that language's idiom and fills
//! small askama templates (`codegen/templates/<lang>/`, one per concept) with the result.
//! Templates hold layout only; every decision about a name or a type is made in Rust, where
//! it can be tested, and collisions are errors rather than silently renamed code.
//!
//! Output is deterministic (the spec's order, no timestamps), so "regenerate and compare"
//! is a test: [`output::diff`] tells which committed files would change.

pub mod error;
pub mod lang;
pub mod model;
pub mod naming;
pub mod openapi30;
pub mod output;
pub mod spec;

use std::path::Path;

pub use error::{Error, Result};
pub use model::Api;
pub use output::{Difference, GeneratedFile, Ownership};

/// This generator's version, recorded in every SDK's manifest.
pub const GENERATOR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One target language.
pub struct Language {
    pub name: &'static str,
    pub ownership: Ownership,
    render: fn(&Api) -> Result<Vec<GeneratedFile>>,
}

/// Every language the generator writes, in output order.
pub const LANGUAGES: &[Language] = &[
    Language {
        name: "typescript",
        ownership: lang::typescript::OWNERSHIP,
        render: lang::typescript::render,
    },
    Language {
        name: "python",
        ownership: lang::python::OWNERSHIP,
        render: lang::python::render,
    },
    Language {
        name: "ruby",
        ownership: lang::ruby::OWNERSHIP,
        render: lang::ruby::render,
    },
    Language {
        name: "php",
        ownership: lang::php::OWNERSHIP,
        render: lang::php::render,
    },
    Language {
        name: "csharp",
        ownership: lang::csharp::OWNERSHIP,
        render: lang::csharp::render,
    },
    Language {
        name: "go",
        ownership: lang::golang::OWNERSHIP,
        render: lang::golang::render,
    },
    Language {
        name: "java",
        ownership: lang::java::OWNERSHIP,
        render: lang::java::render,
    },
    Language {
        name: "kotlin",
        ownership: lang::kotlin::OWNERSHIP,
        render: lang::kotlin::render,
    },
    Language {
        name: "rust",
        ownership: lang::rust::OWNERSHIP,
        render: lang::rust::render,
    },
];

/// Reads and checks the spec at `path`.
pub fn load_spec(path: &Path) -> Result<Api> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    spec::load(&bytes, path)
}

/// Every file of every SDK, paths relative to the `sdks/` folder, manifests included.
pub fn generate(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut files = Vec::new();
    for language in LANGUAGES {
        let mut own = (language.render)(api)?;
        for file in &mut own {
            file.path = Path::new(language.ownership.dir).join(&file.path);
        }
        own.push(manifest(api, language, &own));
        files.extend(own);
    }
    Ok(files)
}

/// The ownership rules of every language, for [`output::diff`] and [`output::write`].
pub fn ownerships() -> Vec<Ownership> {
    LANGUAGES.iter().map(|l| l.ownership).collect()
}

fn manifest(api: &Api, language: &Language, files: &[GeneratedFile]) -> GeneratedFile {
    let dir = Path::new(language.ownership.dir);
    let mut paths: Vec<String> = files
        .iter()
        .map(|f| {
            f.path
                .strip_prefix(dir)
                .unwrap_or(&f.path)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    paths.push(output::MANIFEST.to_string());
    paths.sort();
    // serde_json's map is ordered by key, so the manifest is byte-for-byte stable.
    let value = serde_json::json!({
        "//": output::HEADER,
        "language": language.name,
        "sdk_version": api.version,
        "spec": "spec/openapi.yaml",
        "spec_sha256": api.spec_sha256,
        "generator": "tessera-codegen",
        "generator_version": GENERATOR_VERSION,
        "files": paths,
        // Paths the generator never writes: the SDK's hand-written code and tests.
        "hand_written": language.ownership.hand_written,
    });
    let body = serde_json::to_string_pretty(&value).unwrap_or_default();
    GeneratedFile::new(
        dir.join(output::MANIFEST),
        output::CommentStyle::InBody,
        &body,
    )
}
