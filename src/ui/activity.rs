//! The activity chart of an entity page: articles mentioning it per month
//! (per quarter or year when the span is too long for the width).

use super::{pane_block, theme};
use crate::index::IndexEntry;
use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup};

/// Buckets of `months` months from the first to the last date, with article counts.
fn buckets(dates: &[Date], fit: usize) -> Vec<(String, u64)> {
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return Vec::new();
    };
    let month_index = |d: &Date| i32::from(d.year()) * 12 + i32::from(d.month()) - 1;
    let span = usize::try_from(month_index(last) - month_index(first) + 1).unwrap_or(1);
    let size: i32 = [1, 3, 12]
        .into_iter()
        .find(|m| span.div_ceil(*m as usize) <= fit.max(1))
        .unwrap_or(12);
    let start = month_index(first) / size * size;
    let count = usize::try_from((month_index(last) - start) / size + 1).unwrap_or(1);
    let mut out: Vec<(String, u64)> = (0..count)
        .map(|i| {
            let m = start + i32::try_from(i).unwrap_or(0) * size;
            let (year, month) = (m / 12, m % 12 + 1);
            let label = match size {
                1 => format!("{:02}/{:02}", month, year % 100),
                3 => format!("Q{}/{:02}", (month - 1) / 3 + 1, year % 100),
                _ => year.to_string(),
            };
            (label, 0)
        })
        .collect();
    for d in dates {
        let i = usize::try_from((month_index(d) - start) / size).unwrap_or(0);
        if let Some(slot) = out.get_mut(i) {
            slot.1 += 1;
        }
    }
    out
}

/// Draws the chart into `area`.
pub fn render_activity(frame: &mut Frame, area: Rect, entry: &IndexEntry) {
    let dates: Vec<Date> = entry.articles.iter().filter_map(|a| a.published).collect();
    let fit = usize::from(area.width.saturating_sub(2)) / 6;
    let data = buckets(&dates, fit);
    let bars: Vec<Bar> = data
        .iter()
        .map(|(label, n)| {
            Bar::default()
                .value(*n)
                .label(Line::from(label.clone()))
                .style(theme::kind(entry.kind))
        })
        .collect();
    let chart = BarChart::default()
        .block(pane_block(Line::from(" Articles over time "), false))
        .data(BarGroup::default().bars(&bars))
        .bar_width(5)
        .bar_gap(1);
    frame.render_widget(chart, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monthly_then_quarterly_buckets() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let dates = [d("2023-03-14"), d("2023-03-20"), d("2023-05-01")];
        assert_eq!(
            buckets(&dates, 10),
            vec![("03/23".into(), 2), ("04/23".into(), 0), ("05/23".into(), 1)]
        );
        let long = [d("2023-01-10"), d("2025-11-18")];
        let q = buckets(&long, 12);
        assert_eq!(q.first().unwrap(), &("Q1/23".to_string(), 1));
        assert_eq!(q.len(), 12);
    }
}
