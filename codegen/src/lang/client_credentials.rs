//! Which operation the client-credentials helper of every SDK calls.
//!
//! The helper (RFC 6749 §4.4) is runtime code, not a spec construct: it is generated only
//! when the spec has an OAuth token endpoint it can drive, a POST with a form body carrying
//! `grant_type`, `client_id`, `client_secret`, `scope` and `resource`, one path parameter
//! (the tenant), and a JSON answer with `access_token` and `expires_in`. Specs without one
//! (the golden specs, say) get SDKs without the helper.

use crate::model::{Api, BodyEncoding, Content, Field, Method, Operation, SchemaKind, Type};

/// Form fields the helper sends.
const REQUEST_FIELDS: &[&str] = &[
    "grant_type",
    "client_id",
    "client_secret",
    "scope",
    "resource",
];
/// Response fields the helper reads.
const RESPONSE_FIELDS: &[&str] = &["access_token", "expires_in"];

/// The token operation, and the name of its one path parameter.
pub struct TokenEndpoint<'a> {
    pub op: &'a Operation,
    pub tenant_param: &'a str,
}

/// The spec's token endpoint, if it has one the helper can drive.
pub fn find(api: &Api) -> Option<TokenEndpoint<'_>> {
    api.operations.iter().find_map(|op| {
        let body = op.body.as_ref()?;
        let request = record_fields(api, &body.ty)?;
        let Content::Json(answer) = &op.success.content else {
            return None;
        };
        let response = record_fields(api, answer)?;
        let fits = op.method == Method::Post
            && body.encoding == BodyEncoding::Form
            && op.path.ends_with("/oauth/token")
            && op.path_params.len() == 1
            && has_all(request, REQUEST_FIELDS)
            && has_all(response, RESPONSE_FIELDS);
        fits.then(|| TokenEndpoint {
            op,
            tenant_param: &op.path_params[0].name,
        })
    })
}

fn record_fields<'a>(api: &'a Api, ty: &Type) -> Option<&'a [Field]> {
    let Type::Ref(name) = ty else {
        return None;
    };
    match &api.schema(name)?.kind {
        SchemaKind::Record(fields) => Some(fields),
        _ => None,
    }
}

fn has_all(fields: &[Field], names: &[&str]) -> bool {
    names.iter().all(|n| fields.iter().any(|f| f.name == *n))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn finds_the_token_endpoint_of_the_real_spec() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
        let api = crate::load_spec(&root).unwrap();
        let found = find(&api).unwrap();
        assert_eq!(found.op.id, "oauthToken");
        assert_eq!(found.tenant_param, "tenant");
    }
}
