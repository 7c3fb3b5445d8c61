//! TypeScript: ESM, `fetch`, no runtime dependencies.
//!
//! Naming: schema names stay as written when they are identifiers (else PascalCase); fields
//! keep their wire names (quoted when not identifiers), so a model is exactly the JSON the
//! server sends; operations become camelCase methods of `TesseraClient` named after their
//! `operationId`; path parameters are positional, then the body, then a query object.

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result};
use crate::model::*;
use crate::naming::{camel, is_identifier, pascal};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "typescript",
    hand_written: &["tests", "examples"],
    ignored: &[
        "node_modules",
        "dist",
        "dist-test",
        "package-lock.json",
        "*.tsbuildinfo",
    ],
};

const LANG: &str = "typescript";

/// Names the runtime files export; a schema may not take them.
const RUNTIME_EXPORTS: &[&str] = &[
    "TesseraClient",
    "BaseClient",
    "ClientOptions",
    "RequestOptions",
    "RetryEvent",
    "Credentials",
    "PagePromise",
    "CursorPage",
    "TesseraError",
    "ApiError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableError",
    "RateLimitedError",
    "InternalServerError",
    "ConnectionError",
    "TimeoutError",
    "ERROR_CODES",
    "VERSION",
    "ClientCredentials",
    "ClientCredentialsOptions",
    "AccessToken",
];

/// ECMAScript reserved words and strict-mode restrictions, which cannot name a parameter.
const RESERVED: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
    "let",
    "static",
    "implements",
    "interface",
    "package",
    "private",
    "protected",
    "public",
    "await",
    "arguments",
    "eval",
    "options",
    "query",
    "body",
];

/// `TesseraClient` members other than operations.
const CLIENT_MEMBERS: &[&str] = &["request", "withOptions", "baseUrl", "constructor"];

#[derive(Template)]
#[template(path = "typescript/models.ts", escape = "none")]
struct ModelsTs {
    models: Vec<TsModel>,
}

struct TsModel {
    doc: String,
    name: String,
    kind: &'static str,
    fields: Vec<TsField>,
    ty: String,
}

struct TsField {
    doc: String,
    key: String,
    optional: bool,
    ty: String,
}

#[derive(Template)]
#[template(path = "typescript/errors.ts", escape = "none")]
struct ErrorsTs {
    problem: Option<String>,
    code_type: String,
    codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "typescript/core.ts", escape = "none")]
struct CoreTs {
    schemes: Vec<TsScheme>,
}

struct TsScheme {
    doc: String,
    name: String,
    option: String,
    header: String,
    prefix: String,
}

#[derive(Template)]
#[template(path = "typescript/pagination.ts", escape = "none")]
struct PaginationTs;

#[derive(Template)]
#[template(path = "typescript/version.ts", escape = "none")]
struct VersionTs {
    version: String,
}

#[derive(Template)]
#[template(path = "typescript/client.ts", escape = "none")]
struct ClientTs {
    doc: String,
    imports: Vec<String>,
    queries: Vec<TsModel>,
    methods: Vec<TsMethod>,
    paginated: bool,
}

struct TsMethod {
    doc: String,
    name: String,
    params: String,
    returns: String,
    body: String,
}

#[derive(Template)]
#[template(path = "typescript/index.ts", escape = "none")]
struct IndexTs {
    paginated: bool,
    client_credentials: bool,
}

#[derive(Template)]
#[template(path = "typescript/clientCredentials.ts", escape = "none")]
struct ClientCredentialsTs {
    /// The client method of the token endpoint.
    method: String,
    /// The type of its form body.
    request: String,
}

#[derive(Template)]
#[template(path = "typescript/package.json", escape = "none")]
struct PackageJson {
    header: &'static str,
    version: String,
    description: String,
}

#[derive(Template)]
#[template(path = "typescript/tsconfig.json", escape = "none")]
struct TsConfig;

#[derive(Template)]
#[template(path = "typescript/README.md", escape = "none")]
struct ReadmeMd {
    version: String,
    example: Option<ReadmeExample>,
    operations: Vec<(String, String, String)>,
    client_credentials: bool,
}

struct ReadmeExample {
    list_method: String,
    list_args: String,
}

fn render_one(template: &impl Template, name: &'static str) -> Result<String> {
    template.render().map_err(|source| Error::Render {
        template: name,
        source,
    })
}

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut top = Names::new(LANG, "exported names");
    for name in RUNTIME_EXPORTS {
        top.claim(name, "the runtime")?;
    }
    let mut type_names = std::collections::BTreeMap::new();
    for schema in &api.schemas {
        let name = type_name(&schema.name);
        top.claim(&name, format!("schema {}", schema.name))?;
        type_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, type_names };

    let models = api
        .schemas
        .iter()
        .map(|s| pass.model(s))
        .collect::<Result<Vec<_>>>()?;

    let mut methods = Vec::new();
    let mut queries = Vec::new();
    let mut members = Names::new(LANG, "TesseraClient methods");
    for member in CLIENT_MEMBERS {
        members.claim(member, "the runtime")?;
    }
    for op in &api.operations {
        let (method, query) = pass.method(op, &mut top, &mut members)?;
        methods.push(method);
        queries.extend(query);
    }
    let paginated = api.operations.iter().any(|o| o.pagination.is_some());
    let mut imports: Vec<String> = pass.type_names.values().cloned().collect();
    imports.sort();
    imports.retain(|name| {
        let used = |text: &str| {
            text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .any(|w| w == name)
        };
        methods
            .iter()
            .any(|m| used(&m.params) || used(&m.returns) || used(&m.body))
            || queries.iter().any(|q| q.fields.iter().any(|f| used(&f.ty)))
    });

    let (problem, code_type, codes) = match &api.problem {
        Some(p) => (
            Some(pass.type_names[&p.schema].clone()),
            match &p.code_enum {
                Some(e) => pass.type_names[e].clone(),
                None => "string".into(),
            },
            p.codes.iter().map(|c| json_string(c)).collect(),
        ),
        None => (None, "string".into(), Vec::new()),
    };

    let schemes = api
        .security_schemes
        .iter()
        .map(|s| TsScheme {
            doc: jsdoc(s.description.as_deref().unwrap_or(""), "  "),
            name: json_string(&s.name),
            option: camel(&s.name),
            header: json_string(&match &s.kind {
                SecurityKind::Bearer => "authorization".to_string(),
                SecurityKind::Header(h) => h.to_ascii_lowercase(),
            }),
            prefix: json_string(match &s.kind {
                SecurityKind::Bearer => "Bearer ",
                SecurityKind::Header(_) => "",
            }),
        })
        .collect();

    let example = api
        .operations
        .iter()
        .find(|o| o.pagination.is_some() && o.path_params.is_empty())
        .map(|o| ReadmeExample {
            list_method: camel(&o.id),
            list_args: String::new(),
        });
    let operations = api
        .operations
        .iter()
        .map(|o| {
            (
                format!("`{}`", camel(&o.id)),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            )
        })
        .collect();

    let description = api.description.clone().unwrap_or_default();
    let description = description.split(". ").next().unwrap_or("").to_string();
    let helper = super::client_credentials::find(api).map(|endpoint| ClientCredentialsTs {
        method: camel(&endpoint.op.id),
        request: endpoint
            .op
            .body
            .as_ref()
            .map(|b| pass.ty(&b.ty))
            .unwrap_or_default(),
    });
    let client_credentials = helper.is_some();
    let mut files = vec![
        GeneratedFile::new(
            "package.json",
            CommentStyle::InBody,
            &render_one(
                &PackageJson {
                    header: crate::output::HEADER,
                    version: api.version.clone(),
                    description: json_string(&format!("TypeScript SDK for {}", api.title))
                        .trim_matches('"')
                        .to_string(),
                },
                "typescript/package.json",
            )?,
        ),
        GeneratedFile::new(
            "tsconfig.json",
            CommentStyle::Slash,
            &render_one(&TsConfig, "typescript/tsconfig.json")?,
        ),
        GeneratedFile::new(
            "README.md",
            CommentStyle::Html,
            &render_one(
                &ReadmeMd {
                    version: api.version.clone(),
                    example,
                    operations,
                    client_credentials,
                },
                "typescript/README.md",
            )?,
        ),
        GeneratedFile::new(
            "src/version.ts",
            CommentStyle::Slash,
            &render_one(
                &VersionTs {
                    version: json_string(&api.version),
                },
                "typescript/version.ts",
            )?,
        ),
        GeneratedFile::new(
            "src/models.ts",
            CommentStyle::Slash,
            &render_one(&ModelsTs { models }, "typescript/models.ts")?,
        ),
        GeneratedFile::new(
            "src/errors.ts",
            CommentStyle::Slash,
            &render_one(
                &ErrorsTs {
                    problem,
                    code_type,
                    codes,
                },
                "typescript/errors.ts",
            )?,
        ),
        GeneratedFile::new(
            "src/core.ts",
            CommentStyle::Slash,
            &render_one(&CoreTs { schemes }, "typescript/core.ts")?,
        ),
        GeneratedFile::new(
            "src/pagination.ts",
            CommentStyle::Slash,
            &render_one(&PaginationTs, "typescript/pagination.ts")?,
        ),
        GeneratedFile::new(
            "src/client.ts",
            CommentStyle::Slash,
            &render_one(
                &ClientTs {
                    doc: jsdoc(
                        &format!("A client for the {}.\n\n{description}.", api.title),
                        "",
                    ),
                    imports,
                    queries,
                    methods,
                    paginated,
                },
                "typescript/client.ts",
            )?,
        ),
        GeneratedFile::new(
            "src/index.ts",
            CommentStyle::Slash,
            &render_one(
                &IndexTs {
                    paginated,
                    client_credentials,
                },
                "typescript/index.ts",
            )?,
        ),
    ];
    if let Some(helper) = helper {
        files.push(GeneratedFile::new(
            "src/clientCredentials.ts",
            CommentStyle::Slash,
            &render_one(&helper, "typescript/clientCredentials.ts")?,
        ));
    }
    Ok(files)
}

fn type_name(schema: &str) -> String {
    if is_identifier(schema, false) {
        schema.to_string()
    } else {
        pascal(schema)
    }
}

/// A JSON (and so JavaScript) string literal.
fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// A JSDoc block indented by `indent`, or nothing for empty text.
pub(crate) fn jsdoc(text: &str, indent: &str) -> String {
    let body = lines(&text.replace("*/", "*\\/"));
    if body.is_empty() {
        return String::new();
    }
    let mut out = format!("{indent}/**\n");
    for line in body {
        if line.is_empty() {
            out.push_str(&format!("{indent} *\n"));
        } else {
            out.push_str(&format!("{indent} * {line}\n"));
        }
    }
    out.push_str(&format!("{indent} */\n"));
    out
}

fn error_class(status: u16) -> &'static str {
    match status {
        400 => "BadRequestError",
        401 => "AuthenticationError",
        403 => "PermissionDeniedError",
        404 => "NotFoundError",
        409 => "ConflictError",
        422 => "UnprocessableError",
        429 => "RateLimitedError",
        500..=599 => "InternalServerError",
        _ => "ApiError",
    }
}

struct Pass<'a> {
    api: &'a Api,
    type_names: std::collections::BTreeMap<String, String>,
}

impl Pass<'_> {
    /// Whether `ty` is a record none of whose fields is required (so `{}` is a valid value).
    fn all_optional(&self, ty: &Type) -> bool {
        match ty {
            Type::Ref(name) => matches!(
                self.api.schema(name).map(|s| &s.kind),
                Some(SchemaKind::Record(fields)) if fields.iter().all(|f| !f.required)
            ),
            _ => false,
        }
    }

    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String | Type::DateTime => "string".into(),
            Type::Integer | Type::Number => "number".into(),
            Type::Boolean => "boolean".into(),
            Type::Any => "unknown".into(),
            Type::Ref(name) => self.type_names[name].clone(),
            Type::Array(inner) => match inner.as_ref() {
                Type::Nullable(_) => format!("Array<{}>", self.ty(inner)),
                _ => format!("{}[]", self.ty(inner)),
            },
            Type::Map(inner) => format!("Record<string, {}>", self.ty(inner)),
            Type::Nullable(inner) => format!("{} | null", self.ty(inner)),
        }
    }

    fn field_doc(&self, description: Option<&str>, ty: &Type, indent: &str) -> String {
        let mut text = description.unwrap_or("").trim().to_string();
        if ty.non_null() == &Type::DateTime {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str("An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.");
        }
        jsdoc(&text, indent)
    }

    fn model(&self, schema: &Schema) -> Result<TsModel> {
        let name = self.type_names[&schema.name].clone();
        let doc = jsdoc(schema.description.as_deref().unwrap_or(""), "");
        Ok(match &schema.kind {
            SchemaKind::Record(fields) => TsModel {
                doc,
                name,
                kind: "interface",
                fields: fields
                    .iter()
                    .map(|f| TsField {
                        doc: self.field_doc(f.description.as_deref(), &f.ty, "  "),
                        key: property_key(&f.name),
                        optional: !f.required,
                        ty: self.ty(&f.ty),
                    })
                    .collect(),
                ty: String::new(),
            },
            SchemaKind::Enum(values) => TsModel {
                doc,
                name,
                kind: "alias",
                fields: Vec::new(),
                ty: values
                    .iter()
                    .map(|v| json_string(v))
                    .collect::<Vec<_>>()
                    .join(" | "),
            },
            SchemaKind::Union(variants) => TsModel {
                doc,
                name,
                kind: "alias",
                fields: Vec::new(),
                ty: variants
                    .iter()
                    .map(|v| self.type_names[v].clone())
                    .collect::<Vec<_>>()
                    .join(" | "),
            },
            SchemaKind::Alias(ty) => TsModel {
                doc,
                name,
                kind: "alias",
                fields: Vec::new(),
                ty: self.ty(ty),
            },
        })
    }

    fn method(
        &self,
        op: &Operation,
        top: &mut Names,
        members: &mut Names,
    ) -> Result<(TsMethod, Option<TsModel>)> {
        let name = camel(&op.id);
        if name.is_empty() || !is_identifier(&name, false) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("operationId `{}` makes no method name", op.id),
            });
        }
        members.claim(&name, format!("operation {}", op.id))?;
        let owner = format!("operation {}", op.id);
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));

        let mut params = Vec::new();
        let mut path = String::from("`");
        let mut rest = op.path.as_str();
        let mut path_vars = std::collections::BTreeMap::new();
        for p in &op.path_params {
            let mut var = camel(&p.name);
            if RESERVED.contains(&var.as_str()) {
                var.push('_');
            }
            if !is_identifier(&var, false) {
                return Err(Error::Naming {
                    lang: LANG,
                    what: format!("{owner}: path parameter `{}` makes no identifier", p.name),
                });
            }
            locals.claim(&var, format!("path parameter {}", p.name))?;
            params.push(format!("{var}: {}", self.ty(&p.ty)));
            path_vars.insert(p.name.clone(), var);
        }
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            path.push_str(&rest[..start].replace('`', "\\`").replace("${", "\\${"));
            let var = &path_vars[&rest[start + 1..end]];
            path.push_str(&format!("${{encodeURIComponent(String({var}))}}"));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        path.push_str(&rest.replace('`', "\\`").replace("${", "\\${"));
        path.push('`');

        let mut spec = vec![
            format!("method: \"{}\"", op.method.as_str()),
            format!("path: {path}"),
        ];
        if let Some(body) = &op.body {
            let ty = self.ty(&body.ty);
            if body.required && self.all_optional(&body.ty) {
                params.push(format!("body: {ty} = {{}}"));
            } else if body.required {
                params.push(format!("body: {ty}"));
            } else {
                params.push(format!("body?: {ty} | null"));
            }
            spec.push(match body.encoding {
                BodyEncoding::Json => "body".to_string(),
                BodyEncoding::Form => "form: body".to_string(),
            });
        }
        let mut query_model = None;
        if !op.query_params.is_empty() {
            let query_name = format!("{}Query", pascal(&op.id));
            top.claim(&query_name, format!("the query of {owner}"))?;
            let mut keys = Names::new(LANG, format!("query of {}", op.id));
            let fields = op
                .query_params
                .iter()
                .map(|p| {
                    keys.claim(&p.name, "a query parameter")?;
                    Ok(TsField {
                        doc: self.field_doc(p.description.as_deref(), &p.ty, "  "),
                        key: property_key(&p.name),
                        optional: !p.required,
                        ty: self.ty(&p.ty),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let all_optional = op.query_params.iter().all(|p| !p.required);
            params.push(if all_optional {
                format!("query: {query_name} = {{}}")
            } else {
                format!("query: {query_name}")
            });
            query_model = Some(TsModel {
                doc: jsdoc(&format!("Query parameters of `{name}`."), ""),
                name: query_name,
                kind: "interface",
                fields,
                ty: String::new(),
            });
        }
        params.push("options?: RequestOptions".into());
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| json_string(s)).collect();
            spec.push(format!("auth: [{}]", schemes.join(", ")));
        }
        let (result, expect) = match &op.success.content {
            Content::Json(ty) => (self.ty(ty), "json"),
            Content::Text => ("string".to_string(), "text"),
            Content::Empty => ("void".to_string(), "empty"),
        };
        spec.push(format!("expect: \"{expect}\""));

        let (returns, body) = match &op.pagination {
            Some(page) => {
                let item = self.ty(&page.item);
                let mut spec = spec.clone();
                spec.push("query: { ...query, cursor: _cursor }".into());
                (
                    format!("PagePromise<{result}, {item}>"),
                    format!(
                        "return new PagePromise<{result}, {item}>(\n      (_cursor) => this.request<{result}>({{ {} }}, options),\n      query.cursor,\n    );",
                        spec.join(", ")
                    ),
                )
            }
            None => {
                let mut spec = spec;
                if query_model.is_some() {
                    spec.push("query".into());
                }
                (
                    format!("Promise<{result}>"),
                    format!(
                        "return this.request<{result}>({{ {} }}, options);",
                        spec.join(", ")
                    ),
                )
            }
        };

        let mut doc = doc_text(op.summary.as_deref(), op.description.as_deref());
        if let Some(page) = &op.pagination {
            doc.push_str(&format!(
                "\n\nAwait the result for the first page, or iterate it with `for await` to get every {} across pages.",
                self.ty(&page.item)
            ));
        }
        if op.deprecated {
            doc.push_str("\n\n@deprecated");
        }
        let mut throws = Vec::new();
        for e in &op.errors {
            throws.push(format!(
                "@throws {{{}}} {} {}",
                error_class(e.status),
                e.status,
                e.description.as_deref().unwrap_or("")
            ));
        }
        if !throws.is_empty() {
            doc.push_str("\n\n");
            doc.push_str(&throws.join("\n"));
        }
        Ok((
            TsMethod {
                doc: jsdoc(&doc, "  "),
                name,
                params: params.join(", "),
                returns,
                body,
            },
            query_model,
        ))
    }
}

fn property_key(name: &str) -> String {
    if is_identifier(name, true) {
        name.to_string()
    } else {
        json_string(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsdoc_escapes_comment_ends() {
        assert_eq!(
            jsdoc("a */ b\n\nc", ""),
            "/**\n * a *\\/ b\n *\n * c\n */\n"
        );
        assert_eq!(jsdoc("  ", "  "), "");
    }

    #[test]
    fn keys_are_quoted_when_needed() {
        assert_eq!(property_key("next_cursor"), "next_cursor");
        assert_eq!(property_key("x-request-id"), "\"x-request-id\"");
    }
}
