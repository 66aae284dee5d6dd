//! One way to observe a module, for every engine: each exported function called
//! [`ROUNDS`] times with fuel refilled before each call (its outcome and the fuel
//! left), then each exported global and memory. The engines (wasmlab, the wasmi
//! oracle, the Wasmtime referee) supply only how to do each step.

use super::differential::{Call, Exports, Observation, Outcome, ROUNDS, V};
use std::hash::{Hash, Hasher};

/// An instantiated module, as the driver asks things of it.
pub(super) trait Observed {
    /// Refills the fuel global (`generate::FUEL_EXPORT`).
    fn refuel(&mut self);
    /// Calls exported function `name` with the arguments of `round`.
    fn call(&mut self, name: &str, round: usize) -> Outcome;
    /// What is left in the fuel global.
    fn fuel(&mut self) -> V;
    /// Exported global `name`.
    fn global(&mut self, name: &str) -> V;
    /// The bytes of exported memory `name`.
    fn memory(&mut self, name: &str) -> &[u8];
}

/// Observes `instance` through `exports` (sorted, so every engine observes in
/// the same order).
pub(super) fn observe(exports: &Exports, instance: &mut impl Observed) -> Observation {
    let mut obs = Observation::default();
    for name in &exports.funcs {
        for round in 0..ROUNDS {
            instance.refuel();
            let outcome = instance.call(name, round);
            let fuel = instance.fuel();
            obs.calls.push(Call {
                func: name.clone(),
                round,
                outcome,
                fuel,
            });
        }
    }
    for name in &exports.globals {
        obs.globals.push((name.clone(), instance.global(name)));
    }
    for name in &exports.memories {
        let data = instance.memory(name);
        obs.memories.push((name.clone(), data.len(), hash(data)));
    }
    obs
}

/// Runs `f` on a thread of its own with a 1 GiB stack reserve (reserved, not
/// committed), for the peer engines: wasmi 2.0.0's `memory.grow` and
/// `table.grow` handlers call the next handler instead of tail-calling it
/// (wasmi-labs/wasmi#1946), so a loop of grows overflows a test thread's 2 MiB;
/// Wasmtime runs on it too, for the same reason any deep case might.
pub(super) fn on_big_stack<T: Send>(name: &str, f: impl FnOnce() -> T + Send) -> T {
    const STACK: usize = 1 << 30;
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name(name.into())
            .stack_size(STACK)
            .spawn_scoped(scope, f)
            .expect("a thread for the peer engine")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}
