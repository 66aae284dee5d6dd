//! The trend over time, on comparable records only: a geomean over a different set
//! of benchmarks (or another input size) is another quantity, and a line through
//! both jumps when nothing changed.
//!
//! Each input size has its trend. It takes the newest record of that size run
//! beside wasmtime and, among the benchmark sets it shares with earlier records of
//! that size, the one that covers the most
//! measurements (records × benchmarks). Every record that ran all of that set
//! beside wasmtime is a point; each engine's ratio is the geomean over exactly that
//! set, or no point where the engine missed one of them.

use super::bench_ratio;
use crate::bench::history::{Phase, Record};
use crate::bench::stats;
use crate::bench::table::JIT;
use std::collections::BTreeSet;

/// The comparable records and the benchmarks they are compared on.
pub struct Trend<'a> {
    /// The records in the trend, with their place among all records (oldest first).
    pub points: Vec<(usize, &'a Record)>,
    /// The benchmarks every ratio is a geomean over.
    pub benches: Vec<String>,
    /// The input size of every record in the trend.
    pub size: String,
    /// Records left out: another size, fewer benchmarks, or no wasmtime.
    pub left_out: usize,
}

/// The benchmarks `r` ran wasmtime on.
fn jit_benches(r: &Record) -> BTreeSet<String> {
    r.series
        .iter()
        .filter(|s| s.engine == JIT && s.phase == Phase::Execute)
        .map(|s| s.bench.clone())
        .collect()
}

/// Whether `r` ran wasmtime and at least one other engine.
pub fn beside_jit(r: &Record) -> bool {
    r.engines().iter().any(|e| e == JIT) && r.engines().len() > 1
}

/// One trend per input size that has a record run beside wasmtime: `full` first.
pub fn by_size(records: &[Record]) -> Vec<Trend<'_>> {
    let mut sizes: Vec<&str> = records
        .iter()
        .filter(|r| beside_jit(r))
        .map(|r| r.size.as_str())
        .collect();
    sizes.sort_by_key(|s| (*s != "full", *s));
    sizes.dedup();
    sizes.into_iter().filter_map(|s| comparable_at(records, s)).collect()
}

/// The trend of the records of input size `size`.
pub fn comparable_at<'a>(records: &'a [Record], size: &str) -> Option<Trend<'a>> {
    let sets: Vec<(usize, BTreeSet<String>)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.size == size && beside_jit(r))
        .map(|(i, r)| (i, jit_benches(r)))
        .collect();
    // Records are oldest first: the last set is the newest record's.
    let (_, newest) = sets.last()?;
    let covering = |s: &BTreeSet<String>| sets.iter().filter(|(_, t)| s.is_subset(t)).count();
    let best = sets
        .iter()
        .map(|(_, t)| t.intersection(newest).cloned().collect::<BTreeSet<String>>())
        .filter(|s| !s.is_empty())
        .max_by_key(|s| (covering(s) * s.len(), s.len()))?;
    let points: Vec<(usize, &Record)> = sets
        .iter()
        .filter(|(_, t)| best.is_subset(t))
        .map(|&(i, _)| (i, &records[i]))
        .collect();
    Some(Trend {
        left_out: records.len() - points.len(),
        points,
        benches: best.into_iter().collect(),
        size: size.to_string(),
    })
}

/// Geomean over `benches` of `engine`'s execute median over wasmtime's; `None`
/// unless both ran every one of them.
pub fn ratio_over(r: &Record, engine: &str, benches: &[String]) -> Option<f64> {
    let ratios: Option<Vec<f64>> = benches.iter().map(|b| bench_ratio(r, engine, b)).collect();
    stats::geomean(&ratios?)
}

impl Trend<'_> {
    /// `engine`'s ratio in the record at `point`.
    pub fn ratio(&self, point: usize, engine: &str) -> Option<f64> {
        ratio_over(self.points[point].1, engine, &self.benches)
    }

    /// A sentence saying what the trend is computed on.
    pub fn describe(&self) -> String {
        format!(
            "{} of the records ({} size) are comparable: each ran these {} benchmarks beside wasmtime, \
             and every ratio is a geomean over exactly them ({}); {} other record(s) are left out.",
            self.points.len(),
            self.size,
            self.benches.len(),
            self.benches.join(", "),
            self.left_out
        )
    }
}
