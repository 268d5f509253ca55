//! Completion certificates (이수증) as PDF: one A4 page per student who completed at least one
//! module, listing the modules completed with their dates and time, for one student or a whole
//! class in one document. The text is real PDF text (searchable, and `pdftotext` reads it back)
//! set in an embedded, subset Korean font, so it prints the same on every school PC.

use crate::completion::CompletionRow;
use crate::{ReportError, Result};
use jikim_core::i18n::Localizer;
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
    /// (module title, completed on, minutes), in library order.
    pub modules: Vec<(String, time::Date, u64)>,
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
        let entry = (r.module_title.clone(), date, r.active_minutes);
        match out.iter_mut().find(|c| {
            (c.grade, c.class_no, c.number, c.name.as_str())
                == (r.grade, r.class_no, r.number, r.name.as_str())
        }) {
            Some(c) => c.modules.push(entry),
            None => out.push(Certificate {
                grade: r.grade,
                class_no: r.class_no,
                number: r.number,
                name: r.name.clone(),
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

use crate::message as say;

/// Renders certificates into one PDF. `school` is printed as the school and the issuer;
/// `issued` is the date on the certificate.
pub fn to_pdf(
    certs: &[Certificate],
    school: &str,
    issued: time::Date,
    l10n: &Localizer,
) -> Result<Vec<u8>> {
    if certs.is_empty() {
        return Err(ReportError::NothingToCertify);
    }
    let regular = Face::load(REGULAR)?;
    let bold = Face::load(BOLD)?;
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(l10n.text("report-cert-title"))
            .language(l10n.lang().to_string())
            .creator(format!("Jikim {}", jikim_core::VERSION)),
    );
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    for cert in certs {
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

        centered(&mut s, &bold, 40.0, 175.0, &l10n.text("report-cert-title"));
        left(
            &mut s,
            &bold,
            17.0,
            LEFT,
            262.0,
            &say(l10n, "report-cert-name", &[("name", cert.name.clone())]),
        );
        let mut y = 292.0;
        for line in regular.wrap(
            &say(
                l10n,
                "report-cert-class",
                &[
                    ("school", school.to_string()),
                    ("grade", cert.grade.to_string()),
                    ("class", cert.class_no.to_string()),
                    ("number", cert.number.to_string()),
                ],
            ),
            14.0,
            TEXT_W,
        ) {
            left(&mut s, &regular, 14.0, LEFT, y, &line);
            y += 21.0;
        }
        y += 22.0;
        for line in regular.wrap(&l10n.text("report-cert-body"), 13.5, TEXT_W) {
            left(&mut s, &regular, 13.5, LEFT, y, &line);
            y += 23.0;
        }
        y += 12.0;
        let module_size = if cert.modules.len() > 8 { 11.0 } else { 12.5 };
        let step = module_size * 1.6;
        let mut total = 0;
        for (title, date, minutes) in &cert.modules {
            total += minutes;
            let text = say(
                l10n,
                "report-cert-module",
                &[
                    ("title", title.clone()),
                    ("date", date.format(iso).unwrap_or_default()),
                    ("minutes", minutes.to_string()),
                ],
            );
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
            &say(l10n, "report-cert-total", &[("minutes", total.to_string())]),
        );
        centered(
            &mut s,
            &regular,
            16.0,
            (y + 70.0).max(680.0),
            &say(
                l10n,
                "report-cert-date",
                &[
                    ("year", issued.year().to_string()),
                    ("month", u8::from(issued.month()).to_string()),
                    ("day", issued.day().to_string()),
                ],
            ),
        );
        centered(
            &mut s,
            &bold,
            22.0,
            (y + 120.0).max(735.0),
            &say(
                l10n,
                "report-cert-issuer",
                &[("school", school.to_string())],
            ),
        );
        s.finish();
        page.finish();
    }
    doc.finish()
        .map_err(|e| ReportError::Write(format!("pdf: {e:?}")))
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
    fn no_completions_means_no_certificate() {
        assert!(matches!(
            to_pdf(
                &[],
                "지킴중학교",
                time::macros::date!(2026 - 11 - 24),
                &Localizer::new("ko")
            ),
            Err(ReportError::NothingToCertify)
        ));
    }
}
