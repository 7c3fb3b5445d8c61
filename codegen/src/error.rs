//! The generator's one error type. Every variant names where the problem is, so a failing
//! run tells the spec author which schema, path or template to look at.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("could not read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid YAML: {source}")]
    Yaml {
        path: PathBuf,
        source: serde_yaml_ng::Error,
    },
    /// The spec uses a construct the generator does not handle (yet).
    #[error("{at}: unsupported: {what}")]
    Unsupported { at: String, what: String },
    /// The spec is inconsistent (a dangling `$ref`, a missing path parameter...).
    #[error("{at}: invalid: {what}")]
    Invalid { at: String, what: String },
    /// Two generated names collide, or a spec name cannot be mapped into a language.
    #[error("{lang}: {what}")]
    Naming { lang: &'static str, what: String },
    #[error("rendering template {template}: {source}")]
    Render {
        template: &'static str,
        source: askama::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn unsupported(at: impl Into<String>, what: impl Into<String>) -> Error {
    Error::Unsupported {
        at: at.into(),
        what: what.into(),
    }
}

pub(crate) fn invalid(at: impl Into<String>, what: impl Into<String>) -> Error {
    Error::Invalid {
        at: at.into(),
        what: what.into(),
    }
}
