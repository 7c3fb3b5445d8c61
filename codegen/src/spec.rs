//! Reading `spec/openapi.yaml` into the [model](crate::model).
//!
//! The loader is strict on purpose: every keyword it meets is either understood, known to be
//! a pure annotation (`description`, `minimum`, `example`...), or an error naming where it
//! is. A construct the SDKs cannot express (a union, an inline object, a header parameter)
//! stops generation instead of silently producing a weaker SDK.

use serde_yaml_ng::{Mapping, Value};
use sha2::{Digest, Sha256};

use crate::error::{Result, invalid, unsupported};
use crate::model::*;

/// Schema keywords that change nothing in generated code.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "example",
    "examples",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "propertyNames",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "externalDocs",
    "contentMediaType",
    "contentEncoding",
];

/// Schema keywords the loader interprets.
const STRUCTURAL: &[&str] = &[
    "$ref",
    "type",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "oneOf",
    "anyOf",
    "allOf",
    "nullable",
];

const COMPONENT_PREFIX: &str = "#/components/schemas/";

/// Parses the spec's bytes; `source` names the file in errors.
pub fn load(bytes: &[u8], source: &std::path::Path) -> Result<Api> {
    let root: Value = serde_yaml_ng::from_slice(bytes).map_err(|e| crate::error::Error::Yaml {
        path: source.to_path_buf(),
        source: e,
    })?;
    let sha = Sha256::digest(bytes);
    let spec_sha256 = sha.iter().map(|b| format!("{b:02x}")).collect();
    Loader { root: &root }.api(spec_sha256)
}

struct Loader<'a> {
    root: &'a Value,
}

fn map<'v>(value: &'v Value, at: &str) -> Result<&'v Mapping> {
    value
        .as_mapping()
        .ok_or_else(|| invalid(at, "expected a mapping"))
}

fn get<'v>(m: &'v Mapping, key: &str) -> Option<&'v Value> {
    m.get(key)
}

fn string(m: &Mapping, key: &str, at: &str) -> Result<Option<String>> {
    match get(m, key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(format!("{at}.{key}"), "expected a string")),
    }
}

fn boolean(m: &Mapping, key: &str, at: &str) -> Result<bool> {
    match get(m, key) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(invalid(format!("{at}.{key}"), "expected a boolean")),
    }
}

fn key_str<'v>(key: &'v Value, at: &str) -> Result<&'v str> {
    key.as_str()
        .ok_or_else(|| invalid(at, "expected string keys"))
}

fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}

impl Loader<'_> {
    fn api(&self, spec_sha256: String) -> Result<Api> {
        let root = map(self.root, "document")?;
        let version = string(root, "openapi", "document")?
            .ok_or_else(|| invalid("document", "no `openapi` version"))?;
        if !(version.starts_with("3.1.") || version.starts_with("3.0.")) {
            return Err(unsupported(
                "openapi",
                format!("OpenAPI {version} (3.0 and 3.1 are read)"),
            ));
        }
        let info = map(
            get(root, "info").ok_or_else(|| invalid("document", "no `info`"))?,
            "info",
        )?;
        let title = string(info, "title", "info")?.unwrap_or_default();
        let api_version =
            string(info, "version", "info")?.ok_or_else(|| invalid("info", "no `version`"))?;
        let description = string(info, "description", "info")?;
        if get(root, "webhooks").is_some_and(|w| !w.as_mapping().is_none_or(Mapping::is_empty)) {
            return Err(unsupported("webhooks", "webhooks"));
        }

        let schemas = self.schemas()?;
        let security_schemes = self.security_schemes()?;
        let global_security = match get(root, "security") {
            Some(v) => Some(security(v, "security", &security_schemes)?),
            None => None,
        };
        let mut operations = Vec::new();
        if let Some(paths) = get(root, "paths") {
            for (path, item) in map(paths, "paths")? {
                let path = key_str(path, "paths")?;
                self.path_item(
                    path,
                    item,
                    &schemas,
                    &security_schemes,
                    global_security.as_deref(),
                    &mut operations,
                )?;
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for op in &operations {
            if !seen.insert(op.id.as_str()) {
                return Err(invalid(
                    format!("operationId {}", op.id),
                    "used by two operations",
                ));
            }
        }
        let problem = self.problem(&schemas)?;
        Ok(Api {
            title,
            version: api_version,
            description,
            spec_sha256,
            schemas,
            operations,
            security_schemes,
            problem,
        })
    }

    fn components(&self, section: &str) -> Result<Option<&Mapping>> {
        let Some(components) = self.root.get("components") else {
            return Ok(None);
        };
        match components.get(section) {
            Some(v) => Ok(Some(map(v, &format!("components.{section}"))?)),
            None => Ok(None),
        }
    }

    fn schemas(&self) -> Result<Vec<Schema>> {
        let Some(schemas) = self.components("schemas")? else {
            return Ok(Vec::new());
        };
        let names: Vec<&str> = schemas
            .keys()
            .map(|k| key_str(k, "components.schemas"))
            .collect::<Result<_>>()?;
        let mut out = Vec::new();
        for (name, value) in schemas {
            let name = key_str(name, "components.schemas")?;
            let at = format!("components.schemas.{name}");
            out.push(named_schema(name, value, &at, &names, schemas)?);
        }
        check_unions(&out)?;
        Ok(out)
    }

    fn security_schemes(&self) -> Result<Vec<SecurityScheme>> {
        let Some(schemes) = self.components("securitySchemes")? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (name, value) in schemes {
            let name = key_str(name, "components.securitySchemes")?;
            let at = format!("components.securitySchemes.{name}");
            let m = map(value, &at)?;
            let ty = string(m, "type", &at)?.unwrap_or_default();
            let kind = match ty.as_str() {
                "http" => {
                    let scheme = string(m, "scheme", &at)?.unwrap_or_default();
                    if !scheme.eq_ignore_ascii_case("bearer") {
                        return Err(unsupported(at, format!("http scheme `{scheme}`")));
                    }
                    SecurityKind::Bearer
                }
                "oauth2" | "openIdConnect" => SecurityKind::Bearer,
                "apiKey" => {
                    let location = string(m, "in", &at)?.unwrap_or_default();
                    if location != "header" {
                        return Err(unsupported(at, format!("apiKey in `{location}`")));
                    }
                    let header = string(m, "name", &at)?
                        .ok_or_else(|| invalid(&at, "apiKey without `name`"))?;
                    SecurityKind::Header(header)
                }
                other => return Err(unsupported(at, format!("security scheme type `{other}`"))),
            };
            out.push(SecurityScheme {
                name: name.to_string(),
                kind,
                description: string(m, "description", &at)?,
            });
        }
        Ok(out)
    }

    fn path_item(
        &self,
        path: &str,
        item: &Value,
        schemas: &[Schema],
        schemes: &[SecurityScheme],
        global_security: Option<&[String]>,
        out: &mut Vec<Operation>,
    ) -> Result<()> {
        let at = format!("paths.{path}");
        let item = map(item, &at)?;
        let mut shared = Vec::new();
        for (key, value) in item {
            let key = key_str(key, &at)?;
            match key {
                "summary" | "description" => {}
                "parameters" => {
                    shared =
                        params_list(value, &format!("{at}.parameters"), &schema_names(schemas))?
                }
                k if is_extension(k) => {}
                k if Method::from_key(k).is_some() => {}
                other => return Err(unsupported(format!("{at}.{other}"), "path item keyword")),
            }
        }
        for (key, value) in item {
            let key = key_str(key, &at)?;
            let Some(method) = Method::from_key(key) else {
                continue;
            };
            let op_at = format!("{at}.{key}");
            // Pages a browser navigates to (the authorization endpoint, logout) redirect and
            // render HTML; no SDK calls them.
            if value.get("x-tessera-browser").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            out.push(self.operation(
                path,
                method,
                value,
                &op_at,
                &shared,
                schemas,
                schemes,
                global_security,
            )?);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &self,
        path: &str,
        method: Method,
        value: &Value,
        at: &str,
        shared: &[(String, Param, String)],
        schemas: &[Schema],
        schemes: &[SecurityScheme],
        global_security: Option<&[String]>,
    ) -> Result<Operation> {
        let m = map(value, at)?;
        for key in m.keys() {
            let key = key_str(key, at)?;
            let known = [
                "tags",
                "summary",
                "description",
                "operationId",
                "parameters",
                "requestBody",
                "responses",
                "security",
                "deprecated",
                "externalDocs",
            ];
            if !known.contains(&key) && !is_extension(key) {
                return Err(unsupported(format!("{at}.{key}"), "operation keyword"));
            }
        }
        let id = string(m, "operationId", at)?.ok_or_else(|| {
            invalid(
                at,
                "no operationId (every operation needs one to be named in the SDKs)",
            )
        })?;
        let tag = match get(m, "tags") {
            Some(Value::Sequence(tags)) => tags.first().and_then(Value::as_str).map(str::to_string),
            _ => None,
        };

        // Parameters: the operation's own, then the path item's that it doesn't override.
        let mut params = match get(m, "parameters") {
            Some(v) => params_list(v, &format!("{at}.parameters"), &schema_names(schemas))?,
            None => Vec::new(),
        };
        for p in shared {
            if !params.iter().any(|q| q.0 == p.0 && q.1.name == p.1.name) {
                params.push(p.clone());
            }
        }
        let template_names = path_template_names(path, at)?;
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        for (location, param, p_at) in params {
            match location.as_str() {
                "path" => {
                    if !template_names.contains(&param.name) {
                        return Err(invalid(
                            p_at,
                            format!("path parameter `{}` is not in the path", param.name),
                        ));
                    }
                    path_params.push(param);
                }
                "query" => {
                    scalar_param(&param.ty, schemas, &p_at)?;
                    query_params.push(param);
                }
                other => {
                    return Err(unsupported(p_at, format!("parameters in `{other}`")));
                }
            }
        }
        for name in &template_names {
            if !path_params.iter().any(|p| &p.name == name) {
                return Err(invalid(
                    at,
                    format!("path parameter `{name}` is not declared"),
                ));
            }
        }
        path_params.sort_by_key(|p| template_names.iter().position(|n| n == &p.name));

        let body = match get(m, "requestBody") {
            Some(v) => Some(request_body(v, &format!("{at}.requestBody"), schemas)?),
            None => None,
        };
        let responses = get(m, "responses").ok_or_else(|| invalid(at, "no responses"))?;
        let (success, errors) = responses_of(
            responses,
            &format!("{at}.responses"),
            &schema_names(schemas),
        )?;
        let security = match get(m, "security") {
            Some(v) => security(v, &format!("{at}.security"), schemes)?,
            None => global_security.map(<[String]>::to_vec).unwrap_or_default(),
        };
        let pagination = pagination(&query_params, &success, schemas, at)?;
        Ok(Operation {
            id,
            method,
            path: path.to_string(),
            summary: string(m, "summary", at)?,
            description: string(m, "description", at)?,
            tag,
            deprecated: boolean(m, "deprecated", at)?,
            path_params,
            query_params,
            body,
            success,
            errors,
            security,
            pagination,
        })
    }

    fn problem(&self, schemas: &[Schema]) -> Result<Option<ProblemInfo>> {
        // The schema of every `application/problem+json` response; there must be one.
        let mut names = std::collections::BTreeSet::new();
        if let Some(paths) = self.root.get("paths").and_then(Value::as_mapping) {
            for (path, item) in paths {
                let Some(item) = item.as_mapping() else {
                    continue;
                };
                for (method, op) in item {
                    let Some(responses) = op.get("responses").and_then(Value::as_mapping) else {
                        continue;
                    };
                    for (status, response) in responses {
                        let schema = response
                            .get("content")
                            .and_then(|c| c.get("application/problem+json"))
                            .and_then(|c| c.get("schema"));
                        if let Some(schema) = schema {
                            let at = format!(
                                "paths.{}.{}.responses.{}",
                                path.as_str().unwrap_or("?"),
                                method.as_str().unwrap_or("?"),
                                yaml_key(status)
                            );
                            match schema.get("$ref").and_then(Value::as_str) {
                                Some(r) => {
                                    names.insert(ref_name(r, &at)?.to_string());
                                }
                                None => {
                                    return Err(unsupported(
                                        at,
                                        "an inline problem schema (use a $ref)",
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
        let mut names = names.into_iter();
        let Some(name) = names.next() else {
            return Ok(None);
        };
        if let Some(other) = names.next() {
            return Err(unsupported(
                "problem responses",
                format!("two problem schemas, `{name}` and `{other}`"),
            ));
        }
        let at = format!("components.schemas.{name}");
        let Some(Schema {
            kind: SchemaKind::Record(fields),
            ..
        }) = schemas.iter().find(|s| s.name == name)
        else {
            return Err(invalid(at, "the problem schema must be an object"));
        };
        let code_enum =
            fields
                .iter()
                .find(|f| f.name == "code")
                .and_then(|f| match f.ty.non_null() {
                    Type::Ref(r) => Some(r.clone()),
                    _ => None,
                });
        let codes = match &code_enum {
            Some(e) => match schemas.iter().find(|s| &s.name == e) {
                Some(Schema {
                    kind: SchemaKind::Enum(values),
                    ..
                }) => values.clone(),
                _ => {
                    return Err(invalid(
                        at,
                        format!("`code` refers to `{e}`, not a string enum"),
                    ));
                }
            },
            None => Vec::new(),
        };
        Ok(Some(ProblemInfo {
            schema: name,
            code_enum,
            codes,
        }))
    }
}

fn yaml_key(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => format!("{other:?}"),
    }
}

fn ref_name<'r>(reference: &'r str, at: &str) -> Result<&'r str> {
    reference.strip_prefix(COMPONENT_PREFIX).ok_or_else(|| {
        unsupported(
            at,
            format!("$ref `{reference}` (only {COMPONENT_PREFIX}* is followed)"),
        )
    })
}

/// `{name}` segments of a path template, in order.
fn path_template_names(path: &str, at: &str) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return Err(invalid(at, "unbalanced `{` in the path"));
        };
        names.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    Ok(names)
}

/// (location, parameter, where) for each entry of a `parameters` list.
fn params_list(value: &Value, at: &str, names: &[&str]) -> Result<Vec<(String, Param, String)>> {
    let Value::Sequence(items) = value else {
        return Err(invalid(at, "expected a list"));
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let p_at = format!("{at}[{i}]");
        let m = map(item, &p_at)?;
        if m.contains_key("$ref") {
            return Err(unsupported(
                p_at,
                "parameter $ref (write parameters inline)",
            ));
        }
        for key in m.keys() {
            let key = key_str(key, &p_at)?;
            let known = [
                "name",
                "in",
                "description",
                "required",
                "schema",
                "deprecated",
                "example",
                "examples",
                "style",
                "explode",
                "allowEmptyValue",
            ];
            if !known.contains(&key) && !is_extension(key) {
                return Err(unsupported(format!("{p_at}.{key}"), "parameter keyword"));
            }
        }
        let name = string(m, "name", &p_at)?.ok_or_else(|| invalid(&p_at, "no name"))?;
        let p_at = format!("{at}.{name}");
        let location = string(m, "in", &p_at)?.ok_or_else(|| invalid(&p_at, "no `in`"))?;
        let schema =
            get(m, "schema").ok_or_else(|| unsupported(&p_at, "a parameter without a schema"))?;
        let ty = schema_type(schema, &format!("{p_at}.schema"), Some(names))?;
        let required = boolean(m, "required", &p_at)?;
        if location == "path" && !required {
            return Err(invalid(p_at, "path parameters must be required"));
        }
        out.push((
            location,
            Param {
                name,
                ty,
                required,
                description: string(m, "description", &p_at)?,
            },
            p_at,
        ));
    }
    Ok(out)
}

/// Query parameters must be scalars (or string enums): arrays and objects have several
/// serialisations and none is supported yet.
fn scalar_param(ty: &Type, schemas: &[Schema], at: &str) -> Result<()> {
    match ty {
        Type::String | Type::DateTime | Type::Integer | Type::Number | Type::Boolean => Ok(()),
        Type::Nullable(inner) => scalar_param(inner, schemas, at),
        Type::Ref(name) => match schemas.iter().find(|s| &s.name == name).map(|s| &s.kind) {
            Some(SchemaKind::Enum(_)) => Ok(()),
            Some(SchemaKind::Alias(inner)) => scalar_param(inner, schemas, at),
            _ => Err(unsupported(
                at,
                format!("a query parameter of type `{name}`"),
            )),
        },
        other => Err(unsupported(
            at,
            format!("a query parameter of type {other:?}"),
        )),
    }
}

fn request_body(value: &Value, at: &str, schemas: &[Schema]) -> Result<Body> {
    let m = map(value, at)?;
    if m.contains_key("$ref") {
        return Err(unsupported(at, "requestBody $ref (write it inline)"));
    }
    let content = map(
        get(m, "content").ok_or_else(|| invalid(at, "no content"))?,
        &format!("{at}.content"),
    )?;
    // JSON when offered, else a form; anything else (multipart, bytes) is not supported.
    let (encoding, media) = if let Some(v) = content.get("application/json") {
        (BodyEncoding::Json, v)
    } else if let Some(v) = content.get("application/x-www-form-urlencoded") {
        (BodyEncoding::Form, v)
    } else {
        let types: Vec<String> = content.keys().map(yaml_key).collect();
        return Err(unsupported(
            at,
            format!("request bodies of type {}", types.join(", ")),
        ));
    };
    let c_at = format!("{at}.content");
    let schema = map(media, &c_at)?
        .get("schema")
        .ok_or_else(|| invalid(&c_at, "no schema"))?;
    let mut ty = schema_type(
        schema,
        &format!("{c_at}.schema"),
        Some(&schema_names(schemas)),
    )?;
    let mut required = boolean(m, "required", at)?;
    // `oneOf: [X, null]` for an optional body: the body may be left out.
    if let Type::Nullable(inner) = ty {
        ty = *inner;
        required = false;
    }
    if encoding == BodyEncoding::Form {
        let fields = match &ty {
            Type::Ref(name) => match schemas.iter().find(|s| &s.name == name).map(|s| &s.kind) {
                Some(SchemaKind::Record(fields)) => fields,
                _ => return Err(unsupported(&c_at, "a form body that is not an object")),
            },
            _ => return Err(unsupported(&c_at, "an inline form body")),
        };
        for f in fields {
            scalar_param(&f.ty, schemas, &format!("{c_at}.{}", f.name))?;
        }
    }
    Ok(Body {
        ty,
        required,
        encoding,
        description: string(m, "description", at)?,
    })
}

fn status_code(key: &Value, at: &str) -> Result<Option<u16>> {
    let text = yaml_key(key);
    if text == "default" {
        return Ok(None);
    }
    text.parse::<u16>()
        .ok()
        .filter(|s| (100..600).contains(s))
        .map(Some)
        .ok_or_else(|| unsupported(format!("{at}.{text}"), "a status range or unknown key"))
}

fn responses_of(value: &Value, at: &str, names: &[&str]) -> Result<(Success, Vec<ErrorResponse>)> {
    let m = map(value, at)?;
    let mut success: Option<Success> = None;
    let mut errors = Vec::new();
    for (key, response) in m {
        let status = status_code(key, at)?;
        let r_at = format!("{at}.{}", yaml_key(key));
        let r = map(response, &r_at)?;
        if r.contains_key("$ref") {
            return Err(unsupported(r_at, "response $ref (write it inline)"));
        }
        let description = string(r, "description", &r_at)?;
        match status {
            Some(status) if (200..300).contains(&status) => {
                let content = response_content(r, &r_at, names)?;
                if let Some(previous) = &success {
                    if previous.content != content {
                        return Err(unsupported(
                            r_at,
                            format!(
                                "two success responses with different bodies ({} and {status})",
                                previous.status
                            ),
                        ));
                    }
                    continue;
                }
                success = Some(Success {
                    status,
                    content,
                    description,
                });
            }
            Some(status) if status >= 400 => errors.push(ErrorResponse {
                status,
                description,
            }),
            // `default` describes errors too; a redirect has no SDK meaning yet.
            None => {}
            Some(status) => {
                return Err(unsupported(r_at, format!("a {status} response")));
            }
        }
    }
    errors.sort_by_key(|e| e.status);
    let success = success.ok_or_else(|| unsupported(at, "an operation without a 2xx response"))?;
    Ok((success, errors))
}

/// A success body: JSON when `application/json` is offered; text when every media type
/// carries a string (`text/csv`, `application/x-ndjson`...); nothing when there is no content.
fn response_content(r: &Mapping, at: &str, names: &[&str]) -> Result<Content> {
    let Some(content) = get(r, "content") else {
        return Ok(Content::Empty);
    };
    let content = map(content, &format!("{at}.content"))?;
    if content.is_empty() {
        return Ok(Content::Empty);
    }
    if let Some(value) = content.get("application/json") {
        let c_at = format!("{at}.content.application/json");
        let schema = map(value, &c_at)?
            .get("schema")
            .ok_or_else(|| invalid(&c_at, "no schema"))?;
        return Ok(Content::Json(schema_type(
            schema,
            &format!("{c_at}.schema"),
            Some(names),
        )?));
    }
    for (media, value) in content {
        let media = yaml_key(media);
        let c_at = format!("{at}.content.{media}");
        let schema = value.get("schema");
        let is_string = match schema {
            None => media.starts_with("text/"),
            Some(schema) => {
                schema_type(schema, &format!("{c_at}.schema"), Some(names))? == Type::String
            }
        };
        if !is_string {
            return Err(unsupported(
                c_at,
                format!("response bodies of type {media} that are not strings"),
            ));
        }
    }
    Ok(Content::Text)
}

fn schema_names(schemas: &[Schema]) -> Vec<&str> {
    schemas.iter().map(|s| s.name.as_str()).collect()
}

fn security(value: &Value, at: &str, schemes: &[SecurityScheme]) -> Result<Vec<String>> {
    let Value::Sequence(alternatives) = value else {
        return Err(invalid(at, "expected a list"));
    };
    let mut out = Vec::new();
    for alternative in alternatives {
        let m = map(alternative, at)?;
        if m.len() > 1 {
            return Err(unsupported(
                at,
                "a security requirement that needs several schemes at once",
            ));
        }
        for key in m.keys() {
            let name = key_str(key, at)?;
            if !schemes.iter().any(|s| s.name == name) {
                return Err(invalid(at, format!("unknown security scheme `{name}`")));
            }
            out.push(name.to_string());
        }
    }
    Ok(out)
}

fn pagination(
    query: &[Param],
    success: &Success,
    schemas: &[Schema],
    at: &str,
) -> Result<Option<Pagination>> {
    let cursor_param = query.iter().find(|p| p.name == PAGE_CURSOR_PARAM);
    let record = match &success.content {
        Content::Json(Type::Ref(name)) => {
            schemas
                .iter()
                .find(|s| &s.name == name)
                .and_then(|s| match &s.kind {
                    SchemaKind::Record(fields) => Some((name, fields)),
                    _ => None,
                })
        }
        _ => None,
    };
    let next =
        record.and_then(|(_, fields)| fields.iter().find(|f| f.name == PAGE_NEXT_CURSOR_FIELD));
    match (cursor_param, next) {
        (None, None) => Ok(None),
        (Some(_), None) => Err(invalid(
            at,
            format!(
                "takes `{PAGE_CURSOR_PARAM}` but its response has no `{PAGE_NEXT_CURSOR_FIELD}`"
            ),
        )),
        (None, Some(_)) => Err(invalid(
            at,
            format!(
                "its response has `{PAGE_NEXT_CURSOR_FIELD}` but it takes no `{PAGE_CURSOR_PARAM}` query parameter"
            ),
        )),
        (Some(cursor), Some(next)) => {
            let Some((name, fields)) = record else {
                return Ok(None);
            };
            if cursor.ty != Type::String || next.ty.non_null() != &Type::String || next.required {
                return Err(invalid(
                    at,
                    format!(
                        "`{PAGE_CURSOR_PARAM}` and `{name}.{PAGE_NEXT_CURSOR_FIELD}` must be strings, the latter optional"
                    ),
                ));
            }
            let item = fields
                .iter()
                .find(|f| f.name == PAGE_ITEMS_FIELD && f.required)
                .and_then(|f| match &f.ty {
                    Type::Array(item) => Some((**item).clone()),
                    _ => None,
                })
                .ok_or_else(|| {
                    invalid(
                        at,
                        format!("paginated response `{name}` needs a required array `{PAGE_ITEMS_FIELD}`"),
                    )
                })?;
            Ok(Some(Pagination { item }))
        }
    }
}

/// Union variants must be records that their required fields tell apart: no variant's
/// required fields may all be required by a later one, which would never be chosen.
fn check_unions(schemas: &[Schema]) -> Result<()> {
    let required = |name: &str| -> Option<Vec<&str>> {
        match schemas.iter().find(|s| s.name == name).map(|s| &s.kind) {
            Some(SchemaKind::Record(fields)) => Some(
                fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| f.name.as_str())
                    .collect(),
            ),
            _ => None,
        }
    };
    for schema in schemas {
        let SchemaKind::Union(variants) = &schema.kind else {
            continue;
        };
        let at = format!("components.schemas.{}", schema.name);
        let mut sets = Vec::new();
        for v in variants {
            sets.push(required(v).ok_or_else(|| {
                unsupported(&at, format!("a union variant `{v}` that is not an object"))
            })?);
        }
        for (i, a) in sets.iter().enumerate() {
            for (j, b) in sets.iter().enumerate().skip(i + 1) {
                if a.iter().all(|f| b.contains(f)) {
                    return Err(unsupported(
                        &at,
                        format!(
                            "a union whose variant `{}` cannot be told from `{}` by required fields (a discriminator is not supported yet)",
                            variants[j], variants[i]
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A named schema: a record, a string enum, or an alias of another type.
fn named_schema(
    name: &str,
    value: &Value,
    at: &str,
    names: &[&str],
    components: &Mapping,
) -> Result<Schema> {
    let m = map(value, at)?;
    check_keywords(m, at)?;
    let description = string(m, "description", at)?;
    for keyword in ["oneOf", "anyOf"] {
        if let Some(Value::Sequence(variants)) = get(m, keyword)
            && variants.len() > 1
            && !variants.iter().any(is_null_schema)
        {
            let refs = variants
                .iter()
                .map(|v| {
                    v.get("$ref")
                        .and_then(Value::as_str)
                        .ok_or_else(|| {
                            unsupported(at, format!("a `{keyword}` variant that is not a $ref"))
                        })
                        .and_then(|r| ref_name(r, at))
                        .map(str::to_string)
                })
                .collect::<Result<Vec<_>>>()?;
            return Ok(Schema {
                name: name.to_string(),
                description,
                kind: SchemaKind::Union(refs),
            });
        }
    }
    if matches!(get(m, "allOf"), Some(Value::Sequence(parts)) if parts.len() > 1) {
        return Ok(Schema {
            name: name.to_string(),
            description,
            kind: SchemaKind::Record(composed_fields(m, at, names, components, 0)?),
        });
    }
    if let Some(values) = get(m, "enum") {
        let Value::Sequence(values) = values else {
            return Err(invalid(format!("{at}.enum"), "expected a list"));
        };
        let ty = string(m, "type", at)?;
        if ty.as_deref() != Some("string") {
            return Err(unsupported(at, "an enum that is not `type: string`"));
        }
        let values = values
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| unsupported(at, "a non-string enum value"))
            })
            .collect::<Result<Vec<_>>>()?;
        if values.is_empty() {
            return Err(invalid(at, "an empty enum"));
        }
        return Ok(Schema {
            name: name.to_string(),
            description,
            kind: SchemaKind::Enum(values),
        });
    }
    let is_object = matches!(get(m, "type").and_then(Value::as_str), Some("object"));
    if is_object && m.contains_key("properties") {
        let fields = record_fields(m, at, names)?;
        return Ok(Schema {
            name: name.to_string(),
            description,
            kind: SchemaKind::Record(fields),
        });
    }
    if is_object && !m.contains_key("additionalProperties") {
        // An object with no properties at all: an empty record.
        return Ok(Schema {
            name: name.to_string(),
            description,
            kind: SchemaKind::Record(Vec::new()),
        });
    }
    let ty = schema_type(value, at, Some(names))?;
    Ok(Schema {
        name: name.to_string(),
        description,
        kind: SchemaKind::Alias(ty),
    })
}

/// The fields of an `allOf` of records (`$ref`s to object schemas and inline objects), as
/// one record: each part's fields in order, required where any part requires them.
fn composed_fields(
    m: &Mapping,
    at: &str,
    names: &[&str],
    components: &Mapping,
    depth: usize,
) -> Result<Vec<Field>> {
    if depth > 16 {
        return Err(unsupported(at, "an `allOf` cycle"));
    }
    let Some(Value::Sequence(parts)) = get(m, "allOf") else {
        return Err(invalid(at, "expected `allOf` to be a list"));
    };
    let mut fields: Vec<Field> = Vec::new();
    let mut extra_required = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let p_at = format!("{at}.allOf[{i}]");
        let pm = map(part, &p_at)?;
        check_keywords(pm, &p_at)?;
        let part_fields = if let Some(reference) = get(pm, "$ref").and_then(Value::as_str) {
            let target = ref_name(reference, &p_at)?;
            let t_at = format!("components.schemas.{target}");
            let tm = components
                .get(target)
                .ok_or_else(|| invalid(&p_at, format!("$ref to unknown schema `{target}`")))
                .and_then(|v| map(v, &t_at))?;
            if get(tm, "allOf").is_some() {
                composed_fields(tm, &t_at, names, components, depth + 1)?
            } else if get(tm, "type").and_then(Value::as_str) == Some("object") {
                record_fields(tm, &t_at, names)?
            } else {
                return Err(unsupported(
                    p_at,
                    format!("`allOf` with `{target}`, which is not an object"),
                ));
            }
        } else if get(pm, "type").and_then(Value::as_str) == Some("object") {
            // `required` may name fields of the other parts: applied once all are merged.
            let mut own = pm.clone();
            if let Some(Value::Sequence(required)) = own.remove("required") {
                extra_required.extend(
                    required
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string),
                );
            }
            record_fields(&own, &p_at, names)?
        } else {
            return Err(unsupported(
                p_at,
                "an `allOf` part that is neither a $ref nor an object",
            ));
        };
        for field in part_fields {
            match fields.iter_mut().find(|f| f.name == field.name) {
                Some(existing) if existing.ty == field.ty => existing.required |= field.required,
                Some(_) => {
                    return Err(unsupported(
                        &p_at,
                        format!("`{}` with two different types in one `allOf`", field.name),
                    ));
                }
                None => fields.push(field),
            }
        }
    }
    for name in extra_required {
        match fields.iter_mut().find(|f| f.name == name) {
            Some(field) => field.required = true,
            None => {
                return Err(invalid(
                    at,
                    format!("`allOf` requires `{name}`, which no part has"),
                ));
            }
        }
    }
    Ok(fields)
}

fn record_fields(m: &Mapping, at: &str, names: &[&str]) -> Result<Vec<Field>> {
    match get(m, "additionalProperties") {
        None | Some(Value::Bool(false)) => {}
        Some(_) => {
            return Err(unsupported(
                at,
                "an object with both properties and additionalProperties",
            ));
        }
    }
    let required: Vec<String> = match get(m, "required") {
        None => Vec::new(),
        Some(Value::Sequence(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| invalid(format!("{at}.required"), "expected strings"))
            })
            .collect::<Result<_>>()?,
        Some(_) => return Err(invalid(format!("{at}.required"), "expected a list")),
    };
    let properties = map(
        get(m, "properties").unwrap_or(&Value::Null),
        &format!("{at}.properties"),
    )?;
    let mut fields = Vec::new();
    for (key, schema) in properties {
        let name = key_str(key, at)?;
        let f_at = format!("{at}.properties.{name}");
        let description = schema
            .as_mapping()
            .map(|s| string(s, "description", &f_at))
            .transpose()?
            .flatten();
        fields.push(Field {
            name: name.to_string(),
            ty: schema_type(schema, &f_at, Some(names))?,
            required: required.iter().any(|r| r == name),
            description,
        });
    }
    for r in &required {
        if !fields.iter().any(|f| &f.name == r) {
            return Err(invalid(
                format!("{at}.required"),
                format!("`{r}` is not a property"),
            ));
        }
    }
    Ok(fields)
}

fn check_keywords(m: &Mapping, at: &str) -> Result<()> {
    for key in m.keys() {
        let key = key_str(key, at)?;
        if !ANNOTATIONS.contains(&key) && !STRUCTURAL.contains(&key) && !is_extension(key) {
            return Err(unsupported(
                format!("{at}.{key}"),
                format!("schema keyword `{key}`"),
            ));
        }
    }
    Ok(())
}

fn is_null_schema(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
        && v.as_mapping().is_some_and(|m| {
            m.keys()
                .all(|k| matches!(k.as_str(), Some("type" | "description")))
        })
}

/// The type of an anonymous schema (a field, an item, a parameter). `names` lists the
/// component schemas when known, to check `$ref`s.
fn schema_type(value: &Value, at: &str, names: Option<&[&str]>) -> Result<Type> {
    if let Value::Bool(true) = value {
        return Ok(Type::Any);
    }
    let m = map(value, at)?;
    check_keywords(m, at)?;
    let nullable = boolean(m, "nullable", at)?;
    let ty = schema_type_inner(m, at, names)?;
    Ok(if nullable && !matches!(ty, Type::Nullable(_)) {
        Type::Nullable(Box::new(ty))
    } else {
        ty
    })
}

fn schema_type_inner(m: &Mapping, at: &str, names: Option<&[&str]>) -> Result<Type> {
    if let Some(reference) = get(m, "$ref") {
        let reference = reference
            .as_str()
            .ok_or_else(|| invalid(at, "$ref must be a string"))?;
        let name = ref_name(reference, at)?;
        if let Some(names) = names
            && !names.contains(&name)
        {
            return Err(invalid(at, format!("$ref to unknown schema `{name}`")));
        }
        for key in m.keys() {
            let key = key_str(key, at)?;
            if key != "$ref" && STRUCTURAL.contains(&key) && key != "nullable" {
                return Err(unsupported(at, format!("`{key}` beside a $ref")));
            }
        }
        return Ok(Type::Ref(name.to_string()));
    }
    for keyword in ["oneOf", "anyOf"] {
        if let Some(variants) = get(m, keyword) {
            let Value::Sequence(variants) = variants else {
                return Err(invalid(format!("{at}.{keyword}"), "expected a list"));
            };
            let non_null: Vec<(usize, &Value)> = variants
                .iter()
                .enumerate()
                .filter(|(_, v)| !is_null_schema(v))
                .collect();
            if let [(i, only)] = non_null.as_slice()
                && variants.len() == 2
            {
                let inner = schema_type(only, &format!("{at}.{keyword}[{i}]"), names)?;
                return Ok(Type::Nullable(Box::new(inner)));
            }
            return Err(unsupported(
                at,
                format!(
                    "`{keyword}` with {} variants (unions are not supported yet; only `{keyword}: [X, {{type: 'null'}}]`)",
                    variants.len()
                ),
            ));
        }
    }
    if let Some(parts) = get(m, "allOf") {
        return match parts {
            Value::Sequence(parts) if parts.len() == 1 => {
                schema_type(&parts[0], &format!("{at}.allOf[0]"), names)
            }
            _ => Err(unsupported(at, "`allOf` with several schemas")),
        };
    }
    if m.contains_key("enum") {
        return Err(unsupported(
            at,
            "an inline enum (name it in components.schemas and $ref it)",
        ));
    }
    let (ty, nullable) = match get(m, "type") {
        None => return Ok(Type::Any),
        Some(Value::String(t)) => (t.as_str(), false),
        Some(Value::Sequence(types)) => {
            let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
            let non_null: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
            match non_null.as_slice() {
                [one] if names.len() == types.len() => (*one, names.len() == 2),
                _ => {
                    return Err(unsupported(
                        at,
                        format!("`type: {names:?}` (one type, optionally with null)"),
                    ));
                }
            }
        }
        Some(_) => return Err(invalid(at, "`type` must be a string or a list")),
    };
    let base = match ty {
        "string" => match string(m, "format", at)?.as_deref() {
            Some("date-time") => Type::DateTime,
            _ => Type::String,
        },
        "integer" => Type::Integer,
        "number" => Type::Number,
        "boolean" => Type::Boolean,
        "array" => {
            let items = get(m, "items").ok_or_else(|| invalid(at, "an array without `items`"))?;
            Type::Array(Box::new(schema_type(items, &format!("{at}.items"), names)?))
        }
        "object" => {
            if m.contains_key("properties") {
                return Err(unsupported(
                    at,
                    "an inline object with properties (name it in components.schemas and $ref it)",
                ));
            }
            match get(m, "additionalProperties") {
                None | Some(Value::Bool(true)) => Type::Map(Box::new(Type::Any)),
                Some(Value::Bool(false)) => {
                    return Err(unsupported(at, "an object that allows no properties"));
                }
                Some(values) => Type::Map(Box::new(schema_type(
                    values,
                    &format!("{at}.additionalProperties"),
                    names,
                )?)),
            }
        }
        other => return Err(unsupported(at, format!("`type: {other}`"))),
    };
    Ok(if nullable {
        Type::Nullable(Box::new(base))
    } else {
        base
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn load_str(yaml: &str) -> Result<Api> {
        load(yaml.as_bytes(), std::path::Path::new("test.yaml"))
    }

    fn wrap_schema(schema: &str) -> String {
        let indented: String = schema.lines().map(|l| format!("      {l}\n")).collect();
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Thing:\n{indented}"
        )
    }

    fn error_of(yaml: &str) -> String {
        match load_str(yaml) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn unions_are_refused_with_their_location() {
        let e = error_of(&wrap_schema(
            "type: object\nproperties:\n  a:\n    oneOf: [{type: string}, {type: integer}]",
        ));
        assert!(e.contains("components.schemas.Thing.properties.a"), "{e}");
        assert!(e.contains("unions are not supported"), "{e}");
    }

    #[test]
    fn unknown_keywords_are_refused() {
        let e = error_of(&wrap_schema(
            "type: object\nproperties: {}\ndiscriminator: {propertyName: k}",
        ));
        assert!(e.contains("components.schemas.Thing.discriminator"), "{e}");
    }

    #[test]
    fn inline_objects_and_enums_are_refused() {
        let e = error_of(&wrap_schema(
            "type: object\nproperties:\n  a: {type: object, properties: {b: {type: string}}}",
        ));
        assert!(
            e.contains("Thing.properties.a: unsupported: an inline object"),
            "{e}"
        );
        let e = error_of(&wrap_schema(
            "type: object\nproperties:\n  a: {type: string, enum: [x]}",
        ));
        assert!(e.contains("inline enum"), "{e}");
    }

    #[test]
    fn nullable_forms_are_read() {
        let api = load_str(&wrap_schema(
            "type: object\nproperties:\n  a: {type: [string, 'null']}\n  b: {oneOf: [{$ref: '#/components/schemas/Thing'}, {type: 'null'}]}\n  c: {type: string, nullable: true}",
        ))
        .unwrap();
        let SchemaKind::Record(fields) = &api.schemas[0].kind else {
            panic!()
        };
        let nullable_string = Type::Nullable(Box::new(Type::String));
        assert_eq!(fields[0].ty, nullable_string);
        assert_eq!(
            fields[1].ty,
            Type::Nullable(Box::new(Type::Ref("Thing".into())))
        );
        assert_eq!(fields[2].ty, nullable_string);
    }

    #[test]
    fn all_of_records_are_merged() {
        let yaml = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Base:\n      type: object\n      required: [id]\n      properties: {id: {type: string}, name: {type: string}}\n    More:\n      allOf:\n      - $ref: '#/components/schemas/Base'\n      - type: object\n        required: [name]\n        properties: {secret: {type: string}}\n";
        let api = load_str(yaml).unwrap();
        let SchemaKind::Record(fields) = &api.schemas[1].kind else {
            panic!()
        };
        let summary: Vec<(&str, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.required))
            .collect();
        assert_eq!(summary, [("id", true), ("name", true), ("secret", false)]);
    }

    #[test]
    fn dangling_refs_are_invalid() {
        let e = error_of(&wrap_schema(
            "type: object\nproperties:\n  a: {$ref: '#/components/schemas/Nope'}",
        ));
        assert!(e.contains("unknown schema `Nope`"), "{e}");
    }

    #[test]
    fn header_parameters_are_refused() {
        let e = error_of(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n      parameters:\n      - {name: X-Trace, in: header, schema: {type: string}}\n      responses: {'204': {description: ok}}\n",
        );
        assert!(
            e.contains("paths./x.get.parameters.X-Trace: unsupported: parameters in `header`"),
            "{e}"
        );
    }

    #[test]
    fn half_pagination_is_invalid() {
        let e = error_of(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: listX\n      parameters:\n      - {name: cursor, in: query, schema: {type: string}}\n      responses: {'204': {description: ok}}\n",
        );
        assert!(e.contains("paths./x.get: invalid: takes `cursor`"), "{e}");
    }

    #[test]
    fn missing_operation_ids_are_invalid() {
        let e = error_of(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {'204': {description: ok}}\n",
        );
        assert!(e.contains("paths./x.get: invalid: no operationId"), "{e}");
    }
}
