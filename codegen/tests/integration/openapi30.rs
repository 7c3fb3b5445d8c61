//! The 3.0 document the Rust SDK is built from says only what OpenAPI 3.0 can: no 3.1
//! spellings left, and every operation of the model is in it, with its parameters.

use serde_json::Value;

/// Every place in `value` that 3.0 readers would misread, as JSON pointers with the reason.
fn not_3_0(value: &Value, at: &str, found: &mut Vec<String>) {
    match value {
        // The keys of `properties` are field names, not keywords.
        Value::Object(map) if at.ends_with("/properties") => {
            for (key, v) in map {
                not_3_0(v, &format!("{at}/{key}"), found);
            }
        }
        Value::Object(map) => {
            if let Some(t) = map.get("type")
                && !t.is_string()
            {
                found.push(format!("{at}: `type` is not one name"));
            }
            if map.contains_key("$ref") && map.len() > 1 {
                found.push(format!("{at}: `$ref` has siblings, which 3.0 ignores"));
            }
            for key in ["const", "examples", "prefixItems", "$schema", "webhooks"] {
                if map.contains_key(key) {
                    found.push(format!("{at}: `{key}` is 3.1 only"));
                }
            }
            for (key, v) in map {
                not_3_0(v, &format!("{at}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                not_3_0(v, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

fn check(spec: &str) {
    let api = tessera_codegen::load_spec(&crate::repo_root().join(spec)).unwrap();
    let doc = tessera_codegen::openapi30::render(&api).unwrap();
    assert_eq!(doc["openapi"], "3.0.3");
    let mut found = Vec::new();
    not_3_0(&doc, "", &mut found);
    assert!(found.is_empty(), "{spec}:\n  {}", found.join("\n  "));
    for op in &api.operations {
        let rendered = &doc["paths"][&op.path][op.method.as_str().to_lowercase()];
        assert_eq!(rendered["operationId"], op.id.as_str(), "{}", op.path);
        let names: Vec<&str> = rendered["parameters"]
            .as_array()
            .map(|ps| ps.iter().filter_map(|p| p["name"].as_str()).collect())
            .unwrap_or_default();
        let expected: Vec<&str> = op
            .path_params
            .iter()
            .chain(&op.query_params)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, expected, "{}", op.id);
        assert_eq!(
            rendered["security"].as_array().map(Vec::len),
            Some(op.security.len()),
            "{}",
            op.id
        );
    }
    for schema in &api.schemas {
        assert!(
            doc["components"]["schemas"].get(&schema.name).is_some(),
            "{} is missing",
            schema.name
        );
    }
}

#[test]
fn the_spec_renders_as_plain_3_0() {
    check("spec/openapi.yaml");
}

#[test]
fn the_golden_spec_renders_as_plain_3_0() {
    check("codegen/tests/specs/mini.yaml");
}

#[test]
fn the_check_sees_3_1_spellings() {
    let doc = serde_json::json!({ "components": { "schemas": { "X": { "properties": {
        "type": { "type": ["string", "null"] },
        "b": { "$ref": "#/components/schemas/Y", "description": "d" },
        "c": { "const": "k" },
    } } } } });
    let mut found = Vec::new();
    not_3_0(&doc, "", &mut found);
    assert_eq!(found.len(), 3, "{found:?}");
}
