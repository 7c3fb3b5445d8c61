//! WebAuthn relying-party helpers on webauthn-rs (feature `webauthn`).
//!
//! For servers that run their own passkey ceremonies: Tessera's server (one relying party
//! per tenant) and anyone embedding the core. The API is four calls around two ceremonies,
//! register and authenticate, each split in `start` (make a challenge for the browser) and
//! `finish` (check the browser's answer). Between the two, the server keeps a
//! [`RegistrationState`] or [`AuthenticationState`]; both serialise to JSON so they can live
//! in the database or Redis and **any replica can finish a ceremony another one started**.
//!
//! What this layer adds to webauthn-rs, and why:
//!
//! * **One relying party per tenant**: [`RelyingPartyConfig`] holds the RP ID, the allowed
//!   origins and the attestation preference, so a multi-tenant server builds one
//!   [`RelyingParty`] per tenant from its settings.
//! * **States are bound** to the RP ID that started them and to an expiry computed from the
//!   caller's `now` (time is a parameter, as everywhere in the core): a state replayed in
//!   another tenant or after its timeout is refused before any cryptography.
//! * **Attestation preference**: [`AttestationPreference::None`] (the default; passkeys from
//!   any authenticator, no attestation statement required) or
//!   [`AttestationPreference::Required`] (only authenticators whose attestation chains to a
//!   given CA list, e.g. for a workforce tenant that issues its own keys).
//! * **Stored credentials** ([`StoredCredential`]) are one serialisable type whatever the
//!   preference that registered them, with `update` to persist counters after sign-in.
//!
//! The wire types the browser sends and receives (`CreationChallengeResponse`,
//! `RegisterPublicKeyCredential`, `RequestChallengeResponse`, `PublicKeyCredential`) are
//! webauthn-rs's, re-exported here; they (de)serialise to the JSON of the WebAuthn Level 3
//! `toJSON()` / `parseCreationOptionsFromJSON()` forms.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{
    AttestedPasskey, AttestedPasskeyRegistration, Credential, CredentialID,
    DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration, Url,
    WebauthnError,
};
use webauthn_rs::{Webauthn, WebauthnBuilder};
use webauthn_rs_proto::{AttestationConveyancePreference, ResidentKeyRequirement};

pub use webauthn_rs::prelude::{
    AttestationCaList, AuthenticatorAttachment, CreationChallengeResponse, PublicKeyCredential,
    RegisterPublicKeyCredential, RequestChallengeResponse, Uuid,
};

/// Default time a user has to complete a ceremony (WebAuthn suggests 5 to 10 minutes).
pub const DEFAULT_CEREMONY_TIMEOUT: Duration = Duration::from_secs(300);

/// What went wrong, as a stable code (`code()`), separate from the token error catalogue.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The relying party's settings are unusable (bad RP ID, origin outside the RP ID...).
    #[error("webauthn_invalid_configuration: {0}")]
    InvalidConfiguration(String),
    /// A stored state or credential does not parse.
    #[error("webauthn_invalid_state: {0}")]
    InvalidState(String),
    /// The state was started by another relying party (another tenant).
    #[error(
        "webauthn_state_mismatch: this ceremony was started for RP ID {started}, not {current}"
    )]
    StateMismatch { started: String, current: String },
    /// The ceremony's timeout has passed.
    #[error("webauthn_ceremony_expired: the ceremony expired at {expired_at}")]
    CeremonyExpired { expired_at: i64 },
    /// The browser's response does not verify (wrong challenge, origin, signature, user
    /// verification, attestation...). The detail is for logs, not for the end user.
    #[error("webauthn_ceremony_failed: {0}")]
    CeremonyFailed(#[source] WebauthnError),
    /// The credential's attestation format is not one the relying party accepts.
    #[error("webauthn_format_not_allowed: attestation format {format:?} is not accepted")]
    FormatNotAllowed { format: String },
}

impl Error {
    /// A stable snake_case code for logs and API problem responses.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidConfiguration(_) => "webauthn_invalid_configuration",
            Error::InvalidState(_) => "webauthn_invalid_state",
            Error::StateMismatch { .. } => "webauthn_state_mismatch",
            Error::CeremonyExpired { .. } => "webauthn_ceremony_expired",
            Error::CeremonyFailed(_) => "webauthn_ceremony_failed",
            Error::FormatNotAllowed { .. } => "webauthn_format_not_allowed",
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Which authenticators may register.
#[derive(Debug, Clone, Default)]
pub enum AttestationPreference {
    /// Any authenticator; no attestation statement is requested (the passkey default).
    #[default]
    None,
    /// Only authenticators whose attestation chains to one of these CAs.
    Required {
        trusted: AttestationCaList,
        /// A hint to the browser: platform (Touch ID, Windows Hello) or roaming (USB keys).
        attachment: Option<AuthenticatorAttachment>,
    },
}

/// One relying party: a tenant's passkey settings.
#[derive(Debug, Clone)]
pub struct RelyingPartyConfig {
    /// The RP ID, a registrable domain suffix of every origin, e.g. `id.example.com` or
    /// `localhost` (an IP address is not a valid RP ID).
    pub rp_id: String,
    /// Shown by some authenticators; defaults to the RP ID when empty.
    pub rp_name: String,
    /// Origins allowed to run ceremonies, e.g. `https://app.example.com`; at least one.
    pub origins: Vec<String>,
    pub attestation: AttestationPreference,
    /// The attestation conveyance asked of the browser (WebAuthn §5.4.7). With
    /// [`AttestationPreference::None`] a statement the authenticator sends is still verified,
    /// and its format checked against `allowed_formats`.
    pub conveyance: Conveyance,
    /// Attestation statement formats accepted at registration (`packed`, `tpm`, `none`…,
    /// WebAuthn §8); empty: any.
    pub allowed_formats: Vec<String>,
    /// How long a started ceremony may be finished. Default [`DEFAULT_CEREMONY_TIMEOUT`].
    pub timeout: Duration,
}

/// The attestation conveyance preference sent with registration options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Conveyance {
    #[default]
    None,
    Indirect,
    Direct,
}

impl RelyingPartyConfig {
    pub fn new(
        rp_id: impl Into<String>,
        origins: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        RelyingPartyConfig {
            rp_id: rp_id.into(),
            rp_name: String::new(),
            origins: origins.into_iter().map(Into::into).collect(),
            attestation: AttestationPreference::None,
            conveyance: Conveyance::None,
            allowed_formats: Vec::new(),
            timeout: DEFAULT_CEREMONY_TIMEOUT,
        }
    }
}

/// The user a credential is registered for. `id` is the WebAuthn user handle: random, stable
/// per account, never an e-mail address (WebAuthn §14.6.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebauthnUser {
    pub id: Uuid,
    pub name: String,
    pub display_name: String,
}

/// A registered credential, as the server stores it (serialise with serde or
/// [`StoredCredential::to_json`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoredCredential {
    Passkey { credential: Passkey },
    Attested { credential: AttestedPasskey },
}

impl StoredCredential {
    /// The credential ID, as the browser reports it (`rawId`).
    pub fn credential_id(&self) -> &[u8] {
        self.id().as_ref()
    }

    fn id(&self) -> &CredentialID {
        match self {
            StoredCredential::Passkey { credential } => credential.cred_id(),
            StoredCredential::Attested { credential } => credential.cred_id(),
        }
    }

    fn passkey(&self) -> Passkey {
        match self {
            StoredCredential::Passkey { credential } => credential.clone(),
            StoredCredential::Attested { credential } => Passkey::from(credential.clone()),
        }
    }

    /// Applies a sign-in's counter and backup flags; true if the stored form changed and
    /// should be saved. A sign-in with another credential changes nothing.
    pub fn update(&mut self, outcome: &AuthenticationOutcome) -> bool {
        let changed = match self {
            StoredCredential::Passkey { credential } => {
                credential.update_credential(&outcome.result)
            }
            StoredCredential::Attested { credential } => {
                credential.update_credential(&outcome.result)
            }
        };
        changed.unwrap_or(false)
    }

    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string(self).map_err(|e| Error::InvalidState(e.to_string()))
    }

    pub fn from_json(json: &str) -> Result<Self> {
        serde_json::from_str(json).map_err(|e| Error::InvalidState(e.to_string()))
    }

    fn credential(&self) -> Credential {
        match self {
            StoredCredential::Passkey { credential } => Credential::from(credential.clone()),
            StoredCredential::Attested { credential } => Credential::from(credential.clone()),
        }
    }

    /// What the authenticator told about this credential, for listing it.
    pub fn info(&self) -> CredentialInfo {
        let credential = self.credential();
        CredentialInfo {
            counter: credential.counter,
            backup_eligible: credential.backup_eligible,
            backed_up: credential.backup_state,
            attestation_format: format_name(&credential.attestation_format),
        }
    }
}

/// Facts about a stored credential (WebAuthn §6.1 flags and counter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialInfo {
    pub counter: u32,
    /// BE: the credential may be synced to other devices (a multi-device passkey).
    pub backup_eligible: bool,
    /// BS: the credential is currently backed up.
    pub backed_up: bool,
    /// The attestation statement format it was registered with (`none`, `packed`…).
    pub attestation_format: String,
}

fn format_name(format: &webauthn_rs::prelude::AttestationFormat) -> String {
    serde_json::to_value(format)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum RegistrationInner {
    Passkey { state: PasskeyRegistration },
    Attested { state: AttestedPasskeyRegistration },
}

/// A registration in progress; keep it server-side (never in the browser) until `finish`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegistrationState {
    rp_id: String,
    expires_at: i64,
    inner: RegistrationInner,
}

/// A sign-in in progress; keep it server-side until `finish`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthenticationState {
    rp_id: String,
    expires_at: i64,
    state: PasskeyAuthentication,
}

macro_rules! json_state {
    ($t:ty) => {
        impl $t {
            pub fn to_json(&self) -> Result<String> {
                serde_json::to_string(self).map_err(|e| Error::InvalidState(e.to_string()))
            }

            pub fn from_json(json: &str) -> Result<Self> {
                serde_json::from_str(json).map_err(|e| Error::InvalidState(e.to_string()))
            }

            /// Unix seconds after which `finish` refuses this state.
            pub fn expires_at(&self) -> i64 {
                self.expires_at
            }
        }
    };
}
/// A username-less sign-in in progress (any discoverable credential of this RP may answer);
/// keep it server-side until `finish_discoverable_authentication`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DiscoverableState {
    rp_id: String,
    expires_at: i64,
    state: DiscoverableAuthentication,
}

json_state!(RegistrationState);
json_state!(AuthenticationState);
json_state!(DiscoverableState);

/// The result of a successful sign-in.
#[derive(Debug, Clone)]
pub struct AuthenticationOutcome {
    result: webauthn_rs::prelude::AuthenticationResult,
}

impl AuthenticationOutcome {
    /// The credential that signed in; find the account by it.
    pub fn credential_id(&self) -> &[u8] {
        self.result.cred_id().as_ref()
    }

    /// Whether the authenticator verified the user (PIN, biometrics).
    pub fn user_verified(&self) -> bool {
        self.result.user_verified()
    }

    /// The signature counter the authenticator reported (0 for most passkeys).
    pub fn counter(&self) -> u32 {
        self.result.counter()
    }

    /// True if the stored credential should be updated ([`StoredCredential::update`]).
    pub fn needs_update(&self) -> bool {
        self.result.needs_update()
    }
}

/// A relying party ready to run ceremonies. Cheap to share; build one per tenant.
#[derive(Debug)]
pub struct RelyingParty {
    webauthn: Webauthn,
    rp_id: String,
    attestation: AttestationPreference,
    conveyance: Conveyance,
    allowed_formats: Vec<String>,
    timeout_secs: i64,
}

impl RelyingParty {
    pub fn new(config: RelyingPartyConfig) -> Result<Self> {
        let bad = |why: String| Error::InvalidConfiguration(why);
        let mut origins = config
            .origins
            .iter()
            .map(|o| Url::parse(o).map_err(|e| bad(format!("origin {o:?} is not a URL: {e}"))));
        let first = origins
            .next()
            .ok_or_else(|| bad("at least one origin is required".into()))??;
        let timeout_secs = i64::try_from(config.timeout.as_secs())
            .ok()
            .filter(|s| *s > 0)
            .ok_or_else(|| bad("the ceremony timeout must be at least one second".into()))?;
        let name = if config.rp_name.is_empty() {
            config.rp_id.as_str()
        } else {
            config.rp_name.as_str()
        };
        let mut builder = WebauthnBuilder::new(&config.rp_id, &first)
            .map_err(|e| bad(format!("RP ID {:?} with origin {first}: {e}", config.rp_id)))?
            .rp_name(name)
            .timeout(config.timeout);
        for origin in origins {
            builder = builder.append_allowed_origin(&origin?);
        }
        let webauthn = builder
            .build()
            .map_err(|e| bad(format!("relying party {:?}: {e}", config.rp_id)))?;
        if let AttestationPreference::Required { trusted, .. } = &config.attestation
            && trusted.is_empty()
        {
            return Err(bad(
                "attestation is required but the CA list is empty".into()
            ));
        }
        Ok(RelyingParty {
            webauthn,
            rp_id: config.rp_id,
            attestation: config.attestation,
            conveyance: config.conveyance,
            allowed_formats: config.allowed_formats,
            timeout_secs,
        })
    }

    pub fn rp_id(&self) -> &str {
        &self.rp_id
    }

    fn check(&self, rp_id: &str, expires_at: i64, now: i64) -> Result<()> {
        if rp_id != self.rp_id {
            return Err(Error::StateMismatch {
                started: rp_id.to_owned(),
                current: self.rp_id.clone(),
            });
        }
        if now > expires_at {
            return Err(Error::CeremonyExpired {
                expired_at: expires_at,
            });
        }
        Ok(())
    }

    /// Starts registering a new credential for `user`. `existing` are the user's current
    /// credentials, which the browser is asked not to register twice. Send the challenge
    /// to the browser (`navigator.credentials.create`), keep the state.
    pub fn start_registration(
        &self,
        user: &WebauthnUser,
        existing: &[StoredCredential],
        now: i64,
    ) -> Result<(CreationChallengeResponse, RegistrationState)> {
        let exclude = (!existing.is_empty())
            .then(|| existing.iter().map(|c| c.id().clone()).collect::<Vec<_>>());
        let (challenge, inner) = match &self.attestation {
            AttestationPreference::None => {
                let (challenge, state) = self
                    .webauthn
                    .start_passkey_registration(user.id, &user.name, &user.display_name, exclude)
                    .map_err(Error::CeremonyFailed)?;
                (challenge, RegistrationInner::Passkey { state })
            }
            AttestationPreference::Required {
                trusted,
                attachment,
            } => {
                let (challenge, state) = self
                    .webauthn
                    .start_attested_passkey_registration(
                        user.id,
                        &user.name,
                        &user.display_name,
                        exclude,
                        trusted.clone(),
                        *attachment,
                    )
                    .map_err(Error::CeremonyFailed)?;
                (challenge, RegistrationInner::Attested { state })
            }
        };
        let mut challenge = challenge;
        // A passkey is a discoverable credential (WebAuthn §6.2.2): ask for one so that
        // username-less sign-in and autofill find it. `preferred`, not `required`: a security
        // key that cannot store one still registers (for sign-in by email and as a second
        // factor), and browsers create a discoverable credential whenever they can.
        if let Some(selection) = challenge.public_key.authenticator_selection.as_mut() {
            selection.resident_key = Some(ResidentKeyRequirement::Preferred);
        }
        if matches!(self.attestation, AttestationPreference::None) {
            challenge.public_key.attestation = Some(match self.conveyance {
                Conveyance::None => AttestationConveyancePreference::None,
                Conveyance::Indirect => AttestationConveyancePreference::Indirect,
                Conveyance::Direct => AttestationConveyancePreference::Direct,
            });
        }
        let state = RegistrationState {
            rp_id: self.rp_id.clone(),
            expires_at: now.saturating_add(self.timeout_secs),
            inner,
        };
        Ok((challenge, state))
    }

    /// Checks the browser's registration response against the state; returns the
    /// credential to store with the account.
    pub fn finish_registration(
        &self,
        response: &RegisterPublicKeyCredential,
        state: &RegistrationState,
        now: i64,
    ) -> Result<StoredCredential> {
        self.check(&state.rp_id, state.expires_at, now)?;
        let stored = match &state.inner {
            RegistrationInner::Passkey { state } => self
                .webauthn
                .finish_passkey_registration(response, state)
                .map(|credential| StoredCredential::Passkey { credential }),
            RegistrationInner::Attested { state } => self
                .webauthn
                .finish_attested_passkey_registration(response, state)
                .map(|credential| StoredCredential::Attested { credential }),
        }
        .map_err(Error::CeremonyFailed)?;
        let format = stored.info().attestation_format;
        if !self.allowed_formats.is_empty() && !self.allowed_formats.contains(&format) {
            return Err(Error::FormatNotAllowed { format });
        }
        Ok(stored)
    }

    /// Starts a sign-in with one of `credentials` (the account's). Send the challenge to the
    /// browser (`navigator.credentials.get`), keep the state.
    pub fn start_authentication(
        &self,
        credentials: &[StoredCredential],
        now: i64,
    ) -> Result<(RequestChallengeResponse, AuthenticationState)> {
        let passkeys: Vec<Passkey> = credentials.iter().map(StoredCredential::passkey).collect();
        let (challenge, state) = self
            .webauthn
            .start_passkey_authentication(&passkeys)
            .map_err(Error::CeremonyFailed)?;
        let state = AuthenticationState {
            rp_id: self.rp_id.clone(),
            expires_at: now.saturating_add(self.timeout_secs),
            state,
        };
        Ok((challenge, state))
    }

    /// Checks the browser's assertion against the state.
    pub fn finish_authentication(
        &self,
        response: &PublicKeyCredential,
        state: &AuthenticationState,
        now: i64,
    ) -> Result<AuthenticationOutcome> {
        self.check(&state.rp_id, state.expires_at, now)?;
        let result = self
            .webauthn
            .finish_passkey_authentication(response, &state.state)
            .map_err(Error::CeremonyFailed)?;
        Ok(AuthenticationOutcome { result })
    }

    /// Starts a username-less sign-in: no credential list, so the browser offers every
    /// passkey it holds for this RP ID (also as autofill, `mediation: "conditional"`).
    pub fn start_discoverable_authentication(
        &self,
        now: i64,
    ) -> Result<(RequestChallengeResponse, DiscoverableState)> {
        let (challenge, state) = self
            .webauthn
            .start_discoverable_authentication()
            .map_err(Error::CeremonyFailed)?;
        let state = DiscoverableState {
            rp_id: self.rp_id.clone(),
            expires_at: now.saturating_add(self.timeout_secs),
            state,
        };
        Ok((challenge, state))
    }

    /// The user handle and credential ID a username-less assertion names, to look up the
    /// account and its stored credential before `finish_discoverable_authentication`.
    pub fn identify_discoverable(&self, response: &PublicKeyCredential) -> Result<(Uuid, Vec<u8>)> {
        self.webauthn
            .identify_discoverable_authentication(response)
            .map(|(user, credential)| (user, credential.to_vec()))
            .map_err(Error::CeremonyFailed)
    }

    /// Checks a username-less assertion against the state and the credential it named.
    pub fn finish_discoverable_authentication(
        &self,
        response: &PublicKeyCredential,
        state: &DiscoverableState,
        credential: &StoredCredential,
        now: i64,
    ) -> Result<AuthenticationOutcome> {
        self.check(&state.rp_id, state.expires_at, now)?;
        let result = self
            .webauthn
            .finish_discoverable_authentication_v2(
                response,
                state.state.clone(),
                credential.credential(),
            )
            .map_err(Error::CeremonyFailed)?;
        Ok(AuthenticationOutcome { result })
    }
}
