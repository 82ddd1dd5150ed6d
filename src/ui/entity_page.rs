//! The entity page: one entity across the store: its articles, its
//! cross-article timeline, related entities, and an activity chart.

use super::{activity, pane_block, theme, truncate};
use crate::analysis::when::place;
use crate::app::{App, EntityPage, PageSection};
use crate::index::IndexEntry;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

/// Draws the entity page into `area`.
pub fn render_entity_page(frame: &mut Frame, area: Rect, app: &App, page: &EntityPage) {
    let Some(entry) = app.built_index().and_then(|i| i.get(page.slot)) else {
        return;
    };
    use Constraint::{Fill, Length, Percentage};
    let [header, body] = area.layout(&Layout::vertical([Length(5), Fill(1)]));
    render_header(frame, header, entry);
    let wide = area.width >= 100;
    let (left, right) = if wide {
        let [l, r] = body.layout(&Layout::horizontal([
            Fill(1),
            Length((area.width / 3).clamp(36, 60)),
        ]));
        (l, Some(r))
    } else {
        (body, None)
    };
    let (articles, timeline, related, chart) = if let Some(right) = right {
        let [a, t] = left.layout(&Layout::vertical([Percentage(50), Percentage(50)]));
        let [r, c] = right.layout(&Layout::vertical([Fill(1), Length(12)]));
        (a, t, r, Some(c))
    } else {
        let [a, t, r] = left.layout(&Layout::vertical([
            Percentage(40),
            Percentage(35),
            Percentage(25),
        ]));
        (a, t, r, None)
    };
    render_articles(frame, articles, app, entry, page);
    render_dates(frame, timeline, app, entry, page);
    render_related(frame, related, app, entry, page);
    if let Some(chart) = chart {
        activity::render_activity(frame, chart, entry);
    }
}

fn render_header(frame: &mut Frame, area: Rect, entry: &IndexEntry) {
    let block = pane_block(Line::from(format!(" {} ", entry.name)), false);
    let kind = entry.kind.as_str();
    let span = entry
        .span()
        .map(|(a, b)| format!(" · {a} – {b}"))
        .unwrap_or_default();
    let stats = format!(
        "{kind} · {} article(s) · {} mention(s){span}",
        entry.articles.len(),
        entry.mentions
    );
    let aliases: Vec<&str> = entry
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| *a != entry.name)
        .collect();
    let width = usize::from(area.width.saturating_sub(4));
    let lines = vec![
        Line::from(Span::styled(stats, theme::kind(entry.kind))),
        Line::from(Span::styled(
            if aliases.is_empty() {
                String::new()
            } else {
                truncate(&format!("Also: {}", aliases.join(" · ")), width)
            },
            theme::DIM,
        )),
        Line::from(Span::styled(
            "Enter opens · Tab next section · F lists its articles · H back",
            theme::DIM,
        )),
    ];
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn section_block(title: String, page: &EntityPage, section: PageSection) -> ratatui::widgets::Block<'static> {
    pane_block(Line::from(title), page.section == section)
}

fn list(items: Vec<ListItem<'static>>, focused: bool) -> List<'static> {
    List::new(items).highlight_style(if focused {
        theme::SELECTED
    } else {
        theme::SELECTED_UNFOCUSED
    })
}

fn render_articles(frame: &mut Frame, area: Rect, app: &App, entry: &IndexEntry, page: &EntityPage) {
    let width = usize::from(area.width.saturating_sub(4));
    let items: Vec<ListItem> = entry
        .articles
        .iter()
        .filter_map(|a| {
            let article = app.store.get(a.id.as_str())?;
            let head = format!(
                "{}  {} ({}×)",
                article.published_label(),
                article.title,
                a.mentions
            );
            let sentence = article
                .body
                .get(a.sentence.start..a.sentence.end)
                .unwrap_or_default();
            let context = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(ListItem::new(vec![
                Line::from(Span::styled(truncate(&head, width), theme::TITLE)),
                Line::from(Span::styled(
                    format!("  {}", truncate(&context, width.saturating_sub(2))),
                    theme::DIM,
                )),
            ]))
        })
        .collect();
    let block = section_block(
        format!(" Articles ({}) ", entry.articles.len()),
        page,
        PageSection::Articles,
    );
    let mut state = ListState::default().with_selected(Some(page.selections[0]));
    frame.render_stateful_widget(
        list(items, page.section == PageSection::Articles).block(block),
        area,
        &mut state,
    );
}

fn render_dates(frame: &mut Frame, area: Rect, app: &App, entry: &IndexEntry, page: &EntityPage) {
    let width = usize::from(area.width.saturating_sub(4));
    let items: Vec<ListItem> = entry
        .dates
        .iter()
        .filter_map(|d| {
            let article = app.store.get(d.id.as_str())?;
            let t = app.cached_analysis(&d.id)?.timeline.get(d.entry)?;
            let label = place(&d.value).map_or_else(|| d.value.clone(), |w| w.label);
            let sentence = article
                .body
                .get(t.sentence.start..t.sentence.end)
                .unwrap_or(&t.text);
            let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(ListItem::new(vec![
                Line::from(vec![
                    Span::styled(label, theme::DATE),
                    Span::styled(
                        format!("  {}", truncate(&article.title, width.saturating_sub(20))),
                        theme::DIM,
                    ),
                ]),
                Line::from(Span::raw(format!(
                    "  {}",
                    truncate(&flat, width.saturating_sub(2))
                ))),
            ]))
        })
        .collect();
    let block = section_block(
        format!(" Timeline ({}) ", entry.dates.len()),
        page,
        PageSection::Timeline,
    );
    let mut state = ListState::default().with_selected(Some(page.selections[1]));
    frame.render_stateful_widget(
        list(items, page.section == PageSection::Timeline).block(block),
        area,
        &mut state,
    );
}

fn render_related(frame: &mut Frame, area: Rect, app: &App, entry: &IndexEntry, page: &EntityPage) {
    let Some(index) = app.built_index() else { return };
    let width = usize::from(area.width.saturating_sub(4));
    let items: Vec<ListItem> = entry
        .related
        .iter()
        .filter_map(|&(slot, shared)| {
            let other = index.get(slot)?;
            let count = format!(" {shared}");
            let name = truncate(&other.name, width.saturating_sub(count.len() + 1));
            Some(ListItem::new(Line::from(vec![
                Span::styled(name, theme::kind(other.kind)),
                Span::styled(count, theme::DIM),
            ])))
        })
        .collect();
    let block = section_block(
        format!(" Related ({}) ", entry.related.len()),
        page,
        PageSection::Related,
    );
    let mut state = ListState::default().with_selected(Some(page.selections[2]));
    frame.render_stateful_widget(
        list(items, page.section == PageSection::Related).block(block),
        area,
        &mut state,
    );
}
