//! The authorization code flow as a relying party runs it: build the authorization request
//! (RFC 6749 §4.1.1 with RFC 7636 S256 PKCE, `state`, `nonce`), let the user agent walk the
//! provider's pages, read the callback, exchange the code.

use url::Url;

use crate::context::{ClientCreds, CodeFlowSetup, Context, Reply};
use crate::jose;
use crate::user_agent::{Ending, Trace, UserAgent};

pub struct Flow<'a> {
    pub ctx: &'a Context,
    pub setup: &'a CodeFlowSetup,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
}

/// One authorization request's secrets.
#[derive(Clone, Debug)]
pub struct Request {
    pub state: String,
    pub nonce: String,
    pub verifier: String,
}

impl Request {
    pub fn new() -> Request {
        Request {
            state: jose::random(16),
            nonce: jose::random(16),
            verifier: jose::random(32),
        }
    }
}

/// A completed flow.
pub struct Completed {
    pub request: Request,
    pub callback: Url,
    pub code: String,
    pub token_reply: Reply,
    pub tokens: serde_json::Value,
}

pub const SCOPE: &str = "openid profile email offline_access";

impl<'a> Flow<'a> {
    /// The flow, when the provider has an authorization endpoint and the suite a client.
    pub fn new(ctx: &'a Context) -> Result<Flow<'a>, String> {
        let authorization_endpoint = ctx
            .meta_str("authorization_endpoint")
            .ok_or("not applicable: no authorization_endpoint")?
            .to_owned();
        let setup = ctx.code_flow.as_ref().ok_or(
            "not applicable: no client for the code flow (pass --client-id, --client-secret, --redirect-uri, --username, --password, or --admin-key)",
        )?;
        let token_endpoint = ctx
            .meta_str("token_endpoint")
            .ok_or("the metadata has no token_endpoint")?
            .to_owned();
        Ok(Flow {
            ctx,
            setup,
            authorization_endpoint,
            token_endpoint,
        })
    }

    pub fn agent(&self) -> Result<UserAgent, String> {
        let o = &self.ctx.options;
        UserAgent::new(
            std::time::Duration::from_secs(o.timeout),
            &o.login_field,
            &o.password_field,
            &self.setup.username,
            &self.setup.password,
        )
    }

    /// The standard request's parameters, with `overrides` replacing or adding members
    /// (an empty value removes one).
    pub fn url(&self, request: &Request, overrides: &[(&str, &str)]) -> String {
        let challenge = jose::s256(&request.verifier);
        let mut params: Vec<(String, String)> = [
            ("response_type", "code"),
            ("client_id", self.setup.client.id.as_str()),
            ("redirect_uri", self.setup.redirect_uri.as_str()),
            ("scope", SCOPE),
            ("state", request.state.as_str()),
            ("nonce", request.nonce.as_str()),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
            // OIDC Core §11: offline_access must come with prompt=consent.
            ("prompt", "consent"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for (key, value) in overrides {
            params.retain(|(k, _)| k != key);
            if !value.is_empty() {
                params.push(((*key).to_owned(), (*value).to_owned()));
            }
        }
        let mut url = match Url::parse(&self.authorization_endpoint) {
            Ok(u) => u,
            Err(_) => return self.authorization_endpoint.clone(),
        };
        url.query_pairs_mut().extend_pairs(params);
        url.to_string()
    }

    /// Walks an authorization request with `agent`.
    pub async fn authorize(
        &self,
        agent: &UserAgent,
        request: &Request,
        overrides: &[(&str, &str)],
    ) -> Result<(Ending, Trace), String> {
        let redirect = overrides
            .iter()
            .find(|(k, _)| *k == "redirect_uri")
            .map(|(_, v)| (*v).to_owned())
            .unwrap_or_else(|| self.setup.redirect_uri.clone());
        agent.run(&self.url(request, overrides), &redirect).await
    }

    /// Exchanges `code` (RFC 6749 §4.1.3) as `client`.
    pub async fn exchange(
        &self,
        client: &ClientCreds,
        code: &str,
        verifier: Option<&str>,
        redirect_uri: &str,
    ) -> Result<Reply, String> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
        ];
        if let Some(v) = verifier {
            form.push(("code_verifier", v));
        }
        self.ctx
            .post_as(&self.token_endpoint, Some(client), &form)
            .await
    }

    pub async fn refresh(&self, refresh_token: &str) -> Result<Reply, String> {
        self.ctx
            .post_as(
                &self.token_endpoint,
                Some(&self.setup.client),
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", refresh_token),
                ],
            )
            .await
    }

    /// A full successful flow with `agent` (signing in if the pages ask).
    pub async fn complete(
        &self,
        agent: &UserAgent,
        overrides: &[(&str, &str)],
    ) -> Result<Completed, String> {
        let request = Request::new();
        let (ending, _) = self.authorize(agent, &request, overrides).await?;
        let callback = match ending {
            Ending::Callback(url) => url,
            Ending::Stopped { status, url, body } => {
                return Err(format!(
                    "the flow stopped at {url} (HTTP {status}): {}",
                    crate::context::snippet(&crate::user_agent::visible_text(&body))
                ));
            }
        };
        if let Some(error) = param(&callback, "error") {
            return Err(format!(
                "the provider answered error={error} ({})",
                param(&callback, "error_description").unwrap_or_default()
            ));
        }
        let code = param(&callback, "code").ok_or_else(|| format!("no code in {callback}"))?;
        let token_reply = self
            .exchange(
                &self.setup.client,
                &code,
                Some(&request.verifier),
                &self.setup.redirect_uri,
            )
            .await?;
        if token_reply.status != 200 {
            return Err(format!(
                "the code exchange failed: {}",
                token_reply.describe()
            ));
        }
        let tokens = token_reply.json()?;
        Ok(Completed {
            request,
            callback,
            code,
            token_reply,
            tokens,
        })
    }
}

/// A query parameter of `url`.
pub fn param(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Whether an authorization request was refused without reaching the client with a code:
/// either an error page, or a redirect to the client carrying `error`.
pub fn refused(ending: &Ending) -> Result<(), String> {
    match ending {
        Ending::Stopped { status, .. } if *status >= 400 => Ok(()),
        Ending::Stopped { status, url, .. } => Err(format!(
            "the provider showed a page (HTTP {status} at {url}) instead of refusing"
        )),
        Ending::Callback(url) if param(url, "error").is_some() && param(url, "code").is_none() => {
            Ok(())
        }
        Ending::Callback(url) => Err(format!("the provider redirected with a code: {url}")),
    }
}
