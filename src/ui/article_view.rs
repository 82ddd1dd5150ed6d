//! The reader: headline, byline and the wrapped body, with entity mentions
//! coloured by kind, dates underlined, and highlights from the sidebar and timeline.

use super::{pane_block, theme, truncate};
use crate::analysis::Span as ByteSpan;
use crate::app::reader::LineKind;
use crate::app::{App, Focus, Highlight, OpenArticle};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap};

/// Draws the reader into `area`.
pub fn render_article_view(frame: &mut Frame, area: Rect, app: &mut App) {
    let focused = app.focus == Focus::Article;
    let Some(open) = &app.open else {
        let block = pane_block(Line::from(" Reader "), focused);
        let text = match app.selected_article() {
            Some(a) => format!("Press Enter to open “{}”.\n\nPress ? for every key.", a.title),
            None => "No article selected.".to_string(),
        };
        frame.render_widget(
            Paragraph::new(text)
                .style(theme::DIM)
                .wrap(Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    };
    let title = format!(
        " {} ",
        truncate(&open.article.title, usize::from(area.width.saturating_sub(6)))
    );
    let block = pane_block(Line::from(title), focused);
    let height = usize::from(area.height.saturating_sub(2));
    let marks = marks(open);
    let lines: Vec<Line> = open
        .doc
        .lines
        .iter()
        .skip(open.scroll)
        .take(height)
        .map(|l| match l.kind {
            LineKind::Title => Line::styled(l.text.clone(), theme::TITLE),
            LineKind::Byline => Line::styled(l.text.clone(), theme::DIM),
            LineKind::Blank => Line::default(),
            LineKind::Body { start, end } => styled_line(&open.article.body, start, end, &marks),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if open.doc.lines.len() > height {
        let mut state =
            ScrollbarState::new(open.doc.lines.len().saturating_sub(height)).position(open.scroll);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(
            bar,
            area.inner(ratatui::layout::Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// Styled byte ranges of the body, in the order they are layered.
fn marks(open: &OpenArticle) -> Vec<(ByteSpan, Style)> {
    let mut marks = Vec::new();
    for entry in &open.analysis.timeline {
        marks.push((entry.span, theme::DATE));
    }
    for entity in &open.analysis.entities {
        for m in &entity.mentions {
            marks.push((*m, theme::kind(entity.kind)));
        }
    }
    match open.highlight {
        Some(Highlight::Sentence(span)) => marks.push((span, theme::SENTENCE)),
        Some(Highlight::Find { current }) => {
            for (i, m) in open.found.iter().enumerate() {
                marks.push((
                    *m,
                    if i == current {
                        theme::CURRENT
                    } else {
                        theme::HIGHLIGHT
                    },
                ));
            }
        }
        Some(Highlight::Entity { entity, current }) => {
            if let Some(e) = open.analysis.entities.get(entity) {
                // "the president" standing for the highlighted person is lit too.
                marks.extend(e.references.iter().map(|r| (*r, theme::HIGHLIGHT)));
                for (i, m) in e.mentions.iter().enumerate() {
                    marks.push((
                        *m,
                        if i == current {
                            theme::CURRENT
                        } else {
                            theme::HIGHLIGHT
                        },
                    ));
                }
            }
        }
        None => {}
    }
    marks
}

/// One body line split at every mark boundary, each piece with its layered style.
fn styled_line(body: &str, start: usize, end: usize, marks: &[(ByteSpan, Style)]) -> Line<'static> {
    let inside: Vec<&(ByteSpan, Style)> = marks
        .iter()
        .filter(|(s, _)| s.start < end && s.end > start)
        .collect();
    let mut cuts = vec![start, end];
    for (s, _) in &inside {
        cuts.push(s.start.clamp(start, end));
        cuts.push(s.end.clamp(start, end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(text) = body.get(a..b) else { continue };
        let style = inside
            .iter()
            .filter(|(s, _)| s.contains(a))
            .fold(Style::default(), |acc, (_, st)| acc.patch(*st));
        spans.push(Span::styled(text.to_string(), style));
    }
    Line::from(spans)
}
