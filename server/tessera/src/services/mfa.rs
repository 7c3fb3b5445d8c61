//! Multi-factor authentication: TOTP authenticators (RFC 6238) with single-use recovery
//! codes, and the challenge that stands between a correct password and a session.
//!
//! - Enrolment stores a pending authenticator whose shared secret is sealed under the master
//!   key (bound to tenant and user), and shows the secret once as base32, an `otpauth://`
//!   URI and QR codes. A code from the app confirms it; confirmation enables it and shows
//!   ten recovery codes once (stored as SHA-256 hashes).
//! - A correct password for a user with an enabled authenticator yields a challenge token
//!   (hashed, five minutes, single use on success) instead of a session. The token and a
//!   code, or a recovery code, open the session.
//! - Codes of the current time step and one either side are accepted; each accepted code
//!   records its step, and codes of that step or earlier are refused from then on (RFC 6238
//!   §5.2), atomically across replicas. Wrong codes count towards the same per-email lockout
//!   as wrong passwords.
//!
//! The enrolment functions take the tenant and a user id, so the admin API and the
//! self-service (`/me`) API share them.

use serde_json::{Value, json};
use tessera_crypto::{constant_time_eq, generate_secret, hash_secret};
use tessera_store::{
    MfaChallengeRecord, MfaCompletion, TenantRecord, TotpFactorRecord, UserRecord,
};
use tessera_wire::{
    ConfirmTotp, MfaChallenge, MfaFactor, MfaVerifyRequest, RecoveryCodes, SessionTokens,
    TotpEnrolment, TotpState, TotpStatus,
};
use totp_rs::{Algorithm, Builder, Totp};
use zeroize::Zeroizing;

use super::audit::{self, Actor, Context};
use super::{App, Result, ServiceError, sessions, tenants, users};
use crate::clock::from_unix;

pub const MFA_TOKEN_PREFIX: &str = "tsm_";
pub const RECOVERY_CODE_PREFIX: &str = "tsrc_";
/// How long a challenge token lives.
pub const MFA_TOKEN_TTL_SECS: i64 = 300;
pub const RECOVERY_CODE_COUNT: usize = 10;
/// Digits per code and seconds per step: what every authenticator app assumes.
pub const DIGITS: u8 = 6;
pub const PERIOD_SECS: u64 = 30;
/// Steps accepted either side of the current one, for clock drift and typing time.
pub const SKEW_STEPS: u64 = 1;
/// 160 bits, the length RFC 4226 §4 recommends.
const SECRET_BYTES: usize = 20;
/// 80 bits per recovery code: 16 base32 characters.
const RECOVERY_CODE_BYTES: usize = 10;
const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// The associated data that binds a sealed secret to its user.
fn aad(tenant_id: &str, user_id: &str) -> Vec<u8> {
    format!("tessera totp secret\0{tenant_id}\0{user_id}").into_bytes()
}

fn totp(secret: &[u8], digits: u8) -> Result<Totp> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(digits)
        .with_step_duration(PERIOD_SECS)
        .with_skew(0)
        .with_secret(secret)
        .build()
        .map_err(|e| ServiceError::Internal(format!("TOTP parameters rejected: {e}")))
}

/// The code of `secret` at Unix time `unix` (RFC 6238 with HMAC-SHA-1).
pub fn code_at(secret: &[u8], digits: u8, unix: u64) -> Result<String> {
    Ok(totp(secret, digits)?.generate(unix).to_string())
}

/// How a presented code compares with the authenticator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodeCheck {
    /// Right, for this time step, which no code has used yet.
    Accepted(i64),
    /// Right, but for a step at or before the last one used.
    Replayed,
    Wrong,
}

/// Checks `code` against the steps around `now`. Every candidate is computed and compared
/// in constant time, so timing says nothing about which step matched.
fn check_code(secret: &[u8], code: &str, now: i64, last_used: Option<i64>) -> Result<CodeCheck> {
    let totp = totp(secret, DIGITS)?;
    let origin = u64::try_from(now).unwrap_or(0) / PERIOD_SECS;
    let mut fresh = None;
    let mut replayed = false;
    for step in origin.saturating_sub(SKEW_STEPS)..=origin.saturating_add(SKEW_STEPS) {
        let expected = totp.generate(step.saturating_mul(PERIOD_SECS)).to_string();
        if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
            let step = i64::try_from(step).unwrap_or(i64::MAX);
            if last_used.is_some_and(|used| step <= used) {
                replayed = true;
            } else {
                fresh = Some(step);
            }
        }
    }
    Ok(match (fresh, replayed) {
        (Some(step), _) => CodeCheck::Accepted(step),
        (None, true) => CodeCheck::Replayed,
        (None, false) => CodeCheck::Wrong,
    })
}

/// Spaces are allowed (apps show `123 456`); otherwise exactly six ASCII digits.
fn normalise_code(pointer: &str, code: &str) -> Result<String> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() == usize::from(DIGITS) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(ServiceError::invalid(
            pointer,
            format!("must be the {DIGITS}-digit code that the authenticator app shows"),
        ))
    }
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// A new recovery code, `tsrc_xxxx-xxxx-xxxx-xxxx`.
fn new_recovery_code() -> String {
    let mut bytes = [0u8; RECOVERY_CODE_BYTES];
    tessera_crypto::secret::fill_random(&mut bytes);
    let body = base32(&bytes);
    let groups: Vec<&str> = (0..body.len())
        .step_by(4)
        .map(|i| &body[i..(i + 4).min(body.len())])
        .collect();
    format!("{RECOVERY_CODE_PREFIX}{}", groups.join("-"))
}

/// The form a recovery code is hashed in: prefix and 16 lowercase base32 characters. The
/// user may leave out the prefix and the hyphens, add spaces, and type in any case.
fn canonical_recovery_code(input: &str) -> Option<String> {
    let lower = input.trim().to_lowercase();
    let body: String = lower
        .strip_prefix(RECOVERY_CODE_PREFIX)
        .unwrap_or(&lower)
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    (body.len() == RECOVERY_CODE_BYTES * 8 / 5 && body.bytes().all(|b| BASE32.contains(&b)))
        .then(|| format!("{RECOVERY_CODE_PREFIX}{body}"))
}

/// Ten new recovery codes and their storage hashes.
fn new_recovery_codes() -> (Vec<String>, Vec<Vec<u8>>) {
    (0..RECOVERY_CODE_COUNT)
        .map(|_| {
            let code = new_recovery_code();
            let hash = canonical_recovery_code(&code)
                .map(|c| hash_secret(&c).to_vec())
                .unwrap_or_default();
            (code, hash)
        })
        .unzip()
}

/// The QR code of `text` as an SVG document, with the four-module quiet zone scanners need.
fn qr_svg(text: &str) -> Result<String> {
    use std::fmt::Write;
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium)
        .map_err(|e| ServiceError::Internal(format!("QR encoding failed: {e}")))?;
    let border = 4;
    let dimension = qr.size() + border * 2;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                let _ = write!(path, "M{},{}h1v1h-1z", x + border, y + border);
            }
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {dimension} {dimension}\" \
         shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <path d=\"{path}\" fill=\"#000000\"/></svg>"
    ))
}

fn open_secret(app: &App, factor: &TotpFactorRecord) -> Result<Zeroizing<Vec<u8>>> {
    app.master_key
        .open(&aad(&factor.tenant_id, &factor.user_id), &factor.secret)
        .map_err(|e| {
            ServiceError::Internal(format!(
                "TOTP secret of {} (sealed under master key {}) cannot be opened: {e}",
                factor.user_id, factor.master_key_id
            ))
        })
}

fn unused_count(count: i64) -> u32 {
    u32::try_from(count).unwrap_or(0)
}

/// The user's TOTP status.
pub async fn status(app: &App, tenant: &TenantRecord, user_id: &str) -> Result<TotpStatus> {
    let user = users::find(app, tenant, user_id).await?;
    let factor = app.db.totp_factor(&tenant.id, &user.id).await?;
    let remaining = match &factor {
        Some(f) if f.enabled => app.db.unused_recovery_codes(&tenant.id, &user.id).await?,
        _ => 0,
    };
    Ok(TotpStatus {
        status: match &factor {
            None => TotpState::Disabled,
            Some(f) if f.enabled => TotpState::Enabled,
            Some(_) => TotpState::Pending,
        },
        created_at: factor.as_ref().map(|f| from_unix(f.created_at)),
        confirmed_at: factor.as_ref().and_then(|f| f.confirmed_at).map(from_unix),
        recovery_codes_remaining: unused_count(remaining),
    })
}

fn already_enabled() -> ServiceError {
    ServiceError::Conflict(
        "TOTP is already enabled for this user; disable it before enrolling another authenticator"
            .into(),
    )
}

/// Starts (or restarts) enrolment: a new secret, pending until confirmed. Shown once.
pub async fn start_enrolment(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user_id: &str,
) -> Result<TotpEnrolment> {
    let user = users::find(app, tenant, user_id).await?;
    if app
        .db
        .totp_factor(&tenant.id, &user.id)
        .await?
        .is_some_and(|f| f.enabled)
    {
        return Err(already_enabled());
    }
    let mut secret = Zeroizing::new(vec![0u8; SECRET_BYTES]);
    tessera_crypto::secret::fill_random(&mut secret);
    let now = app.clock.unix();
    let record = TotpFactorRecord {
        tenant_id: tenant.id.clone(),
        user_id: user.id.clone(),
        secret: app.master_key.seal(&aad(&tenant.id, &user.id), &secret),
        master_key_id: app.master_key.id().to_owned(),
        enabled: false,
        last_used_step: None,
        created_at: now,
        confirmed_at: None,
    };
    if !app.db.upsert_pending_totp(&record).await? {
        return Err(already_enabled());
    }
    let enrolment = enrolment_view(tenant, &user, &secret)?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "mfa.totp_enrolment_started",
        Some(("user", &user.id)),
        Value::Null,
    )
    .await?;
    Ok(enrolment)
}

/// The enrolment of a started but unconfirmed authenticator, shown again (the hosted page
/// after a mistyped confirmation code). None when no enrolment is pending.
pub async fn pending_enrolment(
    app: &App,
    tenant: &TenantRecord,
    user_id: &str,
) -> Result<Option<TotpEnrolment>> {
    let user = users::find(app, tenant, user_id).await?;
    match app.db.totp_factor(&tenant.id, &user.id).await? {
        Some(factor) if !factor.enabled => {
            let secret = open_secret(app, &factor)?;
            enrolment_view(tenant, &user, &secret).map(Some)
        }
        _ => Ok(None),
    }
}

/// What an authenticator app needs to enrol `secret`: key URI, QR codes, parameters.
fn enrolment_view(
    tenant: &TenantRecord,
    user: &tessera_store::UserRecord,
    secret: &[u8],
) -> Result<TotpEnrolment> {
    // The label's parts may not contain `:` (Key URI Format); the issuer names the tenant.
    let issuer: String = tenant.name.chars().filter(|c| *c != ':').collect();
    let issuer = if issuer.trim().is_empty() {
        tenant.slug.clone()
    } else {
        issuer
    };
    let account: String = user.email.chars().filter(|c| *c != ':').collect();
    let totp = Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS)
        .with_step_duration(PERIOD_SECS)
        .with_secret(secret)
        .with_issuer(Some(issuer))
        .with_account_name(account)
        .build()
        .map_err(|e| ServiceError::Internal(format!("TOTP parameters rejected: {e}")))?;
    let otpauth_uri = totp
        .to_url()
        .map_err(|e| ServiceError::Internal(format!("otpauth URI: {e}")))?;
    let png = totp
        .to_qr_base64()
        .map_err(|e| ServiceError::Internal(format!("QR PNG: {e}")))?;
    Ok(TotpEnrolment {
        secret: totp.secret().to_base32(),
        qr_svg: qr_svg(&otpauth_uri)?,
        qr_png: format!("data:image/png;base64,{png}"),
        otpauth_uri,
        algorithm: "SHA1".into(),
        digits: DIGITS,
        period: PERIOD_SECS as u32,
    })
}

/// Confirms the pending authenticator with a code it shows, enabling it, and returns the
/// user's recovery codes (shown once).
pub async fn confirm(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user_id: &str,
    input: ConfirmTotp,
) -> Result<RecoveryCodes> {
    let code = normalise_code("/code", &input.code)?;
    let user = users::find(app, tenant, user_id).await?;
    let factor = match app.db.totp_factor(&tenant.id, &user.id).await? {
        Some(f) if f.enabled => return Err(already_enabled()),
        Some(f) => f,
        None => {
            return Err(ServiceError::Conflict(
                "no TOTP enrolment is pending for this user; start one first".into(),
            ));
        }
    };
    let secret = open_secret(app, &factor)?;
    let now = app.clock.unix();
    let step = match check_code(&secret, &code, now, None)? {
        CodeCheck::Accepted(step) => step,
        CodeCheck::Replayed | CodeCheck::Wrong => {
            audit::record(
                app,
                &tenant.id,
                ctx,
                "mfa.totp_confirmation_failed",
                Some(("user", &user.id)),
                Value::Null,
            )
            .await?;
            return Err(ServiceError::invalid(
                "/code",
                "is not the authenticator's current code; check that the device's clock is right and enter the code it shows now",
            ));
        }
    };
    let (codes, hashes) = new_recovery_codes();
    if !app
        .db
        .enable_totp(&tenant.id, &user.id, &factor.secret, step, now, &hashes)
        .await?
    {
        return Err(ServiceError::Conflict(
            "the enrolment changed concurrently (restarted, confirmed or disabled); check its status"
                .into(),
        ));
    }
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, "TOTP enabled");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "mfa.totp_enabled",
        Some(("user", &user.id)),
        json!({ "recovery_codes": RECOVERY_CODE_COUNT }),
    )
    .await?;
    Ok(RecoveryCodes {
        recovery_codes: codes,
    })
}

/// Removes the user's authenticator (pending or enabled), recovery codes and open
/// challenges: sign-in needs only the password again.
pub async fn disable(app: &App, ctx: &Context, tenant: &TenantRecord, user_id: &str) -> Result<()> {
    let user = users::find(app, tenant, user_id).await?;
    if !app.db.delete_totp(&tenant.id, &user.id).await? {
        return Err(ServiceError::NotFound(
            "the user has no TOTP authenticator".into(),
        ));
    }
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, "TOTP disabled");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "mfa.totp_disabled",
        Some(("user", &user.id)),
        Value::Null,
    )
    .await
}

/// Replaces the user's recovery codes with ten new ones (shown once).
pub async fn regenerate_recovery_codes(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user_id: &str,
) -> Result<RecoveryCodes> {
    let user = users::find(app, tenant, user_id).await?;
    let (codes, hashes) = new_recovery_codes();
    if !app
        .db
        .replace_recovery_codes(&tenant.id, &user.id, &hashes, app.clock.unix())
        .await?
    {
        return Err(ServiceError::Conflict(
            "recovery codes belong to an enabled TOTP authenticator, and this user has none".into(),
        ));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "mfa.recovery_codes_regenerated",
        Some(("user", &user.id)),
        json!({ "recovery_codes": RECOVERY_CODE_COUNT }),
    )
    .await?;
    Ok(RecoveryCodes {
        recovery_codes: codes,
    })
}

/// After a correct first factor (`password`, `magic_link`, `email_code`): a challenge if the
/// user has an enabled authenticator or a passkey, `None` if a session may start at once. The
/// challenge remembers the first factor, which organization policies judge apart from the second.
pub async fn challenge_if_enrolled(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
    first_factor: &str,
) -> Result<Option<MfaChallenge>> {
    challenge_if_enrolled_into(app, ctx, tenant, user, first_factor, None).await
}

/// [`challenge_if_enrolled`] for a sign-in into an organization (`organization` on the
/// first-party login): the challenge remembers it, and completing the challenge opens the
/// session into it, judging its policies with the second factor included.
pub async fn challenge_if_enrolled_into(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
    first_factor: &str,
    organization_id: Option<&str>,
) -> Result<Option<MfaChallenge>> {
    let totp = app
        .db
        .totp_factor(&tenant.id, &user.id)
        .await?
        .is_some_and(|f| f.enabled);
    let passkey = super::passkeys::has_passkeys(app, tenant, &user.id).await?;
    if !totp && !passkey {
        return Ok(None);
    }
    let now = app.clock.unix();
    let token = generate_secret(MFA_TOKEN_PREFIX);
    app.db
        .insert_mfa_challenge(&MfaChallengeRecord {
            token_hash: hash_secret(&token).to_vec(),
            tenant_id: tenant.id.clone(),
            user_id: user.id.clone(),
            created_at: now,
            expires_at: now + MFA_TOKEN_TTL_SECS,
            used_at: None,
            first_factor: first_factor.to_owned(),
            organization_id: organization_id.map(str::to_owned),
        })
        .await?;
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "session.mfa_required",
        Some(("user", &user.id)),
        Value::Null,
    )
    .await?;
    Ok(Some(MfaChallenge {
        mfa_required: true,
        mfa_token: token,
        factors: [
            (totp, MfaFactor::Totp),
            (totp, MfaFactor::RecoveryCode),
            (passkey, MfaFactor::Passkey),
        ]
        .into_iter()
        .filter_map(|(offered, factor)| offered.then_some(factor))
        .collect(),
        expires_in: MFA_TOKEN_TTL_SECS as u32,
    }))
}

/// The second factor of a sign-in: the challenge token with a TOTP code or a recovery
/// code. Opens the session on success; a wrong code leaves the challenge open but counts
/// towards the account's lockout. A challenge of a sign-in into an organization opens the
/// session into it, once membership and policies (judged with this second factor) admit
/// it; a refusal spends the challenge and opens nothing.
pub async fn verify(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: MfaVerifyRequest,
) -> Result<SessionTokens> {
    let tenant = tenants::find(app, slug).await?;
    let completed = complete_second_factor(app, ctx, &tenant, input).await?;
    let organization = super::organizations::switch::remembered(
        app,
        &tenant,
        completed.organization_id.as_deref(),
    )
    .await?;
    sessions::start_session_into(
        app,
        ctx,
        &tenant,
        completed.user,
        &completed.first_factor,
        Some(completed.method),
        organization.as_ref(),
    )
    .await
}

/// A second factor verified against its challenge.
pub(crate) struct SecondFactor {
    pub user: UserRecord,
    /// `totp` or `recovery_code`.
    pub method: &'static str,
    /// The first factor the challenge followed.
    pub first_factor: String,
    /// The organization the sign-in asked to open into, if any.
    pub organization_id: Option<String>,
}

/// Checks the second factor of a sign-in against its challenge, spending both on success.
pub(crate) async fn complete_second_factor(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    input: MfaVerifyRequest,
) -> Result<SecondFactor> {
    enum Presented {
        Totp(String),
        RecoveryCode(String),
    }
    let presented = match (&input.code, &input.recovery_code) {
        (Some(code), None) => Presented::Totp(normalise_code("/code", code)?),
        (None, Some(code)) => {
            Presented::RecoveryCode(canonical_recovery_code(code).ok_or_else(|| {
                ServiceError::invalid(
                    "/recovery_code",
                    "must be a recovery code such as tsrc_abcd-efgh-ijkl-mnop",
                )
            })?)
        }
        _ => {
            return Err(ServiceError::invalid(
                "/code",
                "send exactly one of `code` (from the authenticator app) and `recovery_code`",
            ));
        }
    };
    let invalid = || {
        ServiceError::InvalidToken(
            "the MFA token is not valid: it expired, was already used or belongs elsewhere; sign in again"
                .into(),
        )
    };
    if !input.mfa_token.starts_with(MFA_TOKEN_PREFIX) || input.mfa_token.len() > 256 {
        return Err(invalid());
    }
    let token_hash = hash_secret(&input.mfa_token);
    let now = app.clock.unix();
    let Some(challenge) = app.db.mfa_challenge(&tenant.id, &token_hash).await? else {
        return Err(invalid());
    };
    if challenge.used_at.is_some() || challenge.expires_at <= now {
        return Err(invalid());
    }
    let Some(user) = app.db.user_by_id(&tenant.id, &challenge.user_id).await? else {
        return Err(invalid());
    };
    let user_ctx = ctx.as_actor(Actor::User(user.id.clone()));
    if user.disabled {
        audit::record(
            app,
            &tenant.id,
            &user_ctx,
            "session.login_refused_disabled",
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
        return Err(ServiceError::AccountDisabled);
    }
    sessions::check_lockout(app, ctx, tenant, &user.email).await?;
    let Some(factor) = app
        .db
        .totp_factor(&tenant.id, &user.id)
        .await?
        .filter(|f| f.enabled)
    else {
        // Disabled since the password step: nothing left to verify against.
        return Err(invalid());
    };

    let (method, outcome) = match &presented {
        Presented::Totp(code) => {
            let secret = open_secret(app, &factor)?;
            let outcome = match check_code(&secret, code, now, factor.last_used_step)? {
                CodeCheck::Accepted(step) => {
                    app.db
                        .complete_mfa_with_totp(&tenant.id, &token_hash, &user.id, step, now)
                        .await?
                }
                CodeCheck::Replayed | CodeCheck::Wrong => MfaCompletion::FactorRejected,
            };
            ("totp", outcome)
        }
        Presented::RecoveryCode(code) => {
            let code_hash = hash_secret(code);
            let outcome = app
                .db
                .complete_mfa_with_recovery_code(&tenant.id, &token_hash, &user.id, &code_hash, now)
                .await?;
            ("recovery_code", outcome)
        }
    };
    match outcome {
        MfaCompletion::Completed => {}
        MfaCompletion::ChallengeGone => return Err(invalid()),
        MfaCompletion::FactorRejected => {
            let failures = sessions::count_failure(app, ctx, tenant, &user.email).await?;
            audit::record(
                app,
                &tenant.id,
                &user_ctx,
                "session.mfa_failed",
                Some(("user", &user.id)),
                json!({ "method": method, "failures": failures }),
            )
            .await?;
            let detail = match method {
                "totp" => {
                    "the code is not valid: it is wrong, expired or already used; enter the code the authenticator app shows now"
                }
                _ => "the recovery code is not valid: it is wrong or already used",
            };
            return Err(ServiceError::InvalidCode(detail.into()));
        }
    }
    app.counters
        .clear_login_failures(&tenant.id, &user.email)
        .await?;
    if method == "recovery_code" {
        let remaining = app.db.unused_recovery_codes(&tenant.id, &user.id).await?;
        tracing::info!(tenant_id = %tenant.id, user_id = %user.id, remaining, "recovery code used");
        audit::record(
            app,
            &tenant.id,
            &user_ctx,
            "mfa.recovery_code_used",
            Some(("user", &user.id)),
            json!({ "remaining": remaining }),
        )
        .await?;
    }
    Ok(SecondFactor {
        user,
        method,
        first_factor: challenge.first_factor,
        organization_id: challenge.organization_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vector() {
        // RFC 6238 Appendix B: the 20-byte ASCII seed, T = 59 s, 8 digits, HMAC-SHA-1.
        let seed = b"12345678901234567890";
        assert_eq!(code_at(seed, 8, 59).unwrap(), "94287082");
        assert_eq!(code_at(seed, 8, 1_111_111_109).unwrap(), "07081804");
        assert_eq!(code_at(seed, 8, 20_000_000_000).unwrap(), "65353130");
        // Six digits are the last six of the eight (RFC 4226 §5.3 truncation).
        assert_eq!(code_at(seed, 6, 59).unwrap(), "287082");
    }

    #[test]
    fn codes_within_one_step_are_accepted_once() {
        let seed = b"12345678901234567890";
        let now = 1_000_000_000; // step 33_333_333
        let current = code_at(seed, 6, now as u64).unwrap();
        let previous = code_at(seed, 6, now as u64 - 30).unwrap();
        let next = code_at(seed, 6, now as u64 + 30).unwrap();
        let stale = code_at(seed, 6, now as u64 - 60).unwrap();
        let step = now / 30;
        assert_eq!(
            check_code(seed, &current, now, None).unwrap(),
            CodeCheck::Accepted(step)
        );
        assert_eq!(
            check_code(seed, &previous, now, None).unwrap(),
            CodeCheck::Accepted(step - 1)
        );
        assert_eq!(
            check_code(seed, &next, now, None).unwrap(),
            CodeCheck::Accepted(step + 1)
        );
        assert_eq!(
            check_code(seed, &stale, now, None).unwrap(),
            CodeCheck::Wrong
        );
        assert_eq!(
            check_code(seed, &current, now, Some(step)).unwrap(),
            CodeCheck::Replayed
        );
        assert_eq!(
            check_code(seed, &previous, now, Some(step)).unwrap(),
            CodeCheck::Replayed
        );
        assert_eq!(
            check_code(seed, &next, now, Some(step)).unwrap(),
            CodeCheck::Accepted(step + 1)
        );
    }

    #[test]
    fn code_input_is_normalised() {
        assert_eq!(normalise_code("/code", " 123 456 ").unwrap(), "123456");
        for bad in ["12345", "1234567", "12345a", "+12345", "", "１２３４５６"] {
            assert!(normalise_code("/code", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn recovery_codes_have_a_prefix_and_a_forgiving_input_form() {
        let (codes, hashes) = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODE_COUNT);
        let unique: std::collections::HashSet<_> = hashes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODE_COUNT);
        let code = &codes[0];
        assert_eq!(code.len(), RECOVERY_CODE_PREFIX.len() + 19, "{code}");
        assert!(code.starts_with(RECOVERY_CODE_PREFIX));
        let canonical = canonical_recovery_code(code).unwrap();
        assert_eq!(hash_secret(&canonical).to_vec(), hashes[0]);
        let bare = code.trim_start_matches(RECOVERY_CODE_PREFIX);
        for typed in [
            bare.to_uppercase(),
            bare.replace('-', " "),
            format!("  {}  ", code.to_uppercase()),
        ] {
            assert_eq!(canonical_recovery_code(&typed).as_ref(), Some(&canonical));
        }
        assert_eq!(canonical_recovery_code("tsrc_abcd-efgh-ijkl-mno"), None);
        assert_eq!(canonical_recovery_code("tsrc_abcd-efgh-ijkl-mno1"), None);
    }

    #[test]
    fn base32_matches_rfc_4648() {
        // RFC 4648 §10, lowercase and unpadded.
        assert_eq!(base32(b"foobar"), "mzxw6ytboi");
        assert_eq!(base32(b"fooba"), "mzxw6ytb");
        assert_eq!(base32(b""), "");
    }

    #[test]
    fn qr_svg_is_a_square_svg() {
        let svg = qr_svg("otpauth://totp/Acme:jane%40example.com?secret=ABC&issuer=Acme").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("<path d=\"M"));
        assert!(svg.ends_with("</svg>"));
    }
}
