//! Go: one package `tessera` over `net/http` and `context`, no dependencies.
//!
//! Naming follows Go's habits: exported identifiers are PascalCase with the common
//! initialisms upper-cased (`client_id` → `ClientID`, `jwks_uri` → `JwksURI`); operations
//! are methods of `*TesseraClient` named after their `operationId` (`listUsers` → `ListUsers`),
//! taking a `context.Context` first, then path parameters, the body, a `*{Op}Params` struct
//! for query parameters, and per-call `Option`s. Optional scalars are pointers (`*string`)
//! with `omitempty`, so an absent field is never sent; `tessera.Ptr` makes one. A paginated
//! list also gets `{Op}All`, an `iter.Seq2` over every item across pages.

use std::collections::BTreeMap;

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result, invalid};
use crate::model::*;
use crate::naming::{is_identifier, words};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "go",
    hand_written: &["tests", "examples"],
    ignored: &[],
};

const LANG: &str = "go";

/// The module path of the SDK, also its import path.
pub const MODULE: &str = "example.invalid/tessera/sdks/go";

/// Names the runtime files declare at package level; a schema may not take them.
const RUNTIME_NAMES: &[&str] = &[
    "TesseraClient",
    "New",
    "Option",
    "RetryEvent",
    "TokenSource",
    "StaticToken",
    "ClientCredentials",
    "Ptr",
    "Version",
    "APIError",
    "ConnectionError",
    "ErrorCodes",
    "ErrBadRequest",
    "ErrAuthentication",
    "ErrPermissionDenied",
    "ErrNotFound",
    "ErrConflict",
    "ErrUnprocessable",
    "ErrRateLimited",
    "ErrInternalServer",
    "ErrTimeout",
    "WithBaseURL",
    "WithHTTPClient",
    "WithTimeout",
    "WithMaxRetries",
    "WithMaxRetryDelay",
    "WithHeader",
    "WithOnRetry",
    "WithRetryNonIdempotent",
    "WithCredential",
];

/// `*TesseraClient` members other than operations.
const CLIENT_MEMBERS: &[&str] = &["With", "BaseURL", "ClientCredentials", "do", "send"];

/// Go keywords and predeclared names a parameter may not shadow usefully.
const RESERVED: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "ctx",
    "body",
    "params",
    "opts",
    "out",
    "err",
    "c",
    "url",
    "string",
    "error",
];

/// Initialisms written upper-case, as `golint` and the standard library do.
const INITIALISMS: &[&str] = &[
    "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip",
    "json", "jwt", "mfa", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui",
    "uid", "uuid", "uri", "url", "utf8", "vm", "xml", "xsrf", "xss",
];

/// An exported Go name: PascalCase words, initialisms upper-cased.
pub fn exported(name: &str) -> String {
    words(name)
        .iter()
        .map(|w| {
            if INITIALISMS.contains(&w.as_str()) {
                w.to_uppercase()
            } else if w == "oauth" {
                "OAuth".to_string()
            } else {
                let mut chars = w.chars();
                chars
                    .next()
                    .map(|f| f.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
        })
        .collect()
}

/// An unexported Go name (a parameter): camelCase, a leading initialism lower-cased.
fn local(name: &str) -> String {
    let mut out = String::new();
    for (i, w) in words(name).iter().enumerate() {
        if i == 0 {
            out.push_str(w);
        } else if INITIALISMS.contains(&w.as_str()) {
            out.push_str(&w.to_uppercase());
        } else {
            let mut chars = w.chars();
            if let Some(f) = chars.next() {
                out.extend(f.to_uppercase());
                out.extend(chars);
            }
        }
    }
    out
}

/// A Go comment block (`// ...` lines) indented by `indent`, or nothing for empty text.
pub(crate) fn comment(text: &str, indent: &str) -> String {
    let body = lines(text);
    let mut out = String::new();
    for line in body {
        if line.is_empty() {
            out.push_str(&format!("{indent}//\n"));
        } else {
            out.push_str(&format!("{indent}// {line}\n"));
        }
    }
    out
}

/// A Go interpreted string literal (JSON's escapes are a subset of Go's).
fn go_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

#[derive(Template)]
#[template(path = "go/models.go", escape = "none")]
struct ModelsGo {
    imports: Vec<&'static str>,
    models: Vec<GoModel>,
}

struct GoModel {
    doc: String,
    name: String,
    /// `struct`, `enum`, `union` or `alias`.
    kind: &'static str,
    fields: Vec<GoField>,
    /// Enum constants (name, literal); union variants (field, type, required keys literal).
    constants: Vec<(String, String)>,
    variants: Vec<(String, String, String)>,
    /// Enum constants as gofmt lays them out.
    lines: Vec<String>,
    ty: String,
}

struct GoField {
    doc: String,
    name: String,
    ty: String,
    tag: String,
    /// `Name Type Tag`, padded as gofmt aligns it.
    line: String,
}

/// Pads the columns of `rows` (all but the last) as gofmt does: a run of lines aligns
/// together, and a line that starts a new run (`breaks`: one with a comment above) does not
/// align with the lines before it.
fn align(rows: &[(bool, Vec<String>)]) -> Vec<String> {
    let mut out = Vec::with_capacity(rows.len());
    let mut start = 0;
    while start < rows.len() {
        let mut end = start + 1;
        while end < rows.len() && !rows[end].0 {
            end += 1;
        }
        let group = &rows[start..end];
        let columns = group.iter().map(|r| r.1.len()).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                group
                    .iter()
                    .filter_map(|r| r.1.get(c))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for (_, cells) in group {
            let mut line = String::new();
            for (c, cell) in cells.iter().enumerate() {
                line.push_str(cell);
                if c + 1 < cells.len() {
                    let pad = widths[c] - cell.chars().count() + 1;
                    line.push_str(&" ".repeat(pad));
                }
            }
            out.push(line);
        }
        start = end;
    }
    out
}

fn align_fields(fields: &mut [GoField]) {
    let rows: Vec<(bool, Vec<String>)> = fields
        .iter()
        .map(|f| {
            (
                !f.doc.is_empty(),
                vec![f.name.clone(), f.ty.clone(), f.tag.clone()],
            )
        })
        .collect();
    for (field, line) in fields.iter_mut().zip(align(&rows)) {
        field.line = line;
    }
}

#[derive(Template)]
#[template(path = "go/errors.go", escape = "none")]
struct ErrorsGo {
    problem: Option<String>,
    code_type: String,
    codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "go/client.go", escape = "none")]
struct ClientGo {
    doc: String,
    schemes: Vec<GoScheme>,
    imports: Vec<&'static str>,
    params: Vec<GoModel>,
    methods: Vec<GoMethod>,
}

struct GoScheme {
    doc: String,
    name: String,
    option: String,
    header: String,
    prefix: String,
}

struct GoMethod {
    doc: String,
    name: String,
    signature: String,
    body: String,
}

#[derive(Template)]
#[template(path = "go/core.go", escape = "none")]
struct CoreGo;

#[derive(Template)]
#[template(path = "go/credentials.go", escape = "none")]
struct CredentialsGo;

#[derive(Template)]
#[template(path = "go/pagination.go", escape = "none")]
struct PaginationGo;

#[derive(Template)]
#[template(path = "go/version.go", escape = "none")]
struct VersionGo {
    version: String,
}

#[derive(Template)]
#[template(path = "go/go.mod", escape = "none")]
struct GoMod {
    module: &'static str,
}

#[derive(Template)]
#[template(path = "go/README.md", escape = "none")]
struct ReadmeMd {
    version: String,
    module: &'static str,
    operations: Vec<(String, String, String)>,
}

fn render_one(template: &impl Template, name: &'static str) -> Result<String> {
    template.render().map_err(|source| Error::Render {
        template: name,
        source,
    })
}

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut top = Names::new(LANG, "package-level names");
    for name in RUNTIME_NAMES {
        top.claim(name, "the runtime")?;
    }
    let mut type_names = BTreeMap::new();
    for schema in &api.schemas {
        let name = exported(&schema.name);
        if !is_identifier(&name, false) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("schema `{}` makes no Go identifier", schema.name),
            });
        }
        top.claim(&name, format!("schema {}", schema.name))?;
        type_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, type_names };

    let mut models = Vec::new();
    for schema in &api.schemas {
        models.push(pass.model(schema, &mut top)?);
    }
    let mut model_imports = vec!["encoding/json", "fmt"];
    if api
        .schemas
        .iter()
        .any(|s| matches!(&s.kind, SchemaKind::Record(f) if f.iter().any(|f| mentions_time(&f.ty))))
        || api
            .schemas
            .iter()
            .any(|s| matches!(&s.kind, SchemaKind::Alias(t) if mentions_time(t)))
    {
        model_imports.push("time");
    }
    if !models.iter().any(|m| m.kind == "union") {
        model_imports.retain(|i| *i == "time");
    }

    let mut members = Names::new(LANG, "TesseraClient methods");
    for member in CLIENT_MEMBERS {
        members.claim(member, "the runtime")?;
    }
    let mut methods = Vec::new();
    let mut params = Vec::new();
    for op in &api.operations {
        let (mut m, p) = pass.method(op, &mut top, &mut members)?;
        methods.append(&mut m);
        params.extend(p);
    }
    let mut client_imports = vec!["context", "net/url"];
    if api.operations.iter().any(|o| o.pagination.is_some()) {
        client_imports.insert(1, "iter");
    }
    if params
        .iter()
        .any(|p| p.fields.iter().any(|f| f.ty.contains("time.Time")))
    {
        client_imports.push("time");
    }
    if api
        .operations
        .iter()
        .any(|o| o.path_params.iter().any(|p| p.ty != Type::String))
    {
        client_imports.push("fmt");
    }
    if api.operations.is_empty() {
        client_imports.clear();
    }
    client_imports.sort();

    let (problem, code_type, codes) = match &api.problem {
        Some(p) => (
            Some(pass.type_names[&p.schema].clone()),
            match &p.code_enum {
                Some(e) => pass.type_names[e].clone(),
                None => "string".into(),
            },
            p.codes.iter().map(|c| go_string(c)).collect(),
        ),
        None => (None, "string".into(), Vec::new()),
    };

    let mut schemes = Vec::new();
    for s in &api.security_schemes {
        let option = format!("With{}", exported(&s.name));
        top.claim(&option, format!("the option of security scheme {}", s.name))?;
        top.claim(
            &format!("{option}Source"),
            format!("the source option of security scheme {}", s.name),
        )?;
        schemes.push(GoScheme {
            doc: s
                .description
                .as_deref()
                .map(|d| format!(" {}", d.replace('\n', " ")))
                .unwrap_or_default(),
            name: go_string(&s.name),
            option,
            header: go_string(&match &s.kind {
                SecurityKind::Bearer => "Authorization".to_string(),
                SecurityKind::Header(h) => h.clone(),
            }),
            prefix: go_string(match &s.kind {
                SecurityKind::Bearer => "Bearer ",
                SecurityKind::Header(_) => "",
            }),
        });
    }

    let operations = api
        .operations
        .iter()
        .map(|o| {
            (
                format!("`{}`", exported(&o.id)),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            )
        })
        .collect();
    let description = api.description.clone().unwrap_or_default();
    let description = description.split(". ").next().unwrap_or("").to_string();

    Ok(vec![
        GeneratedFile::new(
            "go.mod",
            CommentStyle::Slash,
            &render_one(&GoMod { module: MODULE }, "go/go.mod")?,
        ),
        GeneratedFile::new(
            "README.md",
            CommentStyle::Html,
            &render_one(
                &ReadmeMd {
                    version: api.version.clone(),
                    module: MODULE,
                    operations,
                },
                "go/README.md",
            )?,
        ),
        GeneratedFile::new(
            "version.go",
            CommentStyle::Slash,
            &render_one(
                &VersionGo {
                    version: go_string(&api.version),
                },
                "go/version.go",
            )?,
        ),
        GeneratedFile::new(
            "models.go",
            CommentStyle::Slash,
            &render_one(
                &ModelsGo {
                    imports: model_imports,
                    models,
                },
                "go/models.go",
            )?,
        ),
        GeneratedFile::new(
            "errors.go",
            CommentStyle::Slash,
            &render_one(
                &ErrorsGo {
                    problem,
                    code_type,
                    codes,
                },
                "go/errors.go",
            )?,
        ),
        GeneratedFile::new(
            "core.go",
            CommentStyle::Slash,
            &render_one(&CoreGo, "go/core.go")?,
        ),
        GeneratedFile::new(
            "credentials.go",
            CommentStyle::Slash,
            &render_one(&CredentialsGo, "go/credentials.go")?,
        ),
        GeneratedFile::new(
            "pagination.go",
            CommentStyle::Slash,
            &render_one(&PaginationGo, "go/pagination.go")?,
        ),
        GeneratedFile::new(
            "client.go",
            CommentStyle::Slash,
            &render_one(
                &ClientGo {
                    doc: comment(
                        &format!(
                            "Package tessera is a client for the {}.\n\n{description}.",
                            api.title
                        ),
                        "",
                    ),
                    schemes,
                    imports: client_imports,
                    params,
                    methods,
                },
                "go/client.go",
            )?,
        ),
    ])
}

fn mentions_time(ty: &Type) -> bool {
    match ty {
        Type::DateTime => true,
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => mentions_time(inner),
        _ => false,
    }
}

struct Pass<'a> {
    api: &'a Api,
    type_names: BTreeMap<String, String>,
}

impl Pass<'_> {
    fn kind(&self, name: &str) -> Option<&SchemaKind> {
        self.api.schema(name).map(|s| &s.kind)
    }

    /// The Go type of a value of `ty`.
    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "string".into(),
            Type::DateTime => "time.Time".into(),
            Type::Integer => "int64".into(),
            Type::Number => "float64".into(),
            Type::Boolean => "bool".into(),
            Type::Any => "any".into(),
            Type::Ref(name) => self.type_names[name].clone(),
            Type::Array(inner) => format!("[]{}", self.ty(inner)),
            Type::Map(inner) => format!("map[string]{}", self.ty(inner)),
            Type::Nullable(inner) => self.optional(inner),
        }
    }

    /// Whether Go's zero value of `ty` is already "absent" (nil).
    fn nilable(&self, ty: &Type) -> bool {
        match ty {
            Type::Any | Type::Array(_) | Type::Map(_) => true,
            Type::Nullable(_) => true,
            Type::Ref(name) => {
                matches!(self.kind(name), Some(SchemaKind::Alias(t)) if self.nilable(t))
            }
            _ => false,
        }
    }

    /// The Go type of a value that may be absent: a pointer unless nil already means absent.
    fn optional(&self, ty: &Type) -> String {
        if self.nilable(ty) {
            self.ty(ty)
        } else {
            format!("*{}", self.ty(ty))
        }
    }

    fn field(&self, f_name: &str, ty: &Type, required: bool, doc: Option<&str>) -> GoField {
        let text = doc.unwrap_or("").trim().to_string();
        let (ty, tag) = if required {
            (self.ty(ty), format!("`json:\"{f_name}\"`"))
        } else {
            (self.optional(ty), format!("`json:\"{f_name},omitempty\"`"))
        };
        GoField {
            doc: comment(&text, "\t"),
            name: exported(f_name),
            ty,
            tag,
            line: String::new(),
        }
    }

    fn model(&self, schema: &Schema, top: &mut Names) -> Result<GoModel> {
        let name = self.type_names[&schema.name].clone();
        let described = schema
            .description
            .as_deref()
            .map(|d| format!("{name}: {}", d.trim()))
            .unwrap_or_else(|| format!("{name} is the schema {}.", schema.name));
        let doc = comment(&described, "");
        let mut model = GoModel {
            doc,
            name: name.clone(),
            kind: "alias",
            fields: Vec::new(),
            constants: Vec::new(),
            variants: Vec::new(),
            lines: Vec::new(),
            ty: String::new(),
        };
        match &schema.kind {
            SchemaKind::Record(fields) => {
                let mut names = Names::new(LANG, format!("fields of {name}"));
                model.kind = "struct";
                for f in fields {
                    let field = self.field(&f.name, &f.ty, f.required, f.description.as_deref());
                    if !is_identifier(&field.name, false) {
                        return Err(Error::Naming {
                            lang: LANG,
                            what: format!(
                                "field `{}` of {} makes no identifier",
                                f.name, schema.name
                            ),
                        });
                    }
                    names.claim(&field.name, format!("field {}", f.name))?;
                    model.fields.push(field);
                }
                align_fields(&mut model.fields);
            }
            SchemaKind::Enum(values) => {
                model.kind = "enum";
                for v in values {
                    // `ES256` and `EdDSA` read best as written; `client_secret_basic` as
                    // `ClientSecretBasic`.
                    let suffix = if is_identifier(v, false)
                        && v.starts_with(|c: char| c.is_ascii_uppercase())
                    {
                        v.clone()
                    } else {
                        exported(v)
                    };
                    let constant = format!("{name}{suffix}");
                    top.claim(&constant, format!("value {v:?} of {}", schema.name))?;
                    model.constants.push((constant, go_string(v)));
                }
                let rows: Vec<(bool, Vec<String>)> = model
                    .constants
                    .iter()
                    .map(|(c, v)| (false, vec![c.clone(), name.clone(), format!("= {v}")]))
                    .collect();
                model.lines = align(&rows);
            }
            SchemaKind::Union(variants) => {
                model.kind = "union";
                for v in variants {
                    let Some(SchemaKind::Record(fields)) = self.kind(v) else {
                        return Err(invalid(
                            format!("components.schemas.{}", schema.name),
                            format!("union variant {v} is not an object"),
                        ));
                    };
                    let required: Vec<String> = fields
                        .iter()
                        .filter(|f| f.required)
                        .map(|f| go_string(&f.name))
                        .collect();
                    let ty = self.type_names[v].clone();
                    model.variants.push((ty.clone(), ty, required.join(", ")));
                }
                let rows: Vec<(bool, Vec<String>)> = model
                    .variants
                    .iter()
                    .map(|(f, t, _)| (false, vec![f.clone(), format!("*{t}")]))
                    .collect();
                model.lines = align(&rows);
            }
            SchemaKind::Alias(ty) => {
                model.ty = self.ty(ty);
            }
        }
        Ok(model)
    }

    fn method(
        &self,
        op: &Operation,
        top: &mut Names,
        members: &mut Names,
    ) -> Result<(Vec<GoMethod>, Option<GoModel>)> {
        let name = exported(&op.id);
        if !is_identifier(&name, false) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("operationId `{}` makes no method name", op.id),
            });
        }
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        let mut params = vec!["ctx context.Context".to_string()];
        let mut args = vec!["ctx".to_string()];

        // The path, as a Go expression.
        let mut vars = BTreeMap::new();
        for p in &op.path_params {
            let mut var = local(&p.name);
            if RESERVED.contains(&var.as_str()) {
                var.push('_');
            }
            if !is_identifier(&var, false) {
                return Err(Error::Naming {
                    lang: LANG,
                    what: format!(
                        "operation {}: path parameter `{}` makes no identifier",
                        op.id, p.name
                    ),
                });
            }
            locals.claim(&var, format!("path parameter {}", p.name))?;
            let ty = self.ty(&p.ty);
            params.push(format!("{var} {ty}"));
            args.push(var.clone());
            vars.insert(p.name.clone(), (var, ty));
        }
        let mut parts = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            if start > 0 {
                parts.push(go_string(&rest[..start]));
            }
            let (var, ty) = &vars[&rest[start + 1..end]];
            parts.push(if ty == "string" {
                format!("url.PathEscape({var})")
            } else {
                format!("url.PathEscape(fmt.Sprint({var}))")
            });
            rest = &rest[(end + 1).min(rest.len())..];
        }
        if !rest.is_empty() || parts.is_empty() {
            parts.push(go_string(rest));
        }
        let path = parts.join(" + ");

        let mut fields = vec![
            format!("method: \"{}\"", op.method.as_str()),
            format!("path: {path}"),
        ];
        if let Some(body) = &op.body {
            let ty = self.ty(&body.ty);
            let ty = if body.required {
                ty
            } else {
                self.optional(&body.ty)
            };
            params.push(format!("body {ty}"));
            args.push("body".into());
            fields.push(match body.encoding {
                BodyEncoding::Json => "body: body".to_string(),
                BodyEncoding::Form => "form: body".to_string(),
            });
        }
        let mut params_model = None;
        if !op.query_params.is_empty() {
            let params_name = format!("{name}Params");
            top.claim(
                &params_name,
                format!("the query parameters of operation {}", op.id),
            )?;
            let mut keys = Names::new(LANG, format!("query of {}", op.id));
            let mut model_fields = Vec::new();
            for p in &op.query_params {
                let field = self.field(&p.name, &p.ty, p.required, p.description.as_deref());
                keys.claim(&field.name, format!("query parameter {}", p.name))?;
                model_fields.push(field);
            }
            align_fields(&mut model_fields);
            let required = op.query_params.iter().any(|p| p.required);
            params.push(if required {
                format!("params {params_name}")
            } else {
                format!("params *{params_name}")
            });
            args.push("params".into());
            fields.push("query: params".into());
            params_model = Some(GoModel {
                doc: comment(
                    &format!(
                        "{params_name} holds the query parameters of [TesseraClient.{name}]; nil sends none."
                    ),
                    "",
                ),
                name: params_name,
                kind: "struct",
                fields: model_fields,
                constants: Vec::new(),
                variants: Vec::new(),
                lines: Vec::new(),
                ty: String::new(),
            });
        }
        params.push("opts ...Option".into());
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| go_string(s)).collect();
            fields.push(format!("auth: []string{{{}}}", schemes.join(", ")));
        }

        let (returns, body) = match &op.success.content {
            Content::Json(ty) => {
                let go = self.ty(ty);
                let pointer = matches!(ty, Type::Ref(n) if matches!(self.kind(n), Some(SchemaKind::Record(_) | SchemaKind::Union(_))));
                if pointer {
                    (
                        format!("(*{go}, error)"),
                        format!(
                            "var out {go}\n\tif err := c.do(ctx, request{{{}}}, &out, opts); err != nil {{\n\t\treturn nil, err\n\t}}\n\treturn &out, nil",
                            fields.join(", ")
                        ),
                    )
                } else {
                    (
                        format!("({go}, error)"),
                        format!(
                            "var out {go}\n\terr := c.do(ctx, request{{{}}}, &out, opts)\n\treturn out, err",
                            fields.join(", ")
                        ),
                    )
                }
            }
            Content::Text => (
                "(string, error)".into(),
                format!(
                    "var out string\n\terr := c.do(ctx, request{{{}, text: true}}, &out, opts)\n\treturn out, err",
                    fields.join(", ")
                ),
            ),
            Content::Empty => (
                "error".into(),
                format!(
                    "return c.do(ctx, request{{{}}}, nil, opts)",
                    fields.join(", ")
                ),
            ),
        };

        let mut doc = format!("{name} sends {} {}.", op.method.as_str(), op.path);
        let text = doc_text(op.summary.as_deref(), op.description.as_deref());
        if !text.is_empty() {
            doc.push_str("\n\n");
            doc.push_str(&text);
        }
        if !op.errors.is_empty() {
            let list: Vec<String> = op
                .errors
                .iter()
                .map(|e| {
                    format!(
                        "  - {} ({}): {}",
                        e.status,
                        error_sentinel(e.status),
                        e.description.as_deref().unwrap_or("").replace('\n', " ")
                    )
                })
                .collect();
            doc.push_str("\n\nErrors, as an *APIError matching errors.Is:\n\n");
            doc.push_str(&list.join("\n"));
        }
        if op.deprecated {
            doc.push_str("\n\nDeprecated: the API marks this operation deprecated.");
        }
        let mut methods = vec![GoMethod {
            doc: comment(&doc, ""),
            name: name.clone(),
            signature: format!("{}) {returns}", params.join(", ")),
            body,
        }];

        if let Some(page) = &op.pagination {
            let all = format!("{name}All");
            members.claim(&all, format!("the iterator of operation {}", op.id))?;
            let item = self.ty(&page.item);
            let Content::Json(list_ty) = &op.success.content else {
                return Err(invalid(
                    format!("operation {}", op.id),
                    "a paginated list answers JSON",
                ));
            };
            let list = self.ty(list_ty);
            let cursor_optional = op
                .query_params
                .iter()
                .any(|p| p.name == PAGE_CURSOR_PARAM && !p.required);
            if !cursor_optional {
                return Err(invalid(
                    format!("operation {}", op.id),
                    "the `cursor` query parameter of a paginated list must be optional",
                ));
            }
            let params_name = format!("{name}Params");
            let call_args = args.join(", ").replace("params", "&p");
            methods.push(GoMethod {
                doc: comment(
                    &format!(
                        "{all} iterates over every {item} of [TesseraClient.{name}], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields."
                    ),
                    "",
                ),
                name: all,
                signature: format!(
                    "{}) iter.Seq2[{item}, error]",
                    params.join(", ")
                ),
                body: format!(
                    "var p {params_name}\n\tif params != nil {{\n\t\tp = *params\n\t}}\n\treturn paginate(p.Cursor, func(cursor *string) (*{list}, error) {{\n\t\tp.Cursor = cursor\n\t\treturn c.{name}({call_args}, opts...)\n\t}}, func(page *{list}) ([]{item}, *string) {{ return page.Data, page.NextCursor }})"
                ),
            });
        }
        Ok((methods, params_model))
    }
}

fn error_sentinel(status: u16) -> &'static str {
    match status {
        400 => "ErrBadRequest",
        401 => "ErrAuthentication",
        403 => "ErrPermissionDenied",
        404 => "ErrNotFound",
        409 => "ErrConflict",
        422 => "ErrUnprocessable",
        429 => "ErrRateLimited",
        500..=599 => "ErrInternalServer",
        _ => "no sentinel",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_names_follow_initialisms() {
        assert_eq!(exported("client_id"), "ClientID");
        assert_eq!(exported("jwks_uri"), "JwksURI");
        assert_eq!(exported("listUsers"), "ListUsers");
        assert_eq!(exported("getOpenIdConfiguration"), "GetOpenIDConfiguration");
        assert_eq!(exported("oauthToken"), "OAuthToken");
        assert_eq!(local("user_id"), "userID");
        assert_eq!(local("tenant"), "tenant");
    }

    #[test]
    fn comments_keep_paragraphs() {
        assert_eq!(comment("a\n\nb", "\t"), "\t// a\n\t//\n\t// b\n");
        assert_eq!(comment("", ""), "");
    }
}
