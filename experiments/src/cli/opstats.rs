//! `wasmlab opstats`: dynamic op, pair and triple counts over suite benchmarks at
//! their quick size, from the counting copy of the switch loop (the plain IR) or
//! from super's counting link step (`--fused`).

use anyhow::Context;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use wasmlab::bench::sample;
use wasmlab::engines::wasmlab::Wasmlab;
use wasmlab::suite::{self, Size, Suite};
use wasmlab_core::opstats::{self, OpStats};

#[derive(clap::Args)]
pub struct OpstatsArgs {
    /// Benchmarks to count, comma-separated (default: the seed group).
    #[arg(long, value_delimiter = ',')]
    pub bench: Vec<String>,
    /// Benchmark groups to count: seed, micro, program (default: seed, unless --bench).
    #[arg(long, value_delimiter = ',')]
    pub group: Vec<String>,
    /// Rows to print per table.
    #[arg(long, default_value_t = 25)]
    pub top: usize,
    /// Count at the small test size instead of the quick size.
    #[arg(long)]
    pub test_size: bool,
    /// Also write the tables as Markdown here (e.g. reports/opstats.md).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Suite directory (default: the committed experiments/suite).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    /// Count the IR after every fusion family (what the super back-end executes)
    /// instead of the plain IR.
    #[arg(long)]
    pub fused: bool,
}

/// Markdown tables of the top ops, pairs and triples, with shares of the total.
pub fn tables(title: &str, s: &OpStats, top: usize) -> String {
    let total = s.total().max(1) as f64;
    let mut out = format!("## {title}\n\n{} ops executed.\n", s.total());
    for (head, rows) in [
        ("op", s.top_ops()),
        ("pair", s.top_pairs()),
        ("triple", s.top_triples()),
    ] {
        let _ = writeln!(out, "\n| {head} | count | share of ops |\n|---|---:|---:|");
        for (name, n) in rows.iter().take(top) {
            let _ = writeln!(out, "| {name} | {n} | {:.2}% |", *n as f64 / total * 100.0);
        }
    }
    out
}

/// The engine that counts: switch's counting loop for the plain IR, super's
/// counting link step for the fused IR.
fn counting_engine(fused: bool) -> anyhow::Result<Wasmlab> {
    if fused {
        #[cfg(feature = "super")]
        return Ok(Wasmlab(Arc::new(wasmlab_super::CountingSuper)));
        #[cfg(not(feature = "super"))]
        anyhow::bail!("fused op statistics come from the super back-end: build with feature `super`")
    } else {
        #[cfg(feature = "switch")]
        return Ok(Wasmlab(Arc::new(wasmlab_switch::CountingSwitch)));
        #[cfg(not(feature = "switch"))]
        anyhow::bail!(
            "op statistics of the plain IR come from the switch back-end's counting loop: build with feature `switch`"
        )
    }
}

pub fn main(a: OpstatsArgs) -> anyhow::Result<ExitCode> {
    // Exact counts of the code as translated: no `Translate` op at first calls.
    wasmlab::engines::set_lazy_predecode(false);
    let suite = Suite::load(&a.suite.clone().unwrap_or_else(suite::default_dir))?;
    let mut groups = a.group.clone();
    if groups.is_empty() && a.bench.is_empty() {
        groups.push("seed".into());
    }
    let benches = suite.select(&a.bench, &groups)?;
    let engine = counting_engine(a.fused)?;
    let size = if a.test_size { Size::Test } else { Size::Quick };
    let mut all = OpStats::default();
    let ir = if a.fused {
        "the IR after every fusion family, as the super back-end runs it (its counting link step)"
    } else {
        "the plain IR (the switch loop's counting copy)"
    };
    let mut doc = format!(
        "# Op statistics\n\nDynamic counts from `wasmlab opstats` over {ir}; pairs and triples in execution order.\n\n"
    );
    for b in &benches {
        opstats::take();
        let wasm = suite.wasm(b)?;
        sample(&engine, &wasm, &b.workload(&suite, size), &b.expected(&suite, size)?)
            .with_context(|| format!("counting run of `{}` failed", b.name))?;
        let s = opstats::take();
        doc.push_str(&tables(&b.name, &s, a.top));
        doc.push('\n');
        all.merge(&s);
    }
    if benches.len() > 1 {
        let names: Vec<_> = benches.iter().map(|b| b.name.as_str()).collect();
        let whole = tables(&format!("all: {}", names.join(", ")), &all, a.top);
        doc = format!(
            "{}{whole}\n{}",
            &doc[..doc.find("## ").unwrap_or(doc.len())],
            &doc[doc.find("## ").unwrap_or(doc.len())..]
        );
    }
    print!("{doc}");
    if let Some(path) = &a.out {
        std::fs::write(path, &doc).with_context(|| format!("cannot write `{}`", path.display()))?;
        eprintln!("written: {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
