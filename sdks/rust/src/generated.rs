//! The client progenitor generates from `openapi.json` at build time (see `build.rs`), with
//! the tables the build script appends: operation security, error codes, page streams.
#![allow(
    clippy::all,
    missing_docs,
    unused_imports,
    unused_mut,
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]

include!(concat!(env!("OUT_DIR"), "/client.rs"));
