//! PHP (8.1+): one client over ext-curl, readonly model classes and backed enums, in the
//! `Tessera` namespace.
//!
//! Naming: classes keep schema names (PascalCase); methods, properties and parameters are
//! camelCase, which PHP allows to be keywords (only `$this` is taken). Path parameters come
//! first, then the required and the optional query parameters and fields of an object body
//! (flattened, so calls read `createUser('acme', email: ...)` with named arguments), then
//! `$options`. Locals of generated code start with `_`, which no spec name can produce.

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result};
use crate::model::*;
use crate::naming::{camel, is_identifier, pascal, screaming_snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "php",
    hand_written: &["tests", "examples"],
    ignored: &["vendor", "composer.lock", ".phpunit.result.cache"],
};

const LANG: &str = "php";

/// Names a PHP class may not have (reserved words and built-in types), lowercase.
const RESERVED_CLASSES: &[&str] = &[
    "abstract",
    "and",
    "array",
    "as",
    "bool",
    "break",
    "callable",
    "case",
    "catch",
    "class",
    "clone",
    "const",
    "continue",
    "declare",
    "default",
    "do",
    "echo",
    "else",
    "elseif",
    "empty",
    "enum",
    "eval",
    "exit",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "fn",
    "for",
    "foreach",
    "function",
    "global",
    "goto",
    "if",
    "implements",
    "include",
    "instanceof",
    "insteadof",
    "int",
    "interface",
    "isset",
    "iterable",
    "list",
    "match",
    "mixed",
    "namespace",
    "never",
    "new",
    "null",
    "object",
    "or",
    "parent",
    "print",
    "private",
    "protected",
    "public",
    "readonly",
    "require",
    "return",
    "self",
    "static",
    "string",
    "switch",
    "throw",
    "trait",
    "true",
    "try",
    "unset",
    "use",
    "var",
    "void",
    "while",
    "xor",
    "yield",
];

/// `Client` members other than operations (its own and `BaseClient`'s).
const CLIENT_MEMBERS: &[&str] = &[
    "baseUrl",
    "request",
    "prepare",
    "sendOnce",
    "decode",
    "scalar",
    "path",
    "body",
    "isRetryableStatus",
    "retryDelay",
    "__construct",
];

#[derive(Template)]
#[template(path = "php/Models.php", escape = "none")]
struct ModelsPhp {
    enums: Vec<PhpEnum>,
    records: Vec<PhpRecord>,
    unions: Vec<PhpUnion>,
}

struct PhpEnum {
    doc: String,
    name: String,
    cases: Vec<(String, String)>,
}

struct PhpRecord {
    doc: String,
    name: String,
    fields: Vec<PhpField>,
}

struct PhpField {
    doc: String,
    name: String,
    wire: String,
    ty: String,
    required: bool,
    from_expr: String,
    to_expr: String,
}

struct PhpUnion {
    doc: String,
    name: String,
    ty: String,
    /// (class, PHP array literal of its required JSON keys)
    variants: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "php/Errors.php", escape = "none")]
struct ErrorsPhp {
    problem: Option<String>,
    codes: Vec<String>,
}

struct PhpScheme {
    name: String,
    option: String,
    option_literal: String,
    header: String,
    prefix: String,
    doc: String,
}

#[derive(Template)]
#[template(path = "php/BaseClient.php", escape = "none")]
struct BaseClientPhp {
    schemes: Vec<PhpScheme>,
}

#[derive(Template)]
#[template(path = "php/Page.php", escape = "none")]
struct PagePhp;

#[derive(Template)]
#[template(path = "php/Client.php", escape = "none")]
struct ClientPhp {
    schemes: Vec<PhpScheme>,
    methods: Vec<PhpMethod>,
}

struct PhpMethod {
    doc: String,
    name: String,
    params: String,
    returns: String,
    request: String,
    convert: String,
    captures: String,
    page: Option<PhpPage>,
}

struct PhpPage {
    model: String,
    start: String,
}

#[derive(Template)]
#[template(path = "php/Version.php", escape = "none")]
struct VersionPhp {
    version: String,
}

#[derive(Template)]
#[template(path = "php/autoload.php", escape = "none")]
struct AutoloadPhp {
    client_credentials: bool,
}

#[derive(Template)]
#[template(path = "php/composer.json", escape = "none")]
struct ComposerJson {
    header: &'static str,
    version: String,
}

#[derive(Template)]
#[template(path = "php/ClientCredentials.php", escape = "none")]
struct ClientCredentialsPhp {
    method: String,
}

#[derive(Template)]
#[template(path = "php/README.md", escape = "none")]
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

/// A single-quoted PHP string literal, which interpolates nothing.
pub(crate) fn php_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A `/** ... */` block indented by `indent`, ending with a newline; empty for no text.
pub(crate) fn phpdoc(text: &str, indent: &str) -> String {
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

/// A PHP variable, property or method name (without `$`) for a wire name.
fn identifier(name: &str, what: &str) -> Result<String> {
    let out = camel(name);
    if !is_identifier(&out, false) || out.starts_with('_') || out == "this" {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no PHP identifier"),
        });
    }
    Ok(out)
}

fn class_name(name: &str, what: &str) -> Result<String> {
    let out = pascal(name);
    if !is_identifier(&out, false)
        || !out.starts_with(|c: char| c.is_ascii_uppercase())
        || RESERVED_CLASSES.contains(&out.to_ascii_lowercase().as_str())
    {
        return Err(Error::Naming {
            lang: LANG,
            what: format!("{what} `{name}` makes no PHP class name"),
        });
    }
    Ok(out)
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
    // Models live in `Tessera\Models`, apart from the runtime's classes (the API has a
    // `Client` schema; `Tessera\Client` is the SDK's).
    let mut top = Names::new(LANG, "classes of Tessera\\Models");
    top.claim("ModelSupport", "the runtime")?;
    let mut class_names = std::collections::BTreeMap::new();
    for schema in &api.schemas {
        let name = class_name(&schema.name, "schema")?;
        top.claim(&name, format!("schema {}", schema.name))?;
        class_names.insert(schema.name.clone(), name);
    }
    let pass = Pass { api, class_names };

    let mut enums = Vec::new();
    let mut records = Vec::new();
    let mut unions = Vec::new();
    for schema in &api.schemas {
        let name = pass.class_names[&schema.name].clone();
        let doc = phpdoc(schema.description.as_deref().unwrap_or(""), "");
        match &schema.kind {
            SchemaKind::Enum(values) => {
                let mut names = Names::new(LANG, format!("cases of {name}"));
                let mut cases = Vec::new();
                for v in values {
                    let case = screaming_snake(v);
                    if !is_identifier(&case, false) || case.starts_with('_') {
                        return Err(Error::Naming {
                            lang: LANG,
                            what: format!("value `{v}` of {} makes no PHP enum case", schema.name),
                        });
                    }
                    names.claim(&case, format!("value {v}"))?;
                    cases.push((case, php_string(v)));
                }
                enums.push(PhpEnum { doc, name, cases });
            }
            // PHP has no type aliases: values of an alias are decoded as its target.
            SchemaKind::Alias(_) => {}
            SchemaKind::Record(fields) => records.push(pass.record(schema, fields, doc)?),
            SchemaKind::Union(variants) => unions.push(PhpUnion {
                doc,
                ty: pass.ty(&Type::Ref(schema.name.clone())),
                name,
                variants: variants
                    .iter()
                    .map(|v| {
                        let keys: Vec<String> = match pass.kind(v) {
                            Some(SchemaKind::Record(fields)) => fields
                                .iter()
                                .filter(|f| f.required)
                                .map(|f| php_string(&f.name))
                                .collect(),
                            _ => Vec::new(),
                        };
                        (pass.qualified(v), format!("[{}]", keys.join(", ")))
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
        .map(|p| p.codes.iter().map(|c| php_string(c)).collect())
        .unwrap_or_default();
    let schemes = || -> Result<Vec<PhpScheme>> {
        api.security_schemes
            .iter()
            .map(|s| {
                let option = identifier(&s.name, "security scheme")?;
                Ok(PhpScheme {
                    name: php_string(&s.name),
                    option_literal: php_string(&option),
                    option,
                    header: php_string(&match &s.kind {
                        SecurityKind::Bearer => "authorization".to_string(),
                        SecurityKind::Header(h) => h.to_ascii_lowercase(),
                    }),
                    prefix: php_string(match &s.kind {
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
        Some(endpoint) => Some(ClientCredentialsPhp {
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

    let mut files = vec![
        GeneratedFile::new(
            "composer.json",
            CommentStyle::InBody,
            &render_one(
                &ComposerJson {
                    header: crate::output::HEADER,
                    version: api.version.clone(),
                },
                "php/composer.json",
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
                "php/README.md",
            )?,
        ),
        php_file(
            "src/autoload.php",
            &render_one(&AutoloadPhp { client_credentials }, "php/autoload.php")?,
        ),
        php_file(
            "src/Version.php",
            &render_one(
                &VersionPhp {
                    version: php_string(&api.version),
                },
                "php/Version.php",
            )?,
        ),
        php_file(
            "src/Errors.php",
            &render_one(&ErrorsPhp { problem, codes }, "php/Errors.php")?,
        ),
        php_file(
            "src/Models.php",
            &render_one(
                &ModelsPhp {
                    enums,
                    records,
                    unions,
                },
                "php/Models.php",
            )?,
        ),
        php_file("src/Page.php", &render_one(&PagePhp, "php/Page.php")?),
        php_file(
            "src/BaseClient.php",
            &render_one(
                &BaseClientPhp {
                    schemes: schemes()?,
                },
                "php/BaseClient.php",
            )?,
        ),
        php_file(
            "src/Client.php",
            &render_one(
                &ClientPhp {
                    schemes: schemes()?,
                    methods,
                },
                "php/Client.php",
            )?,
        ),
    ];
    if let Some(helper) = helper {
        files.push(php_file(
            "src/ClientCredentials.php",
            &render_one(&helper, "php/ClientCredentials.php")?,
        ));
    }
    Ok(files)
}

/// A PHP file: `<?php` must come first, so the header comment goes on the second line.
fn php_file(path: &str, body: &str) -> GeneratedFile {
    let rest = body.trim_start().strip_prefix("<?php").unwrap_or(body);
    let mut file = GeneratedFile::new(path, CommentStyle::Slash, rest.trim_start_matches('\n'));
    file.contents = format!("<?php\n{}", file.contents);
    file
}

struct Pass<'a> {
    api: &'a Api,
    class_names: std::collections::BTreeMap<String, String>,
}

impl Pass<'_> {
    fn kind(&self, name: &str) -> Option<&SchemaKind> {
        self.api.schema(name).map(|s| &s.kind)
    }

    /// A model's fully qualified name, the same in every namespace.
    fn qualified(&self, name: &str) -> String {
        format!("\\Tessera\\Models\\{}", self.class_names[name])
    }

    /// A PHP type declaration.
    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "string".into(),
            Type::DateTime => "\\DateTimeImmutable".into(),
            Type::Integer => "int".into(),
            Type::Number => "float".into(),
            Type::Boolean => "bool".into(),
            Type::Any => "mixed".into(),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Alias(inner)) => self.ty(inner),
                Some(SchemaKind::Union(variants)) => variants
                    .iter()
                    .map(|v| self.qualified(v))
                    .collect::<Vec<_>>()
                    .join("|"),
                _ => self.qualified(name),
            },
            Type::Array(_) | Type::Map(_) => "array".into(),
            Type::Nullable(inner) => self.nullable(&self.ty(inner)),
        }
    }

    fn nullable(&self, ty: &str) -> String {
        if ty == "mixed" || ty.ends_with("|null") || ty.starts_with('?') {
            ty.to_string()
        } else if ty.contains('|') {
            format!("{ty}|null")
        } else {
            format!("?{ty}")
        }
    }

    /// A phpdoc type, with element types.
    fn doc_ty(&self, ty: &Type) -> String {
        match ty {
            Type::Array(inner) => format!("list<{}>", self.doc_ty(inner)),
            Type::Map(inner) => format!("array<string, {}>", self.doc_ty(inner)),
            Type::Nullable(inner) => {
                let inner = self.doc_ty(inner);
                if inner == "mixed" {
                    inner
                } else {
                    format!("{inner}|null")
                }
            }
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Alias(inner)) => self.doc_ty(inner),
                _ => self.ty(ty),
            },
            _ => self.ty(ty),
        }
    }

    /// An expression turning the decoded JSON value `expr` into `ty`.
    fn decode_expr(&self, ty: &Type, expr: &str, depth: usize) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Any => expr.to_string(),
            Type::Number => format!("(float) {expr}"),
            Type::DateTime => format!("\\Tessera\\Models\\ModelSupport::time({expr})"),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Record(_) | SchemaKind::Union(_)) => {
                    format!("{}::fromArray({expr})", self.qualified(name))
                }
                Some(SchemaKind::Enum(_)) => format!("{}::from({expr})", self.qualified(name)),
                Some(SchemaKind::Alias(inner)) => self.decode_expr(inner, expr, depth),
                None => expr.to_string(),
            },
            Type::Array(inner) | Type::Map(inner) => {
                let var = format!("$_v{depth}");
                let item = self.decode_expr(inner, &var, depth + 1);
                if item == var {
                    expr.to_string()
                } else {
                    format!("array_map(static fn ({var}) => {item}, {expr})")
                }
            }
            Type::Nullable(inner) => {
                let converted = self.decode_expr(inner, expr, depth);
                if converted == expr {
                    converted
                } else {
                    format!("({expr} === null ? null : {converted})")
                }
            }
        }
    }

    /// An expression turning the PHP value `expr` of type `ty` into a JSON-encodable value.
    fn encode_expr(&self, ty: &Type, expr: &str, depth: usize) -> String {
        match ty {
            Type::String | Type::Integer | Type::Boolean | Type::Number | Type::Any => {
                expr.to_string()
            }
            Type::DateTime => format!("\\Tessera\\Models\\ModelSupport::formatTime({expr})"),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Record(_) | SchemaKind::Union(_)) => format!("{expr}->toArray()"),
                Some(SchemaKind::Enum(_)) => format!("{expr}->value"),
                Some(SchemaKind::Alias(inner)) => self.encode_expr(inner, expr, depth),
                None => expr.to_string(),
            },
            Type::Array(inner) => {
                let var = format!("$_v{depth}");
                let item = self.encode_expr(inner, &var, depth + 1);
                if item == var {
                    expr.to_string()
                } else {
                    format!("array_map(static fn ({var}) => {item}, {expr})")
                }
            }
            Type::Map(inner) => {
                let var = format!("$_v{depth}");
                let item = self.encode_expr(inner, &var, depth + 1);
                let mapped = if item == var {
                    expr.to_string()
                } else {
                    format!("array_map(static fn ({var}) => {item}, {expr})")
                };
                format!("\\Tessera\\Models\\ModelSupport::object({mapped})")
            }
            Type::Nullable(inner) => {
                let converted = self.encode_expr(inner, expr, depth);
                if converted == expr {
                    converted
                } else {
                    format!("({expr} === null ? null : {converted})")
                }
            }
        }
    }

    /// The declared type of an optional or nullable parameter or property.
    fn param_ty(&self, ty: &Type, required: bool) -> String {
        let declared = self.ty(ty);
        if required {
            declared
        } else {
            self.nullable(&declared)
        }
    }

    fn record(&self, schema: &Schema, fields: &[Field], doc: String) -> Result<PhpRecord> {
        let class = &self.class_names[&schema.name];
        let mut names = Names::new(LANG, format!("properties of {class}"));
        let mut out = Vec::new();
        let mut optional = Vec::new();
        for f in fields {
            let name = identifier(&f.name, &format!("field {}.{}", schema.name, f.name))?;
            names.claim(&name, format!("field {}", f.name))?;
            let wire = php_string(&f.name);
            let raw = if f.required {
                format!(
                    "\\Tessera\\Models\\ModelSupport::required($data, {wire}, {})",
                    php_string(class)
                )
            } else {
                format!("$data[{wire}] ?? null")
            };
            let from_expr = if f.required {
                self.decode_expr(&f.ty, &raw, 0)
            } else {
                let converted = self.decode_expr(f.ty.non_null(), &format!("$data[{wire}]"), 0);
                if converted == format!("$data[{wire}]") {
                    raw
                } else {
                    format!("(($data[{wire}] ?? null) === null ? null : {converted})")
                }
            };
            let to_expr = self.encode_expr(f.ty.non_null(), &format!("$this->{name}"), 0);
            let to_expr = if f.required && matches!(f.ty, Type::Nullable(_)) {
                self.encode_expr(&f.ty, &format!("$this->{name}"), 0)
            } else {
                to_expr
            };
            let mut text = format!("@var {}", self.doc_ty(&f.ty));
            if !f.required && !matches!(f.ty, Type::Nullable(_)) {
                text.push_str("|null");
            }
            if let Some(d) = &f.description {
                text.push(' ');
                text.push_str(&d.trim().replace('\n', " "));
            }
            let field = PhpField {
                doc: phpdoc(&text, "        "),
                ty: self.param_ty(&f.ty, f.required),
                name,
                wire,
                required: f.required,
                from_expr,
                to_expr,
            };
            // Optional parameters after required ones, as PHP wants.
            if f.required {
                out.push(field);
            } else {
                optional.push(field);
            }
        }
        out.extend(optional);
        Ok(PhpRecord {
            doc: if doc.is_empty() {
                phpdoc("A record of the API.", "")
            } else {
                doc
            },
            name: class.clone(),
            fields: out,
        })
    }

    fn method(&self, op: &Operation, members: &mut Names) -> Result<PhpMethod> {
        let name = identifier(&op.id, "operationId")?;
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        locals.claim("options", "the runtime")?;

        let mut positional = Vec::new();
        let mut required_kw = Vec::new();
        let mut optional_kw = Vec::new();
        let mut doc_params = Vec::new();
        let mut vars = Vec::new();
        let mut path_vars = std::collections::BTreeMap::new();
        for p in &op.path_params {
            let var = identifier(&p.name, "path parameter")?;
            locals.claim(&var, format!("path parameter {}", p.name))?;
            positional.push(format!("{} ${var}", self.ty(&p.ty)));
            doc_params.push(format!(
                "@param {} ${var} {}",
                self.doc_ty(&p.ty),
                first_line(p.description.as_deref().unwrap_or(""))
            ));
            vars.push(format!("${var}"));
            path_vars.insert(p.name.clone(), var);
        }
        // The path as a concatenation of literals and encoded parameters.
        let mut parts = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            if start > 0 {
                parts.push(php_string(&rest[..start]));
            }
            parts.push(format!(
                "self::path((string) ${})",
                path_vars[&rest[start + 1..end]]
            ));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        if !rest.is_empty() || parts.is_empty() {
            parts.push(php_string(rest));
        }
        let mut call = vec![php_string(op.method.as_str()), parts.join(" . ")];

        let mut add_param = |wire: &str,
                             ty: &Type,
                             required: bool,
                             description: Option<&str>,
                             what: &str,
                             locals: &mut Names,
                             vars: &mut Vec<String>|
         -> Result<String> {
            let var = identifier(wire, what)?;
            locals.claim(&var, format!("{what} {wire}"))?;
            if required {
                required_kw.push(format!("{} ${var}", self.ty(ty)));
            } else {
                optional_kw.push(format!("{} ${var} = null", self.param_ty(ty, false)));
            }
            let mut doc_ty = self.doc_ty(ty);
            if !required && !doc_ty.ends_with("|null") && doc_ty != "mixed" {
                doc_ty.push_str("|null");
            }
            doc_params.push(format!(
                "@param {doc_ty} ${var} {}",
                first_line(description.unwrap_or(""))
            ));
            vars.push(format!("${var}"));
            Ok(var)
        };

        let mut body_param: Option<&Body> = None;
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
                        let var = add_param(
                            &f.name,
                            &f.ty,
                            f.required,
                            f.description.as_deref(),
                            "body field",
                            &mut locals,
                            &mut vars,
                        )?;
                        let value = self.encode_expr(f.ty.non_null(), &format!("${var}"), 0);
                        let value = if value == format!("${var}") {
                            value
                        } else {
                            format!("(${var} === null ? null : {value})")
                        };
                        entries.push(format!("{} => {value}", php_string(&f.name)));
                    }
                    let optional = if body.required { "" } else { ", true" };
                    call.push(format!(
                        "{keyword}: self::body([{}]{optional})",
                        entries.join(", ")
                    ));
                }
                None => {
                    locals.claim("body", "the request body")?;
                    let value = self.encode_expr(&body.ty, "$body", 0);
                    if body.required {
                        call.push(format!("{keyword}: {value}"));
                    } else {
                        call.push(format!("{keyword}: ($body === null ? null : {value})"));
                    }
                    body_param = Some(body);
                    vars.push("$body".into());
                }
            }
        }
        if !op.query_params.is_empty() {
            let mut entries = Vec::new();
            for p in &op.query_params {
                let var = add_param(
                    &p.name,
                    &p.ty,
                    p.required,
                    p.description.as_deref(),
                    "query parameter",
                    &mut locals,
                    &mut vars,
                )?;
                let value = if op.pagination.is_some() && p.name == PAGE_CURSOR_PARAM {
                    "$_cursor".to_string()
                } else {
                    format!("${var}")
                };
                entries.push(format!("{} => {value}", php_string(&p.name)));
            }
            call.push(format!("query: [{}]", entries.join(", ")));
        }
        if let Some(body) = body_param {
            if body.required {
                required_kw.insert(0, format!("{} $body", self.ty(&body.ty)));
            } else {
                optional_kw.insert(
                    0,
                    format!("{} $body = null", self.param_ty(&body.ty, false)),
                );
            }
            doc_params.push(format!("@param {} $body", self.doc_ty(&body.ty)));
        }
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| php_string(s)).collect();
            call.push(format!("auth: [{}]", schemes.join(", ")));
        }
        let (returns, doc_returns, convert, expect) = match &op.success.content {
            Content::Json(ty) => (
                self.ty(ty),
                self.doc_ty(ty),
                self.decode_expr(ty, "$_data", 0),
                "json",
            ),
            Content::Text => (
                "string".to_string(),
                "string".to_string(),
                "(string) $_data".to_string(),
                "text",
            ),
            Content::Empty => (
                "void".to_string(),
                "void".to_string(),
                String::new(),
                "empty",
            ),
        };
        call.push(format!("expect: {}", php_string(expect)));
        call.push("options: $options".into());
        vars.push("$options".into());

        let mut params = positional;
        params.extend(required_kw);
        params.extend(optional_kw);
        params.push("?RequestOptions $options = null".into());

        let page = match &op.pagination {
            Some(_) => Some(PhpPage {
                model: match &op.success.content {
                    Content::Json(Type::Ref(name)) => self.qualified(name),
                    _ => String::new(),
                },
                start: op
                    .query_params
                    .iter()
                    .find(|q| q.name == PAGE_CURSOR_PARAM)
                    .map(|q| identifier(&q.name, "query parameter").map(|v| format!("${v}")))
                    .transpose()?
                    .unwrap_or_else(|| "null".into()),
            }),
            None => None,
        };

        let mut doc = doc_text(op.summary.as_deref(), op.description.as_deref());
        let (returns, doc_returns) = match &op.pagination {
            Some(p) => {
                doc.push_str(&format!(
                    "\n\nReturns the first page; iterating it yields every {} across pages.",
                    self.doc_ty(&p.item)
                ));
                (
                    "Page".to_string(),
                    format!("Page<{}>", self.doc_ty(&p.item)),
                )
            }
            None => (returns, doc_returns),
        };
        doc.push('\n');
        for p in &doc_params {
            doc.push_str(&format!("\n{}", p.trim_end()));
        }
        doc.push_str("\n@param RequestOptions|null $options Per-call settings.");
        doc.push_str(&format!("\n@return {doc_returns}"));
        for e in &op.errors {
            doc.push_str(&format!(
                "\n@throws {} {} {}",
                error_class(e.status),
                e.status,
                first_line(e.description.as_deref().unwrap_or(""))
            ));
        }
        Ok(PhpMethod {
            doc: phpdoc(&doc, "    "),
            name,
            params: params.join(", "),
            returns,
            request: call.join(", "),
            convert,
            captures: vars.join(", "),
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
        assert_eq!(php_string("a'b\\c$d"), "'a\\'b\\\\c$d'");
    }

    #[test]
    fn names() {
        assert_eq!(
            identifier("next_cursor", "x").ok().as_deref(),
            Some("nextCursor")
        );
        assert!(identifier("this", "x").is_err());
        assert!(class_name("list", "x").is_err());
        assert_eq!(class_name("User", "x").ok().as_deref(), Some("User"));
    }

    #[test]
    fn php_open_tag_stays_first() {
        let file = php_file("a.php", "<?php\n\nnamespace X;\n");
        assert!(file.contents.starts_with("<?php\n// generated from"));
    }
}
