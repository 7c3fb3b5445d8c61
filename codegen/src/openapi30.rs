//! An OpenAPI 3.0.3 document rendered from the intermediate model, for generators that read
//! only 3.0 (progenitor, which builds the Rust SDK, refuses anything not starting `3.0.`).
//!
//! It is rendered from the model rather than converted from the 3.1 YAML, so it says exactly
//! what the other SDKs are generated from, and nothing the model does not carry (patterns,
//! lengths, examples) can leak in half-translated. 3.1 constructs that 3.0 spells
//! differently are mapped here: `type: [T, "null"]` becomes `nullable: true`, and a nullable
//! `$ref` becomes `allOf: [$ref]` with `nullable` (3.0 ignores siblings of `$ref`).
//!
//! Error responses are left out: every SDK reads their problem documents the same way,
//! whatever the operation, so the Rust SDK's hand-written layer handles them (a listed error
//! response would have progenitor decode, and for bodiless ones discard, the body). Their
//! statuses and descriptions are kept in the operation's description.
//!
//! Tessera extensions carry what the Rust SDK's build script generates beside progenitor's
//! client: `x-tessera-problem` (the problem schema and its code enum),
//! `x-tessera-paginated` (an operation whose response is a cursor page) and
//! `x-tessera-token-endpoint` (the operation the client-credentials helper calls, when the
//! spec has one it can drive: see `lang::client_credentials`).

use serde_json::{Map, Value, json};

use crate::error::{Result, unsupported};
use crate::model::*;
use crate::output::HEADER;

/// The 3.0 document of `api`.
pub fn render(api: &Api) -> Result<Value> {
    let mut schemas = Map::new();
    for schema in &api.schemas {
        schemas.insert(schema.name.clone(), named_schema(schema)?);
    }
    let mut schemes = Map::new();
    for scheme in &api.security_schemes {
        schemes.insert(scheme.name.clone(), security_scheme(scheme));
    }
    let mut paths = Map::new();
    for op in &api.operations {
        let item = paths
            .entry(op.path.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(item) = item {
            item.insert(op.method.as_str().to_lowercase(), operation(op)?);
        }
    }
    let mut info = Map::new();
    info.insert("title".into(), json!(api.title));
    info.insert("version".into(), json!(api.version));
    if let Some(d) = &api.description {
        info.insert("description".into(), json!(d));
    }
    let mut doc = Map::new();
    // OpenAPI readers ignore unknown top-level keys; JSON has no comments.
    doc.insert("//".into(), json!(HEADER));
    doc.insert("openapi".into(), json!("3.0.3"));
    doc.insert("info".into(), Value::Object(info));
    doc.insert("paths".into(), Value::Object(paths));
    doc.insert(
        "components".into(),
        json!({ "schemas": schemas, "securitySchemes": schemes }),
    );
    if let Some(token) = crate::lang::client_credentials::find(api) {
        // Everything else in the token call is generic; these are the names it needs.
        let schema = |ty: Option<&Type>| match ty {
            Some(Type::Ref(name)) => json!(name),
            _ => Value::Null,
        };
        let answer = match &token.op.success.content {
            Content::Json(ty) => Some(ty),
            _ => None,
        };
        doc.insert(
            "x-tessera-token-endpoint".into(),
            json!({
                "operation": token.op.id,
                "tenant": token.tenant_param,
                "request": schema(token.op.body.as_ref().map(|b| &b.ty)),
                "response": schema(answer),
            }),
        );
    }
    if let Some(problem) = &api.problem {
        doc.insert(
            "x-tessera-problem".into(),
            json!({ "schema": problem.schema, "code_enum": problem.code_enum }),
        );
    }
    Ok(Value::Object(doc))
}

fn named_schema(schema: &Schema) -> Result<Value> {
    let at = format!("components.schemas.{}", schema.name);
    let mut out = match &schema.kind {
        SchemaKind::Record(fields) => {
            let mut properties = Map::new();
            let mut required = Vec::new();
            for field in fields {
                let mut property = type_schema(&field.ty, &format!("{at}.{}", field.name))?;
                if let (Some(d), Value::Object(p)) = (&field.description, &mut property) {
                    // A description beside `$ref` is ignored by 3.0 readers; leave it out.
                    if !p.contains_key("$ref") {
                        p.insert("description".into(), json!(d));
                    }
                }
                properties.insert(field.name.clone(), property);
                if field.required {
                    required.push(json!(field.name));
                }
            }
            let mut record = Map::new();
            record.insert("type".into(), json!("object"));
            record.insert("properties".into(), Value::Object(properties));
            if !required.is_empty() {
                record.insert("required".into(), Value::Array(required));
            }
            Value::Object(record)
        }
        SchemaKind::Enum(values) => json!({ "type": "string", "enum": values }),
        SchemaKind::Alias(ty) => match ty {
            // An alias of another name would be a `$ref` with a description beside it.
            Type::Ref(_) => json!({ "allOf": [type_schema(ty, &at)?] }),
            _ => type_schema(ty, &at)?,
        },
        SchemaKind::Union(variants) => {
            if variants.is_empty() {
                return Err(unsupported(at, "a `oneOf` without variants"));
            }
            let refs: Vec<Value> = variants.iter().map(|v| reference(v)).collect();
            json!({ "oneOf": refs })
        }
    };
    if let (Some(d), Value::Object(o)) = (&schema.description, &mut out) {
        o.insert("description".into(), json!(d));
    }
    Ok(out)
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The 3.0 schema of a type; `at` names where it is used, for errors.
pub fn type_schema(ty: &Type, at: &str) -> Result<Value> {
    Ok(match ty {
        Type::String => json!({ "type": "string" }),
        Type::DateTime => json!({ "type": "string", "format": "date-time" }),
        Type::Integer => json!({ "type": "integer", "format": "int64" }),
        Type::Number => json!({ "type": "number", "format": "double" }),
        Type::Boolean => json!({ "type": "boolean" }),
        Type::Any => json!({}),
        Type::Ref(name) => reference(name),
        Type::Array(item) => json!({ "type": "array", "items": type_schema(item, at)? }),
        Type::Map(value) => {
            json!({ "type": "object", "additionalProperties": type_schema(value, at)? })
        }
        Type::Nullable(inner) => match inner.as_ref() {
            Type::Nullable(_) => {
                return Err(unsupported(at, "a nullable of a nullable type"));
            }
            // `{}` already admits null.
            Type::Any => json!({}),
            Type::Ref(name) => json!({ "allOf": [reference(name)], "nullable": true }),
            other => {
                let mut schema = type_schema(other, at)?;
                if let Value::Object(o) = &mut schema {
                    o.insert("nullable".into(), json!(true));
                }
                schema
            }
        },
    })
}

fn security_scheme(scheme: &SecurityScheme) -> Value {
    let mut out = match &scheme.kind {
        SecurityKind::Bearer => json!({ "type": "http", "scheme": "bearer" }),
        SecurityKind::Header(name) => json!({ "type": "apiKey", "in": "header", "name": name }),
    };
    if let (Some(d), Value::Object(o)) = (&scheme.description, &mut out) {
        o.insert("description".into(), json!(d));
    }
    out
}

fn parameter(param: &Param, location: &str, at: &str) -> Result<Value> {
    let mut out = Map::new();
    out.insert("name".into(), json!(param.name));
    out.insert("in".into(), json!(location));
    out.insert("required".into(), json!(param.required));
    out.insert(
        "schema".into(),
        type_schema(&param.ty, &format!("{at}.parameters.{}", param.name))?,
    );
    if let Some(d) = &param.description {
        out.insert("description".into(), json!(d));
    }
    Ok(Value::Object(out))
}

/// The operation's description, with its documented errors appended (see the module docs).
fn description(op: &Operation) -> Option<String> {
    let mut text = op.description.clone().unwrap_or_default();
    if !op.errors.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("Errors:");
        for e in &op.errors {
            let what = e.description.as_deref().unwrap_or("").trim();
            text.push_str(&format!("\n- {}: {}", e.status, what));
        }
    }
    (!text.is_empty()).then_some(text)
}

fn operation(op: &Operation) -> Result<Value> {
    let at = format!("paths.{}.{}", op.path, op.method.as_str().to_lowercase());
    let mut out = Map::new();
    out.insert("operationId".into(), json!(op.id));
    if let Some(s) = &op.summary {
        out.insert("summary".into(), json!(s));
    }
    if let Some(d) = description(op) {
        out.insert("description".into(), json!(d));
    }
    if let Some(tag) = &op.tag {
        out.insert("tags".into(), json!([tag]));
    }
    if op.deprecated {
        out.insert("deprecated".into(), json!(true));
    }
    let mut parameters = Vec::new();
    for p in &op.path_params {
        parameters.push(parameter(p, "path", &at)?);
    }
    for p in &op.query_params {
        parameters.push(parameter(p, "query", &at)?);
    }
    if !parameters.is_empty() {
        out.insert("parameters".into(), Value::Array(parameters));
    }
    if let Some(body) = &op.body {
        let media = match body.encoding {
            BodyEncoding::Json => "application/json",
            BodyEncoding::Form => "application/x-www-form-urlencoded",
        };
        let mut request = Map::new();
        request.insert("required".into(), json!(body.required));
        request.insert(
            "content".into(),
            json!({ media: { "schema": type_schema(&body.ty, &format!("{at}.requestBody"))? } }),
        );
        if let Some(d) = &body.description {
            request.insert("description".into(), json!(d));
        }
        out.insert("requestBody".into(), Value::Object(request));
    }
    let mut success = Map::new();
    success.insert(
        "description".into(),
        json!(op.success.description.as_deref().unwrap_or("Success")),
    );
    match &op.success.content {
        Content::Json(ty) => {
            success.insert(
                "content".into(),
                json!({ "application/json": { "schema": type_schema(ty, &format!("{at}.responses"))? } }),
            );
        }
        Content::Text => {
            success.insert(
                "content".into(),
                json!({ "text/plain": { "schema": { "type": "string" } } }),
            );
        }
        Content::Empty => {}
    }
    out.insert(
        "responses".into(),
        json!({ op.success.status.to_string(): success }),
    );
    let security: Vec<Value> = op.security.iter().map(|s| json!({ s: [] })).collect();
    out.insert("security".into(), Value::Array(security));
    if let Some(page) = &op.pagination {
        let Type::Ref(item) = &page.item else {
            return Err(unsupported(
                at,
                "a cursor page whose items are not a named schema (the Rust SDK's pages need one)",
            ));
        };
        let Content::Json(Type::Ref(page_schema)) = &op.success.content else {
            return Err(unsupported(
                at,
                "a cursor page that is not a named schema (the Rust SDK's pages need one)",
            ));
        };
        out.insert(
            "x-tessera-paginated".into(),
            json!({ "item": item, "page": page_schema }),
        );
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn nullable_types_use_the_3_0_spelling() {
        let s = type_schema(&Type::Nullable(Box::new(Type::String)), "x").unwrap();
        assert_eq!(s, json!({ "type": "string", "nullable": true }));
        let r = type_schema(&Type::Nullable(Box::new(Type::Ref("User".into()))), "x").unwrap();
        assert_eq!(
            r,
            json!({ "allOf": [{ "$ref": "#/components/schemas/User" }], "nullable": true })
        );
        let a = type_schema(
            &Type::Array(Box::new(Type::Nullable(Box::new(Type::Integer)))),
            "x",
        )
        .unwrap();
        assert_eq!(
            a,
            json!({ "type": "array", "items": { "type": "integer", "format": "int64", "nullable": true } })
        );
    }

    #[test]
    fn a_construct_3_0_cannot_say_is_an_error_naming_it() {
        let twice = Type::Nullable(Box::new(Type::Nullable(Box::new(Type::String))));
        let err = type_schema(&twice, "components.schemas.X.y").unwrap_err();
        assert_eq!(
            err.to_string(),
            "components.schemas.X.y: unsupported: a nullable of a nullable type"
        );
    }
}
