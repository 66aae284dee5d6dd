//! The handover note: where the numbers stand, what moved since the last run, where
//! the time goes, and how to go on.

use super::{bench_ratio, ms, ratio_to_jit, shown};
use crate::bench::history::{Phase, Record};
use crate::bench::stats::{self, Verdict};
use crate::bench::table::{markdown_table, BASELINE};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Changes smaller than this are never called significant, as in `compare`.
const TOLERANCE: f64 = 0.02;
const PROFILE_LINES: usize = 15;
const OPSTATS_LINES: usize = 40;

pub struct Inputs<'a> {
    /// Oldest first, as `history::load_all` gives them; at least one.
    pub records: &'a [Record],
    pub note: Option<&'a str>,
    /// Where `wasmlab profile` writes its SVGs and `.top.txt` companions.
    pub flamegraphs: &'a Path,
    /// The Markdown `wasmlab opstats --out` writes.
    pub opstats: &'a Path,
    /// A git checkout to list the commits between the two records in; `None` skips it.
    pub git_dir: Option<&'a Path>,
}

/// `<YYYY-MM-DD>-<commit>.md` of the latest record.
pub fn file_name(latest: &Record) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!(
        "{}-{}.md",
        safe(latest.date.get(..10).unwrap_or(&latest.date)),
        safe(&latest.commit)
    )
}

/// The record to compare the latest against: the newest earlier one of the same
/// size, because quick and full inputs give incomparable times; else the one before.
pub fn previous(records: &[Record]) -> Option<usize> {
    let (latest, earlier) = records.split_last()?;
    earlier
        .iter()
        .rposition(|r| r.size == latest.size)
        .or(earlier.len().checked_sub(1))
}

pub fn build(inp: &Inputs<'_>) -> anyhow::Result<String> {
    let Some(latest) = inp.records.last() else {
        anyhow::bail!("no history records: run `wasmlab bench --quick` first");
    };
    let mut out = format!("# Handover: {} at {}\n\n", latest.date, commit(latest));
    if let Some(note) = inp.note.filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "{}\n", note.trim());
    }
    baseline(&mut out, latest);
    changes(&mut out, inp, latest);
    profile(&mut out, inp.flamegraphs);
    opstats(&mut out, inp.opstats);
    how_to_continue(&mut out, latest);
    Ok(out)
}

fn commit(r: &Record) -> String {
    format!(
        "{}{}",
        r.commit,
        if r.dirty { " (with uncommitted changes)" } else { "" }
    )
}

fn baseline(out: &mut String, r: &Record) {
    let _ = writeln!(out, "## Baseline: the latest record\n");
    let _ = writeln!(
        out,
        "- date: {}\n- commit: {}\n- machine: {} ({}, {} cores)\n- rustc: {}\n- size: {}, {} rounds, interleaved\n",
        r.date,
        commit(r),
        r.machine.hostname,
        r.machine.cpu,
        r.machine.cores,
        r.rustc,
        r.size,
        r.rounds
    );
    if !r.note.is_empty() {
        let _ = writeln!(out, "Record note: {}\n", r.note);
    }
    out.push_str(&markdown_table(r));
    out.push_str("\nMedians of execute time; spread is ±half the range over the median; ratios are of medians.\n");
    for f in &r.failures {
        let _ = writeln!(out, "\nFAILED: {f}");
    }
    out.push('\n');
}

fn changes(out: &mut String, inp: &Inputs<'_>, latest: &Record) {
    let _ = writeln!(out, "## What changed since the previous record\n");
    let Some(at) = previous(inp.records) else {
        let _ = writeln!(out, "Only one record so far: nothing to compare with.\n");
        return;
    };
    let prev = &inp.records[at];
    let _ = writeln!(
        out,
        "Previous: {} at {} ({}, {}). Latest: {} at {} ({}, {}).\n",
        prev.date,
        commit(prev),
        prev.size,
        prev.machine.hostname,
        latest.date,
        commit(latest),
        latest.size,
        latest.machine.hostname
    );
    let between = inp.records.len() - 2 - at;
    if between > 0 {
        let _ = writeln!(
            out,
            "({between} later record(s) of another size skipped: their times are not comparable.)\n"
        );
    }
    if prev.size != latest.size {
        let _ = writeln!(out, "**Warning:** the sizes differ, so the times are not comparable.\n");
    }
    if prev.machine.cpu != latest.machine.cpu || prev.machine.hostname != latest.machine.hostname {
        let _ = writeln!(out, "**Warning:** measured on different machines.\n");
    }
    out.push_str("| benchmark | engine | previous ms | latest ms | latest / previous | verdict |\n");
    out.push_str("|---|---|---:|---:|---:|---|\n");
    let (mut faster, mut slower, mut same) = (0, 0, 0);
    for b in latest.benches() {
        for e in latest.engines() {
            let (Some(old), Some(new)) = (
                prev.samples(&e, &b, Phase::Execute),
                latest.samples(&e, &b, Phase::Execute),
            ) else {
                continue;
            };
            let (v, _) = stats::verdict(&old, &new, TOLERANCE);
            *match v {
                Verdict::Faster => &mut faster,
                Verdict::Slower => &mut slower,
                Verdict::NoDifference => &mut same,
            } += 1;
            let (mo, mn) = (stats::median(&old), stats::median(&new));
            let _ = writeln!(out, "| {b} | {e} | {} | {} | {:.3} | {v} |", ms(mo), ms(mn), mn / mo);
        }
    }
    let _ = writeln!(
        out,
        "\n{faster} faster, {slower} slower, {same} without a significant difference (significant: the 95% \
         bootstrap interval of the median ratio lies beyond ±{:.0}%).\n",
        TOLERANCE * 100.0
    );
    if prev.commit == latest.commit {
        let _ = writeln!(out, "Both records are of the same commit.\n");
    } else if let Some(log) = inp.git_dir.and_then(|d| git_log(d, &prev.commit, &latest.commit)) {
        let _ = writeln!(out, "Commits between them:\n\n```text\n{}\n```\n", log.trim_end());
    }
}

fn git_log(dir: &Path, from: &str, to: &str) -> Option<String> {
    let range = format!("{from}..{to}");
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["log", "--oneline", &range])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.success() && !text.trim().is_empty()).then_some(text)
}

/// The newest `.svg` in `dir` by modification time.
fn newest_svg(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .max()
        .map(|(_, p)| p)
}

fn head(path: &Path, lines: usize) -> Option<(String, usize)> {
    let text = std::fs::read_to_string(path).ok()?;
    let top: Vec<&str> = text.lines().take(lines).collect();
    Some((top.join("\n"), text.lines().count()))
}

fn profile(out: &mut String, dir: &Path) {
    let _ = writeln!(out, "## Top of the latest profile\n");
    let Some(svg) = newest_svg(dir) else {
        let _ = writeln!(out, "None recorded (no SVG in `{}`).\n", shown(dir));
        return;
    };
    let _ = writeln!(out, "Newest flamegraph: `{}`.\n", shown(&svg));
    // `x.svg` may come with `x.top.txt` or `x.svg.top.txt`.
    let companions = [
        svg.with_extension("top.txt"),
        PathBuf::from(format!("{}.top.txt", svg.display())),
    ];
    match companions.iter().find_map(|p| Some((p, head(p, PROFILE_LINES)?))) {
        Some((p, (top, _))) => {
            let _ = writeln!(out, "Top frames (`{}`):\n\n```text\n{top}\n```\n", shown(p));
        }
        None => {
            let _ = writeln!(out, "No top-frames file beside it.\n");
        }
    }
}

fn opstats(out: &mut String, path: &Path) {
    let _ = writeln!(out, "## Top of the latest op statistics\n");
    let Some((top, total)) = head(path, OPSTATS_LINES) else {
        let _ = writeln!(out, "None recorded (no `{}`).\n", shown(path));
        return;
    };
    let shown_lines = total.min(OPSTATS_LINES);
    let _ = writeln!(out, "First {shown_lines} of {total} lines of `{}`:\n", shown(path));
    // Its headings go one level down so they nest under this section.
    for line in top.lines() {
        if line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
}

/// The benchmark where the reference back-end trails wasmtime most: the first place
/// to look.
fn worst_bench(r: &Record) -> Option<(String, f64)> {
    r.benches()
        .into_iter()
        .filter_map(|b| bench_ratio(r, BASELINE, &b).map(|x| (b, x)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

fn how_to_continue(out: &mut String, latest: &Record) {
    let _ = writeln!(out, "## How to continue\n");
    out.push_str("`wasmlab` below is `cargo run --release -p wasmlab --`.\n\n");
    out.push_str(
        "1. `wasmlab bench --quick`: a fresh baseline on this machine (record in reports/history/).\n\
         2. `wasmlab profile --backend B --bench X`: where the time goes (reports/flamegraphs/).\n\
         3. `wasmlab opstats --bench X --out reports/opstats.md`: which ops, pairs and triples run most.\n\
         4. Change one thing.\n\
         5. `wasmlab bench --quick`, then `wasmlab compare OLD.json NEW.json --fail-on-regression`.\n\
         6. `cargo test`: the spec suite must still pass.\n\
         7. `wasmlab handover --note \"what you tried and what you saw\"`.\n",
    );
    if let Some((b, x)) = worst_bench(latest) {
        let _ = writeln!(
            out,
            "\nA place to start: {BASELINE} is furthest behind wasmtime on `{b}` ({x:.1}× its time), \
             so `--backend {BASELINE} --bench {b}`."
        );
    }
    if let Some(g) = ratio_to_jit(latest, BASELINE) {
        let _ = writeln!(out, "Overall, {BASELINE} takes {g:.2}× wasmtime's time (geomean).");
    }
}
