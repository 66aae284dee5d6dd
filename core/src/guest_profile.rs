//! Guest profiling: which Wasm functions run, with their Wasm call stacks, on any
//! back-end, at no cost to code that is not profiled.
//!
//! The sampling points are the `Fuel` ops of metered code (each function entry and
//! loop header), the same safepoints wasmtime's epoch-based guest profiler uses. A
//! store with a [`Sampler`] refills its fuel instead of trapping when it runs out:
//! every `check_every` units the sampler reads the clock, and once an interval has
//! passed it records the stack of code addresses — the current op and the return
//! address of every frame record the back-end keeps. Addresses become function
//! indices only when the profile is read ([`Sampler::resolve`]), so a sample is a
//! copy of a few words. Time a host call takes goes to the stack at the next
//! sampling point, as with any safepoint-based profiler.

use crate::exec::Frame;
use crate::module::Module;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Collects Wasm stacks while metered code runs in a store that holds it
/// (`Store::sampler`).
pub struct Sampler {
    interval: Duration,
    check_every: u64,
    last: Instant,
    /// Raw stacks (code addresses, outermost first) and their sample counts.
    stacks: HashMap<Vec<usize>, u64>,
    scratch: Vec<usize>,
}

impl Sampler {
    /// A sampler that takes a sample every `interval` and reads the clock every
    /// `check_every` sampling points. An `interval` of zero counts every
    /// sampling point it sees once: a deterministic profile, for tests.
    pub fn new(interval: Duration, check_every: u64) -> Sampler {
        Sampler {
            interval,
            check_every: check_every.max(1),
            last: Instant::now(),
            stacks: HashMap::new(),
            scratch: Vec::new(),
        }
    }

    /// The fuel to start a store with: the sampling point that finds no fuel
    /// left is the `check_every`-th.
    pub fn initial_fuel(&self) -> u64 {
        self.check_every - 1
    }

    /// Called when metered code has spent its fuel, at the op `ip` with the frame
    /// records `frames` (oldest first) in use. Records the stack once per interval
    /// passed — two intervals since the last sample count twice, as a timer would —
    /// and returns the fuel to continue with.
    pub fn on_fuel_spent(&mut self, ip: *const (), frames: &[Frame]) -> u64 {
        let now = Instant::now();
        let passed = now.duration_since(self.last);
        if passed >= self.interval {
            let n = match self.interval.as_nanos() {
                0 => 1,
                i => (passed.as_nanos() / i) as u64,
            };
            self.last += self.interval * n as u32;
            self.scratch.clear();
            // A null return address is the host's entry frame.
            self.scratch
                .extend(frames.iter().map(|f| f.ret_ip as usize).filter(|&a| a != 0));
            self.scratch.push(ip as usize);
            match self.stacks.get_mut(self.scratch.as_slice()) {
                Some(c) => *c += n,
                None => {
                    self.stacks.insert(self.scratch.clone(), n);
                }
            }
        }
        self.initial_fuel()
    }

    /// Starts the clock over: what ran since the last sampling point (the host
    /// between two runs, say) is not the guest's.
    pub fn restart(&mut self) {
        self.last = Instant::now();
    }

    /// Samples taken so far.
    pub fn samples(&self) -> u64 {
        self.stacks.values().sum()
    }

    /// The samples as stacks of function indices (outermost first, in `module`'s
    /// function index space) with their counts. An address in no body of `module`
    /// (another module's code) becomes `None`.
    pub fn resolve(&self, module: &Module) -> Vec<(Vec<Option<u32>>, u64)> {
        let ranges = code_ranges(module);
        let find = |addr: usize| -> Option<u32> {
            let i = ranges.partition_point(|r| r.0 <= addr).checked_sub(1)?;
            let (start, end, func) = ranges[i];
            (start..end).contains(&addr).then_some(func)
        };
        let mut merged: HashMap<Vec<Option<u32>>, u64> = HashMap::new();
        for (stack, &n) in &self.stacks {
            *merged.entry(stack.iter().map(|&a| find(a)).collect()).or_default() += n;
        }
        let mut out: Vec<_> = merged.into_iter().collect();
        out.sort();
        out
    }
}

/// Every translated body's code and linked code as address ranges, sorted, with
/// the body's function index.
fn code_ranges(module: &Module) -> Vec<(usize, usize, u32)> {
    let mut ranges = Vec::new();
    for (i, body) in module.bodies.iter().enumerate() {
        let Some(code) = body.translated() else { continue };
        let func = module.num_imported_funcs + i as u32;
        if !code.code.is_empty() {
            let ops = code.code.as_ptr_range();
            ranges.push((ops.start as usize, ops.end as usize, func));
        }
        if !code.threaded.is_empty() {
            let linked = code.threaded.as_ptr_range();
            ranges.push((linked.start as usize, linked.end as usize, func));
        }
    }
    ranges.sort_unstable();
    ranges
}

/// A function's name for a profile: from the module's name section, else
/// `func[index]`; `<other module>` for code outside it.
pub fn func_name(module: &Module, func: Option<u32>) -> String {
    match func {
        Some(f) => module
            .func_names
            .get(&f)
            .cloned()
            .unwrap_or_else(|| format!("func[{f}]")),
        None => "<other module>".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sample_per_interval_passed() {
        let mut s = Sampler::new(Duration::from_secs(1), 10);
        s.last = Instant::now() - Duration::from_secs(3);
        let frames = [Frame {
            ret_ip: std::ptr::null(),
            fp: std::ptr::null_mut(),
            instance: std::ptr::null_mut(),
        }];
        assert_eq!(s.on_fuel_spent(8 as *const (), &frames), 9);
        // Three intervals passed: three samples of one stack, the entry frame left out.
        assert_eq!(s.samples(), 3);
        assert_eq!(s.stacks.get(&vec![8usize]), Some(&3));
        // No interval since: nothing more.
        s.on_fuel_spent(8 as *const (), &frames);
        assert_eq!(s.samples(), 3);
    }
}
