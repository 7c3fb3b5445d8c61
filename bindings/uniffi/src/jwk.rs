//! JWKs and JWK Sets as foreign objects: parsed and validated once, then shared across
//! threads and verifications.

use std::sync::Arc;

use tessera_core::Algorithm;

use crate::TesseraError;

/// A validated public JWK (RFC 7517).
#[derive(Debug, uniffi::Object)]
pub struct Jwk(pub(crate) tessera_core::Jwk);

#[uniffi::export]
impl Jwk {
    /// Parses one public JWK from its JSON text.
    #[uniffi::constructor]
    pub fn from_json(json: String) -> Result<Arc<Self>, TesseraError> {
        Ok(Arc::new(Jwk(tessera_core::Jwk::from_json(&json)?)))
    }

    /// The RFC 7638 SHA-256 thumbprint, base64url (a DPoP `jkt`).
    pub fn thumbprint(&self) -> String {
        self.0.thumbprint().to_owned()
    }

    /// `EC`, `RSA` or `OKP`.
    pub fn kty(&self) -> String {
        self.0.kty().to_owned()
    }

    pub fn kid(&self) -> Option<String> {
        self.0.kid().map(str::to_owned)
    }

    pub fn alg(&self) -> Option<String> {
        self.0.alg().map(str::to_owned)
    }

    /// `P-256`, `P-384` or `Ed25519`; none for RSA.
    pub fn curve(&self) -> Option<String> {
        self.0.curve().map(str::to_owned)
    }

    /// The modulus size of an RSA key.
    pub fn rsa_bits(&self) -> Option<u32> {
        self.0
            .rsa_bits()
            .map(|b| u32::try_from(b).unwrap_or(u32::MAX))
    }

    /// The key as JSON, public members only.
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }
}

/// A JWK Set (RFC 7517 §5). Keys that cannot be used are skipped, not fatal.
#[derive(Debug, uniffi::Object)]
pub struct JwkSet(pub(crate) Arc<tessera_core::JwkSet>);

#[uniffi::export]
impl JwkSet {
    /// Parses a JWK Set document (`{"keys":[...]}`).
    #[uniffi::constructor]
    pub fn from_json(json: String) -> Result<Arc<Self>, TesseraError> {
        Ok(Arc::new(JwkSet(Arc::new(tessera_core::JwkSet::from_json(
            &json,
        )?))))
    }

    /// The number of usable keys.
    pub fn len(&self) -> u32 {
        u32::try_from(self.0.len()).unwrap_or(u32::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of keys skipped as unusable (unsupported type, bad encoding...).
    pub fn skipped_count(&self) -> u32 {
        u32::try_from(self.0.skipped().len()).unwrap_or(u32::MAX)
    }

    pub fn keys(&self) -> Vec<Arc<Jwk>> {
        self.0
            .keys()
            .iter()
            .map(|k| Arc::new(Jwk(k.clone())))
            .collect()
    }

    /// The key a token with this `kid` and `alg` would be verified with.
    pub fn select(&self, kid: Option<String>, alg: String) -> Result<Arc<Jwk>, TesseraError> {
        let alg = Algorithm::parse(&alg)?;
        Ok(Arc::new(Jwk(self.0.select(kid.as_deref(), alg)?.clone())))
    }
}

/// The RFC 7638 thumbprint of a public JWK given as JSON.
#[uniffi::export]
pub fn jwk_thumbprint(jwk_json: String) -> Result<String, TesseraError> {
    Ok(tessera_core::Jwk::from_json(&jwk_json)?
        .thumbprint()
        .to_owned())
}
