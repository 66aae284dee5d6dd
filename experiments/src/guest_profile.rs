//! `wasmlab profile --guest`: which Wasm functions a benchmark spends its time in,
//! with their Wasm call stacks, on any wasmlab back-end. The module is loaded
//! metered and the store carries a [`Sampler`] (see `wasmlab_core::guest_profile`
//! for how and where samples are taken); names come from the module's name section.

use crate::bench::{self, Scratch};
use crate::engines::wasmlab::WasmlabModule;
use crate::engines::Running as _;
use crate::suite::{Benchmark, Size, Suite};
use anyhow::Context;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmlab_core::guest_profile::{func_name, Sampler};
use wasmlab_core::predecode::Options;
use wasmlab_core::{Backend, Config, Module};

/// Sampling points between clock reads: a clock read costs about as much as a few
/// dozen ops, so this keeps the profiler's own cost under 1% of the run.
const CHECK_EVERY: u64 = 4096;

/// A finished guest profile: Wasm stacks (outermost first, by name) and samples.
pub struct GuestProfile {
    pub stacks: Vec<(Vec<String>, u64)>,
    pub runs: u64,
    pub elapsed: Duration,
}

/// One function's line of the top list.
pub struct Top {
    pub name: String,
    /// Samples where it was the running function.
    pub self_samples: u64,
    /// Samples where it was anywhere on the stack.
    pub total_samples: u64,
}

impl GuestProfile {
    pub fn samples(&self) -> u64 {
        self.stacks.iter().map(|s| s.1).sum()
    }

    /// The `n` functions with the most self samples.
    pub fn top(&self, n: usize) -> Vec<Top> {
        let mut by: HashMap<&str, (u64, u64)> = HashMap::new();
        for (stack, count) in &self.stacks {
            if let Some(leaf) = stack.last() {
                by.entry(leaf).or_default().0 += count;
            }
            let mut seen: Vec<&str> = Vec::new();
            for f in stack {
                // Recursion puts a function on the stack many times; count it once.
                if !seen.contains(&f.as_str()) {
                    seen.push(f);
                    by.entry(f).or_default().1 += count;
                }
            }
        }
        let mut top: Vec<Top> = by
            .into_iter()
            .map(|(name, (s, t))| Top {
                name: name.to_string(),
                self_samples: s,
                total_samples: t,
            })
            .collect();
        top.sort_by(|a, b| {
            (b.self_samples, b.total_samples)
                .cmp(&(a.self_samples, a.total_samples))
                .then_with(|| a.name.cmp(&b.name))
        });
        top.truncate(n);
        top
    }

    /// The top list as text.
    pub fn format_top(&self, n: usize) -> String {
        let all = self.samples().max(1) as f64;
        let mut out = format!(
            "self%  total%   samples  Wasm function (of {} samples; self = running, total = on the stack)\n",
            self.samples()
        );
        for t in self.top(n) {
            let _ = writeln!(
                out,
                "{:5.1}%  {:5.1}%  {:>8}  {}",
                100.0 * t.self_samples as f64 / all,
                100.0 * t.total_samples as f64 / all,
                t.self_samples,
                t.name
            );
        }
        out
    }

    /// Folded stacks (`a;b;c count`), the input of a flamegraph.
    pub fn folded(&self) -> Vec<String> {
        self.stacks
            .iter()
            .map(|(stack, n)| {
                let names: Vec<String> = stack.iter().map(|f| f.replace([';', ' '], "_")).collect();
                format!("{} {n}", names.join(";"))
            })
            .collect()
    }
}

/// Runs `bench` on `backend` with a guest sampler, checking every run, until at
/// least `min` has passed; one sample every `interval`.
pub fn run(
    backend: Arc<dyn Backend>,
    suite: &Suite,
    bench: &Benchmark,
    size: Size,
    min: Duration,
    interval: Duration,
) -> anyhow::Result<GuestProfile> {
    let wasm = suite.wasm(bench)?;
    let work = bench.workload(suite, size);
    let expected = bench.expected(suite, size)?;
    let opts = Options {
        metered: true,
        lazy: crate::engines::lazy_predecode(),
        ..backend.predecode_options()
    };
    let module = Arc::new(Module::with_options(&wasm, &opts)?);
    let compiled = WasmlabModule::new(backend, module.clone());
    let sampler = Box::new(Sampler::new(interval, CHECK_EVERY));
    let config = Config {
        fuel: Some(sampler.initial_fuel()),
        ..Config::default()
    };
    let mut sampler = Some(sampler);
    let t0 = Instant::now();
    let mut runs = 0u64;
    loop {
        let scratch = Scratch::for_workload(&work)?;
        let mut running = compiled.instantiate_in(config.clone(), bench::wasi_setup(&work, &scratch))?;
        let mut s = sampler.take().context("the sampler went missing")?;
        // Instantiation and the checks between runs are not the guest's time.
        s.restart();
        running.store.sampler = Some(s);
        let outcome = bench::execute(&mut running, &work);
        sampler = running.store.sampler.take();
        let results = outcome.with_context(|| format!("run {}", runs + 1))?;
        bench::check(&results, &running.stdout(), &expected).with_context(|| format!("run {}", runs + 1))?;
        runs += 1;
        if t0.elapsed() >= min {
            break;
        }
    }
    let sampler = sampler.context("the sampler went missing")?;
    let stacks = sampler
        .resolve(&module)
        .into_iter()
        .map(|(stack, n)| (stack.into_iter().map(|f| demangle(&func_name(&module, f))).collect(), n))
        .collect();
    Ok(GuestProfile {
        stacks,
        runs,
        elapsed: t0.elapsed(),
    })
}

/// Rust symbol names as source spells them (C names pass through).
fn demangle(name: &str) -> String {
    format!("{:#}", rustc_demangle::demangle(name))
}

/// Writes the flamegraph to `svg` and the top list beside it (`.top.txt`);
/// returns the top list.
pub fn write(p: &GuestProfile, title: &str, svg: &Path, top: usize) -> anyhow::Result<String> {
    if p.samples() == 0 {
        anyhow::bail!("no samples were taken: run longer, or sample more often (--interval-us)");
    }
    if let Some(dir) = svg.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    let mut options = pprof::flamegraph::Options::default();
    options.title = title.to_string();
    options.subtitle = Some("Wasm call stacks; width = samples".to_string());
    options.count_name = "samples".to_string();
    let folded = p.folded();
    let file = std::fs::File::create(svg).with_context(|| format!("cannot create `{}`", svg.display()))?;
    let mut file = std::io::BufWriter::new(file);
    pprof::flamegraph::from_lines(&mut options, folded.iter().map(String::as_str), &mut file)
        .context("cannot write the flamegraph")?;
    std::io::Write::flush(&mut file).with_context(|| format!("cannot write `{}`", svg.display()))?;
    let text = p.format_top(top);
    let txt = svg.with_extension("top.txt");
    std::fs::write(&txt, &text).with_context(|| format!("cannot write `{}`", txt.display()))?;
    Ok(text)
}
