//! What every plan shares: the HTTP client, the issuer's metadata and keys, and the clients
//! and user the suite acts as.

use std::time::Duration;

use base64::Engine;
use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde_json::Value;

use crate::cli::{AuthMethod, RunOptions};

/// A registered client the suite can act as.
#[derive(Clone, Debug)]
pub struct ClientCreds {
    pub id: String,
    pub secret: String,
    pub auth: AuthMethod,
}

/// A client and user for the authorization-code plans.
#[derive(Clone, Debug)]
pub struct CodeFlowSetup {
    pub client: ClientCreds,
    pub redirect_uri: String,
    pub username: String,
    pub password: String,
}

/// The management API of a Tessera deployment, when the suite has an admin key.
#[derive(Clone, Debug)]
pub struct Admin {
    pub base: String,
    pub tenant: String,
    pub key: String,
}

pub struct Context {
    pub options: RunOptions,
    /// Never follows redirects (the suite inspects them) and keeps no cookies.
    pub http: reqwest::Client,
    pub issuer: String,
    /// The OpenID Provider metadata, when it could be fetched and parsed.
    pub metadata: Option<Value>,
    pub jwks: Option<Value>,
    pub client: Option<ClientCreds>,
    /// A second client, for checks about one client's tokens seen by another.
    pub other_client: Option<ClientCreds>,
    pub resource: Option<String>,
    pub code_flow: Option<CodeFlowSetup>,
    pub admin: Option<Admin>,
}

/// A response read whole.
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Result<Value, String> {
        serde_json::from_str(&self.text).map_err(|e| {
            format!(
                "HTTP {}: body is not JSON ({e}): {}",
                self.status,
                snippet(&self.text)
            )
        })
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The media type without parameters, lowercased.
    pub fn media_type(&self) -> String {
        self.content_type()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// "HTTP 400: {body}" for messages.
    pub fn describe(&self) -> String {
        format!("HTTP {}: {}", self.status, snippet(&self.text))
    }
}

pub fn snippet(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 300 {
        format!("{}…", flat.chars().take(300).collect::<String>())
    } else {
        flat
    }
}

pub fn build_http(timeout: Duration, cookies: bool) -> Result<reqwest::Client, String> {
    // reqwest is built without a default rustls provider (FIELD-NOTES); the first call
    // installs aws-lc-rs, later ones find it installed.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(cookies)
        .timeout(timeout)
        .user_agent(concat!("tessera-conformance/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| format!("could not build the HTTP client: {e}"))
}

pub async fn read(response: Result<reqwest::Response, reqwest::Error>) -> Result<Reply, String> {
    let response = response.map_err(|e| format!("request failed: {e}"))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response
        .text()
        .await
        .map_err(|e| format!("could not read the body: {e}"))?;
    Ok(Reply {
        status,
        headers,
        text,
    })
}

impl Context {
    pub async fn get(&self, url: &str) -> Result<Reply, String> {
        read(self.http.get(url).send().await).await
    }

    /// A metadata member as a string.
    pub fn meta_str(&self, name: &str) -> Option<&str> {
        self.metadata.as_ref()?.get(name)?.as_str()
    }

    /// A metadata member as a list of strings (empty when absent).
    pub fn meta_list(&self, name: &str) -> Vec<String> {
        self.metadata
            .as_ref()
            .and_then(|m| m.get(name))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// POSTs a form to `url`, authenticating as `client` per its method (RFC 6749 §2.3.1).
    pub async fn post_as(
        &self,
        url: &str,
        client: Option<&ClientCreds>,
        form: &[(&str, &str)],
    ) -> Result<Reply, String> {
        let mut fields: Vec<(String, String)> = form
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut request = self.http.post(url);
        match client {
            Some(c) if c.auth == AuthMethod::Basic => {
                request = request.header("authorization", basic(&c.id, &c.secret));
            }
            Some(c) => {
                fields.push(("client_id".into(), c.id.clone()));
                fields.push(("client_secret".into(), c.secret.clone()));
            }
            None => {}
        }
        read(request.form(&fields).send().await).await
    }

    /// A client_credentials access token for `client` (with the configured resource).
    pub async fn client_credentials(&self, client: &ClientCreds) -> Result<Value, String> {
        let endpoint = self
            .meta_str("token_endpoint")
            .ok_or("the metadata has no token_endpoint")?;
        let mut form = vec![("grant_type", "client_credentials")];
        if let Some(resource) = &self.resource {
            form.push(("resource", resource));
        }
        let reply = self.post_as(endpoint, Some(client), &form).await?;
        if reply.status != 200 {
            return Err(format!(
                "the client_credentials request failed: {}",
                reply.describe()
            ));
        }
        let body = reply.json()?;
        if body["access_token"].as_str().is_none() {
            return Err(format!("no access_token in {body}"));
        }
        Ok(body)
    }
}

/// RFC 6749 §2.3.1: id and secret form-urlencoded, then Basic.
pub fn basic(id: &str, secret: &str) -> String {
    let encoded = format!("{}:{}", form_encode(id), form_encode(secret));
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(encoded)
    )
}

fn form_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
