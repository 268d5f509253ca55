//! The completion table as an XLSX workbook: typed cells (numbers as numbers, the completion time
//! as an Excel date-time), a header row with a filter, frozen panes, and three more sheets — the
//! report summary (per grade, class and module), per class and per module.

use crate::completion::CompletionRow;
use crate::summary::{summarize, Scope, Summary};
use crate::{status_label, Progress, ProgressFn, ReportError, Result, COLUMNS};
use jikim_core::i18n::{messages as m, Localizer, Msg};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

fn err(e: XlsxError) -> ReportError {
    ReportError::Write(e.to_string())
}

/// `t` as an Excel date-time in Korean time; `None` outside the years Excel holds (1900–9999),
/// which only a forged or corrupted record can reach. Such a cell is written as text instead.
fn excel_time(t: time::OffsetDateTime) -> Option<ExcelDateTime> {
    let t = crate::in_kst(t)?;
    let year = u16::try_from(t.year())
        .ok()
        .filter(|y| (1900..=9999).contains(y))?;
    ExcelDateTime::from_ymd(year, t.month() as u8, t.day())
        .and_then(|d| d.and_hms(u16::from(t.hour()), t.minute(), t.second()))
        .ok()
}

fn header(ws: &mut Worksheet, labels: &[String], bold: &Format) -> Result<()> {
    for (c, label) in labels.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, label, bold)
            .map_err(err)?;
        ws.set_column_width(c as u16, (label.chars().count() as f64 * 2.2).max(9.0))
            .map_err(err)?;
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    Ok(())
}

fn texts(l10n: &Localizer, headers: &[Msg]) -> Vec<String> {
    headers.iter().map(|h| l10n.text(*h)).collect()
}

/// Writes the four tally columns (enrolled, completed, rate, total and average minutes) from `col`.
fn tally(
    ws: &mut Worksheet,
    y: u32,
    col: u16,
    t: &crate::summary::Tally,
    pct: &Format,
    one: &Format,
) -> Result<()> {
    ws.write_number(y, col, t.enrolled as f64).map_err(err)?;
    ws.write_number(y, col + 1, t.completed as f64)
        .map_err(err)?;
    ws.write_number_with_format(y, col + 2, t.rate(), pct)
        .map_err(err)?;
    ws.write_number(y, col + 3, t.total_minutes as f64)
        .map_err(err)?;
    ws.write_number_with_format(y, col + 4, t.average_minutes(), one)
        .map_err(err)?;
    Ok(())
}

/// The cell formats the sheets share.
struct Formats {
    bold: Format,
    when: Format,
    pct: Format,
    one: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            bold: Format::new().set_bold(),
            when: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
            pct: Format::new().set_num_format("0.0%"),
            one: Format::new().set_num_format("0.0"),
        }
    }
}

/// Writes the workbook to a byte vector: the rows, then the summary, per class and per module.
pub fn to_xlsx(rows: &[CompletionRow], l10n: &Localizer, progress: ProgressFn) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let f = Formats::new();
    let total = rows.len() as u64;
    rows_sheet(wb.add_worksheet(), rows, l10n, &f, progress)?;
    let summary = summarize(rows);
    summary_sheet(wb.add_worksheet(), &summary, l10n, &f)?;
    classes_sheet(wb.add_worksheet(), &summary, l10n, &f)?;
    modules_sheet(wb.add_worksheet(), &summary, l10n, &f)?;
    let bytes = wb.save_to_buffer().map_err(err)?;
    progress(Progress { done: total, total });
    Ok(bytes)
}

/// Sheet 1: one row per student × module.
fn rows_sheet(
    ws: &mut Worksheet,
    rows: &[CompletionRow],
    l10n: &Localizer,
    f: &Formats,
    progress: ProgressFn,
) -> Result<()> {
    let total = rows.len() as u64;
    ws.set_name(l10n.text(m::REPORT_SHEET_ROWS)).map_err(err)?;
    let labels = texts(l10n, &COLUMNS);
    header(ws, &labels, &f.bold)?;
    ws.set_column_width(5, 36).map_err(err)?;
    ws.set_column_width(9, 17).map_err(err)?;
    for (i, r) in rows.iter().enumerate() {
        let y = i as u32 + 1;
        ws.write_number(y, 0, r.grade).map_err(err)?;
        ws.write_number(y, 1, r.class_no).map_err(err)?;
        ws.write_number(y, 2, r.number).map_err(err)?;
        ws.write_string(y, 3, &r.name).map_err(err)?;
        ws.write_string(y, 4, &r.module_id).map_err(err)?;
        ws.write_string(y, 5, &r.module_title).map_err(err)?;
        if let Some(v) = r.module_version {
            ws.write_number(y, 6, v).map_err(err)?;
        }
        ws.write_string(y, 7, status_label(l10n, r.status))
            .map_err(err)?;
        if let Some(s) = r.score_percent {
            ws.write_number(y, 8, s).map_err(err)?;
        }
        if let Some(t) = r.passed_at {
            match excel_time(t) {
                Some(d) => ws.write_datetime_with_format(y, 9, &d, &f.when),
                None => ws.write_string(y, 9, crate::format_local(t)),
            }
            .map_err(err)?;
        }
        ws.write_number(y, 10, r.active_minutes as f64)
            .map_err(err)?;
        ws.write_number(y, 11, r.attempts).map_err(err)?;
        if r.removed {
            ws.write_string(y, 12, crate::note_label(l10n, true))
                .map_err(err)?;
        }
        if i % 4096 == 0 {
            progress(Progress {
                done: i as u64,
                total,
            });
        }
    }
    ws.autofilter(0, 0, rows.len() as u32, (COLUMNS.len() - 1) as u16)
        .map_err(err)?;
    Ok(())
}

/// Sheet 2: the report summary (per class, grade and the school, each module).
fn summary_sheet(
    ws: &mut Worksheet,
    summary: &Summary,
    l10n: &Localizer,
    f: &Formats,
) -> Result<()> {
    ws.set_name(l10n.text(m::REPORT_SHEET_SUMMARY))
        .map_err(err)?;
    let labels = texts(
        l10n,
        &[
            m::REPORT_COL_SCOPE,
            m::REPORT_COL_GRADE,
            m::REPORT_COL_CLASS,
            m::REPORT_COL_MODULE_ID,
            m::REPORT_COL_MODULE_TITLE,
            m::REPORT_COL_ENROLLED,
            m::REPORT_COL_COMPLETED,
            m::REPORT_COL_RATE,
            m::REPORT_COL_TOTAL_MINUTES,
            m::REPORT_COL_AVERAGE_MINUTES,
        ],
    );
    header(ws, &labels, &f.bold)?;
    ws.set_column_width(0, 16).map_err(err)?;
    ws.set_column_width(4, 36).map_err(err)?;
    for (i, s) in summary.report.iter().enumerate() {
        let y = i as u32 + 1;
        let (scope, grade, class_no) = match s.scope {
            Scope::Class { grade, class_no } => (
                l10n.text(m::ReportScopeClass {
                    class: class_no.to_string(),
                    grade: grade.to_string(),
                }),
                Some(grade),
                Some(class_no),
            ),
            Scope::Grade { grade } => (
                l10n.text(m::ReportScopeGrade {
                    grade: grade.to_string(),
                }),
                Some(grade),
                None,
            ),
            Scope::School => (l10n.text(m::REPORT_SCOPE_SCHOOL), None, None),
        };
        let cell = if matches!(s.scope, Scope::Class { .. }) {
            Format::new()
        } else {
            f.bold.clone()
        };
        ws.write_string_with_format(y, 0, &scope, &cell)
            .map_err(err)?;
        if let Some(g) = grade {
            ws.write_number(y, 1, g).map_err(err)?;
        }
        if let Some(c) = class_no {
            ws.write_number(y, 2, c).map_err(err)?;
        }
        ws.write_string(y, 3, &s.module_id).map_err(err)?;
        ws.write_string(y, 4, &s.module_title).map_err(err)?;
        tally(ws, y, 5, &s.tally, &f.pct, &f.one)?;
    }
    ws.autofilter(0, 0, summary.report.len() as u32, 9)
        .map_err(err)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// Sheet 3: per class.
fn classes_sheet(
    ws: &mut Worksheet,
    summary: &Summary,
    l10n: &Localizer,
    f: &Formats,
) -> Result<()> {
    ws.set_name(l10n.text(m::REPORT_SHEET_CLASSES))
        .map_err(err)?;
    let labels = texts(
        l10n,
        &[
            m::REPORT_COL_GRADE,
            m::REPORT_COL_CLASS,
            m::REPORT_COL_MODULES,
            m::REPORT_COL_ENROLLED,
            m::REPORT_COL_COMPLETED,
            m::REPORT_COL_RATE,
            m::REPORT_COL_TOTAL_MINUTES,
            m::REPORT_COL_AVERAGE_MINUTES,
        ],
    );
    header(ws, &labels, &f.bold)?;
    for (i, c) in summary.classes.iter().enumerate() {
        let y = i as u32 + 1;
        ws.write_number(y, 0, c.grade).map_err(err)?;
        ws.write_number(y, 1, c.class_no).map_err(err)?;
        ws.write_number(y, 2, c.modules as f64).map_err(err)?;
        tally(ws, y, 3, &c.tally, &f.pct, &f.one)?;
    }
    let note_row = summary.classes.len() as u32 + 2;
    ws.write_string(note_row, 0, l10n.text(m::REPORT_CLASS_COMPLETED_NOTE))
        .map_err(err)?;
    ws.autofilter(0, 0, summary.classes.len() as u32, 7)
        .map_err(err)?;
    Ok(())
}

/// Sheet 4: per module.
fn modules_sheet(
    ws: &mut Worksheet,
    summary: &Summary,
    l10n: &Localizer,
    f: &Formats,
) -> Result<()> {
    ws.set_name(l10n.text(m::REPORT_SHEET_MODULES))
        .map_err(err)?;
    let labels = texts(
        l10n,
        &[
            m::REPORT_COL_MODULE_ID,
            m::REPORT_COL_MODULE_TITLE,
            m::REPORT_COL_CLASSES,
            m::REPORT_COL_ENROLLED,
            m::REPORT_COL_COMPLETED,
            m::REPORT_COL_RATE,
            m::REPORT_COL_TOTAL_MINUTES,
            m::REPORT_COL_AVERAGE_MINUTES,
        ],
    );
    header(ws, &labels, &f.bold)?;
    ws.set_column_width(1, 36).map_err(err)?;
    for (i, m) in summary.modules.iter().enumerate() {
        let y = i as u32 + 1;
        ws.write_string(y, 0, &m.module_id).map_err(err)?;
        ws.write_string(y, 1, &m.module_title).map_err(err)?;
        ws.write_number(y, 2, m.classes as f64).map_err(err)?;
        tally(ws, y, 3, &m.tally, &f.pct, &f.one)?;
    }
    ws.autofilter(0, 0, summary.modules.len() as u32, 7)
        .map_err(err)?;
    Ok(())
}
