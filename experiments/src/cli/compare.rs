//! `wasmlab compare A B`: two engines measured now, or two history records.

use super::bench::{plan, BenchArgs};
use std::path::Path;
use std::process::ExitCode;
use wasmlab::bench::history::{Phase, Record};
use wasmlab::bench::stats::{self, Verdict};
use wasmlab::bench::table::{compare_table, Comparison};
use wasmlab::engines;
use wasmlab::suite::{self, Suite};

#[derive(clap::Args)]
pub struct CompareArgs {
    /// An engine name, or a history record (.json).
    pub a: String,
    /// An engine name, or a history record (.json).
    pub b: String,
    /// Exit non-zero when B is significantly slower than A on any benchmark.
    #[arg(long)]
    pub fail_on_regression: bool,
    /// Differences smaller than this fraction are never significant.
    #[arg(long, default_value_t = 0.02)]
    pub tolerance: f64,
    #[command(flatten)]
    pub bench: BenchArgs,
}

/// B against A for every benchmark (and engine) present in both records.
pub fn compare_records(a: &Record, b: &Record, same_engine: Option<(&str, &str)>, tolerance: f64) -> Vec<Comparison> {
    let mut rows = Vec::new();
    for bench in a.benches() {
        let pairs: Vec<(String, String, String)> = match same_engine {
            Some((ea, eb)) => vec![(ea.to_string(), eb.to_string(), format!("{ea} → {eb}"))],
            None => a.engines().into_iter().map(|e| (e.clone(), e.clone(), e)).collect(),
        };
        for (ea, eb, label) in pairs {
            let (Some(xa), Some(xb)) = (
                a.samples(&ea, &bench, Phase::Execute),
                b.samples(&eb, &bench, Phase::Execute),
            ) else {
                continue;
            };
            let (verdict, interval) = stats::verdict(&xa, &xb, tolerance);
            rows.push(Comparison {
                bench: bench.clone(),
                label,
                a: stats::median(&xa),
                b: stats::median(&xb),
                interval,
                verdict,
            });
        }
    }
    rows
}

pub fn main(a: CompareArgs) -> anyhow::Result<ExitCode> {
    let is_record = |s: &str| s.ends_with(".json") || Path::new(s).is_file();
    let rows = if is_record(&a.a) && is_record(&a.b) {
        let (ra, rb) = (Record::load(Path::new(&a.a))?, Record::load(Path::new(&a.b))?);
        println!(
            "A: {} ({}, {})\nB: {} ({}, {})",
            a.a, ra.commit, ra.date, a.b, rb.commit, rb.date
        );
        compare_records(&ra, &rb, None, a.tolerance)
    } else {
        let suite = Suite::load(&a.bench.suite.clone().unwrap_or_else(suite::default_dir))?;
        let engines = vec![engines::by_name(&a.a)?, engines::by_name(&a.b)?];
        let mut p = plan(&a.bench, &suite, engines)?;
        // A comparison is of times only.
        p.memory_probe = None;
        let record = wasmlab::bench::run(&p)?;
        for f in &record.failures {
            println!("FAILED: {f}");
        }
        compare_records(&record, &record, Some((&a.a, &a.b)), a.tolerance)
    };
    print!("{}", compare_table(&rows, &a.a, &a.b));
    let slower = rows.iter().filter(|r| r.verdict == Verdict::Slower).count();
    println!(
        "\nB is significantly slower than A on {slower} of {} comparison(s).",
        rows.len()
    );
    Ok(if a.fail_on_regression && slower > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
