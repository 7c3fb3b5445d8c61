//! WebAuthn relying-party ceremonies (tessera-core's `webauthn` feature) for Kotlin and
//! Swift servers that run their own passkey sign-in. Everything that crosses the boundary
//! is JSON text: the challenges to send to the browser, the browser's responses
//! (`PublicKeyCredential.toJSON()`), the ceremony states to keep server-side between start
//! and finish, and the stored credentials. The core does every check.
//!
//! Registration with `attestation: required` (a CA list) is not exposed here: the passkey
//! default, any authenticator without an attestation statement, is.

use std::sync::Arc;
use std::time::Duration;

use tessera_core::webauthn as core;

use crate::options::now_or_clock;

/// A WebAuthn failure. `code` is the core's stable code (`webauthn_ceremony_failed`...);
/// `InvalidInput` is the binding's own: a JSON or UUID argument that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum WebauthnError {
    #[error("{code}: {detail}")]
    InvalidConfiguration { code: String, detail: String },
    #[error("{code}: {detail}")]
    InvalidState { code: String, detail: String },
    #[error("{code}: {detail}")]
    StateMismatch { code: String, detail: String },
    #[error("{code}: {detail}")]
    CeremonyExpired { code: String, detail: String },
    #[error("{code}: {detail}")]
    CeremonyFailed { code: String, detail: String },
    #[error("{code}: {detail}")]
    FormatNotAllowed { code: String, detail: String },
    #[error("{code}: {detail}")]
    InvalidInput { code: String, detail: String },
}

impl From<core::Error> for WebauthnError {
    fn from(error: core::Error) -> Self {
        let code = error.code().to_owned();
        let detail = error.to_string();
        match error {
            core::Error::InvalidConfiguration(_) => Self::InvalidConfiguration { code, detail },
            core::Error::InvalidState(_) => Self::InvalidState { code, detail },
            core::Error::StateMismatch { .. } => Self::StateMismatch { code, detail },
            core::Error::CeremonyExpired { .. } => Self::CeremonyExpired { code, detail },
            core::Error::CeremonyFailed(_) => Self::CeremonyFailed { code, detail },
            core::Error::FormatNotAllowed { .. } => Self::FormatNotAllowed { code, detail },
        }
    }
}

fn invalid_input(what: &str, error: impl std::fmt::Display) -> WebauthnError {
    WebauthnError::InvalidInput {
        code: "webauthn_invalid_input".to_owned(),
        detail: format!("{what}: {error}"),
    }
}

fn parse<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T, WebauthnError> {
    serde_json::from_str(json).map_err(|e| invalid_input(what, e))
}

fn to_json<T: serde::Serialize>(what: &str, value: &T) -> Result<String, WebauthnError> {
    serde_json::to_string(value).map_err(|e| invalid_input(what, e))
}

fn credentials(jsons: &[String]) -> Result<Vec<core::StoredCredential>, WebauthnError> {
    jsons
        .iter()
        .map(|j| core::StoredCredential::from_json(j).map_err(WebauthnError::from))
        .collect()
}

fn b64url(bytes: &[u8]) -> String {
    tessera_core::b64url(bytes)
}

/// A tenant's relying-party settings.
#[derive(Debug, Clone, uniffi::Record)]
pub struct WebauthnConfig {
    /// The RP ID, e.g. `id.example.com` or `localhost` (never an IP address).
    pub rp_id: String,
    /// Origins allowed to run ceremonies, e.g. `https://app.example.com`; at least one.
    pub origins: Vec<String>,
    /// Shown by some authenticators; the RP ID when empty.
    #[uniffi(default = "")]
    pub rp_name: String,
    /// How long a started ceremony may be finished; default 300 s.
    #[uniffi(default = None)]
    pub timeout_secs: Option<u32>,
}

/// The account a credential is registered for; `id` is a UUID, the WebAuthn user handle
/// (random and stable per account, never an e-mail address).
#[derive(Debug, Clone, uniffi::Record)]
pub struct WebauthnUser {
    pub id: String,
    pub name: String,
    pub display_name: String,
}

/// A started ceremony: send `challenge_json` to the browser, keep `state_json` on the
/// server (never in the browser) until finish, which refuses it after `expires_at`.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CeremonyStart {
    pub challenge_json: String,
    pub state_json: String,
    pub expires_at: i64,
}

/// A registered credential: store `credential_json` with the account, index it by
/// `credential_id` (base64url of the browser's `rawId`).
#[derive(Debug, Clone, uniffi::Record)]
pub struct RegisteredCredential {
    pub credential_id: String,
    pub credential_json: String,
}

/// A successful sign-in.
#[derive(Debug, uniffi::Object)]
pub struct WebauthnAuthentication(core::AuthenticationOutcome);

#[uniffi::export]
impl WebauthnAuthentication {
    /// base64url of the credential that signed in: find the account by it.
    pub fn credential_id(&self) -> String {
        b64url(self.0.credential_id())
    }

    /// Whether the authenticator verified the user (PIN, biometrics).
    pub fn user_verified(&self) -> bool {
        self.0.user_verified()
    }

    /// The signature counter the authenticator reported (0 for most passkeys).
    pub fn counter(&self) -> u32 {
        self.0.counter()
    }

    /// True if the stored credential should be updated (`update_credential`).
    pub fn needs_update(&self) -> bool {
        self.0.needs_update()
    }

    /// The stored credential with this sign-in's counter and backup flags applied, if that
    /// changed it (save it then); none if nothing changed or it is another credential.
    pub fn update_credential(
        &self,
        credential_json: String,
    ) -> Result<Option<String>, WebauthnError> {
        let mut credential = core::StoredCredential::from_json(&credential_json)?;
        if credential.update(&self.0) {
            Ok(Some(credential.to_json()?))
        } else {
            Ok(None)
        }
    }
}

/// One relying party (one tenant). Create once, share across threads.
#[derive(Debug, uniffi::Object)]
pub struct WebauthnRelyingParty(core::RelyingParty);

#[uniffi::export]
impl WebauthnRelyingParty {
    /// Fails with `InvalidConfiguration` for an unusable RP ID, origin or timeout.
    #[uniffi::constructor]
    pub fn new(config: WebauthnConfig) -> Result<Arc<Self>, WebauthnError> {
        let mut core_config = core::RelyingPartyConfig::new(config.rp_id, config.origins);
        core_config.rp_name = config.rp_name;
        if let Some(secs) = config.timeout_secs {
            core_config.timeout = Duration::from_secs(u64::from(secs));
        }
        Ok(Arc::new(Self(core::RelyingParty::new(core_config)?)))
    }

    pub fn rp_id(&self) -> String {
        self.0.rp_id().to_owned()
    }

    /// Starts registering a passkey for `user`; `existing_credentials_json` are the user's
    /// stored credentials, which the browser is asked not to register twice.
    pub fn start_registration(
        &self,
        user: WebauthnUser,
        existing_credentials_json: Vec<String>,
        now: Option<i64>,
    ) -> Result<CeremonyStart, WebauthnError> {
        let user = core::WebauthnUser {
            id: core::Uuid::parse_str(&user.id).map_err(|e| invalid_input("user id", e))?,
            name: user.name,
            display_name: user.display_name,
        };
        let existing = credentials(&existing_credentials_json)?;
        let (challenge, state) = self
            .0
            .start_registration(&user, &existing, now_or_clock(now))?;
        Ok(CeremonyStart {
            challenge_json: to_json("challenge", &challenge)?,
            expires_at: state.expires_at(),
            state_json: state.to_json()?,
        })
    }

    /// Checks the browser's registration response (`PublicKeyCredential.toJSON()`)
    /// against the state `start_registration` returned.
    pub fn finish_registration(
        &self,
        response_json: String,
        state_json: String,
        now: Option<i64>,
    ) -> Result<RegisteredCredential, WebauthnError> {
        let response: core::RegisterPublicKeyCredential =
            parse("registration response", &response_json)?;
        let state = core::RegistrationState::from_json(&state_json)?;
        let credential = self
            .0
            .finish_registration(&response, &state, now_or_clock(now))?;
        Ok(RegisteredCredential {
            credential_id: b64url(credential.credential_id()),
            credential_json: credential.to_json()?,
        })
    }

    /// Starts a sign-in with one of the account's stored credentials.
    pub fn start_authentication(
        &self,
        credentials_json: Vec<String>,
        now: Option<i64>,
    ) -> Result<CeremonyStart, WebauthnError> {
        let stored = credentials(&credentials_json)?;
        let (challenge, state) = self.0.start_authentication(&stored, now_or_clock(now))?;
        Ok(CeremonyStart {
            challenge_json: to_json("challenge", &challenge)?,
            expires_at: state.expires_at(),
            state_json: state.to_json()?,
        })
    }

    /// Checks the browser's assertion (`PublicKeyCredential.toJSON()`) against the state.
    pub fn finish_authentication(
        &self,
        response_json: String,
        state_json: String,
        now: Option<i64>,
    ) -> Result<Arc<WebauthnAuthentication>, WebauthnError> {
        let response: core::PublicKeyCredential = parse("assertion", &response_json)?;
        let state = core::AuthenticationState::from_json(&state_json)?;
        let outcome = self
            .0
            .finish_authentication(&response, &state, now_or_clock(now))?;
        Ok(Arc::new(WebauthnAuthentication(outcome)))
    }
}
