//! The report summary as a printable page: a self-contained HTML file (no scripts, no remote
//! fonts or images) with A4 print styles, which any browser on a school PC prints or saves as PDF.
//! Every value is escaped.

use crate::completion::{CompletionRow, Filter};
use crate::summary::{summarize, Scope};
use jikim_core::i18n::{messages as m, Localizer, Message, Msg};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The print styles of every printable page (A4 landscape, Korean fonts a school PC has,
/// bordered tables whose header repeats on each page).
pub const PRINT_STYLE: &str = "@page { size: A4 landscape; margin: 14mm; }\
body { font-family: 'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans KR', 'NanumGothic', sans-serif; color: #111; word-break: keep-all; }\
h1 { font-size: 20pt; margin: 0 0 6pt; } p.meta { margin: 0 0 4pt; }\
table { border-collapse: collapse; width: 100%; margin-top: 10pt; font-size: 10pt; }\
th, td { border: 1px solid #555; padding: 3pt 5pt; text-align: left; }\
td.n { text-align: right; font-variant-numeric: tabular-nums; }\
tr.sub td { font-weight: bold; background: #eee; } tr.total td { font-weight: bold; background: #ddd; }\
thead { display: table-header-group; } tr { break-inside: avoid; }\
";

fn fmt(l10n: &Localizer, message: impl Into<Message>) -> String {
    escape(&l10n.text(message))
}

/// The printable summary page.
pub fn summary_page(
    rows: &[CompletionRow],
    filter: &Filter,
    school: &str,
    today: time::Date,
    l10n: &Localizer,
) -> String {
    let s = summarize(rows);
    let t = |message: Msg| escape(&l10n.text(message));
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\n<style>{style}</style></head><body>\n<h1>{title}</h1>\n",
        lang = escape(l10n.lang()),
        title = t(m::REPORT_PAGE_TITLE),
        style = PRINT_STYLE,
    );
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        fmt(
            l10n,
            m::ReportPageSchool {
                school: school.to_string()
            }
        )
    );
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let date = |d: time::Date| d.format(iso).unwrap_or_default();
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        fmt(l10n, m::ReportPageGenerated { date: date(today) })
    );
    let period = match (filter.from, filter.to) {
        (None, None) => t(m::REPORT_PAGE_PERIOD_ALL),
        (from, to) => fmt(
            l10n,
            m::ReportPagePeriod {
                from: from.map(date).unwrap_or_default(),
                to: to.map(date).unwrap_or_default(),
            },
        ),
    };
    let _ = writeln!(h, "<p class=\"meta\">{period}</p>");
    if s.report.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t(m::REPORT_PAGE_EMPTY));
    }
    let _ = write!(h, "<table><thead><tr>");
    for id in [
        m::REPORT_COL_SCOPE,
        m::REPORT_COL_MODULE_TITLE,
        m::REPORT_COL_ENROLLED,
        m::REPORT_COL_COMPLETED,
        m::REPORT_COL_RATE,
        m::REPORT_COL_TOTAL_MINUTES,
        m::REPORT_COL_AVERAGE_MINUTES,
    ] {
        let _ = write!(h, "<th scope=\"col\">{}</th>", t(id));
    }
    let _ = writeln!(h, "</tr></thead><tbody>");
    for r in &s.report {
        let (class, scope) = match r.scope {
            Scope::Class { grade, class_no } => (
                "",
                fmt(
                    l10n,
                    m::ReportScopeClass {
                        class: class_no.to_string(),
                        grade: grade.to_string(),
                    },
                ),
            ),
            Scope::Grade { grade } => (
                " class=\"sub\"",
                fmt(
                    l10n,
                    m::ReportScopeGrade {
                        grade: grade.to_string(),
                    },
                ),
            ),
            Scope::School => (" class=\"total\"", t(m::REPORT_SCOPE_SCHOOL)),
        };
        let _ = writeln!(
            h,
            "<tr{class}><td>{scope}</td><td>{title}</td><td class=\"n\">{enrolled}</td><td class=\"n\">{completed}</td>\
<td class=\"n\">{rate:.1}%</td><td class=\"n\">{total}</td><td class=\"n\">{avg:.1}</td></tr>",
            title = escape(&r.module_title),
            enrolled = r.tally.enrolled,
            completed = r.tally.completed,
            rate = r.tally.rate() * 100.0,
            total = r.tally.total_minutes,
            avg = r.tally.average_minutes(),
        );
    }
    let _ = writeln!(h, "</tbody></table>\n</body></html>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_names_and_school_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>'"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;"
        );
        let l10n = Localizer::new("ko");
        let page = summary_page(
            &[],
            &Filter::default(),
            "<script>x</script>중학교",
            time::macros::date!(2026 - 11 - 24),
            &l10n,
        );
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("2026-11-24"));
    }
}
