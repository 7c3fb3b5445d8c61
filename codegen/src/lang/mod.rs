//! Language passes: each maps the model into view structs for its templates.

pub mod client_credentials;
pub mod csharp;
pub mod golang;
pub mod java;
pub mod kotlin;
pub mod php;
pub mod python;
pub mod ruby;
pub mod rust;
pub mod typescript;

use std::collections::BTreeMap;

use crate::error::{Error, Result};

/// Records generated names and fails on the second use of one, naming both owners.
pub(crate) struct Names {
    lang: &'static str,
    scope: String,
    taken: BTreeMap<String, String>,
}

impl Names {
    pub fn new(lang: &'static str, scope: impl Into<String>) -> Self {
        Names {
            lang,
            scope: scope.into(),
            taken: BTreeMap::new(),
        }
    }

    /// Reserves `name` for `owner`.
    pub fn claim(&mut self, name: &str, owner: impl Into<String>) -> Result<()> {
        let owner = owner.into();
        if let Some(previous) = self.taken.get(name) {
            return Err(Error::Naming {
                lang: self.lang,
                what: format!(
                    "{}: `{name}` would name both {previous} and {owner}",
                    self.scope
                ),
            });
        }
        self.taken.insert(name.to_string(), owner);
        Ok(())
    }
}

/// Text split into lines, trailing blank lines dropped.
pub(crate) fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// Summary, then description, as paragraphs.
pub(crate) fn doc_text(summary: Option<&str>, description: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(s) = summary.filter(|s| !s.trim().is_empty()) {
        let s = s.trim();
        parts.push(if s.ends_with('.') || s.ends_with('?') {
            s.to_string()
        } else {
            format!("{s}.")
        });
    }
    if let Some(d) = description.filter(|d| !d.trim().is_empty()) {
        parts.push(d.trim().to_string());
    }
    parts.join("\n\n")
}
