//! The test plans, in the order they run. Each plan module declares its checks as constants
//! (listed in `CHECKS`) and an async `run` that records a result for each of them.

pub mod dcr;
pub mod discovery;
pub mod introspection;
pub mod jwt_access_token;
pub mod mcp_auth;
pub mod oauth21;
pub mod oidc_core;
pub mod tessera_api;

use crate::check::Check;

pub struct Plan {
    pub name: &'static str,
    pub about: &'static str,
    pub checks: &'static [Check],
}

pub const PLANS: &[Plan] = &[
    Plan {
        name: "oidc-discovery",
        about: "Provider metadata (OpenID Connect Discovery 1.0, RFC 8414) and the JWKS (RFC 7517/7518).",
        checks: discovery::CHECKS,
    },
    Plan {
        name: "jwt-access-token",
        about: "client_credentials access tokens as RFC 9068 JWTs, with RFC 8707 audiences.",
        checks: jwt_access_token::CHECKS,
    },
    Plan {
        name: "introspection-revocation",
        about: "Token introspection (RFC 7662) and revocation (RFC 7009).",
        checks: introspection::CHECKS,
    },
    Plan {
        name: "tessera-api",
        about: "Every operation of spec/openapi.yaml: status codes, response schemas, problem+json errors (needs --admin-key).",
        checks: tessera_api::CHECKS,
    },
    Plan {
        name: "oauth21",
        about: "OAuth 2.1 / RFC 9700 rules of the authorization code flow: PKCE, exact redirects, code replay, refresh rotation.",
        checks: oauth21::CHECKS,
    },
    Plan {
        name: "oidc-core",
        about: "OpenID Connect Core 1.0: code flow, ID token validation, nonce, at_hash, userinfo, prompt, max_age.",
        checks: oidc_core::CHECKS,
    },
    Plan {
        name: "dcr",
        about: "Dynamic Client Registration (RFC 7591) and its management (RFC 7592).",
        checks: dcr::CHECKS,
    },
    Plan {
        name: "mcp-auth",
        about: "The MCP authorization profile: RFC 8414 metadata, PKCE S256, RFC 8707 resources, RFC 9728 protected-resource metadata.",
        checks: mcp_auth::CHECKS,
    },
];

pub fn find(name: &str) -> Option<&'static Plan> {
    PLANS.iter().find(|p| p.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_ids_are_unique_and_clauses_named() {
        let mut seen = std::collections::HashSet::new();
        for plan in PLANS {
            for check in plan.checks {
                assert!(seen.insert(check.id), "duplicate check id {}", check.id);
                assert!(!check.clause.is_empty() && !check.summary.is_empty());
            }
        }
    }

    #[test]
    fn the_documentation_lists_every_check() {
        let doc = include_str!("../../../docs/conformance.md");
        for plan in PLANS {
            assert!(
                doc.contains(plan.name),
                "docs/conformance.md lacks plan {}",
                plan.name
            );
            for check in plan.checks {
                assert!(
                    doc.contains(&format!("`{}`", check.id)),
                    "docs/conformance.md lacks check {} (regenerate with `tessera-conformance list --markdown`)",
                    check.id
                );
            }
        }
    }
}
