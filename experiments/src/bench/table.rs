//! The comparison tables `bench` and `compare` print.

use super::history::{Phase, Record};
use super::stats::{self, Verdict};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};

/// The reference engines ratios are taken against.
pub const JIT: &str = "wasmtime";
pub const BASELINE: &str = "switch";

fn ms(s: f64) -> String {
    if s >= 0.1 {
        format!("{:.0}", s * 1e3)
    } else {
        format!("{:.2}", s * 1e3)
    }
}

fn right(s: String) -> Cell {
    Cell::new(s).set_alignment(CellAlignment::Right)
}

/// The columns of [`bench_table`] and [`markdown_table`].
const HEADER: [&str; 8] = [
    "benchmark",
    "engine",
    "execute ms",
    "spread",
    "× wasmtime",
    "× switch",
    "start-up ms",
    "peak RSS MB",
];

/// Execute-time table of one record: median, spread, ratios to wasmtime and to the
/// switch back-end, start-up (compile + instantiate), peak resident memory (in a
/// process of its own), and a geomean row per engine.
pub fn bench_table(r: &Record) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(HEADER.to_vec());
    for row in table_rows(r) {
        let mut cells = row.into_iter();
        let mut out: Vec<Cell> = cells.by_ref().take(2).map(Cell::new).collect();
        out.extend(cells.map(right));
        t.add_row(out);
    }
    let mut out = t.to_string();
    out.push_str(&format!(
        "\n{} rounds, interleaved; {} inputs; medians; spread is ±half the range over the median.\n",
        r.rounds,
        if r.size == "quick" {
            "quick (reduced) seed"
        } else {
            "full"
        }
    ));
    out
}

/// One row of a comparison: B against A on one benchmark.
pub struct Comparison {
    pub bench: String,
    pub label: String,
    pub a: f64,
    pub b: f64,
    pub interval: (f64, f64),
    pub verdict: Verdict,
}

pub fn compare_table(rows: &[Comparison], a_name: &str, b_name: &str) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec![
        "benchmark".to_string(),
        "engine".to_string(),
        format!("A: {a_name} ms"),
        format!("B: {b_name} ms"),
        "B / A".to_string(),
        "95% interval".to_string(),
        "verdict (B vs A)".to_string(),
    ]);
    for c in rows {
        t.add_row(vec![
            Cell::new(&c.bench),
            Cell::new(&c.label),
            right(ms(c.a)),
            right(ms(c.b)),
            right(format!("{:.3}", c.b / c.a)),
            right(format!("{:.3}–{:.3}", c.interval.0, c.interval.1)),
            Cell::new(c.verdict.to_string()),
        ]);
    }
    t.to_string()
}

/// Cells of `bench_table`'s rows, for every renderer.
fn table_rows(r: &Record) -> Vec<[String; 8]> {
    let engines = r.engines();
    let mut ratios: Vec<[Vec<f64>; 2]> = vec![[Vec::new(), Vec::new()]; engines.len()];
    let mut rows = Vec::new();
    for b in r.benches() {
        for (i, e) in engines.iter().enumerate() {
            let Some(x) = r.samples(e, &b, Phase::Execute) else {
                continue;
            };
            let m = stats::median(&x);
            let mut ratio = |k: usize, reference: &str| match r.median(reference, &b, Phase::Execute) {
                Some(rm) if rm > 0.0 => {
                    ratios[i][k].push(m / rm);
                    format!("{:.2}", m / rm)
                }
                _ => "–".into(),
            };
            let (rj, rb) = (ratio(0, JIT), ratio(1, BASELINE));
            let startup =
                r.median(e, &b, Phase::Compile).unwrap_or(0.0) + r.median(e, &b, Phase::Instantiate).unwrap_or(0.0);
            let spread = format!("±{:.0}%", stats::spread(&x) * 50.0);
            let rss = r
                .memory_of(e, &b)
                .map_or_else(|| "–".into(), |m| format!("{:.1}", m.peak_rss_bytes as f64 / 1e6));
            rows.push([b.clone(), e.clone(), ms(m), spread, rj, rb, ms(startup), rss]);
        }
    }
    let g = |v: &[f64]| stats::geomean(v).map_or("–".into(), |g| format!("{g:.2}"));
    for (e, [j, b]) in engines.iter().zip(&ratios) {
        rows.push([
            "geomean".into(),
            e.clone(),
            String::new(),
            String::new(),
            g(j),
            g(b),
            String::new(),
            String::new(),
        ]);
    }
    rows
}

/// `bench_table` as a Markdown table, for notes that travel as text.
pub fn markdown_table(r: &Record) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = format!(
        "| {} |\n|---|---|{}\n",
        HEADER.join(" | "),
        "---:|".repeat(HEADER.len() - 2)
    );
    for row in table_rows(r) {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
