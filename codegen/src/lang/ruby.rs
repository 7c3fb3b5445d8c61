//! Ruby: one client over `net/http` and `json` from the standard library, plain classes as
//! models.
//!
//! Naming: classes keep schema names (PascalCase); methods, fields and parameters are
//! snake_case, with `_` appended to Ruby keywords. Path parameters are positional, query
//! parameters and the fields of an object body are keyword arguments (the body flattened,
//! as in the Python SDK). Enums are modules of string constants with an `ALL` list. Locals
//! of generated code start with `_`, which no spec name can produce.

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result};
use crate::model::*;
use crate::naming::{is_identifier, pascal, screaming_snake, snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "ruby",
    hand_written: &["test", "examples"],
    ignored: &["*.gem", ".bundle", "vendor", "Gemfile.lock"],
};

const LANG: &str = "ruby";

const KEYWORDS: &[&str] = &[
    "BEGIN",
    "END",
    "alias",
    "and",
    "begin",
    "break",
    "case",
    "class",
    "def",
    "defined",
    "do",
    "else",
    "elsif",
    "end",
    "ensure",
    "false",
    "for",
    "if",
    "in",
    "module",
    "next",
    "nil",
    "not",
    "or",
    "redo",
    "rescue",
    "retry",
    "return",
    "self",
    "super",
    "then",
    "true",
    "undef",
    "unless",
    "until",
    "when",
    "while",
    "yield",
    "__FILE__",
    "__LINE__",
    "__method__",
];

/// Methods of every model object, which a field's reader gets `_` appended to avoid.
const OBJECT_MEMBERS: &[&str] = &[
    "from_h",
    "to_h",
    "hash",
    "eql",
    "class",
    "initialize",
    "freeze",
    "frozen",
    "dup",
    "clone",
    "send",
    "method",
    "methods",
    "object_id",
    "inspect",
    "to_s",
    "display",
    "instance_variables",
];

/// `Client` members other than operations (its own and `BaseClient`'s).
const CLIENT_MEMBERS: &[&str] = &[
    "base_url",
    "request",
    "prepare",
    "send_once",
    "decode",
    "query_value",
    "initialize",
];

#[derive(Template)]
#[template(path = "ruby/models.rb", escape = "none")]
struct ModelsRb {
    enums: Vec<RbEnum>,
    records: Vec<RbRecord>,
    unions: Vec<RbUnion>,
}

struct RbEnum {
    doc: String,
    name: String,
    constants: Vec<(String, String)>,
    all: String,
}

struct RbRecord {
    doc: String,
    name: String,
    params: String,
    fields: Vec<RbField>,
}

struct RbField {
    name: String,
    wire: String,
    doc: String,
    required: bool,
    from_expr: String,
    to_expr: String,
}

struct RbUnion {
    doc: String,
    name: String,
    /// (class, Ruby array literal of its required JSON keys)
    variants: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "ruby/errors.rb", escape = "none")]
struct ErrorsRb {
    problem: Option<String>,
    codes: Vec<String>,
}

struct RbScheme {
    name: String,
    option: String,
    header: String,
    prefix: String,
    doc: String,
}

#[derive(Template)]
#[template(path = "ruby/transport.rb", escape = "none")]
struct TransportRb {
    schemes: Vec<RbScheme>,
}

#[derive(Template)]
#[template(path = "ruby/pagination.rb", escape = "none")]
struct PaginationRb;

#[derive(Template)]
#[template(path = "ruby/client.rb", escape = "none")]
struct ClientRb {
    schemes: Vec<RbScheme>,
    methods: Vec<RbMethod>,
}

struct RbMethod {
    doc: String,
    name: String,
    params: String,
    request: String,
    convert: String,
    page: Option<RbPage>,
}

struct RbPage {
    model: String,
    start: String,
}

#[derive(Template)]
#[template(path = "ruby/version.rb", escape = "none")]
struct VersionRb {
    version: String,
}

#[derive(Template)]
#[template(path = "ruby/tessera.rb", escape = "none")]
struct EntryRb {
    client_credentials: bool,
}

#[derive(Template)]
#[template(path = "ruby/tessera.gemspec", escape = "none")]
struct Gemspec {
    version: String,
}

#[derive(Template)]
#[template(path = "ruby/client_credentials.rb", escape = "none")]
struct ClientCredentialsRb {
    method: String,
}

#[derive(Template)]
#[template(path = "ruby/README.md", escape = "none")]
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

/// A double-quoted Ruby string literal: JSON's escapes, and `#` escaped so nothing
/// interpolates.
pub(crate) fn rb_string(s: &str) -> String {
    serde_json::Value::String(s.to_string())
        .to_string()
        .replace('#', "\\#")
}

/// `# ` comment lines indented by `indent`, each ending with a newline; empty for no text.
pub(crate) fn comment(text: &str, indent: &str) -> String {
    lines(text)
        .iter()
        .map(|l| {
            if l.is_empty() {
                format!("{indent}#\n")
            } else {
                format!("{indent}# {l}\n")
            }
        })
        .collect()
}

/// A Ruby local / method name for a wire name.
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
            what: format!("{what} `{name}` makes no Ruby identifier"),
        });
    }
    Ok(out)
}

/// A Ruby constant name (starts with an uppercase letter).
fn constant(name: &str, what: &str) -> Result<String> {
    let out = screaming_snake(name);
    if !is_identifier(&out, false) || !out.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no Ruby constant"),
        });
    }
    Ok(out)
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

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    // Models live in `Tessera::Models`, apart from the runtime's classes (the API has a
    // `Client` schema; `Tessera::Client` is the SDK's).
    let mut top = Names::new(LANG, "constants of Tessera::Models");
    let mut class_names = std::collections::BTreeMap::new();
    for schema in &api.schemas {
        let name = pascal(&schema.name);
        if !is_identifier(&name, false) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("schema `{}` makes no Ruby class name", schema.name),
            });
        }
        top.claim(&name, format!("schema {}", schema.name))?;
        class_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, class_names };

    let mut enums = Vec::new();
    let mut records = Vec::new();
    let mut unions = Vec::new();
    for schema in &api.schemas {
        let name = pass.class_names[&schema.name].clone();
        let doc = comment(schema.description.as_deref().unwrap_or(""), "    ");
        match &schema.kind {
            SchemaKind::Enum(values) => {
                let mut names = Names::new(LANG, format!("constants of {name}"));
                names.claim("ALL", "the runtime")?;
                let mut constants = Vec::new();
                for v in values {
                    let c = constant(v, &format!("value of {}", schema.name))?;
                    names.claim(&c, format!("value {v}"))?;
                    constants.push((c, rb_string(v)));
                }
                enums.push(RbEnum {
                    doc,
                    name,
                    all: constants
                        .iter()
                        .map(|(c, _)| c.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
                    constants,
                });
            }
            // Ruby has no type aliases: values of an alias are decoded as its target.
            SchemaKind::Alias(_) => {}
            SchemaKind::Record(fields) => records.push(pass.record(schema, fields, doc)?),
            SchemaKind::Union(variants) => unions.push(RbUnion {
                doc,
                name,
                variants: variants
                    .iter()
                    .map(|v| {
                        let keys: Vec<String> = match pass.kind(v) {
                            Some(SchemaKind::Record(fields)) => fields
                                .iter()
                                .filter(|f| f.required)
                                .map(|f| rb_string(&f.name))
                                .collect(),
                            _ => Vec::new(),
                        };
                        (
                            pass.class_names[v].clone(),
                            format!("[{}]", keys.join(", ")),
                        )
                    })
                    .collect(),
            }),
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

    let problem = api.problem.as_ref().map(|p| pass.qualified(&p.schema));
    let codes = api
        .problem
        .as_ref()
        .map(|p| p.codes.iter().map(|c| rb_string(c)).collect())
        .unwrap_or_default();
    let schemes = || -> Result<Vec<RbScheme>> {
        api.security_schemes
            .iter()
            .map(|s| {
                Ok(RbScheme {
                    name: rb_string(&s.name),
                    option: identifier(&s.name, "security scheme")?,
                    header: rb_string(&match &s.kind {
                        SecurityKind::Bearer => "authorization".to_string(),
                        SecurityKind::Header(h) => h.to_ascii_lowercase(),
                    }),
                    prefix: rb_string(match &s.kind {
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
    let helper = match super::client_credentials::find(api) {
        Some(endpoint) => Some(ClientCredentialsRb {
            method: identifier(&endpoint.op.id, "operationId")?,
        }),
        None => None,
    };
    let client_credentials = helper.is_some();
    let operations = api
        .operations
        .iter()
        .map(|o| {
            Ok((
                format!("`{}`", identifier(&o.id, "operationId")?),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            ))
        })
        .collect::<Result<Vec<_>>>()?;

    let version = rb_string(&api.version);
    let mut files = vec![
        GeneratedFile::new(
            "tessera.gemspec",
            CommentStyle::Hash,
            &render_one(
                &Gemspec {
                    version: version.clone(),
                },
                "ruby/tessera.gemspec",
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
                "ruby/README.md",
            )?,
        ),
        GeneratedFile::new(
            "lib/tessera.rb",
            CommentStyle::Hash,
            &render_one(&EntryRb { client_credentials }, "ruby/tessera.rb")?,
        ),
        GeneratedFile::new(
            "lib/tessera/version.rb",
            CommentStyle::Hash,
            &render_one(&VersionRb { version }, "ruby/version.rb")?,
        ),
        GeneratedFile::new(
            "lib/tessera/errors.rb",
            CommentStyle::Hash,
            &render_one(&ErrorsRb { problem, codes }, "ruby/errors.rb")?,
        ),
        GeneratedFile::new(
            "lib/tessera/models.rb",
            CommentStyle::Hash,
            &render_one(
                &ModelsRb {
                    enums,
                    records,
                    unions,
                },
                "ruby/models.rb",
            )?,
        ),
        GeneratedFile::new(
            "lib/tessera/pagination.rb",
            CommentStyle::Hash,
            &render_one(&PaginationRb, "ruby/pagination.rb")?,
        ),
        GeneratedFile::new(
            "lib/tessera/transport.rb",
            CommentStyle::Hash,
            &render_one(
                &TransportRb {
                    schemes: schemes()?,
                },
                "ruby/transport.rb",
            )?,
        ),
        GeneratedFile::new(
            "lib/tessera/client.rb",
            CommentStyle::Hash,
            &render_one(
                &ClientRb {
                    schemes: schemes()?,
                    methods,
                },
                "ruby/client.rb",
            )?,
        ),
    ];
    if let Some(helper) = helper {
        files.push(GeneratedFile::new(
            "lib/tessera/client_credentials.rb",
            CommentStyle::Hash,
            &render_one(&helper, "ruby/client_credentials.rb")?,
        ));
    }
    Ok(files)
}

struct Pass<'a> {
    api: &'a Api,
    class_names: std::collections::BTreeMap<String, String>,
}

impl Pass<'_> {
    fn kind(&self, name: &str) -> Option<&SchemaKind> {
        self.api.schema(name).map(|s| &s.kind)
    }

    /// A model's name as code outside (and inside) `Tessera::Models` refers to it.
    fn qualified(&self, name: &str) -> String {
        format!("Models::{}", self.class_names[name])
    }

    /// A YARD type for documentation.
    fn doc_ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "String".into(),
            Type::DateTime => "Time".into(),
            Type::Integer => "Integer".into(),
            Type::Number => "Float".into(),
            Type::Boolean => "Boolean".into(),
            Type::Any => "Object".into(),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Enum(_)) => format!("String ({})", self.qualified(name)),
                Some(SchemaKind::Alias(inner)) => self.doc_ty(inner),
                _ => self.qualified(name),
            },
            Type::Array(inner) => format!("Array<{}>", self.doc_ty(inner)),
            Type::Map(inner) => format!("Hash{{String => {}}}", self.doc_ty(inner)),
            Type::Nullable(inner) => format!("{}, nil", self.doc_ty(inner)),
        }
    }

    /// An expression turning the JSON value `expr` into `ty`.
    fn decode_expr(&self, ty: &Type, expr: &str, depth: usize) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Any => expr.to_string(),
            Type::Number => format!("Float({expr})"),
            Type::DateTime => format!("Time.iso8601({expr})"),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Record(_) | SchemaKind::Union(_)) => {
                    format!("{}.from_h({expr})", self.qualified(name))
                }
                Some(SchemaKind::Alias(inner)) => self.decode_expr(inner, expr, depth),
                _ => expr.to_string(),
            },
            Type::Array(inner) => {
                let var = format!("_v{depth}");
                let item = self.decode_expr(inner, &var, depth + 1);
                if item == var {
                    expr.to_string()
                } else {
                    format!("{expr}.map {{ |{var}| {item} }}")
                }
            }
            Type::Map(inner) => {
                let var = format!("_v{depth}");
                let item = self.decode_expr(inner, &var, depth + 1);
                if item == var {
                    expr.to_string()
                } else {
                    format!("{expr}.transform_values {{ |{var}| {item} }}")
                }
            }
            Type::Nullable(inner) => {
                let converted = self.decode_expr(inner, expr, depth);
                if converted == expr {
                    converted
                } else {
                    format!("({expr}.nil? ? nil : {converted})")
                }
            }
        }
    }

    /// An expression turning the Ruby value `expr` of type `ty` into JSON.
    fn encode_expr(&self, ty: &Type, expr: &str) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Number => expr.to_string(),
            _ => format!("BaseClient.to_json_value({expr})"),
        }
    }

    fn record(&self, schema: &Schema, fields: &[Field], doc: String) -> Result<RbRecord> {
        let class = &self.class_names[&schema.name];
        let mut names = Names::new(LANG, format!("fields of {class}"));
        for reserved in OBJECT_MEMBERS {
            names.claim(reserved, "the runtime")?;
        }
        let mut out = Vec::new();
        let mut required = Vec::new();
        let mut optional = Vec::new();
        for f in fields {
            let mut name = identifier(&f.name, &format!("field {}.{}", schema.name, f.name))?;
            // A reader must not replace a method every object has (`AuditEvent#hash`).
            if OBJECT_MEMBERS.contains(&name.as_str()) {
                name.push('_');
            }
            names.claim(&name, format!("field {}", f.name))?;
            let wire = rb_string(&f.name);
            let from_expr = if f.required {
                self.decode_expr(&f.ty, &format!("_data.fetch({wire})"), 0)
            } else {
                let raw = format!("_data[{wire}]");
                let converted = self.decode_expr(f.ty.non_null(), &raw, 0);
                if converted == raw {
                    raw
                } else {
                    format!("({raw}.nil? ? nil : {converted})")
                }
            };
            let encoded = self.encode_expr(f.ty.non_null(), &format!("@{name}"));
            if f.required {
                required.push(format!("{name}:"));
            } else {
                optional.push(format!("{name}: nil"));
            }
            let mut text = format!("@return [{}]", self.doc_ty(&f.ty));
            if !f.required && !text.ends_with(", nil]") {
                text.insert_str(text.len() - 1, ", nil");
            }
            if let Some(d) = &f.description {
                text.push(' ');
                text.push_str(d.trim());
            }
            out.push(RbField {
                doc: comment(&text, "      "),
                name,
                wire,
                required: f.required,
                from_expr,
                to_expr: encoded,
            });
        }
        required.extend(optional);
        Ok(RbRecord {
            doc: if doc.is_empty() {
                comment("A record of the API.", "    ")
            } else {
                doc
            },
            name: class.clone(),
            params: required.join(", "),
            fields: out,
        })
    }

    fn method(&self, op: &Operation, members: &mut Names) -> Result<RbMethod> {
        let name = identifier(&op.id, "operationId")?;
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        locals.claim("request_options", "the runtime")?;

        let mut positional = Vec::new();
        let mut required_kw = Vec::new();
        let mut optional_kw = Vec::new();
        let mut doc_params = Vec::new();
        let mut path_vars = std::collections::BTreeMap::new();
        for p in &op.path_params {
            let var = identifier(&p.name, "path parameter")?;
            locals.claim(&var, format!("path parameter {}", p.name))?;
            positional.push(var.clone());
            doc_params.push(format!(
                "@param {var} [{}] {}",
                self.doc_ty(&p.ty),
                first_line(p.description.as_deref().unwrap_or(""))
            ));
            path_vars.insert(p.name.clone(), var);
        }
        // The path as an interpolated string.
        let escape = |s: &str| {
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('#', "\\#")
        };
        let mut path = String::from("\"");
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            path.push_str(&escape(&rest[..start]));
            path.push_str(&format!(
                "#{{BaseClient.path_param({})}}",
                path_vars[&rest[start + 1..end]]
            ));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        path.push_str(&escape(rest));
        path.push('"');
        let mut call = vec![rb_string(op.method.as_str()), path];

        let mut add_kw = |wire: &str,
                          ty: &Type,
                          required: bool,
                          description: Option<&str>,
                          what: &str,
                          locals: &mut Names|
         -> Result<String> {
            let var = identifier(wire, what)?;
            locals.claim(&var, format!("{what} {wire}"))?;
            if required {
                required_kw.push(format!("{var}:"));
            } else {
                optional_kw.push(format!("{var}: nil"));
            }
            let mut doc_ty = self.doc_ty(ty);
            if !required && !doc_ty.ends_with(", nil") {
                doc_ty.push_str(", nil");
            }
            doc_params.push(format!(
                "@param {var} [{doc_ty}] {}",
                first_line(description.unwrap_or(""))
            ));
            Ok(var)
        };

        let mut body_param: Option<(bool, String)> = None;
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
                        let var = add_kw(
                            &f.name,
                            &f.ty,
                            f.required,
                            f.description.as_deref(),
                            "body field",
                            &mut locals,
                        )?;
                        entries.push(format!("{} => {var}", rb_string(&f.name)));
                    }
                    let optional = if body.required {
                        ""
                    } else {
                        ", optional: true"
                    };
                    call.push(format!(
                        "{keyword}: BaseClient.body({{ {} }}{optional})",
                        entries.join(", ")
                    ));
                }
                None => {
                    locals.claim("body", "the request body")?;
                    body_param = Some((body.required, self.doc_ty(&body.ty)));
                    call.push(format!("{keyword}: BaseClient.to_json_value(body)"));
                }
            }
        }
        if !op.query_params.is_empty() {
            let mut entries = Vec::new();
            for p in &op.query_params {
                let var = add_kw(
                    &p.name,
                    &p.ty,
                    p.required,
                    p.description.as_deref(),
                    "query parameter",
                    &mut locals,
                )?;
                let value = if op.pagination.is_some() && p.name == PAGE_CURSOR_PARAM {
                    "_cursor".to_string()
                } else {
                    var
                };
                entries.push(format!("{} => {value}", rb_string(&p.name)));
            }
            call.push(format!("query: {{ {} }}", entries.join(", ")));
        }
        if let Some((required, doc_ty)) = body_param {
            if required {
                required_kw.insert(0, "body:".into());
            } else {
                optional_kw.insert(0, "body: nil".into());
            }
            doc_params.push(format!("@param body [{doc_ty}]"));
        }
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| rb_string(s)).collect();
            call.push(format!("auth: [{}]", schemes.join(", ")));
        }
        let (returns, convert, expect) = match &op.success.content {
            Content::Json(ty) => (self.doc_ty(ty), self.decode_expr(ty, "_data", 0), "json"),
            Content::Text => ("String".to_string(), "_data.to_s".to_string(), "text"),
            Content::Empty => ("nil".to_string(), String::new(), "empty"),
        };
        call.push(format!("expect: :{expect}"));
        call.push("options: request_options".into());

        let mut params = positional;
        params.extend(required_kw);
        params.extend(optional_kw);
        params.push("request_options: nil".into());

        let page = match &op.pagination {
            Some(_) => Some(RbPage {
                model: match &op.success.content {
                    Content::Json(Type::Ref(name)) => self.qualified(name),
                    _ => String::new(),
                },
                start: op
                    .query_params
                    .iter()
                    .find(|q| q.name == PAGE_CURSOR_PARAM)
                    .map(|q| identifier(&q.name, "query parameter"))
                    .transpose()?
                    .unwrap_or_else(|| "nil".into()),
            }),
            None => None,
        };

        let mut doc = doc_text(op.summary.as_deref(), op.description.as_deref());
        let returns = match (&op.pagination, &page) {
            (Some(p), Some(_)) => {
                doc.push_str(&format!(
                    "\n\nReturns the first page; iterating it yields every {} across pages.",
                    self.doc_ty(&p.item)
                ));
                "Page".to_string()
            }
            _ => returns,
        };
        doc.push('\n');
        for p in &doc_params {
            doc.push_str(&format!("\n{}", p.trim_end()));
        }
        doc.push_str("\n@param request_options [RequestOptions, Hash, nil] per-call settings");
        doc.push_str(&format!("\n@return [{returns}]"));
        for e in &op.errors {
            doc.push_str(&format!(
                "\n@raise [{}] {} {}",
                error_class(e.status),
                e.status,
                first_line(e.description.as_deref().unwrap_or(""))
            ));
        }
        Ok(RbMethod {
            doc: comment(&doc, "    "),
            name,
            params: params.join(", "),
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
    fn strings_never_interpolate() {
        assert_eq!(rb_string("a#{b}\"c"), "\"a\\#{b}\\\"c\"");
    }

    #[test]
    fn identifiers_escape_keywords() {
        assert_eq!(identifier("end", "x").ok().as_deref(), Some("end_"));
        assert_eq!(
            identifier("nextCursor", "x").ok().as_deref(),
            Some("next_cursor")
        );
        assert!(identifier("_", "x").is_err());
        assert_eq!(constant("EdDSA", "x").ok().as_deref(), Some("ED_DSA"));
        assert!(constant("1x", "x").is_err());
    }
}
