//! What a certificate's QR code carries (issue 13): a signed claim that verifies offline.
//!
//! ```text
//! JIKIM1.<base64url of the claim as JSON>.<base64url of the Ed25519 signature>
//! ```
//!
//! The claim names the signing hub's public key, the student by pseudonym (never by name: the
//! name is printed on the paper, the QR code need not carry it), and per module its id, version,
//! the date its law is current as of, the minutes and the date it was completed; and the serial
//! printed on the certificate, which is derived from those (a reprint has the same serial).
//!
//! [`verify`] checks a token against the keys the verifier trusts (the school's public key file,
//! or the hub's own key) and says why one fails: not a claim, edited (the signature no longer
//! matches), signed by another key (a forgery made with someone else's key), or a serial that
//! is not the claim's.

use crate::ReportError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use jikim_core::i18n::{messages as m, Message};
use jikim_hub::school_key::{SchoolKey, SchoolPublicKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// First characters of every token.
pub const PREFIX: &str = "JIKIM1.";
/// What a certificate's signature is for (never valid for anything else the key signs).
const SIGNATURE_CONTEXT: &str = "jikim certificate 1";

/// One completed module, as the claim states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimModule {
    #[serde(rename = "i")]
    pub id: String,
    #[serde(rename = "v")]
    pub version: u32,
    /// The date the module's law is current as of (YYYY-MM-DD).
    #[serde(rename = "l")]
    pub law_as_of: String,
    /// Minutes credited for the module, as printed.
    #[serde(rename = "t")]
    pub minutes: u64,
    /// Completed on (YYYY-MM-DD, Korean time, the hub's receive time of the pass).
    #[serde(rename = "d")]
    pub completed: String,
}

/// The signed content of one certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The serial printed on the certificate.
    #[serde(rename = "n")]
    pub serial: String,
    /// The signing hub's public key (base64url).
    #[serde(rename = "k")]
    pub key: String,
    /// The student's pseudonym under that key ([`SchoolKey::pseudonym`]).
    #[serde(rename = "s")]
    pub student: String,
    #[serde(rename = "m")]
    pub modules: Vec<ClaimModule>,
    /// Issued on (YYYY-MM-DD).
    #[serde(rename = "d")]
    pub issued: String,
}

/// The serial of a certificate: `JK-` and 12 hex digits of a hash of the key, the student and
/// the modules with their versions and dates. The issue date is not in it, so a reprint keeps it.
pub fn serial(key: &str, student: &str, modules: &[ClaimModule]) -> String {
    let mut h = Sha256::new();
    h.update(key.as_bytes());
    h.update([0]);
    h.update(student.as_bytes());
    for m in modules {
        h.update([0]);
        h.update(format!("{}:{}:{}", m.id, m.version, m.completed).as_bytes());
    }
    let hex = hex::encode_upper(&h.finalize()[..6]);
    format!("JK-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// Makes the claim for a student's completed modules and signs it.
pub fn sign(
    key: &SchoolKey,
    student: uuid::Uuid,
    modules: Vec<ClaimModule>,
    issued: time::Date,
) -> Result<(Claim, String), ReportError> {
    let public = key.public().to_base64();
    let pseudonym = key.pseudonym(student);
    let claim = Claim {
        serial: serial(&public, &pseudonym, &modules),
        key: public,
        student: pseudonym,
        modules,
        issued: iso(issued),
    };
    let json = serde_json::to_vec(&claim).map_err(|e| ReportError::Write(e.to_string()))?;
    let signature = key.sign(SIGNATURE_CONTEXT, &json);
    let token = format!("{PREFIX}{}.{}", B64.encode(&json), B64.encode(signature));
    Ok((claim, token))
}

/// `YYYY-MM-DD`.
pub fn iso(date: time::Date) -> String {
    date.format(time::macros::format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

/// Why a token does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimError {
    #[error("no certificate code found")]
    NotFound,
    #[error("the certificate code is damaged or incomplete")]
    Malformed,
    #[error("the signature does not match: the certificate was edited after it was signed")]
    Edited,
    #[error("signed by key {key_id}, which is not a trusted school key")]
    UntrustedKey { key_id: String },
    #[error("the serial does not belong to this certificate")]
    SerialMismatch,
}

impl ClaimError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            ClaimError::NotFound => "not_found",
            ClaimError::Malformed => "malformed",
            ClaimError::Edited => "edited",
            ClaimError::UntrustedKey { .. } => "untrusted_key",
            ClaimError::SerialMismatch => "serial_mismatch",
        }
    }

    /// Its message (`locales/*/report.ftl`).
    pub fn message(&self) -> Message {
        match self {
            ClaimError::NotFound => m::REPORT_VERIFY_NOT_FOUND.into(),
            ClaimError::Malformed => m::REPORT_VERIFY_MALFORMED.into(),
            ClaimError::Edited => m::REPORT_VERIFY_EDITED.into(),
            ClaimError::UntrustedKey { key_id } => {
                m::ReportVerifyUntrustedKey { key: key_id }.into()
            }
            ClaimError::SerialMismatch => m::REPORT_VERIFY_SERIAL_MISMATCH.into(),
        }
    }
}

/// Checks one token: well formed, signed by the key it names, that key among `trusted`, and the
/// serial the claim's own. The signature is checked before the key is trusted, so an edited
/// certificate is called edited whoever verifies it.
pub fn verify(token: &str, trusted: &[SchoolPublicKey]) -> Result<Claim, ClaimError> {
    let body = token
        .trim()
        .strip_prefix(PREFIX)
        .ok_or(ClaimError::Malformed)?;
    let (json, signature) = body.split_once('.').ok_or(ClaimError::Malformed)?;
    let json = B64.decode(json).map_err(|_| ClaimError::Malformed)?;
    let signature = B64.decode(signature).map_err(|_| ClaimError::Malformed)?;
    let claim: Claim = serde_json::from_slice(&json).map_err(|_| ClaimError::Malformed)?;
    let key = SchoolPublicKey::from_base64(&claim.key).ok_or(ClaimError::Malformed)?;
    if !key.verify(SIGNATURE_CONTEXT, &json, &signature) {
        return Err(ClaimError::Edited);
    }
    if !trusted.contains(&key) {
        return Err(ClaimError::UntrustedKey {
            key_id: key.key_id(),
        });
    }
    if claim.serial != serial(&claim.key, &claim.student, &claim.modules) {
        return Err(ClaimError::SerialMismatch);
    }
    Ok(claim)
}

/// Every token in `bytes` (a pasted code, a text file, or a certificate PDF, which carries its
/// pages' codes in its metadata), in order, without repeats.
pub fn find_tokens(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.';
    let mut tokens: Vec<String> = Vec::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find(PREFIX) {
        let candidate = &rest[at..];
        let end = candidate
            .char_indices()
            .find(|(_, c)| !allowed(*c))
            .map_or(candidate.len(), |(i, _)| i);
        let token = candidate[..end].trim_end_matches('.').to_string();
        if !tokens.contains(&token) {
            tokens.push(token);
        }
        rest = &candidate[end..];
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modules() -> Vec<ClaimModule> {
        vec![ClaimModule {
            id: "consent".into(),
            version: 3,
            law_as_of: "2026-10-02".into(),
            minutes: 30,
            completed: "2026-11-24".into(),
        }]
    }

    fn date() -> time::Date {
        time::macros::date!(2026 - 11 - 27)
    }

    #[test]
    fn a_signed_claim_verifies_against_its_school_key() {
        let key = SchoolKey::generate();
        let student = uuid::Uuid::now_v7();
        let (claim, token) = sign(&key, student, modules(), date()).expect("sign");
        assert!(token.starts_with(PREFIX));
        assert_eq!(verify(&token, &[key.public()]), Ok(claim.clone()));
        assert_eq!(claim.student, key.pseudonym(student));
        assert!(claim.serial.starts_with("JK-") && claim.serial.len() == 17);
        // A reprint on another day keeps the serial.
        let (again, _) =
            sign(&key, student, modules(), date().next_day().expect("day")).expect("sign");
        assert_eq!(again.serial, claim.serial);
    }

    #[test]
    fn an_edited_or_forged_certificate_fails_and_says_why() {
        let key = SchoolKey::generate();
        let (claim, token) = sign(&key, uuid::Uuid::now_v7(), modules(), date()).expect("sign");
        // Edited: one more minute, same signature.
        let mut more = claim.clone();
        more.modules[0].minutes = 300;
        let signature = token.rsplit('.').next().expect("signature");
        let edited = format!(
            "{PREFIX}{}.{signature}",
            B64.encode(serde_json::to_vec(&more).expect("json"))
        );
        assert_eq!(verify(&edited, &[key.public()]), Err(ClaimError::Edited));
        // Forged: the same claim made and signed with another key.
        let forger = SchoolKey::generate();
        let (_, forged) = sign(&forger, uuid::Uuid::now_v7(), modules(), date()).expect("sign");
        assert_eq!(
            verify(&forged, &[key.public()]),
            Err(ClaimError::UntrustedKey {
                key_id: forger.public().key_id()
            })
        );
        // Damaged or not a code at all.
        assert_eq!(
            verify(&token[..token.len() - 10], &[key.public()]),
            Err(ClaimError::Edited)
        );
        assert_eq!(
            verify("JIKIM1.abc", &[key.public()]),
            Err(ClaimError::Malformed)
        );
        assert_eq!(verify("hello", &[key.public()]), Err(ClaimError::Malformed));
    }

    #[test]
    fn a_serial_copied_from_another_certificate_is_caught() {
        let key = SchoolKey::generate();
        let (mut claim, _) = sign(&key, uuid::Uuid::now_v7(), modules(), date()).expect("sign");
        claim.serial = "JK-0000-0000-0000".into();
        let json = serde_json::to_vec(&claim).expect("json");
        let token = format!(
            "{PREFIX}{}.{}",
            B64.encode(&json),
            B64.encode(key.sign(SIGNATURE_CONTEXT, &json))
        );
        assert_eq!(
            verify(&token, &[key.public()]),
            Err(ClaimError::SerialMismatch)
        );
    }

    #[test]
    fn tokens_are_found_in_surrounding_text_once_each() {
        let key = SchoolKey::generate();
        let (_, a) = sign(&key, uuid::Uuid::now_v7(), modules(), date()).expect("sign");
        let (_, b) = sign(&key, uuid::Uuid::now_v7(), modules(), date()).expect("sign");
        let text = format!("(Keywords: {a} {b} {a})\n");
        assert_eq!(find_tokens(text.as_bytes()), vec![a, b]);
        assert!(find_tokens(b"%PDF-1.7 nothing here").is_empty());
    }
}
