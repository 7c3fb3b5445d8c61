//! The generator's integration tests: one binary (see CONVENTIONS.md), a module per topic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod golden;
mod openapi30;
mod sdks_up_to_date;

use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}
