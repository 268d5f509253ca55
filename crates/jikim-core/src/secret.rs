//! Hashing of secrets people type (learner PINs, the teacher password) with Argon2id. Only the
//! PHC-format hash is ever stored; the salt comes from the OS random source (via UUIDv4).

use crate::error::{CoreError, Result};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// Hashes a secret into a PHC string (`$argon2id$...`).
pub fn hash(secret: &str) -> Result<String> {
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| CoreError::Crypto(e.to_string()))?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| CoreError::Crypto(e.to_string()))
}

/// Whether `secret` matches a PHC hash made by [`hash`]. A malformed hash never matches.
pub fn verify(secret: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(secret.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let a = super::hash("교사비밀번호123").expect("hash");
        let b = super::hash("교사비밀번호123").expect("hash");
        assert_ne!(a, b);
        assert!(super::verify("교사비밀번호123", &a));
        assert!(!super::verify("교사비밀번호124", &a));
        assert!(!super::verify("x", "not a hash"));
    }
}
