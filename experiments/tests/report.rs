//! The history plot and the handover note, from hand-made records.

use std::path::Path;
use wasmlab::bench::history::{Machine, Phase, Record, Series};
use wasmlab::report::{handover, history_table, plot, ratio_to_jit, trend};

/// Seven samples around `ms` milliseconds, with a little jitter.
fn samples(ms: f64) -> Vec<u64> {
    [1.0, 1.02, 0.99, 1.01, 0.995, 0.985, 1.015]
        .iter()
        .map(|k| (ms * k * 1e6) as u64)
        .collect()
}

fn record(date: &str, commit: &str, times: &[(&str, &str, f64)]) -> Record {
    Record {
        date: date.into(),
        commit: commit.into(),
        dirty: false,
        machine: Machine {
            hostname: "box".into(),
            cpu: "Test CPU".into(),
            cores: 2,
        },
        rustc: "rustc 1.95.0".into(),
        size: "quick".into(),
        rounds: 7,
        series: times
            .iter()
            .map(|&(engine, bench, ms)| Series {
                engine: engine.into(),
                bench: bench.into(),
                phase: Phase::Execute,
                samples_ns: samples(ms),
            })
            .collect(),
        failures: Vec::new(),
        not_fetched: Vec::new(),
        unsupported: Vec::new(),
        predecode: String::new(),
        serial_load: false,
        ir_sizes: Vec::new(),
        memory: Vec::new(),
        note: String::new(),
    }
}

/// Two runs: between them `threaded` got 20% slower on `fib`; nothing else moved.
fn two_records() -> Vec<Record> {
    let run = |date, commit, threaded_fib| {
        record(
            date,
            commit,
            &[
                ("switch", "fib", 400.0),
                ("threaded", "fib", threaded_fib),
                ("wasmtime", "fib", 50.0),
                ("switch", "sieve", 300.0),
                ("threaded", "sieve", 200.0),
                ("wasmtime", "sieve", 40.0),
            ],
        )
    };
    vec![
        run("2026-01-01T10:00:00Z", "aaaa1111", 250.0),
        run("2026-01-02T10:00:00Z", "bbbb2222", 300.0),
    ]
}

#[test]
fn ratio_to_wasmtime_is_a_geomean_of_medians() {
    let r = &two_records()[0];
    let want = ((400.0 / 50.0) * (300.0_f64 / 40.0)).sqrt();
    assert!((ratio_to_jit(r, "switch").unwrap() - want).abs() < 1e-9);
    let no_jit = record("2026-01-03T00:00:00Z", "c", &[("switch", "fib", 1.0)]);
    assert_eq!(ratio_to_jit(&no_jit, "switch"), None);
    let table = history_table(&[r.clone(), no_jit]);
    assert!(table.contains(&format!("{want:.2}")) && table.contains('–'), "{table}");
}

/// The contents of every `<text>` element, checking each is closed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let body = &t[t.find('>').expect("a <text> tag ends") + 1..];
            body[..body.find("</text>").expect("<text> is closed")]
                .trim()
                .to_string()
        })
        .collect()
}

#[test]
fn the_plot_is_svg_with_one_series_per_engine() {
    let records = two_records();
    let trend = trend::by_size(&records).remove(0);
    let svg = plot::ratio_plot_svg(&trend).unwrap();
    assert!(svg.trim_start().starts_with("<svg"), "{}", &svg[..100]);
    assert!(svg.trim_end().ends_with("</svg>"));
    let texts = texts(&svg);
    assert!(texts.iter().any(|t| t.starts_with("Execute time relative to wasmtime")));
    assert!(texts.iter().any(|t| t.contains("÷ wasmtime")), "no y axis label");
    assert!(texts.iter().any(|t| t.starts_with("comparable run")), "no x axis label");
    let colors = ["#1F77B4", "#FF7F0E", "#6E6E6E"];
    for (engine, color) in ["switch", "threaded", "wasmtime"].iter().zip(colors) {
        assert!(
            texts.iter().any(|t| t.starts_with(engine)),
            "no legend entry for {engine}"
        );
        // The data line and the legend swatch.
        let lines = svg
            .lines()
            .filter(|l| l.starts_with("<polyline") && l.contains(&format!("stroke=\"{color}\"")))
            .count();
        assert!(lines >= 2, "{engine}: {lines} lines in {color}");
    }
}

#[test]
fn handover_flags_the_slower_bench_and_only_that_one() {
    let records = two_records();
    let none = Path::new("/nonexistent/wasmlab-report-test");
    let note = handover::build(&handover::Inputs {
        records: &records,
        note: Some("tried a jump table"),
        flamegraphs: none,
        opstats: &none.join("opstats.md"),
        git_dir: None,
    })
    .unwrap();
    assert!(note.contains("tried a jump table"));
    let row = |bench: &str, engine: &str| {
        let prefix = format!("| {bench} | {engine} | ");
        let mut rows = note.lines().filter(|l| l.starts_with(&prefix));
        rows.next(); // the baseline table's row
        rows.next()
            .unwrap_or_else(|| panic!("no change row for {engine} on {bench}:\n{note}"))
            .to_string()
    };
    assert_eq!(
        row("fib", "threaded"),
        "| fib | threaded | 250 | 300 | 1.200 | SLOWER |"
    );
    assert_eq!(
        row("sieve", "threaded"),
        "| sieve | threaded | 200 | 200 | 1.000 | no significant difference |"
    );
    assert!(note.contains("0 faster, 1 slower, 5 without a significant difference"));
    let order = [
        "## Baseline",
        "## What changed",
        "## Top of the latest profile",
        "## Top of the latest op statistics",
        "## How to continue",
    ];
    let at: Vec<usize> = order.iter().map(|h| note.find(h).expect(h)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "sections out of order");
    assert!(note.contains("None recorded"));
    assert_eq!(handover::file_name(&records[1]), "2026-01-02-bbbb2222.md");
}

#[test]
fn handover_quotes_the_newest_profile_and_the_op_statistics() {
    let dir = std::env::temp_dir().join(format!("wasmlab-report-{}", std::process::id()));
    let flames = dir.join("flamegraphs");
    std::fs::create_dir_all(&flames).unwrap();
    std::fs::write(flames.join("switch-fib.svg"), "<svg/>").unwrap();
    let top: String = (1..=20).map(|i| format!("frame{i}\n")).collect();
    std::fs::write(flames.join("switch-fib.top.txt"), top).unwrap();
    let ops: String = (1..=50).map(|i| format!("line{i}\n")).collect();
    std::fs::write(dir.join("opstats.md"), format!("## ops\n{ops}")).unwrap();
    let note = handover::build(&handover::Inputs {
        records: &two_records()[..1],
        note: None,
        flamegraphs: &flames,
        opstats: &dir.join("opstats.md"),
        git_dir: None,
    })
    .unwrap();
    assert!(note.contains("switch-fib.svg") && note.contains("frame15\n") && !note.contains("frame16"));
    assert!(note.contains("### ops") && note.contains("line39\n") && !note.contains("line40"));
    assert!(note.contains("nothing to compare"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_markdown_table_has_the_bench_tables_rows() {
    use wasmlab::bench::table::{bench_table, markdown_table};
    let r = &two_records()[1];
    let cells = |line: &str, sep: char| -> Vec<String> {
        let line = line.trim().trim_matches(|c| c == '│' || c == '|');
        line.split(sep).map(|c| c.trim().to_string()).collect()
    };
    let boxed: Vec<Vec<String>> = bench_table(r)
        .lines()
        .filter(|l| l.starts_with('│'))
        .skip(1)
        .map(|l| cells(l, '┆'))
        .collect();
    let md: Vec<Vec<String>> = markdown_table(r).lines().skip(2).map(|l| cells(l, '|')).collect();
    assert_eq!(md, boxed);
}

/// Four runs: two comparable ones, one with fewer benchmarks, one without wasmtime.
fn mixed_records() -> Vec<Record> {
    let full = |date, switch_fib: f64| {
        record(
            date,
            "f00d",
            &[
                ("switch", "fib", switch_fib),
                ("wasmtime", "fib", 50.0),
                ("switch", "sieve", 300.0),
                ("wasmtime", "sieve", 40.0),
                ("super-no-add2", "sieve", 30.0),
                ("wasmtime", "extra", 1.0),
                ("switch", "extra", 1000.0),
            ],
        )
    };
    let mut only_fib = record(
        "2026-01-02T00:00:00Z",
        "b",
        &[("switch", "fib", 500.0), ("wasmtime", "fib", 50.0)],
    );
    only_fib.note = "fewer benchmarks".into();
    let mut newest = full("2026-01-03T00:00:00Z", 200.0);
    newest.series.retain(|s| s.bench != "extra");
    vec![
        full("2026-01-01T00:00:00Z", 400.0),
        only_fib,
        newest,
        record("2026-01-04T00:00:00Z", "d", &[("switch", "fib", 1.0)]),
    ]
}

#[test]
fn the_trend_keeps_only_records_of_the_same_benchmarks() {
    let records = mixed_records();
    let t = trend::by_size(&records).remove(0);
    // {fib, sieve} covers two records (4 measurements); {fib} three (3).
    assert_eq!(t.benches, ["fib", "sieve"]);
    let at: Vec<usize> = t.points.iter().map(|p| p.0).collect();
    assert_eq!(at, [0, 2]);
    assert_eq!(t.left_out, 2);
    // The first record's `extra` is not in its ratio.
    let want = ((400.0 / 50.0) * (300.0_f64 / 40.0)).sqrt();
    assert!((t.ratio(0, "switch").unwrap() - want).abs() < 1e-9);
    // An engine that missed a benchmark of the set has no point.
    assert_eq!(t.ratio(0, "super-no-add2"), None);
}

/// Every `<svg>…</svg>` of a page.
fn inline_svgs(page: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").expect("an <svg> is closed") + start + "</svg>".len();
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn the_report_page_shows_every_engine_and_benchmark_with_valid_svgs() {
    use wasmlab::bench::history::MemoryUse;
    use wasmlab::report::page;
    let mut records = mixed_records();
    records[2].memory.push(MemoryUse {
        engine: "switch".into(),
        bench: "sieve".into(),
        start_rss_bytes: 5_000_000,
        peak_rss_bytes: 12_345_678,
    });
    let reports = std::env::temp_dir().join(format!("wasmlab-page-{}", std::process::id()));
    std::fs::create_dir_all(reports.join("flamegraphs")).unwrap();
    std::fs::create_dir_all(reports.join("handover")).unwrap();
    std::fs::write(reports.join("flamegraphs/guest-super-flite.svg"), "<svg/>").unwrap();
    std::fs::write(
        reports.join("handover/2026-01-03-f00d.md"),
        "# Handover: 2026-01-03T09:00:00Z <b>\n",
    )
    .unwrap();
    // Same day, a commit that sorts later, an earlier time: not the latest.
    std::fs::write(
        reports.join("handover/2026-01-03-ffff.md"),
        "# Handover: 2026-01-03T08:00:00Z\n",
    )
    .unwrap();
    let html = page::build(&page::Inputs {
        records: &records,
        latest: None,
        reports: &reports,
    })
    .unwrap();
    std::fs::remove_dir_all(&reports).unwrap();

    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let texts = |s: &str| -> Vec<String> {
        doc.select(&sel(s))
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    };
    // The latest run beside wasmtime is the third record, not the fourth.
    let latest = &records[2];
    let engines = latest.engines();
    assert_eq!(texts("table#latest thead th")[1..], engines[..]);
    for b in latest.benches() {
        assert!(texts("table#latest tbody th").contains(&b), "no row for {b}");
        for e in &engines {
            let cell = format!("table#latest td[data-engine=\"{e}\"][data-bench=\"{b}\"]");
            assert_eq!(doc.select(&sel(&cell)).count(), 1, "{e} on {b}");
        }
    }
    let sieve = texts("table#latest td[data-engine=\"switch\"][data-bench=\"sieve\"]");
    assert!(sieve[0].starts_with("7.50"), "{sieve:?}");
    assert!(texts("table#startup td").contains(&"12.3".to_string()), "no peak RSS");
    // The trend: the two comparable records, no ablation column.
    assert_eq!(texts("table.trend tbody tr").len(), 2);
    assert!(!texts("table.trend th").iter().any(|t| t.contains("super-no-")));
    // Links, and the note escaped as text.
    assert_eq!(
        doc.select(&sel("a[href=\"flamegraphs/guest-super-flite.svg\"]"))
            .count(),
        1
    );
    assert!(texts("details pre")[0].contains("09:00:00Z <b>"));

    let svgs = inline_svgs(&html);
    assert_eq!(svgs.len(), 2, "the bars and the trend");
    for svg in &svgs {
        let xml = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
        assert_eq!(xml.root_element().tag_name().name(), "svg");
    }
    let bars = roxmltree::Document::parse(svgs[0]).unwrap();
    let labels: Vec<&str> = bars.descendants().filter_map(|n| n.text()).map(str::trim).collect();
    for name in ["fib", "sieve", "switch", "super-no-add2"] {
        assert!(labels.contains(&name), "bars lack {name}: {labels:?}");
    }
    // switch on fib and sieve, the ablation variant on sieve; each a filled rect.
    let rects = bars.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert!(rects >= 3 + 2, "{rects} rects");
}
