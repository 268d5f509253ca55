//! Completion certificates (이수증) as PDF: one A4 page per student who completed at least one
//! module, listing the modules completed with their dates and time, for one student or a whole
//! class in one document. The text is real PDF text (searchable, and `pdftotext` reads it back)
//! set in an embedded, subset Korean font, so it prints the same on every school PC.
//!
//! Each certificate carries a serial and a QR code with a claim the hub signed ([`crate::claim`]):
//! `jikim verify` checks the QR code's text, or the PDF itself (whose metadata repeats every
//! page's code), offline.

use crate::claim::ClaimModule;
use crate::completion::CompletionRow;
use crate::{ReportError, Result};
use jikim_core::i18n::{messages as m, Localizer};
use jikim_hub::school_key::SchoolKey;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;

/// Jikim Gothic: a renamed Hangul + Latin subset of NanumGothic (SIL OFL 1.1), made by
/// `assets/fonts/make-fonts.py`.
static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/JikimGothic-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/JikimGothic-Bold.ttf");

const A4_W: f32 = 595.28;
const A4_H: f32 = 841.89;
const LEFT: f32 = 88.0;
const TEXT_W: f32 = A4_W - 2.0 * LEFT;

/// One student's certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    /// The student's id on the hub (its pseudonym goes into the QR code).
    pub student: uuid::Uuid,
    /// The modules completed, in library order.
    pub modules: Vec<CertifiedModule>,
}

/// One completed module on a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertifiedModule {
    pub id: String,
    pub title: String,
    pub version: u32,
    pub law_as_of: String,
    pub completed: time::Date,
    /// The module's credited minutes (its `[credit]`), as the claim states them.
    pub minutes: u64,
}

/// Certificates for every student with at least one completed module among `rows`.
pub fn certificates(rows: &[CompletionRow]) -> Vec<Certificate> {
    let mut out: Vec<Certificate> = Vec::new();
    for r in rows.iter().filter(|r| r.passed()) {
        let date = r
            .passed_at
            .and_then(crate::in_kst)
            .map(|t| t.date())
            .unwrap_or(time::Date::MIN);
        let entry = CertifiedModule {
            id: r.module_id.clone(),
            title: r.module_title.clone(),
            version: r.module_version.unwrap_or(0),
            law_as_of: r.law_as_of.clone(),
            completed: date,
            minutes: r.credited_minutes,
        };
        match out.iter_mut().find(|c| {
            (c.grade, c.class_no, c.number, c.student) == (r.grade, r.class_no, r.number, r.student)
        }) {
            Some(c) => c.modules.push(entry),
            None => out.push(Certificate {
                grade: r.grade,
                class_no: r.class_no,
                number: r.number,
                name: r.name.clone(),
                student: r.student,
                modules: vec![entry],
            }),
        }
    }
    out
}

struct Face {
    font: Font,
    bytes: &'static [u8],
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Face> {
        let font = Font::new(bytes.into(), 0)
            .ok_or_else(|| ReportError::Write("certificate font".into()))?;
        Ok(Face { font, bytes })
    }

    /// Width of `text` at `size` points, from the font's advance widths.
    fn width(&self, text: &str, size: f32) -> f32 {
        let Ok(f) = skrifa::FontRef::new(self.bytes) else {
            return text.chars().count() as f32 * size;
        };
        let cmap = f.charmap();
        let metrics = f.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                cmap.map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(size * 0.5)
            })
            .sum()
    }

    /// Greedy line breaking at spaces (Korean keeps words whole, as `word-break: keep-all`);
    /// a single word wider than the line is broken by characters.
    fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= max || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
            while self.width(&line, size) > max && line.chars().count() > 1 {
                let mut head = String::new();
                for ch in line.chars() {
                    if self.width(&format!("{head}{ch}"), size) > max && !head.is_empty() {
                        break;
                    }
                    head.push(ch);
                }
                let tail = line[head.len()..].to_string();
                lines.push(head);
                line = tail;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

impl Certificate {
    /// The modules as the claim states them.
    fn claim_modules(&self) -> Vec<ClaimModule> {
        self.modules
            .iter()
            .map(|m| ClaimModule {
                id: m.id.clone(),
                version: m.version,
                law_as_of: m.law_as_of.clone(),
                minutes: m.minutes,
                completed: crate::claim::iso(m.completed),
            })
            .collect()
    }

    /// The signed claim of this certificate and its token (the QR code's text).
    pub fn claim(
        &self,
        key: &SchoolKey,
        issued: time::Date,
    ) -> Result<(crate::claim::Claim, String)> {
        crate::claim::sign(key, self.student, self.claim_modules(), issued)
    }

    /// Its serial, as its claim states it (without signing the claim again).
    pub fn serial(&self, key: &SchoolKey) -> String {
        crate::claim::serial(
            &key.public().to_base64(),
            &key.pseudonym(self.student),
            &self.claim_modules(),
        )
    }
}

/// Renders certificates into one PDF, each signed with the hub's `key`. `school` is printed as
/// the school and the issuer; `issued` is the date on the certificate.
pub fn to_pdf(
    certs: &[Certificate],
    school: &str,
    issued: time::Date,
    key: &SchoolKey,
    l10n: &Localizer,
) -> Result<Vec<u8>> {
    if certs.is_empty() {
        return Err(ReportError::NothingToCertify);
    }
    let regular = Face::load(REGULAR)?;
    let bold = Face::load(BOLD)?;
    let mut doc = Document::new();
    let mut tokens = Vec::with_capacity(certs.len());
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    for cert in certs {
        let (claim, token) = cert.claim(key, issued)?;
        let settings = PageSettings::from_wh(A4_W, A4_H)
            .ok_or_else(|| ReportError::Write("page size".into()))?;
        let mut page = doc.start_page_with(settings);
        let mut s = page.surface();

        // Double frame.
        for (inset, width) in [(30.0f32, 2.5f32), (38.0, 0.8)] {
            if let Some(rect) =
                Rect::from_xywh(inset, inset, A4_W - 2.0 * inset, A4_H - 2.0 * inset)
            {
                let mut pb = PathBuilder::new();
                pb.push_rect(rect);
                if let Some(path) = pb.finish() {
                    s.set_fill(None);
                    s.set_stroke(Some(Stroke {
                        paint: rgb::Color::new(40, 60, 110).into(),
                        width,
                        ..Default::default()
                    }));
                    s.draw_path(&path);
                }
            }
        }
        s.set_stroke(None);
        s.set_fill(Some(Fill {
            paint: rgb::Color::new(17, 17, 17).into(),
            ..Default::default()
        }));

        let centered =
            |s: &mut krilla::surface::Surface, face: &Face, size: f32, y: f32, text: &str| {
                let x = (A4_W - face.width(text, size)) / 2.0;
                s.draw_text(
                    Point::from_xy(x.max(LEFT / 2.0), y),
                    face.font.clone(),
                    size,
                    text,
                    false,
                    TextDirection::Auto,
                );
            };
        let left = |s: &mut krilla::surface::Surface,
                    face: &Face,
                    size: f32,
                    x: f32,
                    y: f32,
                    text: &str| {
            s.draw_text(
                Point::from_xy(x, y),
                face.font.clone(),
                size,
                text,
                false,
                TextDirection::Auto,
            );
        };

        centered(&mut s, &bold, 40.0, 175.0, &l10n.text(m::REPORT_CERT_TITLE));
        left(
            &mut s,
            &bold,
            17.0,
            LEFT,
            262.0,
            &l10n.text(m::ReportCertName {
                name: cert.name.clone(),
            }),
        );
        let mut y = 292.0;
        for line in regular.wrap(
            &l10n.text(m::ReportCertClass {
                class: cert.class_no.to_string(),
                grade: cert.grade.to_string(),
                number: cert.number.to_string(),
                school: school.to_string(),
            }),
            14.0,
            TEXT_W,
        ) {
            left(&mut s, &regular, 14.0, LEFT, y, &line);
            y += 21.0;
        }
        y += 22.0;
        for line in regular.wrap(&l10n.text(m::REPORT_CERT_BODY), 13.5, TEXT_W) {
            left(&mut s, &regular, 13.5, LEFT, y, &line);
            y += 23.0;
        }
        y += 12.0;
        let module_size = if cert.modules.len() > 8 { 11.0 } else { 12.5 };
        let step = module_size * 1.6;
        let mut total = 0;
        for m in &cert.modules {
            total += m.minutes;
            let text = l10n.text(m::ReportCertModule {
                date: m.completed.format(iso).unwrap_or_default(),
                minutes: m.minutes.to_string(),
                title: m.title.clone(),
            });
            for (i, line) in regular
                .wrap(&text, module_size, TEXT_W - 16.0)
                .iter()
                .enumerate()
            {
                if i == 0 {
                    left(&mut s, &regular, module_size, LEFT, y, "·");
                }
                left(&mut s, &regular, module_size, LEFT + 14.0, y, line);
                y += step;
            }
        }
        y += 8.0;
        left(
            &mut s,
            &bold,
            13.0,
            LEFT,
            y,
            &l10n.text(m::ReportCertTotal {
                minutes: total.to_string(),
            }),
        );
        centered(
            &mut s,
            &regular,
            16.0,
            (y + 70.0).max(680.0),
            &l10n.text(m::ReportCertDate {
                day: issued.day().to_string(),
                month: u8::from(issued.month()).to_string(),
                year: issued.year().to_string(),
            }),
        );
        centered(
            &mut s,
            &bold,
            22.0,
            (y + 120.0).max(735.0),
            &l10n.text(m::ReportCertIssuer {
                school: school.to_string(),
            }),
        );
        // The QR code (top right, beside the title) and the serial under it.
        draw_qr(&mut s, &token, A4_W - 48.0 - QR_SIZE, 48.0, QR_SIZE)?;
        s.set_fill(Some(Fill {
            paint: rgb::Color::new(17, 17, 17).into(),
            ..Default::default()
        }));
        for (i, line) in [
            l10n.text(m::ReportCertSerial {
                serial: claim.serial.clone(),
            }),
            l10n.text(m::REPORT_CERT_VERIFY_HINT),
        ]
        .iter()
        .enumerate()
        {
            let size = 7.5;
            let x = A4_W - 48.0 - regular.width(line, size);
            left(
                &mut s,
                &regular,
                size,
                x,
                48.0 + QR_SIZE + 11.0 + 10.0 * i as f32,
                line,
            );
        }
        s.finish();
        page.finish();
        tokens.push(token);
    }
    // Every page's code in the metadata too, so `jikim verify` checks the PDF file itself.
    doc.set_metadata(
        Metadata::new()
            .title(l10n.text(m::REPORT_CERT_TITLE))
            .language(l10n.lang().to_string())
            .creator(format!("Jikim {}", jikim_core::VERSION))
            .keywords(tokens),
    );
    doc.finish()
        .map_err(|e| ReportError::Write(format!("pdf: {e:?}")))
}

/// Renders certificates as a ZIP of one PDF per student (`2-3-05-김지우.pdf`), for schools that
/// hand each student their own file. Stored, not compressed: PDFs are compressed already.
pub fn to_zip(
    certs: &[Certificate],
    school: &str,
    issued: time::Date,
    key: &SchoolKey,
    l10n: &Localizer,
) -> Result<Vec<u8>> {
    use std::io::Write;
    if certs.is_empty() {
        return Err(ReportError::NothingToCertify);
    }
    let zip_error = |e: zip::result::ZipError| ReportError::Write(format!("zip: {e}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut names = std::collections::HashSet::new();
    for cert in certs {
        let pdf = to_pdf(std::slice::from_ref(cert), school, issued, key, l10n)?;
        let safe: String = cert
            .name
            .chars()
            .filter(|c| !c.is_control() && !r#"/\:*?"<>|"#.contains(*c))
            .collect();
        let mut name = format!(
            "{}-{}-{:02}-{}.pdf",
            cert.grade,
            cert.class_no,
            cert.number,
            safe.trim()
        );
        // Two students with the same class, number and name (one taken off the roster).
        let mut n = 2;
        while !names.insert(name.clone()) {
            name = format!(
                "{}-{}-{:02}-{}-{n}.pdf",
                cert.grade,
                cert.class_no,
                cert.number,
                safe.trim()
            );
            n += 1;
        }
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(&pdf)
            .map_err(|e| ReportError::Write(format!("zip: {e}")))?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

/// Issues certificates from `store`'s hub: renders them signed with its key (one PDF, or a ZIP
/// of one PDF each when `zip`) and records each serial as issued on `store`, so the school and
/// the district can count certificates issued (`jikim_hub::issued`). The window and the CLI both
/// issue through here.
pub fn issue(
    store: &jikim_hub::HubStore,
    certs: &[Certificate],
    school: &str,
    issued: time::Date,
    zip: bool,
    l10n: &Localizer,
) -> Result<Vec<u8>> {
    let key = store.school_key()?;
    let bytes = if zip {
        to_zip(certs, school, issued, &key, l10n)?
    } else {
        to_pdf(certs, school, issued, &key, l10n)?
    };
    let records: Vec<_> = certs
        .iter()
        .map(|cert| jikim_hub::issued::IssuedCertificate {
            serial: cert.serial(&key),
            student: cert.student,
            modules: cert.modules.len() as u32,
            minutes: cert.modules.iter().map(|m| m.minutes).sum(),
            issued_on: crate::claim::iso(issued),
        })
        .collect();
    store.record_issued(&records)?;
    Ok(bytes)
}

/// The QR code's side, in points (about 4.2 cm).
const QR_SIZE: f32 = 120.0;

/// Draws `text` as a QR code (error correction M, a quiet zone of 4 modules inside `size`).
fn draw_qr(s: &mut krilla::surface::Surface, text: &str, x: f32, y: f32, size: f32) -> Result<()> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| ReportError::Write(format!("qr code: {e}")))?;
    let width = code.width();
    let colors = code.to_colors();
    let module = size / (width + 8) as f32;
    let mut pb = PathBuilder::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            if let Some(rect) = Rect::from_xywh(
                x + (col + 4.0) * module,
                y + (row + 4.0) * module,
                module,
                module,
            ) {
                pb.push_rect(rect);
            }
        }
    }
    if let Some(path) = pb.finish() {
        s.set_stroke(None);
        s.set_fill(Some(Fill {
            paint: rgb::Color::new(0, 0, 0).into(),
            ..Default::default()
        }));
        s.draw_path(&path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_within_the_text_width() {
        let face = Face::load(REGULAR).expect("font");
        let text = "위 학생은 디지털 성범죄 예방 교육 「지킴」에서 다음 과정을 이수하였으므로 이 증서를 드립니다.";
        let lines = face.wrap(text, 13.5, 200.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| face.width(l, 13.5) <= 200.0));
        assert_eq!(lines.join(" "), text);
        let long = "가".repeat(80);
        let lines = face.wrap(&long, 12.0, 100.0);
        assert!(lines.iter().all(|l| face.width(l, 12.0) <= 100.0));
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn the_serial_recorded_is_the_one_the_signed_claim_states() {
        let cert = Certificate {
            grade: 2,
            class_no: 3,
            number: 1,
            name: "김지우".into(),
            student: uuid::Uuid::now_v7(),
            modules: vec![CertifiedModule {
                id: "deepfake-law".into(),
                title: "딥페이크(허위영상물)와 법".into(),
                version: 3,
                law_as_of: "2026-11-01".into(),
                completed: time::macros::date!(2026 - 11 - 20),
                minutes: 40,
            }],
        };
        let key = SchoolKey::generate();
        let (claim, _) = cert
            .claim(&key, time::macros::date!(2026 - 11 - 24))
            .expect("claim");
        assert_eq!(cert.serial(&key), claim.serial);
        // Another hub's key makes another serial.
        assert_ne!(cert.serial(&SchoolKey::generate()), claim.serial);
    }

    #[test]
    fn no_completions_means_no_certificate() {
        assert!(matches!(
            to_pdf(
                &[],
                "지킴중학교",
                time::macros::date!(2026 - 11 - 24),
                &SchoolKey::generate(),
                &Localizer::new("ko")
            ),
            Err(ReportError::NothingToCertify)
        ));
    }
}
