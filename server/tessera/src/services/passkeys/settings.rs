//! A tenant's relying-party settings and the [`RelyingParty`] built from them.
//!
//! Without stored settings a tenant is the relying party of the server's public URL: RP ID
//! its host, the one allowed origin its origin. So `http://localhost:8080` works out of the
//! box (browsers treat `localhost` as a secure context and a valid RP ID).

use serde_json::json;
use tessera_core::webauthn::{Conveyance, RelyingParty, RelyingPartyConfig};
use tessera_store::{TenantRecord, WebauthnSettingsRecord};
use tessera_wire::{AttestationConveyance, FieldError, UpdateWebauthnSettings, WebauthnSettings};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, tenants};

/// Attestation statement formats webauthn-rs knows (WebAuthn §8).
pub const ATTESTATION_FORMATS: [&str; 7] = [
    "none",
    "packed",
    "tpm",
    "android-key",
    "android-safetynet",
    "fido-u2f",
    "apple",
];

/// The origin (`scheme://host[:port]`) and host of a URL, without any path.
fn origin_and_host(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        format!("[{}]", v6.split(']').next()?)
    } else {
        authority.split(':').next()?.to_owned()
    };
    Some((format!("{scheme}://{authority}"), host.to_lowercase()))
}

fn conveyance_name(value: AttestationConveyance) -> &'static str {
    match value {
        AttestationConveyance::None => "none",
        AttestationConveyance::Indirect => "indirect",
        AttestationConveyance::Direct => "direct",
    }
}

fn conveyance_of(name: &str) -> AttestationConveyance {
    match name {
        "indirect" => AttestationConveyance::Indirect,
        "direct" => AttestationConveyance::Direct,
        _ => AttestationConveyance::None,
    }
}

fn list(json_text: &str) -> Vec<String> {
    serde_json::from_str(json_text).unwrap_or_default()
}

/// The effective settings: stored ones, defaults for whatever is unset.
fn effective(
    app: &App,
    tenant: &TenantRecord,
    stored: Option<WebauthnSettingsRecord>,
) -> WebauthnSettings {
    let (default_origin, default_host) = origin_and_host(&app.public_url)
        .unwrap_or_else(|| (app.public_url.to_string(), "localhost".to_owned()));
    let stored = stored.unwrap_or(WebauthnSettingsRecord {
        rp_id: None,
        rp_name: None,
        origins: "[]".into(),
        attestation: "none".into(),
        allowed_formats: "[]".into(),
    });
    let origins = list(&stored.origins);
    WebauthnSettings {
        rp_id: stored.rp_id.unwrap_or(default_host),
        rp_name: stored.rp_name.unwrap_or_else(|| tenant.name.clone()),
        origins: if origins.is_empty() {
            vec![default_origin]
        } else {
            origins
        },
        attestation: conveyance_of(&stored.attestation),
        allowed_formats: list(&stored.allowed_formats),
        user_verification: "required".into(),
    }
}

fn config(settings: &WebauthnSettings) -> RelyingPartyConfig {
    let mut config = RelyingPartyConfig::new(settings.rp_id.clone(), settings.origins.clone());
    config.rp_name = settings.rp_name.clone();
    config.conveyance = match settings.attestation {
        AttestationConveyance::None => Conveyance::None,
        AttestationConveyance::Indirect => Conveyance::Indirect,
        AttestationConveyance::Direct => Conveyance::Direct,
    };
    config.allowed_formats = settings.allowed_formats.clone();
    config
}

pub async fn get(app: &App, tenant: &TenantRecord) -> Result<WebauthnSettings> {
    let stored = app.db.webauthn_settings(&tenant.id).await?;
    Ok(effective(app, tenant, stored))
}

/// The tenant's relying party, ready for a ceremony.
pub async fn relying_party(app: &App, tenant: &TenantRecord) -> Result<RelyingParty> {
    let settings = get(app, tenant).await?;
    // Only the defaults can be unusable (stored settings were checked when set): a public URL
    // on an IP address, which is no valid RP ID.
    RelyingParty::new(config(&settings)).map_err(|e| {
        ServiceError::Conflict(format!(
            "passkeys are not set up for this tenant ({e}); an administrator must set an RP ID and origins at PUT /v1/tenants/{}/webauthn-settings",
            tenant.slug
        ))
    })
}

fn check(input: &UpdateWebauthnSettings) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut error = |pointer: String, message: String| errors.push(FieldError { pointer, message });
    if let Some(rp_id) = &input.rp_id {
        let valid = !rp_id.is_empty()
            && rp_id.len() <= 253
            && rp_id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if !valid {
            error(
                "/rp_id".into(),
                "must be a lowercase domain name such as id.example.com or localhost".into(),
            );
        }
    }
    if let Some(name) = &input.rp_name
        && (name.trim().is_empty()
            || name.chars().count() > 64
            || name.chars().any(char::is_control))
    {
        error(
            "/rp_name".into(),
            "must be 1-64 printable characters".into(),
        );
    }
    if input.origins.len() > 20 {
        error("/origins".into(), "at most 20 origins".into());
    }
    for (i, origin) in input.origins.iter().enumerate() {
        let exact = origin_and_host(origin).is_some_and(|(o, _)| o == *origin);
        if !exact || !(origin.starts_with("https://") || origin.starts_with("http://localhost")) {
            error(
                format!("/origins/{i}"),
                "must be an origin such as https://app.example.com (no path; http only for localhost)".into(),
            );
        }
    }
    for (i, format) in input.allowed_formats.iter().enumerate() {
        if !ATTESTATION_FORMATS.contains(&format.as_str()) {
            error(
                format!("/allowed_formats/{i}"),
                format!("must be one of {}", ATTESTATION_FORMATS.join(", ")),
            );
        }
    }
    errors
}

/// Replaces the settings; omitted fields return to their defaults. Refused, changing
/// nothing, when the result would not make a relying party (an origin outside the RP ID).
pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: UpdateWebauthnSettings,
) -> Result<WebauthnSettings> {
    let tenant = tenants::find(app, slug).await?;
    let errors = check(&input);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let record = WebauthnSettingsRecord {
        rp_id: input.rp_id.clone(),
        rp_name: input.rp_name.clone(),
        origins: json!(input.origins).to_string(),
        attestation: conveyance_name(input.attestation.unwrap_or_default()).into(),
        allowed_formats: json!(input.allowed_formats).to_string(),
    };
    let settings = effective(app, &tenant, Some(record.clone()));
    if let Err(e) = RelyingParty::new(config(&settings)) {
        return Err(ServiceError::invalid(
            "/rp_id",
            format!("the RP ID must be the host of every origin or a parent domain of it: {e}"),
        ));
    }
    app.db
        .set_webauthn_settings(&tenant.id, &record, app.clock.unix())
        .await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "webauthn.settings_updated",
        None,
        json!({
            "rp_id": settings.rp_id,
            "origins": settings.origins,
            "attestation": conveyance_name(settings.attestation),
            "allowed_formats": settings.allowed_formats,
        }),
    )
    .await?;
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::origin_and_host;

    #[test]
    fn origins_and_hosts_of_urls() {
        assert_eq!(
            origin_and_host("http://localhost:8080"),
            Some(("http://localhost:8080".into(), "localhost".into()))
        );
        assert_eq!(
            origin_and_host("https://ID.example.com/base/path"),
            Some(("https://ID.example.com".into(), "id.example.com".into()))
        );
        assert_eq!(
            origin_and_host("http://[::1]:3000"),
            Some(("http://[::1]:3000".into(), "[::1]".into()))
        );
        assert_eq!(origin_and_host("no scheme"), None);
        assert_eq!(origin_and_host("https://user@host"), None);
    }
}
