//! Envelope encryption of private keys under the operator's master key.
//!
//! AES-256-GCM with a random 96-bit nonce per sealing; the associated data binds a
//! ciphertext to the row it belongs to (tenant and kid), so a ciphertext copied onto another
//! tenant's row fails to open instead of handing that tenant someone else's key.

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use aws_lc_rs::digest;
use base64::Engine;
use zeroize::Zeroizing;

#[derive(Debug, thiserror::Error)]
pub enum MasterKeyError {
    #[error("the master key must be 32 bytes, base64-encoded (got {0} bytes)")]
    WrongLength(usize),
    #[error("the master key is not valid base64")]
    NotBase64,
    #[error("a sealed key could not be opened: wrong master key or corrupted data")]
    OpenFailed,
}

pub struct MasterKey {
    key: LessSafeKey,
    id: String,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MasterKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl MasterKey {
    /// A fresh random key, returned with its base64 form for storage.
    pub fn generate() -> (Self, Zeroizing<String>) {
        let mut raw = Zeroizing::new([0u8; 32]);
        crate::secret::fill_random(raw.as_mut());
        let encoded =
            Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(raw.as_ref()));
        (Self::from_raw(raw.as_ref()), encoded)
    }

    /// Parses the base64 form (standard or URL-safe alphabet, padding optional).
    pub fn from_base64(encoded: &str) -> Result<Self, MasterKeyError> {
        let trimmed = encoded.trim();
        let raw = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(trimmed)
                .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(trimmed))
                .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(trimmed))
                .map_err(|_| MasterKeyError::NotBase64)?,
        );
        if raw.len() != 32 {
            return Err(MasterKeyError::WrongLength(raw.len()));
        }
        Ok(Self::from_raw(&raw))
    }

    fn from_raw(raw: &[u8]) -> Self {
        // A 32-byte slice is always a valid AES-256 key.
        #[allow(clippy::expect_used)]
        let unbound = UnboundKey::new(&AES_256_GCM, raw).expect("32-byte AES-256 key");
        // The id names the key in storage without revealing it: a domain-separated hash prefix.
        let mut ctx = digest::Context::new(&digest::SHA256);
        ctx.update(b"tessera master key id\0");
        ctx.update(raw);
        let id = crate::b64url(&ctx.finish().as_ref()[..9]);
        Self {
            key: LessSafeKey::new(unbound),
            id,
        }
    }

    /// A short public identifier stored next to each ciphertext, for master-key rotation.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// `nonce || ciphertext || tag`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        crate::secret::fill_random(&mut nonce);
        let mut buf = plaintext.to_vec();
        // Sealing only fails for inputs beyond AES-GCM's 64 GiB limit.
        #[allow(clippy::expect_used)]
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut buf,
            )
            .expect("AES-GCM seal of a small buffer");
        let mut out = Vec::with_capacity(NONCE_LEN + buf.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&buf);
        buf.iter_mut().for_each(|b| *b = 0);
        out
    }

    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, MasterKeyError> {
        if sealed.len() < NONCE_LEN {
            return Err(MasterKeyError::OpenFailed);
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        let nonce =
            Nonce::try_assume_unique_for_key(nonce).map_err(|_| MasterKeyError::OpenFailed)?;
        let mut buf = Zeroizing::new(ciphertext.to_vec());
        let len = self
            .key
            .open_in_place(nonce, Aad::from(aad), buf.as_mut())
            .map_err(|_| MasterKeyError::OpenFailed)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_aad_binding() {
        let (key, encoded) = MasterKey::generate();
        let sealed = key.seal(b"tenant-a/kid1", b"private key bytes");
        assert_ne!(&sealed[NONCE_LEN..], b"private key bytes".as_slice());
        assert_eq!(
            key.open(b"tenant-a/kid1", &sealed).unwrap().as_slice(),
            b"private key bytes"
        );
        assert!(
            key.open(b"tenant-b/kid1", &sealed).is_err(),
            "aad must bind the row"
        );

        let same = MasterKey::from_base64(&encoded).unwrap();
        assert_eq!(same.id(), key.id());
        assert!(same.open(b"tenant-a/kid1", &sealed).is_ok());

        let (other, _) = MasterKey::generate();
        assert_ne!(other.id(), key.id());
        assert!(other.open(b"tenant-a/kid1", &sealed).is_err());
    }

    #[test]
    fn rejects_bad_encodings() {
        assert!(matches!(
            MasterKey::from_base64("not base64!"),
            Err(MasterKeyError::NotBase64)
        ));
        assert!(matches!(
            MasterKey::from_base64("AAAA"),
            Err(MasterKeyError::WrongLength(3))
        ));
    }
}
