//! C#: an async client over `HttpClient` and `System.Text.Json` (.NET 9), records as models.
//!
//! Naming: types and members are PascalCase, parameters camelCase (C# keywords get `@`),
//! operations end in `Async`. Models live in `Tessera.Models`, the runtime in `Tessera`.
//! A request body is one typed argument (`CreateUserAsync("acme", new CreateUser { ... })`),
//! as .NET SDKs do. Locals of generated code start with `_`.
//!
//! The .NET SDK is not installable from the registries this project reaches, so this
//! output is generated and kept current but not compiled by the test run (its README says so).

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result};
use crate::model::*;
use crate::naming::{camel, is_identifier, pascal};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "csharp",
    hand_written: &["tests", "examples"],
    ignored: &["bin", "obj"],
};

const LANG: &str = "csharp";

const KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "base",
    "bool",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "checked",
    "class",
    "const",
    "continue",
    "decimal",
    "default",
    "delegate",
    "do",
    "double",
    "else",
    "enum",
    "event",
    "explicit",
    "extern",
    "false",
    "finally",
    "fixed",
    "float",
    "for",
    "foreach",
    "goto",
    "if",
    "implicit",
    "in",
    "int",
    "interface",
    "internal",
    "is",
    "lock",
    "long",
    "namespace",
    "new",
    "null",
    "object",
    "operator",
    "out",
    "override",
    "params",
    "private",
    "protected",
    "public",
    "readonly",
    "ref",
    "return",
    "sbyte",
    "sealed",
    "short",
    "sizeof",
    "stackalloc",
    "static",
    "string",
    "struct",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "uint",
    "ulong",
    "unchecked",
    "unsafe",
    "ushort",
    "using",
    "virtual",
    "void",
    "volatile",
    "while",
];

/// Types of the runtime in `Tessera`, which would shadow a model of the same name.
const RUNTIME_TYPES: &[&str] = &[
    "TesseraClient",
    "BaseClient",
    "ClientOptions",
    "RequestOptions",
    "RetryEvent",
    "Json",
    "Page",
    "Version",
    "ErrorCodes",
    "ClientCredentials",
    "AccessToken",
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
];

#[derive(Template)]
#[template(path = "csharp/Models.cs", escape = "none")]
struct ModelsCs {
    enums: Vec<CsEnum>,
    records: Vec<CsRecord>,
    unions: Vec<CsUnion>,
}

struct CsEnum {
    doc: String,
    name: String,
    members: Vec<(String, String)>,
}

struct CsRecord {
    doc: String,
    name: String,
    fields: Vec<CsField>,
}

struct CsField {
    doc: String,
    name: String,
    wire: String,
    ty: String,
    required: bool,
}

struct CsUnion {
    doc: String,
    name: String,
    variants: Vec<CsVariant>,
}

struct CsVariant {
    class: String,
    var: String,
    keys: String,
}

#[derive(Template)]
#[template(path = "csharp/Errors.cs", escape = "none")]
struct ErrorsCs {
    problem: Option<String>,
    codes: Vec<String>,
}

struct CsScheme {
    name: String,
    option: String,
    header: String,
    prefix: String,
    doc: String,
}

#[derive(Template)]
#[template(path = "csharp/BaseClient.cs", escape = "none")]
struct BaseClientCs {
    schemes: Vec<CsScheme>,
}

#[derive(Template)]
#[template(path = "csharp/Page.cs", escape = "none")]
struct PageCs;

#[derive(Template)]
#[template(path = "csharp/Version.cs", escape = "none")]
struct VersionCs {
    version: String,
}

#[derive(Template)]
#[template(path = "csharp/Client.cs", escape = "none")]
struct ClientCs {
    methods: Vec<CsMethod>,
}

struct CsMethod {
    doc: String,
    name: String,
    params: String,
    returns: String,
    request: String,
    request_paged: String,
    empty: bool,
    page: Option<CsPage>,
}

struct CsPage {
    model: String,
    item: String,
    start: String,
}

#[derive(Template)]
#[template(path = "csharp/ClientCredentials.cs", escape = "none")]
struct ClientCredentialsCs {
    method: String,
    request: String,
}

#[derive(Template)]
#[template(path = "csharp/Tessera.csproj", escape = "none")]
struct Csproj {
    version: String,
}

#[derive(Template)]
#[template(path = "csharp/README.md", escape = "none")]
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

/// A C# string literal (JSON's escapes are C#'s).
fn cs_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// A `/// <summary>` block indented by `indent`; empty for no text.
fn summary(text: &str, indent: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let body = lines(&escaped);
    if body.is_empty() {
        return String::new();
    }
    let mut out = format!("{indent}/// <summary>\n");
    for line in body {
        out.push_str(&format!("{indent}/// {line}\n"));
    }
    out.push_str(&format!("{indent}/// </summary>\n"));
    out
}

fn type_name(name: &str, what: &str) -> Result<String> {
    let out = pascal(name);
    if !is_identifier(&out, false) || !out.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no C# name"),
        });
    }
    Ok(out)
}

/// A parameter name: camelCase, `@` before a keyword.
fn parameter(name: &str, what: &str) -> Result<String> {
    let out = camel(name);
    if !is_identifier(&out, false) || out.starts_with('_') {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no C# parameter"),
        });
    }
    Ok(if KEYWORDS.contains(&out.as_str()) {
        format!("@{out}")
    } else {
        out
    })
}

fn error_class(status: u16) -> &'static str {
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

pub fn render(api: &Api) -> Result<Vec<GeneratedFile>> {
    let mut top = Names::new(LANG, "types of Tessera.Models");
    for name in RUNTIME_TYPES {
        top.claim(name, "the runtime")?;
    }
    let mut class_names = std::collections::BTreeMap::new();
    for schema in &api.schemas {
        let name = type_name(&schema.name, "schema")?;
        top.claim(&name, format!("schema {}", schema.name))?;
        class_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, class_names };

    let mut enums = Vec::new();
    let mut records = Vec::new();
    let mut unions = Vec::new();
    for schema in &api.schemas {
        let name = pass.class_names[&schema.name].clone();
        let doc = summary(schema.description.as_deref().unwrap_or(""), "");
        match &schema.kind {
            SchemaKind::Enum(values) => {
                let mut names = Names::new(LANG, format!("members of {name}"));
                let mut members = Vec::new();
                for v in values {
                    let member = type_name(v, &format!("value of {}", schema.name))?;
                    names.claim(&member, format!("value {v}"))?;
                    members.push((member, cs_string(v)));
                }
                enums.push(CsEnum { doc, name, members });
            }
            SchemaKind::Alias(_) => {}
            SchemaKind::Record(fields) => {
                let mut names = Names::new(LANG, format!("properties of {name}"));
                let mut out = Vec::new();
                for f in fields {
                    let mut member =
                        type_name(&f.name, &format!("field {}.{}", schema.name, f.name))?;
                    // A member may not share its type's name.
                    if member == name {
                        member.push_str("Value");
                    }
                    names.claim(&member, format!("field {}", f.name))?;
                    let ty = pass.ty(&f.ty);
                    out.push(CsField {
                        doc: summary(f.description.as_deref().unwrap_or(""), "    "),
                        name: member,
                        wire: cs_string(&f.name),
                        ty: if f.required || ty.ends_with('?') {
                            ty
                        } else {
                            format!("{ty}?")
                        },
                        required: f.required,
                    });
                }
                records.push(CsRecord {
                    doc: if doc.is_empty() {
                        summary("A record of the API.", "")
                    } else {
                        doc
                    },
                    name,
                    fields: out,
                });
            }
            SchemaKind::Union(variants) => unions.push(CsUnion {
                doc,
                name,
                variants: variants
                    .iter()
                    .map(|v| {
                        let keys: Vec<String> = match pass.kind(v) {
                            Some(SchemaKind::Record(fields)) => fields
                                .iter()
                                .filter(|f| f.required)
                                .map(|f| cs_string(&f.name))
                                .collect(),
                            _ => Vec::new(),
                        };
                        CsVariant {
                            class: pass.class_names[v].clone(),
                            var: format!("_{}", camel(v)),
                            keys: keys.join(", "),
                        }
                    })
                    .collect(),
            }),
        }
    }

    let mut members = Names::new(LANG, "TesseraClient methods");
    for member in [
        "WithOptions",
        "RequestAsync",
        "SendAsync",
        "Options",
        "BaseUrl",
    ] {
        members.claim(member, "the runtime")?;
    }
    let methods = api
        .operations
        .iter()
        .map(|op| pass.method(op, &mut members))
        .collect::<Result<Vec<_>>>()?;

    let problem = api
        .problem
        .as_ref()
        .map(|p| format!("Models.{}", pass.class_names[&p.schema]));
    let codes = api
        .problem
        .as_ref()
        .map(|p| p.codes.iter().map(|c| cs_string(c)).collect())
        .unwrap_or_default();
    let schemes = api
        .security_schemes
        .iter()
        .map(|s| {
            Ok(CsScheme {
                name: cs_string(&s.name),
                option: type_name(&s.name, "security scheme")?,
                header: cs_string(&match &s.kind {
                    SecurityKind::Bearer => "authorization".to_string(),
                    SecurityKind::Header(h) => h.to_ascii_lowercase(),
                }),
                prefix: cs_string(match &s.kind {
                    SecurityKind::Bearer => "Bearer ",
                    SecurityKind::Header(_) => "",
                }),
                doc: s
                    .description
                    .as_deref()
                    .map(|d| d.lines().next().unwrap_or("").replace('<', "&lt;"))
                    .unwrap_or_default(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let helper = match super::client_credentials::find(api) {
        Some(endpoint) => Some(ClientCredentialsCs {
            method: format!("{}Async", type_name(&endpoint.op.id, "operationId")?),
            request: endpoint
                .op
                .body
                .as_ref()
                .map(|b| pass.ty(&b.ty))
                .unwrap_or_default(),
        }),
        None => None,
    };
    let client_credentials = helper.is_some();
    let operations = api
        .operations
        .iter()
        .map(|o| {
            Ok((
                format!("`{}Async`", type_name(&o.id, "operationId")?),
                format!("`{} {}`", o.method.as_str(), o.path),
                o.summary.clone().unwrap_or_default(),
            ))
        })
        .collect::<Result<Vec<_>>>()?;

    let mut files = vec![
        GeneratedFile::new(
            "Tessera.csproj",
            CommentStyle::Html,
            &render_one(
                &Csproj {
                    version: api.version.clone(),
                },
                "csharp/Tessera.csproj",
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
                "csharp/README.md",
            )?,
        ),
        GeneratedFile::new(
            "src/Version.cs",
            CommentStyle::Slash,
            &render_one(
                &VersionCs {
                    version: cs_string(&api.version),
                },
                "csharp/Version.cs",
            )?,
        ),
        GeneratedFile::new(
            "src/Errors.cs",
            CommentStyle::Slash,
            &render_one(&ErrorsCs { problem, codes }, "csharp/Errors.cs")?,
        ),
        GeneratedFile::new(
            "src/Models.cs",
            CommentStyle::Slash,
            &render_one(
                &ModelsCs {
                    enums,
                    records,
                    unions,
                },
                "csharp/Models.cs",
            )?,
        ),
        GeneratedFile::new(
            "src/Page.cs",
            CommentStyle::Slash,
            &render_one(&PageCs, "csharp/Page.cs")?,
        ),
        GeneratedFile::new(
            "src/BaseClient.cs",
            CommentStyle::Slash,
            &render_one(&BaseClientCs { schemes }, "csharp/BaseClient.cs")?,
        ),
        GeneratedFile::new(
            "src/Client.cs",
            CommentStyle::Slash,
            &render_one(&ClientCs { methods }, "csharp/Client.cs")?,
        ),
    ];
    if let Some(helper) = helper {
        files.push(GeneratedFile::new(
            "src/ClientCredentials.cs",
            CommentStyle::Slash,
            &render_one(&helper, "csharp/ClientCredentials.cs")?,
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

    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "string".into(),
            Type::DateTime => "DateTimeOffset".into(),
            Type::Integer => "long".into(),
            Type::Number => "double".into(),
            Type::Boolean => "bool".into(),
            Type::Any => "JsonElement".into(),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Alias(inner)) => self.ty(inner),
                _ => self.class_names[name].clone(),
            },
            Type::Array(inner) => format!("List<{}>", self.ty(inner)),
            Type::Map(inner) => format!("Dictionary<string, {}>", self.ty(inner)),
            Type::Nullable(inner) => {
                let inner = self.ty(inner);
                if inner.ends_with('?') {
                    inner
                } else {
                    format!("{inner}?")
                }
            }
        }
    }

    fn optional(&self, ty: &Type) -> String {
        let declared = self.ty(ty);
        if declared.ends_with('?') {
            declared
        } else {
            format!("{declared}?")
        }
    }

    fn method(&self, op: &Operation, members: &mut Names) -> Result<CsMethod> {
        let name = format!("{}Async", type_name(&op.id, "operationId")?);
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        locals.claim("options", "the runtime")?;
        locals.claim("cancellationToken", "the runtime")?;

        let mut required = Vec::new();
        let mut optional = Vec::new();
        let mut doc_params = Vec::new();
        let mut path_vars = std::collections::BTreeMap::new();
        for p in &op.path_params {
            let var = parameter(&p.name, "path parameter")?;
            locals.claim(&var, format!("path parameter {}", p.name))?;
            required.push(format!("{} {var}", self.ty(&p.ty)));
            doc_params.push((var.clone(), p.description.clone().unwrap_or_default()));
            path_vars.insert(p.name.clone(), var);
        }
        let mut path = String::from("$\"");
        let mut rest = op.path.as_str();
        let escape = |s: &str| s.replace('{', "{{").replace('}', "}}").replace('"', "\\\"");
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            path.push_str(&escape(&rest[..start]));
            path.push_str(&format!(
                "{{PathParam({})}}",
                path_vars[&rest[start + 1..end]]
            ));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        path.push_str(&escape(rest));
        path.push('"');

        let (mut json, mut form) = ("null".to_string(), "null".to_string());
        if let Some(body) = &op.body {
            locals.claim("body", "the request body")?;
            match body.encoding {
                BodyEncoding::Json => json = "body".into(),
                BodyEncoding::Form => form = "body".into(),
            }
            if body.required {
                required.push(format!("{} body", self.ty(&body.ty)));
            } else {
                optional.push(format!("{} body = null", self.optional(&body.ty)));
            }
            doc_params.push((
                "body".into(),
                body.description
                    .clone()
                    .unwrap_or_else(|| "The request body.".into()),
            ));
        }
        let mut query = Vec::new();
        let mut query_paged = Vec::new();
        for p in &op.query_params {
            let var = parameter(&p.name, "query parameter")?;
            locals.claim(&var, format!("query parameter {}", p.name))?;
            if p.required {
                required.push(format!("{} {var}", self.ty(&p.ty)));
            } else {
                optional.push(format!("{} {var} = null", self.optional(&p.ty)));
            }
            doc_params.push((var.clone(), p.description.clone().unwrap_or_default()));
            let wire = cs_string(&p.name);
            query.push(format!("new({wire}, {var})"));
            if op.pagination.is_some() && p.name == PAGE_CURSOR_PARAM {
                query_paged.push(format!("new({wire}, _cursor)"));
            } else {
                query_paged.push(format!("new({wire}, {var})"));
            }
        }
        let query_expr = |entries: &[String]| {
            if entries.is_empty() {
                "null".to_string()
            } else {
                format!(
                    "new KeyValuePair<string, object?>[] {{ {} }}",
                    entries.join(", ")
                )
            }
        };
        let auth = format!(
            "new[] {{ {} }}",
            op.security
                .iter()
                .map(|s| cs_string(s))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let auth = if op.security.is_empty() {
            "Array.Empty<string>()".to_string()
        } else {
            auth
        };
        let method = cs_string(op.method.as_str());
        let request = format!(
            "{method}, {path}, {}, {json}, {form}, {auth}, options, cancellationToken",
            query_expr(&query)
        );
        let request_paged = format!(
            "{method}, {path}, {}, {json}, {form}, {auth}, options, _token",
            query_expr(&query_paged)
        );

        let (returns, empty) = match &op.success.content {
            Content::Json(ty) => (self.ty(ty), false),
            Content::Text => ("string".to_string(), false),
            Content::Empty => (String::new(), true),
        };
        let page = match &op.pagination {
            Some(p) => Some(CsPage {
                model: returns.clone(),
                item: self.ty(&p.item),
                start: op
                    .query_params
                    .iter()
                    .find(|q| q.name == PAGE_CURSOR_PARAM)
                    .map(|q| parameter(&q.name, "query parameter"))
                    .transpose()?
                    .unwrap_or_else(|| "null".into()),
            }),
            None => None,
        };
        let returns = match (&page, empty) {
            (Some(p), _) => format!("Page<{}>", p.item),
            (None, true) => String::new(),
            (None, false) => returns,
        };

        let mut params = required;
        params.extend(optional);
        params.push("RequestOptions? options = null".into());
        params.push("CancellationToken cancellationToken = default".into());

        let mut doc = summary(
            &doc_text(op.summary.as_deref(), op.description.as_deref()),
            "    ",
        );
        for (var, text) in &doc_params {
            doc.push_str(&format!(
                "    /// <param name=\"{}\">{}</param>\n",
                var.trim_start_matches('@'),
                first_line(text).replace('<', "&lt;")
            ));
        }
        doc.push_str("    /// <param name=\"options\">Per-call settings.</param>\n");
        doc.push_str("    /// <param name=\"cancellationToken\">Cancels the call, retries included.</param>\n");
        for e in &op.errors {
            doc.push_str(&format!(
                "    /// <exception cref=\"{}\">{} {}</exception>\n",
                error_class(e.status),
                e.status,
                first_line(e.description.as_deref().unwrap_or("")).replace('<', "&lt;")
            ));
        }
        Ok(CsMethod {
            doc,
            name,
            params: params.join(", "),
            returns,
            request,
            request_paged,
            empty,
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
    fn keywords_get_an_at() {
        assert_eq!(parameter("class", "x").ok().as_deref(), Some("@class"));
        assert_eq!(
            parameter("next_cursor", "x").ok().as_deref(),
            Some("nextCursor")
        );
        assert_eq!(type_name("EdDSA", "x").ok().as_deref(), Some("EdDsa"));
    }
}
