//! Java: Java 17, `java.net.http`, Jackson for JSON, a Maven project.
//!
//! Naming: model classes keep schema names (PascalCase) in `dev.tessera.sdk.model`;
//! record components and methods are camelCase of the wire names and `operationId`s, with
//! `_` appended to Java keywords; enum constants are SCREAMING_SNAKE of their values. Models
//! are records with a builder (`CreateUser.builder().email(...).build()`); a `oneOf` is a
//! sealed interface its variant records implement. Operations are methods of
//! `TesseraClient` taking path parameters, the body, a `{Op}Params` record of query
//! parameters, then an optional `RequestOptions`; a paginated list also gets `{op}All`, a
//! lazy `Paginator` over every item.

use std::collections::BTreeMap;

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result, invalid};
use crate::model::*;
use crate::naming::{camel, is_identifier, pascal, screaming_snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "java",
    hand_written: &["src/test", "examples"],
    ignored: &["target"],
};

const LANG: &str = "java";
pub const GROUP_ID: &str = "dev.tessera";
pub const PACKAGE: &str = "dev.tessera.sdk";
const MODEL_PACKAGE: &str = "dev.tessera.sdk.model";
const SRC: &str = "src/main/java/dev/tessera/sdk";

/// Runtime classes of the package `dev.tessera.sdk`, and names a model class may not take
/// because model code refers to them unqualified.
const RUNTIME_NAMES: &[&str] = &[
    "TesseraClient",
    "Transport",
    "RequestOptions",
    "RetryEvent",
    "TokenSource",
    "ClientCredentials",
    "Paginator",
    "TesseraException",
    "ApiException",
    "BadRequestException",
    "AuthenticationException",
    "PermissionDeniedException",
    "NotFoundException",
    "ConflictException",
    "UnprocessableException",
    "RateLimitedException",
    "InternalServerException",
    "ConnectionException",
    "TimeoutException",
    "Builder",
    "List",
    "Map",
    "Objects",
    "OffsetDateTime",
    "JsonNode",
    "JsonProperty",
    "String",
    "Object",
    "Long",
    "Double",
    "Boolean",
];

/// `TesseraClient` members other than operations.
const CLIENT_MEMBERS: &[&str] = &[
    "builder",
    "toBuilder",
    "baseUrl",
    "clientCredentials",
    "transport",
    "enc",
];

const KEYWORDS: &[&str] = &[
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "var",
    "record",
    "yield",
    "sealed",
    "permits",
    // Parameter names the generated methods use themselves.
    "body",
    "params",
    "options",
    "query",
    "path",
    "builder",
    "toBuilder",
    "build",
];

/// A Java string literal (JSON's escapes are valid Java escapes).
fn java_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// Spec text made safe inside Javadoc: HTML and tags escaped, so it reads as written.
pub(crate) fn escape_doc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('@', "&#64;")
        .replace("*/", "*&#47;")
}

/// A Javadoc block indented by `indent`, or nothing for empty text (already escaped).
pub(crate) fn javadoc(text: &str, indent: &str) -> String {
    let body = lines(text);
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

/// A record's Javadoc: its description, then a `@param` per component.
fn record_doc(doc: &str, fields: &[JavaField]) -> String {
    let mut text = doc.to_string();
    if text.trim().is_empty() {
        text = "A record of the API.".into();
    }
    let params: Vec<String> = fields
        .iter()
        .map(|f| {
            let d = if f.doc.is_empty() {
                "the {@code ".to_string() + f.wire.trim_matches('"') + "} field"
            } else {
                f.doc.clone()
            };
            format!("@param {} {d}", f.name)
        })
        .collect();
    if !params.is_empty() {
        text.push_str("\n\n");
        text.push_str(&params.join("\n"));
    }
    javadoc(&text, "")
}

fn member(name: &str) -> String {
    let mut out = camel(name);
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

#[derive(Template)]
#[template(path = "java/Record.java", escape = "none")]
struct RecordJava {
    package: &'static str,
    doc: String,
    name: String,
    implements: String,
    variant: bool,
    fields: Vec<JavaField>,
}

struct JavaField {
    doc: String,
    wire: String,
    /// The wire name, unquoted, for prose.
    raw: String,
    name: String,
    ty: String,
    required: bool,
    /// A primitive (`long`), which the builder holds boxed until `build()`.
    primitive: bool,
    boxed: String,
}

#[derive(Template)]
#[template(path = "java/Enum.java", escape = "none")]
struct EnumJava {
    doc: String,
    name: String,
    constants: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "java/Union.java", escape = "none")]
struct UnionJava {
    doc: String,
    name: String,
    /// (class, Java arguments list of its required JSON keys)
    variants: Vec<(String, String)>,
    permits: String,
}

#[derive(Template)]
#[template(path = "java/TesseraClient.java", escape = "none")]
struct ClientJava {
    doc: String,
    version: String,
    schemes: Vec<JavaScheme>,
    methods: Vec<JavaMethod>,
}

struct JavaScheme {
    doc: String,
    name: String,
    method: String,
    /// `withAdminKey`: a derived client with this credential.
    derive: String,
    header: String,
    prefix: String,
}

struct JavaMethod {
    doc: String,
    name: String,
    returns: String,
    /// Parameter declarations without `RequestOptions`, joined.
    params: String,
    /// The same parameters as arguments, joined.
    args: String,
    /// Overload without `params`, when every query parameter is optional: its arguments.
    without_params: Option<String>,
    params_less: String,
    body: String,
}

#[derive(Template)]
#[template(path = "java/ApiException.java", escape = "none")]
struct ApiExceptionJava {
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "java/StatusException.java", escape = "none")]
struct StatusExceptionJava {
    name: &'static str,
    doc: &'static str,
}

macro_rules! static_template {
    ($name:ident, $path:literal) => {
        #[derive(Template)]
        #[template(path = $path, escape = "none")]
        struct $name;
    };
}
static_template!(TransportJava, "java/Transport.java");
static_template!(RequestOptionsJava, "java/RequestOptions.java");
static_template!(RetryEventJava, "java/RetryEvent.java");
static_template!(TokenSourceJava, "java/TokenSource.java");
static_template!(ClientCredentialsJava, "java/ClientCredentials.java");
static_template!(PaginatorJava, "java/Paginator.java");
static_template!(TesseraExceptionJava, "java/TesseraException.java");
static_template!(ConnectionExceptionJava, "java/ConnectionException.java");
static_template!(TimeoutExceptionJava, "java/TimeoutException.java");

#[derive(Template)]
#[template(path = "java/pom.xml", escape = "none")]
struct PomXml {
    group: &'static str,
    version: String,
    title: String,
}

#[derive(Template)]
#[template(path = "java/README.md", escape = "none")]
struct ReadmeMd {
    version: String,
    group: &'static str,
    operations: Vec<(String, String, String)>,
}

pub(crate) fn render_one(template: &impl Template, name: &'static str) -> Result<String> {
    template.render().map_err(|source| Error::Render {
        template: name,
        source,
    })
}

/// The status exception classes: (class, status doc).
pub(crate) const STATUS_EXCEPTIONS: &[(&str, &str)] = &[
    ("BadRequestException", "400: the request was malformed."),
    (
        "AuthenticationException",
        "401: missing or invalid credentials.",
    ),
    (
        "PermissionDeniedException",
        "403: the credentials are valid but not allowed to do this.",
    ),
    ("NotFoundException", "404: no such resource."),
    (
        "ConflictException",
        "409: the request conflicts with the current state (a taken name, a concurrent change).",
    ),
    (
        "UnprocessableException",
        "422: the request was well-formed but its values are invalid.",
    ),
    (
        "RateLimitedException",
        "429: too many requests, or a lock; {@link #retryAfter()} says how long to wait.",
    ),
    ("InternalServerException", "5xx: the server failed."),
];

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut top = Names::new(LANG, "class names");
    for name in RUNTIME_NAMES {
        top.claim(name, "the runtime")?;
    }
    let mut type_names = BTreeMap::new();
    for schema in &api.schemas {
        let name = if is_identifier(&schema.name, false) {
            schema.name.clone()
        } else {
            pascal(&schema.name)
        };
        top.claim(&name, format!("schema {}", schema.name))?;
        type_names.insert(schema.name.clone(), name);
    }
    // Records that are variants of a union implement it.
    let mut implements: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for schema in &api.schemas {
        if let SchemaKind::Union(variants) = &schema.kind {
            for v in variants {
                implements
                    .entry(v.clone())
                    .or_default()
                    .push(type_names[&schema.name].clone());
            }
        }
    }
    let pass = Pass { api, type_names };
    let mut files = Vec::new();
    let model_dir = format!("{SRC}/model");

    for schema in &api.schemas {
        let name = pass.type_names[&schema.name].clone();
        let doc = escape_doc(schema.description.as_deref().unwrap_or(""));
        let path = format!("{model_dir}/{name}.java");
        let body = match &schema.kind {
            SchemaKind::Record(fields) => {
                let interfaces = implements.get(&schema.name).cloned().unwrap_or_default();
                let fields = pass.fields(
                    &schema.name,
                    fields
                        .iter()
                        .map(|f| (f.name.as_str(), &f.ty, f.required, f.description.as_deref())),
                )?;
                render_one(
                    &RecordJava {
                        package: MODEL_PACKAGE,
                        doc: record_doc(&doc, &fields),
                        name: name.clone(),
                        implements: if interfaces.is_empty() {
                            String::new()
                        } else {
                            format!(" implements {}", interfaces.join(", "))
                        },
                        variant: !interfaces.is_empty(),
                        fields,
                    },
                    "java/Record.java",
                )?
            }
            SchemaKind::Enum(values) => {
                let mut names = Names::new(LANG, format!("constants of {name}"));
                names.claim("UNKNOWN", "the runtime")?;
                let mut constants = Vec::new();
                for v in values {
                    let constant = screaming_snake(v);
                    if !is_identifier(&constant, false) {
                        return Err(Error::Naming {
                            lang: LANG,
                            what: format!("value {v:?} of {} makes no constant", schema.name),
                        });
                    }
                    names.claim(&constant, format!("value {v:?}"))?;
                    constants.push((constant, java_string(v)));
                }
                render_one(
                    &EnumJava {
                        doc: javadoc(&doc, ""),
                        name: name.clone(),
                        constants,
                    },
                    "java/Enum.java",
                )?
            }
            SchemaKind::Union(variants) => {
                let mut list = Vec::new();
                for v in variants {
                    let Some(SchemaKind::Record(fields)) = pass.kind(v) else {
                        return Err(invalid(
                            format!("components.schemas.{}", schema.name),
                            format!("union variant {v} is not an object"),
                        ));
                    };
                    let keys: Vec<String> = fields
                        .iter()
                        .filter(|f| f.required)
                        .map(|f| java_string(&f.name))
                        .collect();
                    list.push((pass.type_names[v].clone(), keys.join(", ")));
                }
                let permits = list
                    .iter()
                    .map(|(c, _)| c.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                render_one(
                    &UnionJava {
                        doc: javadoc(&doc, ""),
                        name: name.clone(),
                        variants: list,
                        permits,
                    },
                    "java/Union.java",
                )?
            }
            // Java has no type aliases: uses of an alias name its type directly.
            SchemaKind::Alias(_) => continue,
        };
        files.push(GeneratedFile::new(path, CommentStyle::Slash, &body));
    }

    let mut members = Names::new(LANG, "TesseraClient methods");
    for m in CLIENT_MEMBERS {
        members.claim(m, "the runtime")?;
    }
    let mut methods = Vec::new();
    for op in &api.operations {
        let (mut m, params) = pass.method(op, &mut top, &mut members)?;
        methods.append(&mut m);
        if let Some((name, fields)) = params {
            let body = render_one(
                &RecordJava {
                    package: MODEL_PACKAGE,
                    doc: record_doc(
                        &format!(
                            "Query parameters of {{@link dev.tessera.sdk.TesseraClient#{}}}.",
                            member(&op.id)
                        ),
                        &fields,
                    ),
                    name: name.clone(),
                    implements: String::new(),
                    variant: false,
                    fields,
                },
                "java/Record.java",
            )?;
            files.push(GeneratedFile::new(
                format!("{model_dir}/{name}.java"),
                CommentStyle::Slash,
                &body,
            ));
        }
    }

    let mut schemes = Vec::new();
    for s in &api.security_schemes {
        let method = member(&s.name);
        members.claim(&method, format!("the credential of scheme {}", s.name))?;
        let with = format!("with{}", pascal(&s.name));
        members.claim(&with, format!("the credential of scheme {}", s.name))?;
        schemes.push(JavaScheme {
            doc: s
                .description
                .as_deref()
                .map(|d| format!(" {}", escape_doc(d).replace('\n', " ")))
                .unwrap_or_default(),
            name: java_string(&s.name),
            method,
            derive: with,
            header: java_string(&match &s.kind {
                SecurityKind::Bearer => "Authorization".to_string(),
                SecurityKind::Header(h) => h.clone(),
            }),
            prefix: java_string(match &s.kind {
                SecurityKind::Bearer => "Bearer ",
                SecurityKind::Header(_) => "",
            }),
        });
    }

    let description = api.description.clone().unwrap_or_default();
    let description = description.split(". ").next().unwrap_or("").to_string();
    files.push(GeneratedFile::new(
        format!("{SRC}/TesseraClient.java"),
        CommentStyle::Slash,
        &render_one(
            &ClientJava {
                doc: javadoc(
                    &format!("A client for the {}.\n\n{description}.", api.title),
                    "",
                ),
                version: java_string(&api.version),
                schemes,
                methods,
            },
            "java/TesseraClient.java",
        )?,
    ));
    let problem = api
        .problem
        .as_ref()
        .map(|p| pass.type_names[&p.schema].clone());
    files.push(GeneratedFile::new(
        format!("{SRC}/ApiException.java"),
        CommentStyle::Slash,
        &render_one(&ApiExceptionJava { problem }, "java/ApiException.java")?,
    ));
    for (name, doc) in STATUS_EXCEPTIONS {
        files.push(GeneratedFile::new(
            format!("{SRC}/{name}.java"),
            CommentStyle::Slash,
            &render_one(
                &StatusExceptionJava { name, doc },
                "java/StatusException.java",
            )?,
        ));
    }
    let statics: Vec<(&str, String)> = vec![
        (
            "Transport",
            render_one(&TransportJava, "java/Transport.java")?,
        ),
        (
            "RequestOptions",
            render_one(&RequestOptionsJava, "java/RequestOptions.java")?,
        ),
        (
            "RetryEvent",
            render_one(&RetryEventJava, "java/RetryEvent.java")?,
        ),
        (
            "TokenSource",
            render_one(&TokenSourceJava, "java/TokenSource.java")?,
        ),
        (
            "ClientCredentials",
            render_one(&ClientCredentialsJava, "java/ClientCredentials.java")?,
        ),
        (
            "Paginator",
            render_one(&PaginatorJava, "java/Paginator.java")?,
        ),
        (
            "TesseraException",
            render_one(&TesseraExceptionJava, "java/TesseraException.java")?,
        ),
        (
            "ConnectionException",
            render_one(&ConnectionExceptionJava, "java/ConnectionException.java")?,
        ),
        (
            "TimeoutException",
            render_one(&TimeoutExceptionJava, "java/TimeoutException.java")?,
        ),
    ];
    for (name, body) in statics {
        files.push(GeneratedFile::new(
            format!("{SRC}/{name}.java"),
            CommentStyle::Slash,
            &body,
        ));
    }
    files.push(GeneratedFile::new(
        "pom.xml",
        CommentStyle::Html,
        &render_one(
            &PomXml {
                group: GROUP_ID,
                version: api.version.clone(),
                title: api.title.clone(),
            },
            "java/pom.xml",
        )?,
    ));
    let operations = api
        .operations
        .iter()
        .map(|o| {
            (
                format!("`{}`", member(&o.id)),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            )
        })
        .collect();
    files.push(GeneratedFile::new(
        "README.md",
        CommentStyle::Html,
        &render_one(
            &ReadmeMd {
                version: api.version.clone(),
                group: GROUP_ID,
                operations,
            },
            "java/README.md",
        )?,
    ));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

pub(crate) fn error_class(status: u16) -> &'static str {
    match status {
        400 => "BadRequestException",
        401 => "AuthenticationException",
        403 => "PermissionDeniedException",
        404 => "NotFoundException",
        409 => "ConflictException",
        422 => "UnprocessableException",
        429 => "RateLimitedException",
        500..=599 => "InternalServerException",
        _ => "ApiException",
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

    /// The boxed (nullable) Java type of `ty`.
    fn boxed(&self, ty: &Type) -> String {
        match ty {
            Type::String => "String".into(),
            Type::DateTime => "OffsetDateTime".into(),
            Type::Integer => "Long".into(),
            Type::Number => "Double".into(),
            Type::Boolean => "Boolean".into(),
            Type::Any => "JsonNode".into(),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Alias(inner)) => self.boxed(inner),
                _ => self.type_names[name].clone(),
            },
            Type::Array(inner) => format!("List<{}>", self.boxed(inner)),
            Type::Map(inner) => format!("Map<String, {}>", self.boxed(inner)),
            Type::Nullable(inner) => self.boxed(inner),
        }
    }

    /// The Java type of a required value: a primitive for numbers and booleans.
    fn required(&self, ty: &Type) -> String {
        match ty {
            Type::Integer => "long".into(),
            Type::Number => "double".into(),
            Type::Boolean => "boolean".into(),
            other => self.boxed(other),
        }
    }

    fn fields<'t>(
        &self,
        owner: &str,
        fields: impl Iterator<Item = (&'t str, &'t Type, bool, Option<&'t str>)>,
    ) -> Result<Vec<JavaField>> {
        let mut names = Names::new(LANG, format!("components of {owner}"));
        let mut out = Vec::new();
        for (wire, ty, required, doc) in fields {
            let name = member(wire);
            if !is_identifier(&name, true) {
                return Err(Error::Naming {
                    lang: LANG,
                    what: format!("field `{wire}` of {owner} makes no identifier"),
                });
            }
            names.claim(&name, format!("field {wire}"))?;
            let java = if required {
                self.required(ty)
            } else {
                self.boxed(ty)
            };
            let mut text = escape_doc(doc.unwrap_or("").trim());
            if !required {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str("Optional: {@code null} when absent.");
            }
            out.push(JavaField {
                doc: text.replace('\n', " "),
                wire: java_string(wire),
                raw: escape_doc(wire),
                primitive: java.chars().next().is_some_and(char::is_lowercase),
                boxed: self.boxed(ty),
                ty: java,
                name,
                required,
            });
        }
        Ok(out)
    }

    #[allow(clippy::type_complexity)]
    fn method(
        &self,
        op: &Operation,
        top: &mut Names,
        members: &mut Names,
    ) -> Result<(Vec<JavaMethod>, Option<(String, Vec<JavaField>)>)> {
        let name = member(&op.id);
        if !is_identifier(&name, false) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("operationId `{}` makes no method name", op.id),
            });
        }
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        let mut params = Vec::new();
        let mut args = Vec::new();
        let mut vars = BTreeMap::new();
        for p in &op.path_params {
            let var = member(&p.name);
            locals.claim(&var, format!("path parameter {}", p.name))?;
            params.push(format!("{} {var}", self.boxed(&p.ty)));
            args.push(var.clone());
            vars.insert(p.name.clone(), var);
        }
        let mut parts = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            if start > 0 {
                parts.push(java_string(&rest[..start]));
            }
            parts.push(format!("enc({})", vars[&rest[start + 1..end]]));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        if !rest.is_empty() || parts.is_empty() {
            parts.push(java_string(rest));
        }
        let path = parts.join(" + ");

        let mut call = vec![java_string(op.method.as_str()), path];
        match &op.body {
            Some(body) => {
                params.push(format!("{} body", self.boxed(&body.ty)));
                args.push("body".into());
                match body.encoding {
                    BodyEncoding::Json => call.extend(["body".to_string(), "null".to_string()]),
                    BodyEncoding::Form => call.extend(["null".to_string(), "body".to_string()]),
                }
            }
            None => call.extend(["null".to_string(), "null".to_string()]),
        }
        let mut params_model = None;
        let mut query_lines = Vec::new();
        let mut optional_params = false;
        let params_name = format!("{}Params", pascal(&op.id));
        if !op.query_params.is_empty() {
            top.claim(
                &params_name,
                format!("the query parameters of operation {}", op.id),
            )?;
            let fields = self.fields(
                &params_name,
                op.query_params
                    .iter()
                    .map(|p| (p.name.as_str(), &p.ty, p.required, p.description.as_deref())),
            )?;
            for (f, p) in fields.iter().zip(&op.query_params) {
                query_lines.push(format!(
                    "query.put({}, params.{}());",
                    java_string(&p.name),
                    f.name
                ));
            }
            optional_params = op.query_params.iter().all(|p| !p.required);
            params.push(format!("{params_name} params"));
            args.push("params".into());
            params_model = Some((params_name.clone(), fields));
        }
        let schemes: Vec<String> = op.security.iter().map(|s| java_string(s)).collect();
        call.push(if query_lines.is_empty() {
            "Map.of()".to_string()
        } else {
            "query".to_string()
        });
        call.push(format!("List.of({})", schemes.join(", ")));

        let (returns, expect) = match &op.success.content {
            Content::Json(ty) => (
                self.boxed(ty),
                format!("new TypeReference<{}>() {{}}", self.boxed(ty)),
            ),
            Content::Text => ("String".to_string(), "Transport.TEXT".to_string()),
            Content::Empty => ("void".to_string(), "Transport.EMPTY".to_string()),
        };
        call.push(expect);
        call.push("options".into());
        let mut body = String::new();
        if !query_lines.is_empty() {
            body.push_str("Map<String, Object> query = new LinkedHashMap<>();\n");
            body.push_str("        if (params != null) {\n");
            for line in &query_lines {
                body.push_str(&format!("            {line}\n"));
            }
            body.push_str("        }\n        ");
        }
        let invocation = format!("transport.call({})", call.join(", "));
        if returns == "void" {
            body.push_str(&format!("{invocation};"));
        } else {
            body.push_str(&format!("return {invocation};"));
        }

        let mut doc = escape_doc(&doc_text(op.summary.as_deref(), op.description.as_deref()));
        doc.push_str(&format!(
            "\n\n<p>{{@code {} {}}}",
            op.method.as_str(),
            op.path.replace('{', "&#123;").replace('}', "&#125;")
        ));
        for e in &op.errors {
            doc.push_str(&format!(
                "\n@throws {} {} {}",
                error_class(e.status),
                e.status,
                escape_doc(e.description.as_deref().unwrap_or("")).replace('\n', " ")
            ));
        }
        if op.deprecated {
            doc.push_str("\n@deprecated the API marks this operation deprecated");
        }
        let params_less = params
            .iter()
            .filter(|p| !p.ends_with(" params"))
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let without_params = optional_params.then(|| {
            args.iter()
                .map(|a| if a == "params" { "null" } else { a.as_str() })
                .collect::<Vec<_>>()
                .join(", ")
        });
        let mut methods = vec![JavaMethod {
            doc: javadoc(&doc, "    "),
            name: name.clone(),
            returns: returns.clone(),
            params: params.join(", "),
            args: args.join(", "),
            without_params: without_params.clone(),
            params_less: params_less.clone(),
            body,
        }];

        if let Some(page) = &op.pagination {
            let all = format!("{name}All");
            members.claim(&all, format!("the iterator of operation {}", op.id))?;
            let item = self.boxed(&page.item);
            let cursor = op
                .query_params
                .iter()
                .any(|p| p.name == PAGE_CURSOR_PARAM && !p.required);
            if !cursor {
                return Err(invalid(
                    format!("operation {}", op.id),
                    "the `cursor` query parameter of a paginated list must be optional",
                ));
            }
            let page_args = args
                .iter()
                .map(|a| {
                    if a == "params" {
                        "start.toBuilder().cursor(cursor).build()"
                    } else {
                        a.as_str()
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            methods.push(JavaMethod {
                doc: javadoc(
                    &format!(
                        "Every {{@link {item}}} of {{@link #{name}}}, fetching the next page as iteration reaches it. Iterate it, or {{@code stream()}} it."
                    ),
                    "    ",
                ),
                name: all,
                returns: format!("Paginator<{returns}, {item}>"),
                params: params.join(", "),
                args: args.join(", "),
                without_params,
                params_less,
                body: format!(
                    "{params_name} start = params == null ? {params_name}.builder().build() : params;\n        return new Paginator<>(start.cursor(), cursor -> {name}({page_args}, options), {returns}::data, {returns}::nextCursor);"
                ),
            });
        }
        Ok((methods, params_model))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javadoc_escapes_html_and_comment_ends() {
        assert_eq!(
            javadoc(&escape_doc("a */ b <c> & @d"), ""),
            "/**\n * a *&#47; b &lt;c&gt; &amp; &#64;d\n */\n"
        );
        assert_eq!(javadoc(" ", ""), "");
    }

    #[test]
    fn members_avoid_keywords() {
        assert_eq!(member("default"), "default_");
        assert_eq!(member("next_cursor"), "nextCursor");
    }
}
