//! What the history records add up to across runs: the history table, the plot of
//! ratios to wasmtime over comparable runs, the report page, and the handover note.

pub mod bars;
pub mod handover;
pub mod page;
pub mod plot;
pub mod trend;

use crate::bench::history::{Phase, Record};
use crate::bench::stats;
use crate::bench::table::JIT;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use std::path::{Path, PathBuf};

/// The workspace root, where `reports/` lives.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `path` relative to the workspace when it lies inside it, so notes read the same
/// on every checkout.
pub fn shown(path: &Path) -> String {
    // A file not written yet cannot be canonicalized, but its folder may be.
    let full = path.canonicalize().ok().or_else(|| {
        let dir = path.parent()?.canonicalize().ok()?;
        Some(dir.join(path.file_name()?))
    });
    match (workspace_root().canonicalize(), full) {
        (Ok(root), Some(full)) => full
            .strip_prefix(&root)
            .map_or_else(|_| full.display().to_string(), |p| p.display().to_string()),
        _ => path.display().to_string(),
    }
}

/// `engine`'s execute median over wasmtime's on `bench`, if both ran it.
pub fn bench_ratio(r: &Record, engine: &str, bench: &str) -> Option<f64> {
    let e = r.median(engine, bench, Phase::Execute)?;
    let j = r.median(JIT, bench, Phase::Execute)?;
    (e > 0.0 && j > 0.0).then(|| e / j)
}

/// Geomean, over the benchmarks both ran, of `engine`'s execute median over wasmtime's.
pub fn ratio_to_jit(r: &Record, engine: &str) -> Option<f64> {
    let ratios: Vec<f64> = r.benches().iter().filter_map(|b| bench_ratio(r, engine, b)).collect();
    stats::geomean(&ratios)
}

/// Whether `engine` is an ablation variant (`super-no-<family>`, `super-unfused`):
/// a one-off measurement for the ablation table, not a line of the trend.
pub fn is_ablation(engine: &str) -> bool {
    engine.starts_with("super-no-") || engine == "super-unfused"
}

/// Every engine of any record, in first-seen order.
pub fn all_engines(records: &[Record]) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for e in records.iter().flat_map(|r| r.engines()) {
        if !v.contains(&e) {
            v.push(e);
        }
    }
    v
}

/// Milliseconds with a precision that suits the magnitude.
pub fn ms(seconds: f64) -> String {
    let m = seconds * 1e3;
    if m >= 100.0 {
        format!("{m:.0}")
    } else if m >= 1.0 {
        format!("{m:.2}")
    } else {
        format!("{m:.4}")
    }
}

/// `2026-01-31T12:34:56Z` as `2026-01-31 12:34`.
fn short_date(date: &str) -> String {
    date.get(..16)
        .map_or_else(|| date.to_string(), |d| d.replacen('T', " ", 1))
}

/// One row per record (oldest first): when, which commit, which size, and each
/// engine's geomean ratio to wasmtime. wasmtime itself gets no column: it is 1.
pub fn history_table(records: &[Record]) -> String {
    let engines: Vec<String> = all_engines(records).into_iter().filter(|e| e != JIT).collect();
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    let mut header: Vec<String> = ["#", "date", "commit", "size"].map(String::from).to_vec();
    header.extend(engines.iter().map(|e| format!("{e} × wasmtime")));
    header.push("note".into());
    t.set_header(header);
    for (i, r) in records.iter().enumerate() {
        let has_jit = r.engines().iter().any(|e| e == JIT);
        let mut row = vec![
            Cell::new(i),
            Cell::new(short_date(&r.date)),
            Cell::new(format!("{}{}", r.commit, if r.dirty { "+" } else { "" })),
            Cell::new(&r.size),
        ];
        for e in &engines {
            let text = match ratio_to_jit(r, e) {
                Some(g) => format!("{g:.2}"),
                None if !has_jit => "–".into(),
                None => String::new(),
            };
            row.push(Cell::new(text).set_alignment(CellAlignment::Right));
        }
        row.push(Cell::new(r.note.chars().take(40).collect::<String>()));
        t.add_row(row);
    }
    let mut out = t.to_string();
    out.push_str(
        "\nGeomean over benchmarks of the execute-time median over wasmtime's; lower is faster.\n\
         – : no wasmtime in that run; blank: engine not run; commit+ : uncommitted changes.\n",
    );
    out
}
