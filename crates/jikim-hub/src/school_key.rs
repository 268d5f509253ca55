//! The hub's signing key (issue 13): an Ed25519 key made once per hub and kept in `hub.db`, so
//! the daily backup and a copied data folder carry it. It signs what leaves the hub — export
//! bundles and completion certificates — so whoever receives them (the school's administrator, an
//! education office, a reader of a certificate's QR code) can tell they came from this hub
//! unchanged. A district registers the public key once ([`SchoolPublicKey::to_text`], written by
//! `jikim hub school-key --export FILE`).
//!
//! The same secret, through a keyed hash, gives each student a pseudonym
//! ([`SchoolKey::pseudonym`]): stable for this hub, meaningless elsewhere, so what leaves the school
//! need not carry names.

use crate::store::{now, HubStore};
use crate::HubError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use hmac::{Hmac, Mac};
use rusqlite::OptionalExtension;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Migration 8: the hub's signing key (one row).
pub(crate) const V8: &str = "
CREATE TABLE school_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seed        BLOB NOT NULL,      -- the Ed25519 secret key (32 bytes)
    created_at  TEXT NOT NULL       -- RFC 3339, the hub's clock
);
";

/// First word of a public key's text form.
const TEXT_PREFIX: &str = "jikim-school-key-1:";

/// The hub's private signing key.
pub struct SchoolKey {
    signing: SigningKey,
}

impl std::fmt::Debug for SchoolKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        write!(f, "SchoolKey({})", self.public().key_id())
    }
}

impl SchoolKey {
    /// A key from its 32-byte seed.
    pub fn from_seed(seed: [u8; 32]) -> SchoolKey {
        SchoolKey {
            signing: SigningKey::from_bytes(&seed),
        }
    }

    /// A new random key.
    pub fn generate() -> SchoolKey {
        SchoolKey::from_seed(rand::random())
    }

    /// The public half, which verifies what this key signs.
    pub fn public(&self) -> SchoolPublicKey {
        SchoolPublicKey {
            key: self.signing.verifying_key(),
        }
    }

    /// Signs `message` for one purpose (`context`, e.g. `"jikim bundle 2"`): a signature made
    /// for a bundle never verifies as a certificate's, and the other way round.
    pub fn sign(&self, context: &str, message: &[u8]) -> [u8; 64] {
        self.signing.sign(&framed(context, message)).to_bytes()
    }

    /// The student's pseudonym: the first 16 bytes of HMAC-SHA-256 over the student's id, keyed
    /// by a key derived from this hub's secret, as 32 hex digits. Stable, unlinkable without the
    /// secret.
    pub fn pseudonym(&self, student: Uuid) -> String {
        let key = Sha256::new()
            .chain_update(b"jikim pseudonym key\0")
            .chain_update(self.signing.to_bytes())
            .finalize();
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else {
            // HMAC takes keys of any length; this cannot happen.
            return String::new();
        };
        mac.update(student.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }
}

fn framed(context: &str, message: &[u8]) -> Vec<u8> {
    let mut framed = Vec::with_capacity(context.len() + 1 + message.len());
    framed.extend_from_slice(context.as_bytes());
    framed.push(0);
    framed.extend_from_slice(message);
    framed
}

/// A hub's public key: what a verifier needs, and what a district registers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SchoolPublicKey {
    key: VerifyingKey,
}

impl std::fmt::Debug for SchoolPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SchoolPublicKey({})", self.key_id())
    }
}

impl SchoolPublicKey {
    /// Short name of the key: the first 8 bytes of the SHA-256 of the public key, in hex.
    pub fn key_id(&self) -> String {
        hex::encode(&Sha256::digest(self.key.as_bytes())[..8])
    }

    /// The 32 bytes, base64url.
    pub fn to_base64(&self) -> String {
        B64.encode(self.key.as_bytes())
    }

    /// A key from [`Self::to_base64`]'s form; `None` for anything else.
    pub fn from_base64(text: &str) -> Option<SchoolPublicKey> {
        let bytes: [u8; 32] = B64.decode(text.trim()).ok()?.try_into().ok()?;
        Some(SchoolPublicKey {
            key: VerifyingKey::from_bytes(&bytes).ok()?,
        })
    }

    /// The key as one line of text (`jikim-school-key-1:<base64url>`), the form a public-key file
    /// holds and a district registers.
    pub fn to_text(&self) -> String {
        format!("{TEXT_PREFIX}{}", self.to_base64())
    }

    /// Reads [`Self::to_text`]'s form; lines starting with `#` are comments.
    pub fn from_text(text: &str) -> Option<SchoolPublicKey> {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))?
            .strip_prefix(TEXT_PREFIX)
            .and_then(SchoolPublicKey::from_base64)
    }

    /// Whether `signature` is this key's over `message` for `context` ([`SchoolKey::sign`]).
    pub fn verify(&self, context: &str, message: &[u8], signature: &[u8]) -> bool {
        let Ok(bytes) = <[u8; 64]>::try_from(signature) else {
            return false;
        };
        self.key
            .verify(&framed(context, message), &Signature::from_bytes(&bytes))
            .is_ok()
    }
}

impl HubStore {
    /// This hub's signing key, made on first use.
    pub fn school_key(&self) -> Result<SchoolKey, HubError> {
        let conn = self.conn();
        let seed: Option<Vec<u8>> = conn
            .query_row("SELECT seed FROM school_key WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        let seed = match seed {
            Some(seed) => seed,
            None => {
                let fresh: [u8; 32] = rand::random();
                // Another caller may have made it meanwhile: the first one stays.
                conn.execute(
                    "INSERT OR IGNORE INTO school_key (id, seed, created_at) VALUES (1, ?1, ?2)",
                    rusqlite::params![fresh.as_slice(), now()],
                )?;
                conn.query_row("SELECT seed FROM school_key WHERE id = 1", [], |r| r.get(0))?
            }
        };
        let seed: [u8; 32] = seed.try_into().map_err(|_| HubError::Corrupt {
            path: self.dir().join("hub.db").display().to_string(),
            detail: "school key".into(),
        })?;
        Ok(SchoolKey::from_seed(seed))
    }
}

impl HubStore {
    /// Makes `key` this store's key (an archive of the hub keeps the hub's key). A store that
    /// already has a key keeps its own.
    pub(crate) fn keep_school_key(&self, key: &SchoolKey) -> Result<(), HubError> {
        self.conn().execute(
            "INSERT OR IGNORE INTO school_key (id, seed, created_at) VALUES (1, ?1, ?2)",
            rusqlite::params![key.signing.to_bytes().as_slice(), now()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_key_context_and_message() {
        let key = SchoolKey::generate();
        let other = SchoolKey::generate();
        let signature = key.sign("jikim test", b"message");
        let public = key.public();
        assert!(public.verify("jikim test", b"message", &signature));
        assert!(!public.verify("jikim test", b"messagf", &signature));
        assert!(!public.verify("jikim other", b"message", &signature));
        assert!(!other.public().verify("jikim test", b"message", &signature));
        assert!(!public.verify("jikim test", b"message", &signature[..63]));
        assert_ne!(public.key_id(), other.public().key_id());
        assert_eq!(public.key_id().len(), 16);
    }

    #[test]
    fn the_public_key_reads_back_from_its_text() {
        let public = SchoolKey::generate().public();
        let file = format!("# 지킴 학교 허브 공개 키\n{}\n", public.to_text());
        assert_eq!(SchoolPublicKey::from_text(&file), Some(public));
        assert_eq!(SchoolPublicKey::from_text("jikim-school-key-1:AAAA"), None);
        assert_eq!(SchoolPublicKey::from_text("ssh-ed25519 AAAA"), None);
        assert!(!format!("{:?}", SchoolKey::generate()).contains('['));
    }

    #[test]
    fn pseudonyms_are_stable_per_hub_and_differ_between_hubs() {
        let seed = [7u8; 32];
        let (a, b) = (SchoolKey::from_seed(seed), SchoolKey::from_seed(seed));
        let student = Uuid::now_v7();
        assert_eq!(a.pseudonym(student), b.pseudonym(student));
        assert_eq!(a.pseudonym(student).len(), 32);
        assert_ne!(a.pseudonym(student), a.pseudonym(Uuid::now_v7()));
        assert_ne!(
            a.pseudonym(student),
            SchoolKey::generate().pseudonym(student)
        );
    }

    #[test]
    fn the_hub_makes_its_key_once_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let first = HubStore::open(dir.path()).unwrap().school_key().unwrap();
        let again = HubStore::open(dir.path()).unwrap().school_key().unwrap();
        assert_eq!(first.public(), again.public());
        let elsewhere = tempfile::tempdir().unwrap();
        let other = HubStore::open(elsewhere.path())
            .unwrap()
            .school_key()
            .unwrap();
        assert_ne!(first.public(), other.public());
    }
}
