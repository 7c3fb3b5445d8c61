//! The intermediate model: what the SDKs need to know about the API, with every OpenAPI
//! detail that does not change generated code already resolved. Language passes read only
//! this, never the YAML.

/// The whole API.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    /// `info.version`, which is also every SDK's package version.
    pub version: String,
    pub description: Option<String>,
    /// Lowercase hex SHA-256 of the spec file's bytes.
    pub spec_sha256: String,
    /// Named schemas, in the spec's order.
    pub schemas: Vec<Schema>,
    /// Operations in the spec's order (paths, then methods as written).
    pub operations: Vec<Operation>,
    pub security_schemes: Vec<SecurityScheme>,
    /// The problem-document schema that error responses carry, if any.
    pub problem: Option<ProblemInfo>,
}

impl Api {
    pub fn schema(&self, name: &str) -> Option<&Schema> {
        self.schemas.iter().find(|s| s.name == name)
    }
}

#[derive(Debug, Clone)]
pub struct ProblemInfo {
    /// Name of the schema of `application/problem+json` responses (`Problem`).
    pub schema: String,
    /// Name of the string enum of its `code` field (`ErrorCode`), with its values.
    pub code_enum: Option<String>,
    pub codes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub name: String,
    pub description: Option<String>,
    pub kind: SchemaKind,
}

#[derive(Debug, Clone)]
pub enum SchemaKind {
    /// An object with named fields.
    Record(Vec<Field>),
    /// A string enum.
    Enum(Vec<String>),
    /// Another name for a type (`Tags: {type: array, items: {type: string}}`).
    Alias(Type),
    /// One of several records (`oneOf` of `$ref`s, no discriminator): the variant is the
    /// first, in order, whose required fields are all present.
    Union(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The name on the wire.
    pub name: String,
    pub ty: Type,
    pub required: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    String,
    /// `type: string, format: date-time` (RFC 3339).
    DateTime,
    Integer,
    Number,
    Boolean,
    /// Any JSON value (`{}`).
    Any,
    /// A named schema.
    Ref(String),
    Array(Box<Type>),
    /// A JSON object with string keys and values of one type.
    Map(Box<Type>),
    /// The type or JSON `null`.
    Nullable(Box<Type>),
}

impl Type {
    /// The type without a `Nullable` wrapper.
    pub fn non_null(&self) -> &Type {
        match self {
            Type::Nullable(inner) => inner.non_null(),
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
}

impl Method {
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
        }
    }

    /// RFC 9110 §9.2.2: safe to repeat, so retried by default.
    pub fn is_idempotent(self) -> bool {
        matches!(
            self,
            Method::Get | Method::Put | Method::Delete | Method::Options | Method::Head
        )
    }
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`, as written.
    pub id: String,
    pub method: Method,
    /// The path template, `/v1/tenants/{tenant}`.
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tag: Option<String>,
    pub deprecated: bool,
    /// In the order they appear in the path.
    pub path_params: Vec<Param>,
    pub query_params: Vec<Param>,
    pub body: Option<Body>,
    pub success: Success,
    /// Documented error statuses, ascending.
    pub errors: Vec<ErrorResponse>,
    /// Names of security schemes, any one of which authorises the call; empty: public.
    pub security: Vec<String>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Type,
    pub required: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub ty: Type,
    pub required: bool,
    pub encoding: BodyEncoding,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    Json,
    /// `application/x-www-form-urlencoded`, for a record of scalar fields.
    Form,
}

#[derive(Debug, Clone)]
pub struct Success {
    pub status: u16,
    pub content: Content,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    Json(Type),
    /// A `text/*` body, returned as a string.
    Text,
    /// No body (204 and the like).
    Empty,
}

#[derive(Debug, Clone)]
pub struct ErrorResponse {
    pub status: u16,
    pub description: Option<String>,
}

/// A cursor-paginated list: the response record has `data: [Item]` and an optional
/// `next_cursor`, and the operation takes a `cursor` query parameter.
#[derive(Debug, Clone)]
pub struct Pagination {
    pub item: Type,
}

pub const PAGE_ITEMS_FIELD: &str = "data";
pub const PAGE_NEXT_CURSOR_FIELD: &str = "next_cursor";
pub const PAGE_CURSOR_PARAM: &str = "cursor";

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    pub name: String,
    pub kind: SecurityKind,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityKind {
    /// `Authorization: Bearer <credential>` (http bearer, oauth2, openIdConnect).
    Bearer,
    /// The credential in a request header of this name (apiKey in header).
    Header(String),
}
