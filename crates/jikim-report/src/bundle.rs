//! The export bundle: one teacher hub's classes, rosters, assignments and records in a single file
//! the administrator merges school-wide.
//!
//! ```text
//! JIKIM-BUNDLE\n
//! {"format":1,"app":"0.1.0","created":"2026-11-24T09:00:00Z","length":12345,"sha256":"…"}\n
//! <length bytes: gzip of the snapshot as JSON>
//! ```
//!
//! Reading is strict and changes nothing: a wrong first line is "not a bundle", a newer `format`
//! is refused with its number, fewer bytes than `length` is "truncated", a SHA-256 that does not
//! match is "tampered", and a payload that does not decompress, parse or validate is "damaged".
//! The checksum detects damage and casual edits; it is not a signature (bundles travel by hand
//! between the school's own PCs).

use crate::{ReportError, Result};
use jikim_hub::snapshot::Snapshot;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

/// First line of every bundle.
pub const MAGIC: &[u8] = b"JIKIM-BUNDLE\n";
/// The bundle format this app writes and the newest it reads.
pub const FORMAT: u32 = 1;
/// Largest payload a reader accepts (decompressed), against decompression bombs.
pub const MAX_JSON: u64 = 2 << 30;

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: u32,
    app: String,
    created: String,
    length: u64,
    sha256: String,
}

/// Serialises a snapshot as a bundle.
pub fn write(snap: &Snapshot) -> Result<Vec<u8>> {
    let json = serde_json::to_vec(snap).map_err(|e| ReportError::Write(e.to_string()))?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&json)
        .map_err(|e| ReportError::Write(e.to_string()))?;
    let payload = gz.finish().map_err(|e| ReportError::Write(e.to_string()))?;
    let header = Header {
        format: FORMAT,
        app: jikim_core::VERSION.to_string(),
        created: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        length: payload.len() as u64,
        sha256: hex::encode(Sha256::digest(&payload)),
    };
    let mut out = Vec::with_capacity(payload.len() + 256);
    out.extend_from_slice(MAGIC);
    serde_json::to_writer(&mut out, &header).map_err(|e| ReportError::Write(e.to_string()))?;
    out.push(b'\n');
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Reads a bundle, checking it whole before anything uses it.
pub fn read(bytes: &[u8]) -> Result<Snapshot> {
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
    Ok(snap)
}

/// Reads a bundle file.
pub fn read_file(path: &std::path::Path) -> Result<Snapshot> {
    let bytes = std::fs::read(path).map_err(|e| ReportError::io(path, e))?;
    read(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_hub::snapshot::{SnapshotClass, SnapshotStudent};
    use uuid::Uuid;

    fn snap() -> Snapshot {
        Snapshot {
            classes: vec![SnapshotClass {
                id: Uuid::now_v7(),
                grade: 2,
                class_no: 3,
                students: vec![SnapshotStudent {
                    id: Uuid::now_v7(),
                    number: 1,
                    name: "김, \"지우\"".into(),
                    removed: false,
                }],
                assignments: vec![],
            }],
            records: vec![],
        }
    }

    #[test]
    fn a_bundle_reads_back_to_the_same_snapshot() {
        let s = snap();
        let bytes = write(&s).expect("write");
        assert!(bytes.starts_with(MAGIC));
        assert_eq!(read(&bytes).expect("read"), s);
    }

    #[test]
    fn every_kind_of_damage_is_named() {
        let bytes = write(&snap()).expect("write");
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
        let newer = text.replace("\"format\":1", "\"format\":2");
        let mut nb = newer.into_bytes();
        nb.extend_from_slice(&bytes[nb.len()..]);
        assert!(matches!(
            read(&nb),
            Err(ReportError::BundleTooNew { format: 2 })
        ));
    }
}
