//! Golden tests: `tests/specs/<name>.yaml` rendered for every language must equal
//! `tests/output/<name>/`. Bless a deliberate change with `EXPECTORATE=overwrite`.

use tessera_codegen::output::{self, Difference, Ownership};

fn golden(name: &str) {
    let root = crate::repo_root().join("codegen/tests");
    let api = tessera_codegen::load_spec(&root.join(format!("specs/{name}.yaml"))).unwrap();
    let files = tessera_codegen::generate(&api).unwrap();
    // The golden folders hold generated files only.
    let owners: Vec<Ownership> = tessera_codegen::ownerships()
        .into_iter()
        .map(|o| Ownership {
            hand_written: &[],
            ..o
        })
        .collect();
    let dir = root.join("output").join(name);
    if std::env::var("EXPECTORATE").as_deref() == Ok("overwrite") {
        output::write(&dir, &files, &owners).unwrap();
    }
    let differences = output::diff(&dir, &files, &owners).unwrap();
    if !differences.is_empty() {
        let list: Vec<String> = differences.iter().map(Difference::to_string).collect();
        panic!(
            "golden output of {name}.yaml differs (bless with EXPECTORATE=overwrite):\n  {}",
            list.join("\n  ")
        );
    }
}

#[test]
fn mini() {
    golden("mini");
}
