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

/// Execute-time table of one record: median, spread, ratios to wasmtime and to the
/// switch back-end, start-up (compile + instantiate), and a geomean row per engine.
pub fn bench_table(r: &Record) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec![
        "benchmark",
        "engine",
        "execute ms",
        "spread",
        "× wasmtime",
        "× switch",
        "start-up ms",
    ]);
    let engines = r.engines();
    let med = |e: &str, b: &str, p: Phase| r.samples(e, b, p).map(|s| stats::median(&s));
    let mut ratios_jit: Vec<Vec<f64>> = vec![Vec::new(); engines.len()];
    let mut ratios_base: Vec<Vec<f64>> = vec![Vec::new(); engines.len()];
    for b in r.benches() {
        for (i, e) in engines.iter().enumerate() {
            let Some(x) = r.samples(e, &b, Phase::Execute) else {
                continue;
            };
            let m = stats::median(&x);
            let ratio = |reference: &str, acc: &mut Vec<f64>| match med(reference, &b, Phase::Execute) {
                Some(rm) if rm > 0.0 => {
                    acc.push(m / rm);
                    format!("{:.2}", m / rm)
                }
                _ => "–".into(),
            };
            let rj = ratio(JIT, &mut ratios_jit[i]);
            let rb = ratio(BASELINE, &mut ratios_base[i]);
            let startup = med(e, &b, Phase::Compile).unwrap_or(0.0) + med(e, &b, Phase::Instantiate).unwrap_or(0.0);
            t.add_row(vec![
                Cell::new(&b),
                Cell::new(e),
                right(ms(m)),
                right(format!("±{:.0}%", stats::spread(&x) * 50.0)),
                right(rj),
                right(rb),
                right(ms(startup)),
            ]);
        }
    }
    for (i, e) in engines.iter().enumerate() {
        let g = |v: &[f64]| stats::geomean(v).map_or("–".into(), |g| format!("{g:.2}"));
        t.add_row(vec![
            Cell::new("geomean"),
            Cell::new(e),
            right(String::new()),
            right(String::new()),
            right(g(&ratios_jit[i])),
            right(g(&ratios_base[i])),
            right(String::new()),
        ]);
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

/// Cells of `bench_table`'s rows, for renderers other than comfy-table.
fn table_rows(r: &Record) -> Vec<[String; 7]> {
    let engines = r.engines();
    let med = |e: &str, b: &str, p: Phase| r.samples(e, b, p).map(|s| stats::median(&s));
    let mut ratios: Vec<[Vec<f64>; 2]> = vec![[Vec::new(), Vec::new()]; engines.len()];
    let mut rows = Vec::new();
    for b in r.benches() {
        for (i, e) in engines.iter().enumerate() {
            let Some(x) = r.samples(e, &b, Phase::Execute) else {
                continue;
            };
            let m = stats::median(&x);
            let mut ratio = |k: usize, reference: &str| match med(reference, &b, Phase::Execute) {
                Some(rm) if rm > 0.0 => {
                    ratios[i][k].push(m / rm);
                    format!("{:.2}", m / rm)
                }
                _ => "–".into(),
            };
            let (rj, rb) = (ratio(0, JIT), ratio(1, BASELINE));
            let startup = med(e, &b, Phase::Compile).unwrap_or(0.0) + med(e, &b, Phase::Instantiate).unwrap_or(0.0);
            let spread = format!("±{:.0}%", stats::spread(&x) * 50.0);
            rows.push([b.clone(), e.clone(), ms(m), spread, rj, rb, ms(startup)]);
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
        ]);
    }
    rows
}

/// `bench_table` as a Markdown table, for notes that travel as text.
pub fn markdown_table(r: &Record) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from(
        "| benchmark | engine | execute ms | spread | × wasmtime | × switch | start-up ms |\n\
         |---|---|---:|---:|---:|---:|---:|\n",
    );
    for row in table_rows(r) {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
