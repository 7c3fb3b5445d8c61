//! Python: a sync and an async client over the standard library, dataclass models.
//!
//! Naming: classes keep schema names (PascalCase); fields, parameters and methods are
//! snake_case of the wire names and `operationId`s, with `_` appended to Python keywords.
//! A JSON request body that is an object is flattened into keyword arguments, as
//! hand-written Python SDKs do (`client.create_user("acme", email=...)`). Internal names in
//! generated code start with `_`, which no spec name can produce.

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result};
use crate::model::*;
use crate::naming::{is_identifier, pascal, snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "python",
    hand_written: &["tests", "examples"],
    ignored: &[
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".venv",
        "build",
        "dist",
        "*.egg-info",
        "*.pyc",
    ],
};

const LANG: &str = "python";
const PACKAGE: &str = "tessera";

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "type", "self",
];

/// Names the package's runtime modules export; schemas may not take them.
const RUNTIME_EXPORTS: &[&str] = &[
    "TesseraClient",
    "AsyncTesseraClient",
    "RequestOptions",
    "RetryEvent",
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "TesseraError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableError",
    "RateLimitedError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "ERROR_CODES",
    "VERSION",
    "ClientCredentials",
    "AsyncClientCredentials",
    "AccessToken",
    "Any",
    "Literal",
    "Mapping",
    "dataclass",
    "datetime",
];

const CLIENT_MEMBERS: &[&str] = &["base_url", "with_options", "close"];

#[derive(Template)]
#[template(path = "python/models.py", escape = "none")]
struct ModelsPy {
    aliases: Vec<PyAlias>,
    records: Vec<PyRecord>,
    unions: Vec<PyUnion>,
}

struct PyUnion {
    doc: String,
    name: String,
    decoder: String,
    /// (class, Python set literal of its required JSON keys)
    variants: Vec<(String, String)>,
}

struct PyAlias {
    doc: String,
    name: String,
    ty: String,
}

struct PyRecord {
    name: String,
    doc: String,
    fields: Vec<PyField>,
}

struct PyField {
    name: String,
    wire: String,
    ty: String,
    required: bool,
    doc: String,
    from_expr: String,
    to_expr: String,
}

#[derive(Template)]
#[template(path = "python/errors.py", escape = "none")]
struct ErrorsPy {
    problem: Option<String>,
    code_type: String,
    codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "python/_base.py", escape = "none")]
struct BasePy {
    schemes: Vec<PyScheme>,
}

struct PyScheme {
    name: String,
    option: String,
    header: String,
    prefix: String,
    doc: String,
}

#[derive(Template)]
#[template(path = "python/pagination.py", escape = "none")]
struct PaginationPy;

#[derive(Template)]
#[template(path = "python/_version.py", escape = "none")]
struct VersionPy {
    version: String,
}

#[derive(Template)]
#[template(path = "python/client.py", escape = "none")]
struct ClientPy {
    imports: Vec<String>,
    methods: Vec<PyMethod>,
    schemes: Vec<PyScheme>,
    paginated: bool,
}

struct PyMethod {
    name: String,
    params: String,
    returns: String,
    doc: String,
    request: String,
    convert: String,
    page: Option<PyPage>,
}

struct PyPage {
    model: String,
    item: String,
    start: String,
}

#[derive(Template)]
#[template(path = "python/__init__.py", escape = "none")]
struct InitPy {
    models: Vec<String>,
    paginated: bool,
    client_credentials: bool,
}

#[derive(Template)]
#[template(path = "python/client_credentials.py", escape = "none")]
struct ClientCredentialsPy {
    /// The client method of the token endpoint.
    method: String,
    /// The model of its answer.
    response: String,
}

#[derive(Template)]
#[template(path = "python/pyproject.toml", escape = "none")]
struct PyProject {
    version: String,
}

#[derive(Template)]
#[template(path = "python/README.md", escape = "none")]
struct ReadmeMd {
    version: String,
    operations: Vec<(String, String, String)>,
    client_credentials: bool,
}

fn render_one(template: &impl Template, name: &'static str) -> Result<String> {
    template.render().map_err(|source| Error::Render {
        template: name,
        source,
    })
}

fn py_string(s: &str) -> String {
    // A JSON string is a valid Python string literal for the characters JSON escapes.
    serde_json::Value::String(s.to_string()).to_string()
}

/// A docstring indented by `indent`, or nothing.
pub(crate) fn docstring(text: &str, indent: &str) -> String {
    let text = text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    let body = lines(&text);
    if body.is_empty() {
        return String::new();
    }
    if body.len() == 1 {
        let line = &body[0];
        let end = if line.ends_with('"') { " " } else { "" };
        return format!("{indent}\"\"\"{line}{end}\"\"\"");
    }
    let mut out = format!("{indent}\"\"\"{}\n", body[0]);
    for line in &body[1..] {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("{indent}{line}\n"));
        }
    }
    out.push_str(&format!("{indent}\"\"\""));
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
        _ => "APIError",
    }
}

/// A Python identifier for a wire name.
fn identifier(name: &str, what: &str) -> Result<String> {
    let mut out = if is_identifier(name, false) && name == snake(name) {
        name.to_string()
    } else {
        snake(name)
    };
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    if !is_identifier(&out, false) || out.starts_with('_') {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no Python identifier"),
        });
    }
    Ok(out)
}

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut top = Names::new(LANG, "module names");
    for name in RUNTIME_EXPORTS {
        top.claim(name, "the runtime")?;
    }
    let mut class_names = std::collections::BTreeMap::new();
    for schema in &api.schemas {
        let name = if is_identifier(&schema.name, false) {
            schema.name.clone()
        } else {
            pascal(&schema.name)
        };
        top.claim(&name, format!("schema {}", schema.name))?;
        class_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, class_names };

    let mut aliases = Vec::new();
    let mut records = Vec::new();
    let mut unions = Vec::new();
    for schema in &api.schemas {
        let name = pass.class_names[&schema.name].clone();
        match &schema.kind {
            SchemaKind::Enum(values) => aliases.push(PyAlias {
                doc: comment_lines(schema.description.as_deref()),
                name,
                ty: format!(
                    "Literal[{}]",
                    values
                        .iter()
                        .map(|v| py_string(v))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }),
            SchemaKind::Alias(ty) => aliases.push(PyAlias {
                doc: comment_lines(schema.description.as_deref()),
                name,
                ty: pass.ty(ty),
            }),
            SchemaKind::Record(fields) => records.push(pass.record(schema, fields)?),
            SchemaKind::Union(variants) => {
                let decoder = union_decoder(&schema.name);
                top.claim(&decoder, format!("the decoder of {}", schema.name))?;
                unions.push(PyUnion {
                    doc: comment_lines(schema.description.as_deref()),
                    name,
                    decoder,
                    variants: variants
                        .iter()
                        .map(|v| {
                            let keys: Vec<String> = match pass.kind(v) {
                                Some(SchemaKind::Record(fields)) => fields
                                    .iter()
                                    .filter(|f| f.required)
                                    .map(|f| py_string(&f.name))
                                    .collect(),
                                _ => Vec::new(),
                            };
                            let set = if keys.is_empty() {
                                "set()".to_string()
                            } else {
                                format!("{{{}}}", keys.join(", "))
                            };
                            (pass.class_names[v].clone(), set)
                        })
                        .collect(),
                });
            }
        }
    }

    let mut members = Names::new(LANG, "client methods");
    for member in CLIENT_MEMBERS {
        members.claim(member, "the runtime")?;
    }
    let methods = api
        .operations
        .iter()
        .map(|op| pass.method(op, &mut members))
        .collect::<Result<Vec<_>>>()?;
    let paginated = methods.iter().any(|m| m.page.is_some());
    let mut imports: Vec<String> = pass.class_names.values().cloned().collect();
    imports.extend(
        api.schemas
            .iter()
            .filter(|s| matches!(s.kind, SchemaKind::Union(_)))
            .map(|s| union_decoder(&s.name)),
    );
    imports.sort();
    imports.retain(|name| {
        let used = |text: &str| {
            text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| w == name)
        };
        methods.iter().any(|m| {
            used(&m.params)
                || used(&m.returns)
                || used(&m.convert)
                || m.page
                    .as_ref()
                    .is_some_and(|p| used(&p.model) || used(&p.item))
        })
    });

    let (problem, code_type, codes) = match &api.problem {
        Some(p) => (
            Some(pass.class_names[&p.schema].clone()),
            match &p.code_enum {
                Some(e) => pass.class_names[e].clone(),
                None => "str".into(),
            },
            p.codes.iter().map(|c| py_string(c)).collect(),
        ),
        None => (None, "str".into(), Vec::new()),
    };
    let schemes = || -> Result<Vec<PyScheme>> {
        api.security_schemes
            .iter()
            .map(|s| {
                Ok(PyScheme {
                    name: py_string(&s.name),
                    option: identifier(&s.name, "security scheme")?,
                    header: py_string(&match &s.kind {
                        SecurityKind::Bearer => "authorization".to_string(),
                        SecurityKind::Header(h) => h.to_ascii_lowercase(),
                    }),
                    prefix: py_string(match &s.kind {
                        SecurityKind::Bearer => "Bearer ",
                        SecurityKind::Header(_) => "",
                    }),
                    doc: s
                        .description
                        .as_deref()
                        .map(|d| d.lines().next().unwrap_or("").to_string())
                        .unwrap_or_default(),
                })
            })
            .collect()
    };
    let operations = api
        .operations
        .iter()
        .map(|o| {
            (
                format!("`{}`", snake(&o.id)),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            )
        })
        .collect();
    let mut models: Vec<String> = pass.class_names.values().cloned().collect();
    models.sort();

    let src = format!("src/{PACKAGE}");
    let helper = match super::client_credentials::find(api) {
        Some(endpoint) => Some(ClientCredentialsPy {
            method: identifier(&endpoint.op.id, "operationId")?,
            response: match &endpoint.op.success.content {
                Content::Json(ty) => pass.ty(ty),
                _ => String::new(),
            },
        }),
        None => None,
    };
    let client_credentials = helper.is_some();
    let mut files = vec![
        GeneratedFile::new(
            "pyproject.toml",
            CommentStyle::Hash,
            &render_one(
                &PyProject {
                    version: api.version.clone(),
                },
                "python/pyproject.toml",
            )?,
        ),
        GeneratedFile::new(
            "README.md",
            CommentStyle::Html,
            &render_one(
                &ReadmeMd {
                    version: api.version.clone(),
                    operations,
                    client_credentials,
                },
                "python/README.md",
            )?,
        ),
        GeneratedFile::new(format!("{src}/py.typed"), CommentStyle::Hash, ""),
        GeneratedFile::new(
            format!("{src}/_version.py"),
            CommentStyle::Hash,
            &render_one(
                &VersionPy {
                    version: py_string(&api.version),
                },
                "python/_version.py",
            )?,
        ),
        GeneratedFile::new(
            format!("{src}/models.py"),
            CommentStyle::Hash,
            &render_one(
                &ModelsPy {
                    aliases,
                    records,
                    unions,
                },
                "python/models.py",
            )?,
        ),
        GeneratedFile::new(
            format!("{src}/errors.py"),
            CommentStyle::Hash,
            &render_one(
                &ErrorsPy {
                    problem,
                    code_type,
                    codes,
                },
                "python/errors.py",
            )?,
        ),
        GeneratedFile::new(
            format!("{src}/_base.py"),
            CommentStyle::Hash,
            &render_one(
                &BasePy {
                    schemes: schemes()?,
                },
                "python/_base.py",
            )?,
        ),
        GeneratedFile::new(
            format!("{src}/pagination.py"),
            CommentStyle::Hash,
            &render_one(&PaginationPy, "python/pagination.py")?,
        ),
        GeneratedFile::new(
            format!("{src}/client.py"),
            CommentStyle::Hash,
            &render_one(
                &ClientPy {
                    imports,
                    methods,
                    schemes: schemes()?,
                    paginated,
                },
                "python/client.py",
            )?,
        ),
        GeneratedFile::new(
            format!("{src}/__init__.py"),
            CommentStyle::Hash,
            &render_one(
                &InitPy {
                    models,
                    paginated,
                    client_credentials,
                },
                "python/__init__.py",
            )?,
        ),
    ];
    if let Some(helper) = helper {
        files.push(GeneratedFile::new(
            format!("{src}/client_credentials.py"),
            CommentStyle::Hash,
            &render_one(&helper, "python/client_credentials.py")?,
        ));
    }
    Ok(files)
}

/// The models module's function that reads a union from JSON.
fn union_decoder(schema: &str) -> String {
    format!("_decode_{}", snake(schema))
}

fn comment_lines(text: Option<&str>) -> String {
    lines(text.unwrap_or(""))
        .iter()
        .map(|l| {
            if l.is_empty() {
                "#\n".to_string()
            } else {
                format!("# {l}\n")
            }
        })
        .collect()
}

struct Pass<'a> {
    api: &'a Api,
    class_names: std::collections::BTreeMap<String, String>,
}

impl Pass<'_> {
    fn kind(&self, name: &str) -> Option<&SchemaKind> {
        self.api.schema(name).map(|s| &s.kind)
    }

    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "str".into(),
            Type::DateTime => "datetime".into(),
            Type::Integer => "int".into(),
            Type::Number => "float".into(),
            Type::Boolean => "bool".into(),
            Type::Any => "Any".into(),
            Type::Ref(name) => self.class_names[name].clone(),
            Type::Array(inner) => format!("list[{}]", self.ty(inner)),
            Type::Map(inner) => format!("dict[str, {}]", self.ty(inner)),
            Type::Nullable(inner) => format!("{} | None", self.ty(inner)),
        }
    }

    /// An expression turning the JSON value `expr` into `ty`.
    fn decode_expr(&self, ty: &Type, expr: &str, depth: usize) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Any => expr.to_string(),
            Type::Number => format!("float({expr})"),
            Type::DateTime => format!("_parse_datetime({expr})"),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Record(_)) => {
                    format!("{}.from_dict({expr})", self.class_names[name])
                }
                Some(SchemaKind::Alias(inner)) => self.decode_expr(inner, expr, depth),
                Some(SchemaKind::Union(_)) => format!("{}({expr})", union_decoder(name)),
                _ => expr.to_string(),
            },
            Type::Array(inner) => {
                let var = format!("_v{depth}");
                let item = self.decode_expr(inner, &var, depth + 1);
                if item == var {
                    format!("list({expr})")
                } else {
                    format!("[{item} for {var} in {expr}]")
                }
            }
            Type::Map(inner) => {
                let (key, var) = (format!("_k{depth}"), format!("_v{depth}"));
                let item = self.decode_expr(inner, &var, depth + 1);
                if item == var {
                    format!("dict({expr})")
                } else {
                    format!("{{{key}: {item} for {key}, {var} in {expr}.items()}}")
                }
            }
            Type::Nullable(inner) => {
                let converted = self.decode_expr(inner, expr, depth);
                if converted == expr {
                    converted
                } else {
                    format!("None if {expr} is None else {converted}")
                }
            }
        }
    }

    /// An expression turning the Python value `expr` of type `ty` into JSON.
    fn encode_expr(&self, ty: &Type, expr: &str, depth: usize) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Any | Type::Number => {
                expr.to_string()
            }
            Type::DateTime => format!("_format_datetime({expr})"),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Record(_)) => format!("{expr}.to_dict()"),
                Some(SchemaKind::Alias(inner)) => self.encode_expr(inner, expr, depth),
                Some(SchemaKind::Union(_)) => format!("{expr}.to_dict()"),
                _ => expr.to_string(),
            },
            Type::Array(inner) => {
                let var = format!("_v{depth}");
                let item = self.encode_expr(inner, &var, depth + 1);
                if item == var {
                    format!("list({expr})")
                } else {
                    format!("[{item} for {var} in {expr}]")
                }
            }
            Type::Map(inner) => {
                let (key, var) = (format!("_k{depth}"), format!("_v{depth}"));
                let item = self.encode_expr(inner, &var, depth + 1);
                if item == var {
                    format!("dict({expr})")
                } else {
                    format!("{{{key}: {item} for {key}, {var} in {expr}.items()}}")
                }
            }
            Type::Nullable(inner) => {
                let converted = self.encode_expr(inner, expr, depth);
                if converted == expr {
                    converted
                } else {
                    format!("None if {expr} is None else {converted}")
                }
            }
        }
    }

    fn record(&self, schema: &Schema, fields: &[Field]) -> Result<PyRecord> {
        let class = &self.class_names[&schema.name];
        let mut names = Names::new(LANG, format!("fields of {class}"));
        names.claim("from_dict", "the runtime")?;
        names.claim("to_dict", "the runtime")?;
        let mut out = Vec::new();
        for f in fields {
            let name = identifier(&f.name, &format!("field {}.{}", schema.name, f.name))?;
            names.claim(&name, format!("field {}", f.name))?;
            let wire = py_string(&f.name);
            let from_expr = if f.required {
                self.decode_expr(&f.ty, &format!("_data[{wire}]"), 0)
            } else {
                let converted = self.decode_expr(&f.ty, &format!("_data[{wire}]"), 0);
                if converted == format!("_data[{wire}]") {
                    format!("_data.get({wire})")
                } else {
                    format!("None if _data.get({wire}) is None else {converted}")
                }
            };
            let to_expr = self.encode_expr(f.ty.non_null(), &format!("self.{name}"), 0);
            let to_expr = if matches!(f.ty, Type::Nullable(_)) && to_expr != format!("self.{name}")
            {
                format!("None if self.{name} is None else {to_expr}")
            } else {
                to_expr
            };
            let mut ty = self.ty(&f.ty);
            if !f.required && !matches!(f.ty, Type::Nullable(_)) {
                ty.push_str(" | None");
            }
            let mut doc = f.description.clone().unwrap_or_default();
            if f.ty.non_null() == &Type::DateTime && doc.is_empty() {
                doc = "A timezone-aware date-time.".into();
            }
            out.push(PyField {
                name,
                wire,
                ty,
                required: f.required,
                doc: docstring(&doc, "    "),
                from_expr,
                to_expr,
            });
        }
        Ok(PyRecord {
            name: class.clone(),
            doc: format!(
                "{}\n",
                docstring(
                    schema
                        .description
                        .as_deref()
                        .unwrap_or("A record of the API."),
                    "    ",
                )
            ),
            fields: out,
        })
    }

    fn method(&self, op: &Operation, members: &mut Names) -> Result<PyMethod> {
        let name = identifier(&op.id, "operationId")?;
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        locals.claim("request_options", "the runtime")?;

        let mut positional = Vec::new();
        let mut required_kw = Vec::new();
        let mut optional_kw = Vec::new();
        let mut path_vars = std::collections::BTreeMap::new();
        for p in &op.path_params {
            let var = identifier(&p.name, "path parameter")?;
            locals.claim(&var, format!("path parameter {}", p.name))?;
            positional.push(format!("{var}: {}", self.ty(&p.ty)));
            path_vars.insert(p.name.clone(), var);
        }
        // The path as an f-string.
        let mut path = String::from("f\"");
        let mut rest = op.path.as_str();
        let escape = |s: &str| s.replace('{', "{{").replace('}', "}}").replace('"', "\\\"");
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            path.push_str(&escape(&rest[..start]));
            path.push_str(&format!("{{_path({})}}", path_vars[&rest[start + 1..end]]));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        path.push_str(&escape(rest));
        path.push('"');

        let mut call = vec![py_string(op.method.as_str()), path];
        let mut doc_args = Vec::new();
        for p in &op.path_params {
            if let Some(d) = &p.description {
                doc_args.push(format!("{}: {}", path_vars[&p.name], first_line(d)));
            }
        }

        let mut add_kw = |wire: &str,
                          ty: &Type,
                          required: bool,
                          description: Option<&str>,
                          what: &str,
                          locals: &mut Names|
         -> Result<(String, String)> {
            let var = identifier(wire, what)?;
            locals.claim(&var, format!("{what} {wire}"))?;
            let mut annotation = self.ty(ty);
            if required {
                required_kw.push(format!("{var}: {annotation}"));
            } else {
                if !matches!(ty, Type::Nullable(_)) {
                    annotation.push_str(" | None");
                }
                optional_kw.push(format!("{var}: {annotation} = None"));
            }
            if let Some(d) = description {
                doc_args.push(format!("{var}: {}", first_line(d)));
            }
            Ok((py_string(wire), var))
        };

        let mut body_kw: Option<(bool, String)> = None;
        if let Some(body) = &op.body {
            let keyword = match body.encoding {
                BodyEncoding::Json => "json",
                BodyEncoding::Form => "form",
            };
            let fields = match &body.ty {
                Type::Ref(name) => match self.kind(name) {
                    Some(SchemaKind::Record(fields)) => Some(fields),
                    _ => None,
                },
                _ => None,
            };
            match fields {
                Some(fields) => {
                    let mut entries = Vec::new();
                    for f in fields {
                        let (wire, var) = add_kw(
                            &f.name,
                            &f.ty,
                            f.required,
                            f.description.as_deref(),
                            "body field",
                            &mut locals,
                        )?;
                        entries.push(format!("{wire}: {var}"));
                    }
                    let optional = if body.required { "" } else { ", optional=True" };
                    call.push(format!(
                        "{keyword}=_body({{{}}}{optional})",
                        entries.join(", ")
                    ));
                }
                None => {
                    locals.claim("body", "the request body")?;
                    let ty = self.ty(&body.ty);
                    body_kw = Some(if body.required {
                        (true, format!("body: {ty}"))
                    } else {
                        (false, format!("body: {ty} | None = None"))
                    });
                    call.push(format!("{keyword}=_to_json(body)"));
                }
            }
        }
        if !op.query_params.is_empty() {
            let mut entries = Vec::new();
            for p in &op.query_params {
                let (wire, var) = add_kw(
                    &p.name,
                    &p.ty,
                    p.required,
                    p.description.as_deref(),
                    "query parameter",
                    &mut locals,
                )?;
                if op.pagination.is_some() && p.name == PAGE_CURSOR_PARAM {
                    entries.push(format!("{wire}: _cursor"));
                } else {
                    entries.push(format!("{wire}: {var}"));
                }
            }
            call.push(format!("query={{{}}}", entries.join(", ")));
        }
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| py_string(s)).collect();
            call.push(format!("auth=({},)", schemes.join(", ")));
        }
        let (returns, convert, expect) = match &op.success.content {
            Content::Json(ty) => (self.ty(ty), self.decode_expr(ty, "_data", 0), "json"),
            Content::Text => ("str".to_string(), "str(_data)".to_string(), "text"),
            Content::Empty => ("None".to_string(), String::new(), "empty"),
        };
        call.push(format!("expect={}", py_string(expect)));
        call.push("options=request_options".into());

        match body_kw {
            Some((true, param)) => required_kw.insert(0, param),
            Some((false, param)) => optional_kw.insert(0, param),
            None => {}
        }
        let mut params = vec!["self".to_string()];
        params.extend(positional);
        params.push("*".into());
        params.extend(required_kw);
        params.extend(optional_kw);
        params.push("request_options: RequestOptions | None = None".into());

        let page = match &op.pagination {
            Some(p) => {
                let model = match &op.success.content {
                    Content::Json(Type::Ref(name)) => self.class_names[name].clone(),
                    _ => String::new(),
                };
                let start = op
                    .query_params
                    .iter()
                    .find(|q| q.name == PAGE_CURSOR_PARAM)
                    .map(|q| identifier(&q.name, "query parameter"))
                    .transpose()?
                    .unwrap_or_else(|| "None".into());
                Some(PyPage {
                    model,
                    item: self.ty(&p.item),
                    start,
                })
            }
            None => None,
        };

        let mut doc = doc_text(op.summary.as_deref(), op.description.as_deref());
        if let Some(p) = &page {
            doc.push_str(&format!(
                "\n\nReturns the first page; iterating it yields every {} across pages.",
                p.item
            ));
        }
        if !doc_args.is_empty() {
            doc.push_str("\n\nArgs:\n");
            doc.push_str(
                &doc_args
                    .iter()
                    .map(|a| format!("    {a}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        if !op.errors.is_empty() {
            doc.push_str("\n\nRaises:\n");
            doc.push_str(
                &op.errors
                    .iter()
                    .map(|e| {
                        format!(
                            "    {}: {} {}",
                            error_class(e.status),
                            e.status,
                            e.description.as_deref().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        Ok(PyMethod {
            name,
            params: params.join(", "),
            returns,
            doc: docstring(&doc, "        "),
            request: call.join(", "),
            convert,
            page,
        })
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docstrings_escape_quotes_and_backslashes() {
        assert_eq!(
            docstring("say \"\"\"hi\"\"\" \\", ""),
            "\"\"\"say \\\"\\\"\\\"hi\\\"\\\"\\\" \\\\\"\"\""
        );
        assert_eq!(docstring("", "    "), "");
    }

    #[test]
    fn identifiers_escape_keywords() {
        assert_eq!(identifier("from", "x").ok().as_deref(), Some("from_"));
        assert_eq!(
            identifier("nextCursor", "x").ok().as_deref(),
            Some("next_cursor")
        );
        assert!(identifier("_", "x").is_err());
    }
}
