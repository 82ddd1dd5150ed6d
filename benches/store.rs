//! Opening a store of synthetic articles, and drawing one frame of the reader.
//! Run: `cargo bench --bench store`.

#[path = "../examples/support/synthetic.rs"]
mod synthetic;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::app::{Action, App};
use dateline::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    synthetic::write_store(dir.path(), 1000, 3000).expect("synthetic store");
    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    group.bench_function("open_1000_articles", |b| {
        b.iter(|| Store::open_dir(black_box(dir.path())))
    });
    let store = Store::open_dir(dir.path()).expect("store");
    group.bench_function("open_and_draw_first_frame", |b| {
        b.iter(|| {
            let mut app = App::new(store.clone(), None, (160, 48));
            app.update(Action::Activate);
            let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("backend");
            terminal
                .draw(|f| dateline::ui::render(f, &mut app))
                .expect("draw");
        });
    });
    let mut app = App::new(store.clone(), None, (160, 48));
    app.update(Action::Activate);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("backend");
    group.bench_function("redraw_after_scroll", |b| {
        b.iter(|| {
            app.update(Action::SelectNext);
            terminal
                .draw(|f| dateline::ui::render(f, &mut app))
                .expect("draw");
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
