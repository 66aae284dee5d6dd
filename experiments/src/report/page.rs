//! `wasmlab report`: one self-contained HTML page (`reports/index.html`) made from
//! the history records — the latest run as a table and as bars, start-up and
//! memory, the trend over comparable records, and links to the flamegraphs, the
//! ablation table and the latest handover note. Styles and charts are inline, and
//! nothing needs JavaScript, so the file reads the same from a disk or a browser.

use super::{bars, ms, plot, trend};
use crate::bench::history::{Phase, Record};
use crate::bench::stats;
use crate::bench::table::JIT;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use std::path::{Path, PathBuf};

/// What the page is made from.
pub struct Inputs<'a> {
    /// Every record, oldest first.
    pub records: &'a [Record],
    /// The record shown as the latest run; by default the newest run beside wasmtime.
    pub latest: Option<&'a Record>,
    /// The `reports/` folder the page is written into: links are relative to it.
    pub reports: &'a Path,
}

const STYLE: &str = "
body { font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 7px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.geomean td, tr.geomean th { font-weight: bold; background: #f3f3f3; }
th { background: #eee; }
small { color: #666; }
.slow { color: #b00; }
pre { background: #f7f7f7; padding: 1em; overflow-x: auto; font-size: 12px; }
";

/// The newest record that ran wasmtime beside another engine, else the newest.
pub fn default_latest(records: &[Record]) -> Option<&Record> {
    records.iter().rev().find(|r| trend::beside_jit(r)).or(records.last())
}

fn ratio_cell(r: &Record, e: &str, b: &str) -> Markup {
    let Some(x) = r.median(e, b, Phase::Execute) else {
        return html! { td.num data-engine=(e) data-bench=(b) { "–" } };
    };
    match super::bench_ratio(r, e, b) {
        Some(v) => html! {
            td.num data-engine=(e) data-bench=(b) { (format!("{v:.2}")) br; small { (ms(x)) " ms" } }
        },
        None => html! { td.num data-engine=(e) data-bench=(b) { small { (ms(x)) " ms" } } },
    }
}

/// The latest run: one row per benchmark, one column per engine (ratio to
/// wasmtime over the execute-time median in ms), a geomean row.
fn latest_table(r: &Record) -> Markup {
    let engines = r.engines();
    let benches = r.benches();
    html! {
        table #latest {
            thead { tr { th { "benchmark" } @for e in &engines { th { (e) } } } }
            tbody {
                @for b in &benches {
                    tr { th { (b) } @for e in &engines { (ratio_cell(r, e, b)) } }
                }
                tr.geomean {
                    th { "geomean × wasmtime" }
                    @for e in &engines {
                        @let ratios: Vec<f64> = benches.iter().filter_map(|b| super::bench_ratio(r, e, b)).collect();
                        td.num { (stats::geomean(&ratios).map_or("–".into(), |g| format!("{g:.2}"))) }
                    }
                }
            }
        }
    }
}

/// Start-up (compile + instantiate medians) and peak resident memory per engine.
fn startup_table(r: &Record) -> Markup {
    let engines = r.engines();
    html! {
        table #startup {
            thead {
                tr { th rowspan="2" { "benchmark" } @for e in &engines { th colspan="2" { (e) } } }
                tr { @for _ in &engines { th { "start-up ms" } th { "peak RSS MB" } } }
            }
            tbody {
                @for b in r.benches() {
                    tr {
                        th { (b) }
                        @for e in &engines {
                            @let c = r.median(e, &b, Phase::Compile);
                            @let i = r.median(e, &b, Phase::Instantiate);
                            td.num { (c.zip(i).map_or("–".into(), |(c, i)| ms(c + i))) }
                            td.num {
                                (r.memory_of(e, &b).map_or("–".into(), |m| format!("{:.1}", m.peak_rss_bytes as f64 / 1e6)))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn trend_section(records: &[Record]) -> anyhow::Result<Markup> {
    let trends = trend::by_size(records);
    if trends.is_empty() {
        return Ok(html! { p { "No record ran beside wasmtime: no trend to show." } });
    }
    let parts = trends
        .iter()
        .map(|t| one_trend(records, t))
        .collect::<anyhow::Result<Vec<Markup>>>()?;
    Ok(html! { @for p in parts { (p) } })
}

fn one_trend(records: &[Record], t: &trend::Trend<'_>) -> anyhow::Result<Markup> {
    let svg = plot::ratio_plot_svg(t)?;
    let mut engines = super::all_engines(records);
    engines.retain(|e| e != JIT && !super::is_ablation(e) && (0..t.points.len()).any(|i| t.ratio(i, e).is_some()));
    Ok(html! {
        h3 { (t.size) " inputs" }
        p { (t.describe()) " Ablation variants are left out (see the ablation table)." }
        div.chart.trend-chart { (PreEscaped(svg)) }
        table.trend data-size=(t.size) {
            thead { tr { th { "#" } th { "date" } th { "commit" } @for e in &engines { th { (e) " × wasmtime" } } th { "note" } } }
            tbody {
                @for (i, (n, r)) in t.points.iter().enumerate() {
                    tr {
                        td.num { (n) }
                        td { (r.date.get(..16).unwrap_or(&r.date).replacen('T', " ", 1)) }
                        td { code { (r.commit) } }
                        @for e in &engines {
                            td.num { (t.ratio(i, e).map_or(String::new(), |g| format!("{g:.2}"))) }
                        }
                        td { small { (r.note.chars().take(60).collect::<String>()) } }
                    }
                }
            }
        }
    })
}

/// Files of `dir` ending in `ext`, sorted by name.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(ext))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// `path` relative to the reports folder, for a link.
fn link(reports: &Path, path: &Path) -> String {
    path.strip_prefix(reports)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn links_section(reports: &Path) -> Markup {
    let flames = files(&reports.join("flamegraphs"), ".svg");
    // Notes are named by day and commit: the newest is the one whose heading
    // (`# Handover: <date and time> at <commit>`) is latest.
    let handover = files(&reports.join("handover"), ".md")
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|text| (p, text)))
        .max_by(|a, b| {
            let stamp = |t: &str| t.lines().next().unwrap_or("").to_string();
            stamp(&a.1).cmp(&stamp(&b.1)).then_with(|| a.0.cmp(&b.0))
        });
    let (handover, handover_text) = match handover {
        Some((p, t)) => (Some(p), Some(t)),
        None => (None, None),
    };
    let extra = [
        ("ablation.md", "the ablation table (each fusion family off in turn)"),
        ("opstats.md", "op statistics (dynamic op, pair and triple counts)"),
    ];
    html! {
        h3 { "Flamegraphs" }
        @if flames.is_empty() { p { "None yet: `wasmlab profile`." } }
        ul {
            @for f in &flames {
                @let name = link(reports, f);
                li { a href=(name) { (name) } @if name.contains("guest-") { " " small { "(Wasm call stacks)" } } }
            }
        }
        h3 { "Tables" }
        ul {
            @for (file, what) in extra {
                @if reports.join(file).is_file() { li { a href=(file) { (file) } ": " (what) } }
            }
        }
        h3 { "Latest handover note" }
        @match (&handover, &handover_text) {
            (Some(p), Some(text)) => {
                p { a href=(link(reports, p)) { (link(reports, p)) } }
                details { summary { "the note" } pre { (text) } }
            }
            _ => p { "None yet: `wasmlab handover`." },
        }
    }
}

/// The page as an HTML document.
pub fn build(inp: &Inputs<'_>) -> anyhow::Result<String> {
    let Some(latest) = inp.latest.or_else(|| default_latest(inp.records)) else {
        anyhow::bail!("no history records: run `wasmlab bench --quick` first");
    };
    let bars = bars::bars_svg(latest)?;
    let trend = trend_section(inp.records)?;
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "wasmlab report" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "wasmlab report" }
                p {
                    "Made by " code { "wasmlab report" } " from " (inp.records.len())
                    " records in " code { "reports/history/" } "."
                }
                h2 #latest-run { "Latest run" }
                p {
                    (latest.date) ", commit " code { (latest.commit) (if latest.dirty { "+" } else { "" }) }
                    ", " (latest.machine.cpu) " (" (latest.machine.cores) " cores), " (latest.rustc) ". "
                    (latest.size) " inputs, " (latest.rounds) " interleaved rounds"
                    @if !latest.predecode.is_empty() { ", " (latest.predecode) " predecoding" }
                    @if latest.serial_load { ", serial load" } "."
                }
                @if !latest.note.is_empty() { p { "Note: " em { (latest.note) } } }
                p { "Each cell: execute-time median relative to wasmtime's (lower is faster), and the median itself." }
                (latest_table(latest))
                @if !latest.failures.is_empty() {
                    p.slow { "Failed:" }
                    ul { @for f in &latest.failures { li.slow { (f) } } }
                }
                @if !latest.not_fetched.is_empty() {
                    p { "Not fetched (run " code { "python3 experiments/suite/fetch_real.py" } "): " (latest.not_fetched.join(", ")) }
                }
                @if let Some(svg) = bars { div.chart #bars { (PreEscaped(svg)) } }
                h2 #startup-memory { "Start-up and memory" }
                p {
                    "Start-up: compile + instantiate medians, in ms (wasmlab's compile is load, validate and predecode). "
                    "Peak RSS: the resident high-water mark of a process that runs only that engine on that benchmark once; "
                    "it includes the driver itself"
                    @if let Some(m) = latest.memory.first() {
                        " (about " (format!("{:.1}", m.start_rss_bytes as f64 / 1e6)) " MB before compiling)"
                    }
                    "."
                }
                @if latest.memory.is_empty() { p { small { "This record has no memory measurements (bench ran with --no-memory, or before they existed)." } } }
                (startup_table(latest))
                h2 #trend-over-time { "Trend" }
                (trend)
                h2 #more { "Profiles, tables, notes" }
                (links_section(inp.reports))
            }
        }
    };
    Ok(page.into_string())
}

/// Writes the page to `path`.
pub fn write(inp: &Inputs<'_>, path: &Path) -> anyhow::Result<()> {
    use anyhow::Context;
    let page = build(inp)?;
    std::fs::write(path, page).with_context(|| format!("cannot write `{}`", path.display()))
}
