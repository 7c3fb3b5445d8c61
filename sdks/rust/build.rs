// generated from spec/openapi.yaml by tessera-codegen, do not edit
//! Generates the client from `openapi.json`, the OpenAPI 3.0 document that tessera-codegen
//! renders from spec/openapi.yaml, with progenitor (builder interface, hooks implemented by
//! the hand-written layer in src/), then appends the tables that layer reads: the security
//! schemes of each operation, the error codes, and a `stream()` over every cursor page.
//! The result is `$OUT_DIR/client.rs`, included by `src/generated.rs`.

use std::fmt::Write as _;

use heck::{ToPascalCase, ToSnakeCase};
use serde_json::Value;

const DOCUMENT: &str = "openapi.json";

fn main() {
    println!("cargo:rerun-if-changed={DOCUMENT}");
    let text =
        std::fs::read_to_string(DOCUMENT).unwrap_or_else(|e| panic!("cannot read {DOCUMENT}: {e}"));
    let json: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{DOCUMENT} is not JSON: {e}"));
    let spec: openapiv3::OpenAPI = serde_json::from_value(json.clone())
        .unwrap_or_else(|e| panic!("{DOCUMENT} is not an OpenAPI 3.0 document: {e}"));

    let inner: proc_macro2::TokenStream = "crate::Settings"
        .parse()
        .unwrap_or_else(|e| panic!("inner type: {e}"));
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(inner)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_derive("PartialEq");
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator
        .generate_tokens(&spec)
        .unwrap_or_else(|e| panic!("progenitor cannot generate a client from {DOCUMENT}: {e}"));
    let file: syn::File =
        syn::parse2(tokens).unwrap_or_else(|e| panic!("progenitor's output does not parse: {e}"));
    let mut code = prettyplease::unparse(&file);
    tables(&json, &mut code);

    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let path = std::path::Path::new(&out).join("client.rs");
    std::fs::write(&path, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn operations(json: &Value) -> impl Iterator<Item = &Value> {
    json["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
}

fn tables(json: &Value, code: &mut String) {
    // Security: the schemes any one of which authorises an operation, in the spec's order.
    code.push_str(
        "\n/// The security schemes, any one of which authorises the operation.\n\
         pub(crate) fn operation_security(operation_id: &str) -> &'static [&'static str] {\n    \
         match operation_id {\n",
    );
    for op in operations(json) {
        let id = op["operationId"].as_str().unwrap_or_default();
        let schemes: Vec<String> = op["security"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .flat_map(|requirement| requirement.keys())
            .map(|name| format!("{name:?}"))
            .collect();
        if !schemes.is_empty() {
            // progenitor's OperationInfo names operations in snake_case.
            let id = id.to_snake_case();
            let _ = writeln!(code, "        {id:?} => &[{}],", schemes.join(", "));
        }
    }
    code.push_str("        _ => &[],\n    }\n}\n");

    // Error codes: the values of the problem document's code enum.
    let codes: Vec<String> = json["x-tessera-problem"]["code_enum"]
        .as_str()
        .and_then(|name| json["components"]["schemas"][name]["enum"].as_array())
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|code| format!("{code:?}"))
        .collect();
    let _ = writeln!(
        code,
        "\n/// Every `code` a problem document of this API version may carry.\n\
         pub const ERROR_CODES: &[&str] = &[{}];",
        codes.join(", ")
    );

    // The problem document's type, whatever the spec calls it.
    let problem = json["x-tessera-problem"]["schema"]
        .as_str()
        .map_or("serde_json::Value".to_string(), |name| {
            format!("types::{}", name.to_pascal_case())
        });
    let _ = writeln!(
        code,
        "\n/// The problem document (RFC 9457) of error responses.\npub type Problem = {problem};"
    );

    // The client-credentials helper's one call, when the spec has a token endpoint it can
    // drive; `src/credentials.rs` is compiled only then (cfg `tessera_token_endpoint`).
    println!("cargo::rustc-check-cfg=cfg(tessera_token_endpoint)");
    let token = &json["x-tessera-token-endpoint"];
    if let (Some(op), Some(tenant), Some(request)) = (
        token["operation"].as_str(),
        token["tenant"].as_str(),
        token["request"].as_str(),
    ) {
        println!("cargo::rustc-cfg=tessera_token_endpoint");
        let _ = writeln!(
            code,
            "\n/// Sends `form` (the token request's fields, as JSON) to the token endpoint\n\
             /// (`{op}`) and answers its JSON.\n\
             pub(crate) async fn request_token(\n    \
             client: &Client,\n    \
             tenant: &str,\n    \
             form: serde_json::Value,\n\
             ) -> Result<serde_json::Value, crate::Error> {{\n    \
             let body: types::{request} = serde_json::from_value(form)\n        \
             .map_err(|e| crate::Error::InvalidRequest(format!(\"token request: {{e}}\")))?;\n    \
             let answer = crate::Typed::typed(client.{method}().{tenant}(tenant).body(body).send()).await?;\n    \
             serde_json::to_value(answer).map_err(|e| crate::Error::InvalidResponse(e.to_string()))\n\
             }}",
            request = request.to_pascal_case(),
            method = op.to_snake_case(),
            tenant = tenant.to_snake_case(),
        );
    }

    // Pages: `stream()` on the builder of every cursor-paginated operation.
    for op in operations(json) {
        let Some(item) = op["x-tessera-paginated"]["item"].as_str() else {
            continue;
        };
        let page = op["x-tessera-paginated"]["page"]
            .as_str()
            .unwrap_or_default();
        let id = op["operationId"].as_str().unwrap_or_default();
        let builder = id.to_pascal_case();
        let _ = writeln!(
            code,
            "\nimpl<'a> builder::{builder}<'a> {{\n    \
             /// Every item of every page, as a stream that fetches the next page when the\n    \
             /// current one is used up. The builder's own `cursor` is the starting point.\n    \
             pub fn stream(self) -> crate::pagination::ItemStream<'a, types::{item}> {{\n        \
             crate::pagination::stream(\n            \
             self,\n            \
             |builder: Self, cursor: String| builder.cursor(cursor),\n            \
             |builder: Self| builder.send(),\n            \
             |page: types::{page}| (page.data, page.next_cursor),\n        \
             )\n    }}\n}}"
        );
    }
}
