//! The district bundle: what a school hub sends its education office for one school year, signed
//! with the hub's key, pseudonymous unless the school opts in to names.
//!
//! ```text
//! JIKIM-DISTRICT\n
//! {"format":2,"app":"0.1.0","created":"…","school_year":2026,"length":N,"sha256":"…",
//!  "key":"<the hub's public key>","signature":"<Ed25519 over the header's fields>"}\n
//! <N bytes: gzip of JSON lines>
//! ```
//!
//! The lines come in order: every student (`{"student":{…}}`: pseudonym, grade, class, and the
//! name only if the school opted in), then every module the hub graded as passed
//! (`{"completion":{…}}`: module, version, date, the credited minutes and requirements), then
//! the certificates the hub issued that year (`{"certificate":{…}}`: serial, modules, minutes,
//! date; from format 2), then the year's learning records (`{"record":{…}}`, without answer contents). JSON lines let the
//! district read a bundle of any size as a stream, a line at a time: it is never whole in memory.
//!
//! The header is checked first (signature, and by the district the key's registration); the
//! payload's SHA-256 and length are checked as it streams, and whatever was read is thrown away
//! (the import's transaction rolled back) if they do not match at the end.

use crate::DistrictError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use jikim_core::content::Library;
use jikim_hub::school_key::{SchoolKey, SchoolPublicKey};
use jikim_hub::HubStore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Read, Write};

/// First line of every district bundle.
pub const MAGIC: &[u8] = b"JIKIM-DISTRICT\n";
/// The format this build writes and the newest it reads. Format 2 added the certificates issued
/// (`{"certificate":{…}}` lines between the completions and the records); format 1 bundles,
/// which have none, still import.
pub const FORMAT: u32 = 2;
const SIGNATURE_CONTEXT: &str = "jikim district bundle 1";
/// Longest line a reader accepts (a line is one student, completion or record).
const MAX_LINE: usize = 64 * 1024;
/// Longest header line a reader accepts.
pub const MAX_HEADER: usize = 4096;

/// The header line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub format: u32,
    pub app: String,
    pub created: String,
    /// The school year (학년도, from March) the bundle covers.
    pub school_year: i32,
    pub length: u64,
    pub sha256: String,
    pub key: String,
    pub signature: String,
}

impl Header {
    fn signed_fields(&self) -> Vec<u8> {
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.format,
            self.app,
            self.created,
            self.school_year,
            self.length,
            self.sha256,
            self.key
        )
        .into_bytes()
    }
}

/// A student of the school year, by pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Student {
    pub id: String,
    pub grade: u32,
    pub class: u32,
    /// Only when the school opted in to names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A module the school hub graded as passed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    pub student: String,
    pub module: String,
    pub version: u32,
    /// YYYY-MM-DD, Korean time, the hub's receive time of the pass.
    pub passed_on: String,
    /// The module's credited minutes (0 if it declares none).
    pub minutes: u32,
    pub requirements: Vec<String>,
}

/// A certificate (이수증) the school hub issued in the year (format 2 on), by its serial; a reprint
/// is the same certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub serial: String,
    pub student: String,
    /// Modules on the certificate.
    pub modules: u32,
    /// Credited minutes on the certificate.
    pub minutes: u64,
    /// YYYY-MM-DD, the first issue date.
    pub issued_on: String,
}

/// A learning record, without answer contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: uuid::Uuid,
    pub student: String,
    pub module: String,
    pub version: u32,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    /// RFC 3339, the school hub's receive time.
    pub received_at: String,
}

/// One line of the payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    Student(Student),
    Completion(Completion),
    Certificate(Certificate),
    Record(Record),
}

/// What a bundle holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub students: u64,
    pub completions: u64,
    /// Certificates issued (format 2 on; 0 in a format 1 bundle).
    #[serde(default)]
    pub certificates: u64,
    pub records: u64,
}

/// The first and last day of a Korean school year (March to February), in Korean dates.
pub fn school_year_dates(year: i32) -> Option<(time::Date, time::Date)> {
    let from = time::Date::from_calendar_date(year, time::Month::March, 1).ok()?;
    let to = time::Date::from_calendar_date(year + 1, time::Month::March, 1)
        .ok()?
        .previous_day()?;
    Some((from, to))
}

/// Writes the district bundle of `store` for `school_year`: every student on the rosters (by
/// pseudonym; with names only if `names`), every module passed that year as the hub graded it
/// (with `library`'s credits), and the year's records. Signed with the hub's key.
pub fn write(
    store: &HubStore,
    library: &Library,
    school_year: i32,
    names: bool,
) -> Result<(Vec<u8>, Counts), DistrictError> {
    let key = store.school_key()?;
    let (from, to) = school_year_dates(school_year)
        .ok_or_else(|| DistrictError::Invalid(format!("school year {school_year}")))?;
    let snap = store.snapshot(&[])?;
    let filter = jikim_report::Filter {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    let rows = jikim_report::completion_rows(library, &snap, &filter);
    let mut counts = Counts::default();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut line = |l: &Line| -> Result<(), DistrictError> {
        serde_json::to_writer(&mut gz, l).map_err(|e| DistrictError::Write(e.to_string()))?;
        gz.write_all(b"\n")
            .map_err(|e| DistrictError::Write(e.to_string()))
    };
    let pseudonym = |id: uuid::Uuid| key.pseudonym(id);
    for class in &snap.classes {
        for s in class.students.iter().filter(|s| !s.removed) {
            line(&Line::Student(Student {
                id: pseudonym(s.id),
                grade: class.grade,
                class: class.class_no,
                name: names.then(|| s.name.clone()),
            }))?;
            counts.students += 1;
        }
    }
    for r in rows.iter().filter(|r| r.passed() && !r.removed) {
        let credit = library.module(&r.module_id).and_then(|m| m.credit.clone());
        line(&Line::Completion(Completion {
            student: pseudonym(r.student),
            module: r.module_id.clone(),
            version: r.module_version.unwrap_or(0),
            passed_on: r
                .passed_at
                .map(|t| jikim_report::claim::iso(t.date()))
                .unwrap_or_default(),
            minutes: credit.as_ref().map_or(0, |c| c.minutes),
            requirements: credit
                .map(|c| c.requirements.iter().map(|r| r.id().to_string()).collect())
                .unwrap_or_default(),
        }))?;
        counts.completions += 1;
    }
    for c in store.issued_between(&claim_iso(from), &claim_iso(to))? {
        line(&Line::Certificate(Certificate {
            serial: c.serial,
            student: pseudonym(c.student),
            modules: c.modules,
            minutes: c.minutes,
            issued_on: c.issued_on,
        }))?;
        counts.certificates += 1;
    }
    for sr in &snap.records {
        let Some(received) = sr.received_at.clone() else {
            continue;
        };
        let day =
            time::OffsetDateTime::parse(&received, &time::format_description::well_known::Rfc3339)
                .ok()
                .and_then(jikim_report::in_kst)
                .map(|t| t.date());
        if !day.is_some_and(|d| d >= from && d <= to) {
            continue;
        }
        line(&Line::Record(Record {
            id: sr.record.id,
            student: pseudonym(sr.student),
            module: sr.record.module_id.clone(),
            version: sr.record.module_version,
            kind: sr.record.kind.as_str().to_string(),
            correct: sr.record.correct,
            received_at: received,
        }))?;
        counts.records += 1;
    }
    let payload = gz
        .finish()
        .map_err(|e| DistrictError::Write(e.to_string()))?;
    Ok((seal(&key, school_year, &payload)?, counts))
}

fn claim_iso(date: time::Date) -> String {
    jikim_report::claim::iso(date)
}

/// The header and the payload as one file.
pub fn seal(key: &SchoolKey, school_year: i32, payload: &[u8]) -> Result<Vec<u8>, DistrictError> {
    let mut header = Header {
        format: FORMAT,
        app: jikim_core::VERSION.to_string(),
        created: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        school_year,
        length: payload.len() as u64,
        sha256: hex::encode(Sha256::digest(payload)),
        key: key.public().to_base64(),
        signature: String::new(),
    };
    header.signature = B64.encode(key.sign(SIGNATURE_CONTEXT, &header.signed_fields()));
    let mut out = MAGIC.to_vec();
    serde_json::to_writer(&mut out, &header).map_err(|e| DistrictError::Write(e.to_string()))?;
    out.push(b'\n');
    out.extend_from_slice(payload);
    Ok(out)
}

/// Reads the magic and the signed header line from `input` and checks them (format, signature);
/// returns the header, its signer and how many bytes the two took (where the payload starts).
pub fn read_header<R: Read>(
    input: &mut R,
) -> Result<(Header, SchoolPublicKey, u64), DistrictError> {
    let mut magic = [0u8; 15];
    input
        .read_exact(&mut magic)
        .map_err(|_| DistrictError::NotABundle)?;
    if magic != MAGIC {
        return Err(DistrictError::NotABundle);
    }
    let mut header_line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        if input
            .read(&mut byte)
            .map_err(|_| DistrictError::Truncated)?
            == 0
        {
            return Err(DistrictError::Truncated);
        }
        if byte[0] == b'\n' {
            break;
        }
        header_line.push(byte[0]);
        if header_line.len() > MAX_HEADER {
            return Err(DistrictError::Damaged("header".into()));
        }
    }
    let loose: serde_json::Value = serde_json::from_slice(&header_line)
        .map_err(|e| DistrictError::Damaged(format!("header: {e}")))?;
    if let Some(format) = loose.get("format").and_then(|f| f.as_u64()) {
        if format > u64::from(FORMAT) {
            return Err(DistrictError::TooNew { format });
        }
    }
    let header: Header = serde_json::from_value(loose)
        .map_err(|e| DistrictError::Damaged(format!("header: {e}")))?;
    let signer = SchoolPublicKey::from_base64(&header.key).ok_or(DistrictError::Tampered)?;
    let signature = B64
        .decode(&header.signature)
        .map_err(|_| DistrictError::Tampered)?;
    if !signer.verify(SIGNATURE_CONTEXT, &header.signed_fields(), &signature) {
        return Err(DistrictError::Tampered);
    }
    let consumed = (MAGIC.len() + header_line.len() + 1) as u64;
    Ok((header, signer, consumed))
}

/// Counts and hashes the compressed bytes as the gzip decoder pulls them.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    read: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// A district bundle being read: the header checked, the lines streamed.
pub struct Reader<R: Read> {
    pub header: Header,
    pub signer: SchoolPublicKey,
    lines: BufReader<flate2::read::GzDecoder<Hashing<R>>>,
    buf: String,
}

impl<R: Read> Reader<R> {
    /// Reads and checks the header: magic, format, signature. Nothing of the payload is read yet.
    pub fn open(mut input: R) -> Result<Reader<R>, DistrictError> {
        let (header, signer, _) = read_header(&mut input)?;
        let hashing = Hashing {
            inner: input,
            hash: Sha256::new(),
            read: 0,
        };
        Ok(Reader {
            header,
            signer,
            lines: BufReader::new(flate2::read::GzDecoder::new(hashing)),
            buf: String::new(),
        })
    }

    /// The next line, `None` at the end of the payload.
    pub fn next_line(&mut self) -> Result<Option<Line>, DistrictError> {
        self.buf.clear();
        let n = (&mut self.lines)
            .take(MAX_LINE as u64 + 1)
            .read_line(&mut self.buf)
            .map_err(|e| DistrictError::Damaged(format!("gzip: {e}")))?;
        if n == 0 {
            return Ok(None);
        }
        if n > MAX_LINE {
            return Err(DistrictError::Damaged("line too long".into()));
        }
        serde_json::from_str(self.buf.trim_end())
            .map(Some)
            .map_err(|e| DistrictError::Damaged(format!("line: {e}")))
    }

    /// After the last line: the payload's length and SHA-256 must be the header's, and nothing
    /// may follow it.
    pub fn finish(self) -> Result<(), DistrictError> {
        let mut decoder = self.lines.into_inner();
        // Whatever the gzip decoder did not need (trailing bytes) is read and counted too.
        let hashing = decoder.get_mut();
        let mut rest = Vec::new();
        hashing
            .read_to_end(&mut rest)
            .map_err(|e| DistrictError::Damaged(e.to_string()))?;
        let hashing = decoder.into_inner();
        if hashing.read != self.header.length {
            return Err(if hashing.read < self.header.length {
                DistrictError::Truncated
            } else {
                DistrictError::Tampered
            });
        }
        if hex::encode(hashing.hash.finalize()) != self.header.sha256 {
            return Err(DistrictError::Tampered);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(lines: &[Line]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        for l in lines {
            serde_json::to_writer(&mut gz, l).unwrap();
            gz.write_all(b"\n").unwrap();
        }
        gz.finish().unwrap()
    }

    fn sample() -> Vec<Line> {
        vec![
            Line::Student(Student {
                id: "ab".repeat(16),
                grade: 2,
                class: 3,
                name: None,
            }),
            Line::Completion(Completion {
                student: "ab".repeat(16),
                module: "consent".into(),
                version: 2,
                passed_on: "2026-11-24".into(),
                minutes: 35,
                requirements: vec!["sex-education".into()],
            }),
        ]
    }

    fn read_all(bytes: &[u8]) -> Result<Vec<Line>, DistrictError> {
        let mut r = Reader::open(bytes)?;
        let mut out = Vec::new();
        while let Some(l) = r.next_line()? {
            out.push(l);
        }
        r.finish()?;
        Ok(out)
    }

    #[test]
    fn a_bundle_streams_back_line_by_line() {
        let key = SchoolKey::generate();
        let bytes = seal(&key, 2026, &payload(&sample())).unwrap();
        assert_eq!(read_all(&bytes).unwrap(), sample());
        let r = Reader::open(bytes.as_slice()).unwrap();
        assert_eq!(r.signer, key.public());
        assert_eq!(r.header.school_year, 2026);
    }

    #[test]
    fn a_changed_byte_a_cut_or_another_key_in_the_header_is_refused() {
        let key = SchoolKey::generate();
        let bytes = seal(&key, 2026, &payload(&sample())).unwrap();
        let mut flipped = bytes.clone();
        let last = flipped.len() - 12;
        flipped[last] ^= 0x20;
        assert!(read_all(&flipped).is_err());
        assert!(matches!(
            read_all(&bytes[..bytes.len() - 3]),
            Err(DistrictError::Truncated) | Err(DistrictError::Damaged(_))
        ));
        let mut longer = bytes.clone();
        longer.extend_from_slice(b"junk");
        assert!(matches!(read_all(&longer), Err(DistrictError::Tampered)));
        // The year changed in the header: the signature no longer holds.
        let text = String::from_utf8_lossy(&bytes).replacen(
            "\"school_year\":2026",
            "\"school_year\":2025",
            1,
        );
        assert!(matches!(
            Reader::open(text.as_bytes()),
            Err(DistrictError::Tampered)
        ));
        assert!(matches!(
            Reader::open(&b"JIKIM-BUNDLE\n{}"[..]),
            Err(DistrictError::NotABundle)
        ));
    }

    #[test]
    fn a_school_year_runs_from_march_to_the_end_of_february() {
        let (from, to) = school_year_dates(2027).unwrap();
        assert_eq!(from, time::macros::date!(2027 - 03 - 01));
        assert_eq!(to, time::macros::date!(2028 - 02 - 29));
    }
}
