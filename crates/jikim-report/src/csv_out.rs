//! The completion table as CSV for Korean Excel and Hancell: UTF-8 **with a byte-order mark**
//! (without it Excel reads Korean names as mojibake), RFC 4180 quoting by the `csv` crate (names
//! with commas, quotes or line breaks survive), CRLF line ends. A text cell that a spreadsheet
//! would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//! leading `'`, the usual guard against CSV formula injection.

use crate::completion::CompletionRow;
use crate::{
    format_local, note_label, status_label, Progress, ProgressFn, ReportError, Result, COLUMNS,
};
use jikim_core::i18n::Localizer;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes the rows (headers in the localizer's language) to a byte vector.
pub fn to_csv(rows: &[CompletionRow], l10n: &Localizer, progress: ProgressFn) -> Result<Vec<u8>> {
    let header: Vec<String> = COLUMNS.iter().map(|c| l10n.text(c)).collect();
    let total = rows.len() as u64;
    let cells = rows.iter().enumerate().map(|(i, r)| {
        if i % 4096 == 0 {
            progress(Progress {
                done: i as u64,
                total,
            });
        }
        [
            r.grade.to_string(),
            r.class_no.to_string(),
            r.number.to_string(),
            guard(&r.name),
            guard(&r.module_id),
            guard(&r.module_title),
            r.module_version.map(|v| v.to_string()).unwrap_or_default(),
            status_label(l10n, r.status),
            r.score_percent.map(|s| s.to_string()).unwrap_or_default(),
            r.passed_at.map(format_local).unwrap_or_default(),
            r.active_minutes.to_string(),
            r.attempts.to_string(),
            note_label(l10n, r.removed),
        ]
    });
    let bytes = table_to_csv(&header, cells)?;
    progress(Progress { done: total, total });
    Ok(bytes)
}

/// Any table of text as CSV for Excel the same way (byte-order mark, quoting, CRLF): `header`
/// first, then `rows`. Cells are written as given: guard ([`guard`]) what people typed.
pub fn table_to_csv<R>(header: &[String], rows: impl IntoIterator<Item = R>) -> Result<Vec<u8>>
where
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let err = |e: csv::Error| ReportError::Write(e.to_string());
    w.write_record(header).map_err(err)?;
    for row in rows {
        w.write_record(row).map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| ReportError::Write(e.to_string()))
}

/// Prefixes `'` to text a spreadsheet would otherwise treat as a formula.
pub fn guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_written_for_excel_header_first() {
        let header = ["시각".to_string(), "누가".to_string()];
        let rows = [
            ["2026-12-08 09:00", "김, \"교사\""],
            ["2026-12-08 09:05", "이바다"],
        ];
        let bytes = table_to_csv(&header, rows).expect("csv");
        assert_eq!(&bytes[..3], BOM);
        let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
        assert_eq!(
            text,
            "시각,누가\r\n2026-12-08 09:00,\"김, \"\"교사\"\"\"\r\n2026-12-08 09:05,이바다\r\n"
        );
    }

    #[test]
    fn formula_like_text_is_guarded_and_other_text_is_not() {
        assert_eq!(guard("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(guard("@SUM"), "'@SUM");
        assert_eq!(guard("김, \"지우\""), "김, \"지우\"");
        assert_eq!(guard("홍길동"), "홍길동");
    }
}
