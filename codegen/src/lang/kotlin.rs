//! Kotlin: coroutines over `java.net.http`, Jackson (with its Kotlin module) for JSON, a
//! Maven project built by kotlin-maven-plugin.
//!
//! Naming: model classes keep schema names (PascalCase) in `dev.tessera.sdk.kotlin.model`;
//! properties and functions are camelCase of the wire names and `operationId`s (a Kotlin
//! keyword is quoted in backticks); enum constants are SCREAMING_SNAKE of their values.
//! Models are data classes whose optional properties default to `null`, so named arguments
//! replace builders; a `oneOf` is a sealed interface its variants implement. Operations are
//! `suspend` functions of `TesseraClient` taking path parameters, the body, a `{Op}Params`
//! data class of query parameters and `RequestOptions`; a paginated list also gets
//! `{op}All`, a cold `Flow` over every item.

use std::collections::BTreeMap;

use askama::Template;

use super::{Names, doc_text, lines};
use crate::error::{Error, Result, invalid};
use crate::model::*;
use crate::naming::{camel, is_identifier, pascal, screaming_snake};
use crate::output::{CommentStyle, GeneratedFile, Ownership};

pub const OWNERSHIP: Ownership = Ownership {
    dir: "kotlin",
    hand_written: &["src/test", "examples"],
    ignored: &["target"],
};

const LANG: &str = "kotlin";
const SRC: &str = "src/main/kotlin/dev/tessera/sdk/kotlin";

/// Runtime names of the package, and names models refer to unqualified.
const RUNTIME_NAMES: &[&str] = &[
    "TesseraClient",
    "ClientOptions",
    "Transport",
    "RequestOptions",
    "RetryEvent",
    "TokenSource",
    "ClientCredentials",
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
    "List",
    "Map",
    "OffsetDateTime",
    "JsonNode",
    "JsonProperty",
    "String",
    "Any",
    "Long",
    "Double",
    "Boolean",
    "Flow",
    "Decoder",
];

const CLIENT_MEMBERS: &[&str] = &[
    "options",
    "withOptions",
    "clientCredentials",
    "transport",
    "enc",
];

/// Hard keywords, which need backticks as names.
const KEYWORDS: &[&str] = &[
    "as",
    "break",
    "class",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "fun",
    "if",
    "in",
    "interface",
    "is",
    "null",
    "object",
    "package",
    "return",
    "super",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "when",
    "while",
];

/// Parameter names the generated functions use themselves.
const TAKEN_PARAMS: &[&str] = &["body", "params", "options", "query"];

fn kotlin_string(s: &str) -> String {
    serde_json::Value::String(s.to_string())
        .to_string()
        .replace('$', "\\$")
}

/// Spec text made safe inside KDoc (Markdown): comment ends broken.
fn escape_doc(text: &str) -> String {
    text.replace("*/", "*&#47;").replace("/*", "/&#42;")
}

/// A KDoc block indented by `indent`, or nothing for empty text.
fn kdoc(text: &str, indent: &str) -> String {
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

fn member(name: &str) -> String {
    let out = camel(name);
    if KEYWORDS.contains(&out.as_str()) {
        format!("`{out}`")
    } else {
        out
    }
}

#[derive(Template)]
#[template(path = "kotlin/Models.kt", escape = "none")]
struct ModelsKt {
    models: Vec<KtModel>,
}

struct KtModel {
    doc: String,
    name: String,
    /// `data`, `enum` or `union`.
    kind: &'static str,
    fields: Vec<KtField>,
    implements: String,
    variant: bool,
    constants: Vec<(String, String)>,
    /// (class, ` && node.has("key")` for each of its required JSON keys)
    variants: Vec<(String, String)>,
}

struct KtField {
    wire: String,
    name: String,
    ty: String,
    default: &'static str,
}

#[derive(Template)]
#[template(path = "kotlin/TesseraClient.kt", escape = "none")]
struct ClientKt {
    doc: String,
    version: String,
    schemes: Vec<KtScheme>,
    params: Vec<KtModel>,
    methods: Vec<KtMethod>,
}

struct KtScheme {
    doc: String,
    name: String,
    property: String,
    header: String,
    prefix: String,
}

struct KtMethod {
    doc: String,
    signature: String,
    body: String,
}

#[derive(Template)]
#[template(path = "kotlin/Errors.kt", escape = "none")]
struct ErrorsKt {
    problem: Option<String>,
    statuses: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "kotlin/Transport.kt", escape = "none")]
struct TransportKt;

#[derive(Template)]
#[template(path = "kotlin/ClientCredentials.kt", escape = "none")]
struct ClientCredentialsKt;

#[derive(Template)]
#[template(path = "kotlin/pom.xml", escape = "none")]
struct PomXml {
    version: String,
    title: String,
}

#[derive(Template)]
#[template(path = "kotlin/README.md", escape = "none")]
struct ReadmeMd {
    version: String,
    operations: Vec<(String, String, String)>,
}

fn render_one(template: &impl Template, name: &'static str) -> Result<String> {
    template.render().map_err(|source| Error::Render {
        template: name,
        source,
    })
}

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

    let mut models = Vec::new();
    for schema in &api.schemas {
        let name = pass.type_names[&schema.name].clone();
        let doc = escape_doc(schema.description.as_deref().unwrap_or(""));
        let mut model = KtModel {
            doc: String::new(),
            name: name.clone(),
            kind: "data",
            fields: Vec::new(),
            implements: String::new(),
            variant: false,
            constants: Vec::new(),
            variants: Vec::new(),
        };
        match &schema.kind {
            SchemaKind::Record(fields) => {
                let interfaces = implements.get(&schema.name).cloned().unwrap_or_default();
                model.variant = !interfaces.is_empty();
                if model.variant {
                    model.implements = format!(" : {}", interfaces.join(", "));
                }
                let (kt_fields, docs) = pass.fields(
                    &schema.name,
                    fields
                        .iter()
                        .map(|f| (f.name.as_str(), &f.ty, f.required, f.description.as_deref())),
                )?;
                model.doc = class_doc(&doc, &docs);
                model.fields = kt_fields;
            }
            SchemaKind::Enum(values) => {
                model.kind = "enum";
                model.doc = kdoc(&doc, "");
                let mut names = Names::new(LANG, format!("constants of {name}"));
                names.claim("UNKNOWN", "the runtime")?;
                for v in values {
                    let constant = screaming_snake(v);
                    if !is_identifier(&constant, false) {
                        return Err(Error::Naming {
                            lang: LANG,
                            what: format!("value {v:?} of {} makes no constant", schema.name),
                        });
                    }
                    names.claim(&constant, format!("value {v:?}"))?;
                    model.constants.push((constant, kotlin_string(v)));
                }
            }
            SchemaKind::Union(variants) => {
                model.kind = "union";
                model.doc = kdoc(&doc, "");
                for v in variants {
                    let Some(SchemaKind::Record(fields)) = pass.kind(v) else {
                        return Err(invalid(
                            format!("components.schemas.{}", schema.name),
                            format!("union variant {v} is not an object"),
                        ));
                    };
                    let checks: String = fields
                        .iter()
                        .filter(|f| f.required)
                        .map(|f| format!(" && node.has({})", kotlin_string(&f.name)))
                        .collect();
                    model.variants.push((pass.type_names[v].clone(), checks));
                }
            }
            // Kotlin could alias, but the other JVM SDK can't: uses name the type itself.
            SchemaKind::Alias(_) => continue,
        }
        models.push(model);
    }

    let mut members = Names::new(LANG, "TesseraClient members");
    for m in CLIENT_MEMBERS {
        members.claim(m, "the runtime")?;
    }
    let mut methods = Vec::new();
    let mut params = Vec::new();
    for op in &api.operations {
        let (mut m, p) = pass.method(op, &mut top, &mut members)?;
        methods.append(&mut m);
        params.extend(p);
    }

    let mut options = Names::new(LANG, "ClientOptions properties");
    for p in [
        "baseUrl",
        "timeout",
        "maxRetries",
        "maxRetryDelay",
        "headers",
        "credentials",
        "httpClient",
        "onRetry",
    ] {
        options.claim(p, "the runtime")?;
    }
    let mut schemes = Vec::new();
    for s in &api.security_schemes {
        let property = camel(&s.name);
        options.claim(&property, format!("security scheme {}", s.name))?;
        schemes.push(KtScheme {
            doc: s
                .description
                .as_deref()
                .map(|d| format!(" {}", escape_doc(d).replace('\n', " ")))
                .unwrap_or_default(),
            name: kotlin_string(&s.name),
            property,
            header: kotlin_string(&match &s.kind {
                SecurityKind::Bearer => "Authorization".to_string(),
                SecurityKind::Header(h) => h.clone(),
            }),
            prefix: kotlin_string(match &s.kind {
                SecurityKind::Bearer => "Bearer ",
                SecurityKind::Header(_) => "",
            }),
        });
    }

    let problem = api
        .problem
        .as_ref()
        .map(|p| pass.type_names[&p.schema].clone());
    let statuses = crate::lang::java::STATUS_EXCEPTIONS
        .iter()
        .map(|(n, d)| (*n, d.replace("{@link #retryAfter()}", "[retryAfter]")))
        .collect();
    let description = api.description.clone().unwrap_or_default();
    let description = description.split(". ").next().unwrap_or("").to_string();
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
    Ok(vec![
        GeneratedFile::new(
            "pom.xml",
            CommentStyle::Html,
            &render_one(
                &PomXml {
                    version: api.version.clone(),
                    title: api.title.clone(),
                },
                "kotlin/pom.xml",
            )?,
        ),
        GeneratedFile::new(
            "README.md",
            CommentStyle::Html,
            &render_one(
                &ReadmeMd {
                    version: api.version.clone(),
                    operations,
                },
                "kotlin/README.md",
            )?,
        ),
        GeneratedFile::new(
            format!("{SRC}/model/Models.kt"),
            CommentStyle::Slash,
            &render_one(&ModelsKt { models }, "kotlin/Models.kt")?,
        ),
        GeneratedFile::new(
            format!("{SRC}/Errors.kt"),
            CommentStyle::Slash,
            &render_one(&ErrorsKt { problem, statuses }, "kotlin/Errors.kt")?,
        ),
        GeneratedFile::new(
            format!("{SRC}/Transport.kt"),
            CommentStyle::Slash,
            &render_one(&TransportKt, "kotlin/Transport.kt")?,
        ),
        GeneratedFile::new(
            format!("{SRC}/ClientCredentials.kt"),
            CommentStyle::Slash,
            &render_one(&ClientCredentialsKt, "kotlin/ClientCredentials.kt")?,
        ),
        GeneratedFile::new(
            format!("{SRC}/TesseraClient.kt"),
            CommentStyle::Slash,
            &render_one(
                &ClientKt {
                    doc: kdoc(
                        &format!("A client for the {}.\n\n{description}.", api.title),
                        "",
                    ),
                    version: kotlin_string(&api.version),
                    schemes,
                    params,
                    methods,
                },
                "kotlin/TesseraClient.kt",
            )?,
        ),
    ])
}

/// A class's KDoc: its description, then a `@property` per documented property.
fn class_doc(doc: &str, properties: &[(String, String)]) -> String {
    let mut text = doc.to_string();
    let documented: Vec<String> = properties
        .iter()
        .filter(|(_, d)| !d.is_empty())
        .map(|(n, d)| format!("@property {n} {d}"))
        .collect();
    if !documented.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&documented.join("\n"));
    }
    kdoc(&text, "")
}

struct Pass<'a> {
    api: &'a Api,
    type_names: BTreeMap<String, String>,
}

impl Pass<'_> {
    fn kind(&self, name: &str) -> Option<&SchemaKind> {
        self.api.schema(name).map(|s| &s.kind)
    }

    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::String => "String".into(),
            Type::DateTime => "OffsetDateTime".into(),
            Type::Integer => "Long".into(),
            Type::Number => "Double".into(),
            Type::Boolean => "Boolean".into(),
            Type::Any => "JsonNode".into(),
            Type::Ref(name) => match self.kind(name) {
                Some(SchemaKind::Alias(inner)) => self.ty(inner),
                _ => self.type_names[name].clone(),
            },
            Type::Array(inner) => format!("List<{}>", self.ty(inner)),
            Type::Map(inner) => format!("Map<String, {}>", self.ty(inner)),
            Type::Nullable(inner) => {
                let t = self.ty(inner);
                if t.ends_with('?') { t } else { format!("{t}?") }
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn fields<'t>(
        &self,
        owner: &str,
        fields: impl Iterator<Item = (&'t str, &'t Type, bool, Option<&'t str>)>,
    ) -> Result<(Vec<KtField>, Vec<(String, String)>)> {
        let mut names = Names::new(LANG, format!("properties of {owner}"));
        let mut out = Vec::new();
        let mut docs = Vec::new();
        for (wire, ty, required, doc) in fields {
            let name = member(wire);
            if !is_identifier(name.trim_matches('`'), false) {
                return Err(Error::Naming {
                    lang: LANG,
                    what: format!("field `{wire}` of {owner} makes no identifier"),
                });
            }
            names.claim(&name, format!("field {wire}"))?;
            let mut kt = self.ty(ty);
            let default = if required {
                ""
            } else {
                if !kt.ends_with('?') {
                    kt.push('?');
                }
                " = null"
            };
            docs.push((
                name.clone(),
                escape_doc(doc.unwrap_or("").trim()).replace('\n', " "),
            ));
            out.push(KtField {
                wire: kotlin_string(wire),
                name,
                ty: kt,
                default,
            });
        }
        Ok((out, docs))
    }

    fn method(
        &self,
        op: &Operation,
        top: &mut Names,
        members: &mut Names,
    ) -> Result<(Vec<KtMethod>, Option<KtModel>)> {
        let name = member(&op.id);
        if !is_identifier(name.trim_matches('`'), false) {
            return Err(Error::Naming {
                lang: LANG,
                what: format!("operationId `{}` makes no function name", op.id),
            });
        }
        members.claim(&name, format!("operation {}", op.id))?;
        let mut locals = Names::new(LANG, format!("parameters of {}", op.id));
        for taken in TAKEN_PARAMS {
            locals.claim(taken, "the generated code")?;
        }
        let mut params = Vec::new();
        let mut args = Vec::new();
        let mut vars = BTreeMap::new();
        for p in &op.path_params {
            let var = member(&p.name);
            locals.claim(&var, format!("path parameter {}", p.name))?;
            params.push(format!("{var}: {}", self.ty(&p.ty)));
            args.push(var.clone());
            vars.insert(p.name.clone(), var);
        }
        let mut parts = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
            if start > 0 {
                parts.push(kotlin_string(&rest[..start]));
            }
            parts.push(format!("enc({})", vars[&rest[start + 1..end]]));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        if !rest.is_empty() || parts.is_empty() {
            parts.push(kotlin_string(rest));
        }
        let path = parts.join(" + ");

        let mut call = vec![
            format!("method = \"{}\"", op.method.as_str()),
            format!("path = {path}"),
        ];
        if let Some(body) = &op.body {
            let ty = self.ty(&body.ty);
            params.push(if body.required {
                format!("body: {ty}")
            } else {
                format!("body: {}? = null", ty.trim_end_matches('?'))
            });
            args.push("body".into());
            call.push(match body.encoding {
                BodyEncoding::Json => "body = body".to_string(),
                BodyEncoding::Form => "form = body".to_string(),
            });
        }
        let mut params_model = None;
        let params_name = format!("{}Params", pascal(&op.id));
        if !op.query_params.is_empty() {
            top.claim(
                &params_name,
                format!("the query parameters of operation {}", op.id),
            )?;
            let (fields, docs) = self.fields(
                &params_name,
                op.query_params
                    .iter()
                    .map(|p| (p.name.as_str(), &p.ty, p.required, p.description.as_deref())),
            )?;
            let entries: Vec<String> = fields
                .iter()
                .map(|f| format!("{} to params.{}", f.wire, f.name))
                .collect();
            call.push(format!("query = mapOf({})", entries.join(", ")));
            let optional = op.query_params.iter().all(|p| !p.required);
            params.push(if optional {
                format!("params: {params_name} = {params_name}()")
            } else {
                format!("params: {params_name}")
            });
            args.push("params".into());
            params_model = Some(KtModel {
                doc: class_doc(
                    &format!(
                        "Query parameters of [TesseraClient.{}].",
                        name.trim_matches('`')
                    ),
                    &docs,
                ),
                name: params_name.clone(),
                kind: "data",
                fields,
                implements: String::new(),
                variant: false,
                constants: Vec::new(),
                variants: Vec::new(),
            });
        }
        if !op.security.is_empty() {
            let schemes: Vec<String> = op.security.iter().map(|s| kotlin_string(s)).collect();
            call.push(format!("auth = listOf({})", schemes.join(", ")));
        }
        call.push("options = options".into());
        params.push("options: RequestOptions = RequestOptions()".into());

        let (returns, body) = match &op.success.content {
            Content::Json(ty) => {
                let t = self.ty(ty);
                (
                    t.clone(),
                    format!(
                        "transport.call(Transport.Call({}), object : TypeReference<{t}>() {{}})",
                        call.join(", ")
                    ),
                )
            }
            Content::Text => (
                "String".to_string(),
                format!("transport.text(Transport.Call({}))", call.join(", ")),
            ),
            Content::Empty => (
                "Unit".to_string(),
                format!("transport.empty(Transport.Call({}))", call.join(", ")),
            ),
        };

        let mut doc = escape_doc(&doc_text(op.summary.as_deref(), op.description.as_deref()));
        doc.push_str(&format!("\n\n`{} {}`", op.method.as_str(), op.path));
        let mut throws = Vec::new();
        for e in &op.errors {
            throws.push(format!(
                "@throws {} {} {}",
                crate::lang::java::error_class(e.status),
                e.status,
                escape_doc(e.description.as_deref().unwrap_or("")).replace('\n', " ")
            ));
        }
        if !throws.is_empty() {
            doc.push_str("\n\n");
            doc.push_str(&throws.join("\n"));
        }
        let deprecated = if op.deprecated {
            "    @Deprecated(\"the API marks this operation deprecated\")\n"
        } else {
            ""
        };
        let mut methods = vec![KtMethod {
            doc: format!("{}{deprecated}", kdoc(&doc, "    ")),
            signature: format!("suspend fun {name}({}): {returns}", params.join(", ")),
            body,
        }];
        if let Some(page) = &op.pagination {
            let all = format!("{}All", name.trim_matches('`'));
            members.claim(&all, format!("the flow of operation {}", op.id))?;
            let item = self.ty(&page.item);
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
            let page_args: Vec<String> = args
                .iter()
                .map(|a| {
                    if a == "params" {
                        "params.copy(cursor = cursor)".to_string()
                    } else {
                        a.clone()
                    }
                })
                .collect();
            methods.push(KtMethod {
                doc: kdoc(
                    &format!(
                        "Every [{item}] of [{}], a cold flow that fetches the next page as collection reaches it.",
                        name.trim_matches('`')
                    ),
                    "    ",
                ),
                signature: format!("fun {all}({}): Flow<{item}>", params.join(", ")),
                body: format!(
                    "paginate(params.cursor, {{ cursor -> {name}({}, options = options) }}, {{ it.data }}, {{ it.nextCursor }})",
                    page_args.join(", ")
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
    fn keywords_are_quoted_and_strings_escape_dollars() {
        assert_eq!(member("object"), "`object`");
        assert_eq!(member("next_cursor"), "nextCursor");
        assert_eq!(kotlin_string("a$b"), "\"a\\$b\"");
    }
}
