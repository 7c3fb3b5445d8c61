//! Rust: the crate `tessera-sdk`, whose client progenitor generates at build time.
//!
//! progenitor reads only OpenAPI 3.0, so this pass writes the model as a 3.0 document
//! ([`crate::openapi30`]) into `sdks/rust/openapi.json`, with the crate's manifest, its
//! build script (progenitor plus the tables the hand-written layer reads) and README. The
//! layer every SDK offers (settings, credentials, retries, typed errors, pages, the
//! client-credentials helper) is hand-written Rust in `src/`, listed as such in the manifest.
//!
//! Names are progenitor's: schemas become `types::{PascalCase}`, operations become
//! `Client::{snake_case}` methods returning a `builder::{PascalCase}`. Two spec names that
//! would meet in one Rust name, or one taken by the client's own members, are an error here
//! rather than a compile error in the build script.

use askama::Template;

use super::Names;
use crate::error::{Error, Result, unsupported};
use crate::model::*;
use crate::naming::{pascal, snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "rust",
    // The hand-written layer, its tests, and cargo's lockfile.
    hand_written: &["src", "tests", "examples", "Cargo.lock"],
    ignored: &["target"],
};

const LANG: &str = "rust";

/// Members of `Client` that progenitor and the hand-written layer define.
const CLIENT_MEMBERS: &[&str] = &[
    "new",
    "new_with_client",
    "baseurl",
    "client",
    "inner",
    "api_version",
    "builder",
    "with",
    "settings",
    "client_credentials",
];

#[derive(Template)]
#[template(path = "rust/Cargo.toml", escape = "none")]
struct CargoToml<'a> {
    version: &'a str,
}

#[derive(Template)]
#[template(path = "rust/README.md", escape = "none")]
struct Readme<'a> {
    version: &'a str,
}

const BUILD_RS: &str = include_str!("../../templates/rust/build.rs");

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    check_names(api)?;
    let document = crate::openapi30::render(api)?;
    let json = serde_json::to_string_pretty(&document).map_err(|e| Error::Naming {
        lang: LANG,
        what: format!("the 3.0 document does not serialize: {e}"),
    })?;
    let render = |t: &dyn DynTemplate, name: &'static str| t.render_dyn(name);
    Ok(vec![
        GeneratedFile::new(
            "Cargo.toml",
            CommentStyle::Hash,
            &render(
                &CargoToml {
                    version: &api.version,
                },
                "rust/Cargo.toml",
            )?,
        ),
        GeneratedFile::new("build.rs", CommentStyle::Slash, BUILD_RS),
        GeneratedFile::new("openapi.json", CommentStyle::InBody, &json),
        GeneratedFile::new(
            "README.md",
            CommentStyle::Html,
            &render(
                &Readme {
                    version: &api.version,
                },
                "rust/README.md",
            )?,
        ),
    ])
}

/// Object-safe rendering, so `render` can take either template.
trait DynTemplate {
    fn render_dyn(&self, name: &'static str) -> Result<String>;
}

impl<T: Template> DynTemplate for T {
    fn render_dyn(&self, name: &'static str) -> Result<String> {
        self.render().map_err(|source| Error::Render {
            template: name,
            source,
        })
    }
}

/// Fails on spec names progenitor would map onto one Rust name, and on pages the build
/// script cannot name.
fn check_names(api: &Api) -> Result<()> {
    let mut types = Names::new(LANG, "types");
    for schema in &api.schemas {
        types.claim(&pascal(&schema.name), format!("schema {}", schema.name))?;
    }
    let mut methods = Names::new(LANG, "Client methods");
    for member in CLIENT_MEMBERS {
        methods.claim(member, "the client itself")?;
    }
    let mut builders = Names::new(LANG, "builders");
    for op in &api.operations {
        methods.claim(&snake(&op.id), format!("operation {}", op.id))?;
        builders.claim(&pascal(&op.id), format!("operation {}", op.id))?;
        if let Some(page) = &op.pagination {
            let at = format!("paths.{}.{}", op.path, op.method.as_str().to_lowercase());
            let mut named = vec![];
            if let Type::Ref(item) = &page.item {
                named.push(item);
            }
            if let Content::Json(Type::Ref(list)) = &op.success.content {
                named.push(list);
            }
            // The build script names these types as written.
            if let Some(name) = named.into_iter().find(|n| pascal(n) != **n) {
                return Err(unsupported(
                    at,
                    format!(
                        "the page type `{name}` is not PascalCase, so the Rust SDK cannot name it"
                    ),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn api(schemas: &[&str]) -> Api {
        Api {
            title: "t".into(),
            version: "1".into(),
            description: None,
            spec_sha256: String::new(),
            schemas: schemas
                .iter()
                .map(|n| Schema {
                    name: n.to_string(),
                    description: None,
                    kind: SchemaKind::Enum(vec!["a".into()]),
                })
                .collect(),
            operations: vec![],
            security_schemes: vec![],
            problem: None,
        }
    }

    #[test]
    fn schemas_meeting_in_one_rust_name_are_an_error() {
        let err = check_names(&api(&["user_list", "UserList"])).unwrap_err();
        assert!(
            err.to_string().contains("`UserList` would name both"),
            "{err}"
        );
        assert!(check_names(&api(&["User", "UserList"])).is_ok());
    }
}
