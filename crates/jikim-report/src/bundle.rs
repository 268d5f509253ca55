//! The export bundle: one teacher hub's classes, rosters, assignments and records in a single file
//! the administrator merges school-wide.
//!
//! ```text
//! JIKIM-BUNDLE\n
//! {"format":3,"app":"0.1.0","created":"2026-11-24T09:00:00Z","length":12345,"sha256":"…",
//!  "key":"<the hub's Ed25519 public key>","signature":"<Ed25519 over the header's fields>"}\n
//! <length bytes: gzip of the snapshot as JSON>
//! ```
//!
//! Reading is strict and changes nothing: a wrong first line is "not a bundle", a newer `format`
//! is refused with its number, fewer bytes than `length` is "truncated", a SHA-256 that does not
//! match or a signature that does not verify is "tampered", and a payload that does not
//! decompress, parse or validate is "damaged".
//!
//! Since format 2 (issue 13) the hub signs every bundle with its school key
//! ([`jikim_hub::school_key`]): the signature covers the header's fields, the payload's SHA-256
//! among them, so changing a single byte of the records, even with a recomputed checksum, is
//! caught. [`open`] reports the key that signed it; whoever merges decides which keys they trust
//! ([`open_trusted`]). Format 1 bundles (unsigned, from before) are still read by the school's
//! own merge, and reported as unsigned.
//!
//! Format 3 adds the certificates (이수증) the hub issued to the bundle's students
//! ([`jikim_hub::snapshot::SnapshotCertificate`]), so the school hub counts them too. A format 2
//! reader refuses a format 3 bundle by its number ("made by a newer Jikim") rather than as damaged;
//! this build reads formats 1 to 3 (before 3, with no certificates).

use crate::{ReportError, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use jikim_hub::school_key::{SchoolKey, SchoolPublicKey};
use jikim_hub::snapshot::Snapshot;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

/// First line of every bundle.
pub const MAGIC: &[u8] = b"JIKIM-BUNDLE\n";
/// The bundle format this app writes and the newest it reads.
pub const FORMAT: u32 = 3;
/// What a bundle's signature is for (never valid for anything else the key signs).
const SIGNATURE_CONTEXT: &str = "jikim bundle 2";
/// Largest payload a reader accepts (decompressed), against decompression bombs.
pub const MAX_JSON: u64 = 2 << 30;

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: u32,
    app: String,
    created: String,
    length: u64,
    sha256: String,
    /// The signing hub's public key (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    /// Ed25519 over [`Header::signed_fields`] (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

impl Header {
    /// What the signature covers: every field but the signature, one per line.
    fn signed_fields(&self) -> Vec<u8> {
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}",
            self.format,
            self.app,
            self.created,
            self.length,
            self.sha256,
            self.key.as_deref().unwrap_or("")
        )
        .into_bytes()
    }
}

/// A bundle read and checked whole.
#[derive(Debug)]
pub struct Bundle {
    pub snapshot: Snapshot,
    /// The hub key that signed it; `None` for a format 1 bundle, written before bundles were
    /// signed.
    pub signer: Option<SchoolPublicKey>,
}

/// Serialises a snapshot as a bundle signed with the hub's `key`.
pub fn write(snap: &Snapshot, key: &SchoolKey) -> Result<Vec<u8>> {
    let json = serde_json::to_vec(snap).map_err(|e| ReportError::Write(e.to_string()))?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&json)
        .map_err(|e| ReportError::Write(e.to_string()))?;
    let payload = gz.finish().map_err(|e| ReportError::Write(e.to_string()))?;
    let mut header = Header {
        format: FORMAT,
        app: jikim_core::VERSION.to_string(),
        created: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        length: payload.len() as u64,
        sha256: hex::encode(Sha256::digest(&payload)),
        key: Some(key.public().to_base64()),
        signature: None,
    };
    header.signature = Some(B64.encode(key.sign(SIGNATURE_CONTEXT, &header.signed_fields())));
    let mut out = Vec::with_capacity(payload.len() + 256);
    out.extend_from_slice(MAGIC);
    serde_json::to_writer(&mut out, &header).map_err(|e| ReportError::Write(e.to_string()))?;
    out.push(b'\n');
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Reads a bundle, checking it whole (and its signature, if signed) before anything uses it.
pub fn read(bytes: &[u8]) -> Result<Snapshot> {
    open(bytes).map(|b| b.snapshot)
}

/// Reads a bundle and names the key that signed it.
pub fn open(bytes: &[u8]) -> Result<Bundle> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(ReportError::NotABundle)?;
    let Some(nl) = rest.iter().take(4096).position(|b| *b == b'\n') else {
        // A magic line and then nothing sensible: cut inside the header, or not ours.
        return Err(if rest.len() < 4096 {
            ReportError::BundleTruncated
        } else {
            ReportError::BundleCorrupt("header".into())
        });
    };
    // Read the format first, so a newer bundle is named as such even if its header grew fields.
    let loose: serde_json::Value = serde_json::from_slice(&rest[..nl])
        .map_err(|e| ReportError::BundleCorrupt(format!("header: {e}")))?;
    let format = loose
        .get("format")
        .and_then(|f| f.as_u64())
        .ok_or_else(|| ReportError::BundleCorrupt("header: format".into()))?;
    if format > u64::from(FORMAT) {
        return Err(ReportError::BundleTooNew {
            format: u32::try_from(format).unwrap_or(u32::MAX),
        });
    }
    let header: Header = serde_json::from_value(loose)
        .map_err(|e| ReportError::BundleCorrupt(format!("header: {e}")))?;
    let payload = &rest[nl + 1..];
    match (payload.len() as u64).cmp(&header.length) {
        std::cmp::Ordering::Less => return Err(ReportError::BundleTruncated),
        std::cmp::Ordering::Greater => {
            return Err(ReportError::BundleCorrupt("trailing bytes".into()))
        }
        std::cmp::Ordering::Equal => {}
    }
    if hex::encode(Sha256::digest(payload)) != header.sha256.to_ascii_lowercase() {
        return Err(ReportError::BundleTampered);
    }
    let signer = if format >= 2 {
        // Signed: a bundle whose checksum was recomputed after an edit fails here.
        let key = header
            .key
            .as_deref()
            .and_then(SchoolPublicKey::from_base64)
            .ok_or(ReportError::BundleTampered)?;
        let signature = header
            .signature
            .as_deref()
            .and_then(|s| B64.decode(s).ok())
            .ok_or(ReportError::BundleTampered)?;
        if !key.verify(SIGNATURE_CONTEXT, &header.signed_fields(), &signature) {
            return Err(ReportError::BundleTampered);
        }
        Some(key)
    } else {
        None
    };
    let mut json = Vec::new();
    flate2::read::GzDecoder::new(payload)
        .take(MAX_JSON + 1)
        .read_to_end(&mut json)
        .map_err(|e| ReportError::BundleCorrupt(format!("gzip: {e}")))?;
    if json.len() as u64 > MAX_JSON {
        return Err(ReportError::BundleCorrupt("too large".into()));
    }
    let snap: Snapshot = serde_json::from_slice(&json)
        .map_err(|e| ReportError::BundleCorrupt(format!("json: {e}")))?;
    snap.validate().map_err(ReportError::BundleCorrupt)?;
    Ok(Bundle {
        snapshot: snap,
        signer,
    })
}

/// Reads a bundle that must be signed by one of `trusted` (a district's registered school keys):
/// an unsigned bundle or one signed by another key is refused, naming that key.
pub fn open_trusted(bytes: &[u8], trusted: &[SchoolPublicKey]) -> Result<Bundle> {
    let bundle = open(bytes)?;
    match bundle.signer {
        Some(key) if trusted.contains(&key) => Ok(bundle),
        Some(key) => Err(ReportError::BundleUnknownKey {
            key_id: key.key_id(),
        }),
        None => Err(ReportError::BundleUnsigned),
    }
}

/// Reads a bundle file.
pub fn read_file(path: &std::path::Path) -> Result<Snapshot> {
    open_file(path).map(|b| b.snapshot)
}

/// Reads a bundle file and names the key that signed it.
pub fn open_file(path: &std::path::Path) -> Result<Bundle> {
    let bytes = std::fs::read(path).map_err(|e| jikim_core::error::FileFault::of_io(path, &e))?;
    open(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_hub::snapshot::{SnapshotCertificate, SnapshotClass, SnapshotStudent};
    use uuid::Uuid;

    fn snap() -> Snapshot {
        let student = Uuid::now_v7();
        Snapshot {
            classes: vec![SnapshotClass {
                id: Uuid::now_v7(),
                grade: 2,
                class_no: 3,
                students: vec![SnapshotStudent {
                    id: student,
                    number: 1,
                    name: "김, \"지우\"".into(),
                    removed: false,
                }],
                assignments: vec![],
            }],
            records: vec![],
            certificates: vec![SnapshotCertificate {
                serial: "JK-0A1B-2C3D-4E5F".into(),
                student,
                modules: 2,
                minutes: 80,
                first_issued: "2026-11-20".into(),
                last_issued: "2026-12-01".into(),
                prints: 2,
            }],
        }
    }

    #[test]
    fn a_bundle_reads_back_to_the_same_snapshot_and_names_its_signer() {
        let s = snap();
        let key = SchoolKey::generate();
        let bytes = write(&s, &key).expect("write");
        assert!(bytes.starts_with(MAGIC));
        let bundle = open(&bytes).expect("read");
        assert_eq!(bundle.snapshot, s);
        assert_eq!(bundle.signer, Some(key.public()));
        assert!(open_trusted(&bytes, &[key.public()]).is_ok());
        let stranger = SchoolKey::generate().public();
        assert!(matches!(
            open_trusted(&bytes, &[stranger]),
            Err(ReportError::BundleUnknownKey { key_id }) if key_id == key.public().key_id()
        ));
    }

    /// The header line and the payload of a bundle.
    fn split(bytes: &[u8]) -> (serde_json::Value, Vec<u8>) {
        let rest = &bytes[MAGIC.len()..];
        let nl = rest.iter().position(|b| *b == b'\n').expect("header line");
        (
            serde_json::from_slice(&rest[..nl]).expect("header"),
            rest[nl + 1..].to_vec(),
        )
    }

    fn join(header: &serde_json::Value, payload: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&serde_json::to_vec(header).expect("json"));
        out.push(b'\n');
        out.extend_from_slice(payload);
        out
    }

    #[test]
    fn an_edit_with_a_recomputed_checksum_or_another_key_is_refused() {
        let key = SchoolKey::generate();
        let bytes = write(&snap(), &key).expect("write");
        let (header, _) = split(&bytes);
        // Someone changes a name and writes a new payload with a correct length and SHA-256.
        let mut edited = snap();
        edited.classes[0].students[0].name = "다른 이름".into();
        let forged_payload = {
            let other = write(&edited, &key).expect("write");
            split(&other).1
        };
        let mut h = header.clone();
        h["length"] = forged_payload.len().into();
        h["sha256"] = hex::encode(Sha256::digest(&forged_payload)).into();
        assert!(matches!(
            open(&join(&h, &forged_payload)),
            Err(ReportError::BundleTampered)
        ));
        // Re-signed with their own key: the signature holds, but it is not the school's key.
        let theirs = write(&edited, &SchoolKey::generate()).expect("write");
        assert!(open(&theirs).is_ok());
        assert!(matches!(
            open_trusted(&theirs, &[key.public()]),
            Err(ReportError::BundleUnknownKey { .. })
        ));
        // The signature taken away, or the key swapped: tampered.
        let mut unsigned = header.clone();
        unsigned
            .as_object_mut()
            .expect("object")
            .remove("signature");
        assert!(matches!(
            open(&join(&unsigned, &split(&bytes).1)),
            Err(ReportError::BundleTampered)
        ));
        let mut swapped = header;
        swapped["key"] = SchoolKey::generate().public().to_base64().into();
        assert!(matches!(
            open(&join(&swapped, &split(&bytes).1)),
            Err(ReportError::BundleTampered)
        ));
    }

    #[test]
    fn a_format_1_bundle_still_reads_as_unsigned_but_is_not_trusted() {
        let key = SchoolKey::generate();
        let bytes = write(&snap(), &key).expect("write");
        let (mut header, payload) = split(&bytes);
        let h = header.as_object_mut().expect("object");
        h.remove("key");
        h.remove("signature");
        h.insert("format".into(), 1.into());
        let old = join(&header, &payload);
        assert_eq!(open(&old).expect("format 1").signer, None);
        assert!(matches!(
            open_trusted(&old, &[key.public()]),
            Err(ReportError::BundleUnsigned)
        ));
    }

    #[test]
    fn every_kind_of_damage_is_named() {
        let bytes = write(&snap(), &SchoolKey::generate()).expect("write");
        assert!(matches!(
            read(b"PK\x03\x04 a zip"),
            Err(ReportError::NotABundle)
        ));
        assert!(matches!(read(b""), Err(ReportError::NotABundle)));
        assert!(matches!(
            read(&bytes[..bytes.len() - 5]),
            Err(ReportError::BundleTruncated)
        ));
        assert!(matches!(
            read(&bytes[..20]),
            Err(ReportError::BundleTruncated)
        ));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        assert!(matches!(read(&flipped), Err(ReportError::BundleTampered)));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(read(&longer), Err(ReportError::BundleCorrupt(_))));
        let text = String::from_utf8_lossy(
            &bytes[..bytes
                .iter()
                .skip(MAGIC.len())
                .position(|b| *b == b'\n')
                .unwrap_or(0)
                + MAGIC.len()],
        )
        .to_string();
        let newer = text.replace("\"format\":3", "\"format\":4");
        let mut nb = newer.into_bytes();
        nb.extend_from_slice(&bytes[nb.len()..]);
        assert!(matches!(
            read(&nb),
            Err(ReportError::BundleTooNew { format: 4 })
        ));
    }
}
