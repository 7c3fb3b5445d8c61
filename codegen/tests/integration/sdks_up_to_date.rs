//! `sdks/` is exactly what the generator writes from `spec/openapi.yaml`.

use tessera_codegen::output::{self, Difference};

#[test]
fn committed_sdks_match_the_spec() {
    let root = crate::repo_root();
    let api = tessera_codegen::load_spec(&root.join("spec/openapi.yaml"))
        .unwrap_or_else(|e| panic!("the generator refuses spec/openapi.yaml: {e}"));
    let files = tessera_codegen::generate(&api).unwrap();
    let owners = tessera_codegen::ownerships();

    // Regenerate into a scratch copy of sdks/ (hand-written folders included), so the
    // comparison also proves that `generate` deletes what it no longer writes.
    let scratch = tempfile::tempdir().unwrap();
    output::write(scratch.path(), &files, &owners).unwrap();
    let regenerated = output::diff(scratch.path(), &files, &owners).unwrap();
    assert!(
        regenerated.is_empty(),
        "a fresh generation differs from itself: {regenerated:?}"
    );

    let differences = output::diff(&root.join("sdks"), &files, &owners).unwrap();
    if !differences.is_empty() {
        let list: Vec<String> = differences.iter().map(Difference::to_string).collect();
        panic!(
            "sdks/ is out of date with spec/openapi.yaml; run `cargo run -p tessera-codegen -- generate`:\n  {}",
            list.join("\n  ")
        );
    }
}

#[test]
fn every_generated_file_starts_with_the_header() {
    let root = crate::repo_root();
    let api = tessera_codegen::load_spec(&root.join("tests-do-not-exist")).err();
    assert!(api.is_some(), "a missing spec is an error");
    let api = tessera_codegen::load_spec(&root.join("codegen/tests/specs/mini.yaml")).unwrap();
    for file in tessera_codegen::generate(&api).unwrap() {
        let first = file.contents.lines().next().unwrap_or("");
        let json_header = file.contents.lines().nth(1).unwrap_or("");
        assert!(
            first.contains(output::HEADER) || json_header.contains(output::HEADER),
            "{} does not start with the header: {first}",
            file.path.display()
        );
    }
}

#[test]
fn generation_is_deterministic() {
    let root = crate::repo_root();
    let api = tessera_codegen::load_spec(&root.join("codegen/tests/specs/mini.yaml")).unwrap();
    assert_eq!(
        tessera_codegen::generate(&api).unwrap(),
        tessera_codegen::generate(&api).unwrap()
    );
}
