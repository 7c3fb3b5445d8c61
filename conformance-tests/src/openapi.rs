//! The contract: `spec/openapi.yaml` (built in, or `--spec`), its operations, and response
//! validation against it with a JSON Schema 2020-12 validator (OpenAPI 3.1 schemas are JSON
//! Schema). A response passes when its status is documented for the operation, its media
//! type is the documented one, and its body validates against the documented schema.

use jsonschema::Draft;
use serde_json::{Value, json};

/// The spec this binary was built with.
pub const BUILT_IN: &str = include_str!("../../spec/openapi.yaml");

pub struct OpenApi {
    document: Value,
}

/// One documented operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub operation_id: String,
}

impl OpenApi {
    pub fn parse(yaml: &str) -> Result<OpenApi, String> {
        let document: Value = serde_yaml_ng::from_str(yaml)
            .map_err(|e| format!("the OpenAPI document does not parse: {e}"))?;
        if !document["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
        {
            return Err("not an OpenAPI 3.1 document".into());
        }
        Ok(OpenApi { document })
    }

    pub fn operations(&self) -> Vec<Operation> {
        let mut out = Vec::new();
        if let Some(paths) = self.document["paths"].as_object() {
            for (path, item) in paths {
                for method in ["get", "put", "post", "delete", "patch"] {
                    if let Some(op) = item.get(method) {
                        out.push(Operation {
                            method: method.to_ascii_uppercase(),
                            path: path.clone(),
                            operation_id: op["operationId"].as_str().unwrap_or_default().to_owned(),
                        });
                    }
                }
            }
        }
        out
    }

    fn operation(&self, method: &str, path: &str) -> Option<&Value> {
        self.document["paths"]
            .get(path)?
            .get(method.to_ascii_lowercase())
    }

    /// Whether the operation needs the admin key.
    pub fn needs_admin_key(&self, method: &str, path: &str) -> bool {
        self.operation(method, path).is_some_and(|op| {
            op["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("admin_key").is_some()))
        })
    }

    /// Whether the operation has a security requirement that cannot be skipped: an empty
    /// requirement object (`{}`) makes credentials optional (OpenAPI 3.1 §4.8.30).
    pub fn needs_auth(&self, method: &str, path: &str) -> bool {
        self.operation(method, path).is_some_and(|op| {
            op["security"].as_array().is_some_and(|s| {
                !s.is_empty()
                    && !s
                        .iter()
                        .any(|r| r.as_object().is_some_and(|o| o.is_empty()))
            })
        })
    }

    /// Whether a user's session token is one of the operation's credentials.
    pub fn takes_session_token(&self, method: &str, path: &str) -> bool {
        self.operation(method, path).is_some_and(|op| {
            op["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("session_token").is_some()))
        })
    }

    /// Whether the operation takes an `application/json` request body.
    pub fn has_json_body(&self, method: &str, path: &str) -> bool {
        self.has_body(method, path, "application/json")
    }

    /// Whether the operation takes a request body of `media_type`.
    pub fn has_body(&self, method: &str, path: &str, media_type: &str) -> bool {
        self.operation(method, path)
            .is_some_and(|op| op["requestBody"]["content"].get(media_type).is_some())
    }

    pub fn documented_statuses(&self, method: &str, path: &str) -> Vec<u16> {
        self.operation(method, path)
            .and_then(|op| op["responses"].as_object())
            .map(|r| r.keys().filter_map(|k| k.parse().ok()).collect())
            .unwrap_or_default()
    }

    /// Member names of a component schema (`properties`, through `allOf`).
    pub fn schema_properties(&self, name: &str) -> Vec<String> {
        let schema = &self.document["components"]["schemas"][name];
        let mut names: Vec<String> = schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        for part in schema["allOf"].as_array().into_iter().flatten() {
            if let Some(p) = part["properties"].as_object() {
                names.extend(p.keys().cloned());
            }
        }
        names
    }

    /// Validates a response of `method path` against the spec.
    pub fn validate_response(
        &self,
        method: &str,
        path: &str,
        status: u16,
        media_type: &str,
        body: &str,
    ) -> Result<(), String> {
        let op = self
            .operation(method, path)
            .ok_or_else(|| format!("{method} {path} is not in the spec"))?;
        let documented = self.documented_statuses(method, path);
        let response = op["responses"]
            .get(status.to_string())
            .ok_or_else(|| format!("HTTP {status} is not documented for {method} {path} (documented: {documented:?}); body: {}", crate::context::snippet(body)))?;
        let Some(content) = response["content"].as_object() else {
            return if body.trim().is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "HTTP {status} documents no body, got: {}",
                    crate::context::snippet(body)
                ))
            };
        };
        // Compared without parameters (`text/plain; version=0.0.4` is `text/plain`).
        let (_, media) = content
            .iter()
            .find(|(m, _)| essence(m).eq_ignore_ascii_case(media_type))
            .ok_or_else(|| {
                format!(
                    "Content-Type `{media_type}` is not documented for HTTP {status} (documented: {:?})",
                    content.keys().collect::<Vec<_>>()
                )
            })?;
        let schema = &media["schema"];
        let is_json = media_type == "application/json" || media_type.ends_with("+json");
        if schema.is_null() || !is_json {
            return Ok(());
        }
        let instance: Value = serde_json::from_str(body)
            .map_err(|e| format!("the {media_type} body is not JSON: {e}"))?;
        self.validate(schema, &instance)
            .map_err(|e| format!("HTTP {status} body does not match the documented schema: {e}"))
    }

    /// Validates `instance` against `schema`, whose `$ref`s point into this document.
    pub fn validate(&self, schema: &Value, instance: &Value) -> Result<(), String> {
        let root = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "components": self.document["components"],
            "allOf": [schema],
        });
        let validator = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .should_validate_formats(true)
            .build(&root)
            .map_err(|e| format!("the spec's schema does not compile: {e}"))?;
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .take(5)
            .map(|e| format!("at `{}`: {e}", e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }
}

/// A media type without its parameters.
fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or("").trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_against_the_built_in_spec() {
        let spec = OpenApi::parse(BUILT_IN).unwrap();
        assert!(spec.operations().len() > 40);
        assert!(spec.needs_admin_key("GET", "/v1/tenants"));
        let problem = r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no tenant","code":"not_found"}"#;
        spec.validate_response(
            "GET",
            "/v1/tenants/{tenant}",
            404,
            "application/problem+json",
            problem,
        )
        .unwrap();
        // Whatever the Problem schema requires, a body missing everything must fail it.
        assert!(
            spec.validate_response(
                "GET",
                "/v1/tenants/{tenant}",
                404,
                "application/problem+json",
                "{}"
            )
            .is_err()
        );
        assert!(
            spec.validate_response("GET", "/v1/tenants/{tenant}", 418, "application/json", "{}")
                .unwrap_err()
                .contains("not documented")
        );
        assert!(
            spec.schema_properties("CreateClient")
                .contains(&"audiences".to_owned())
        );
    }
}
