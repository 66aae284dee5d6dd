//! Super's part of the handler protocol: register code keeps no stack pointer, so
//! the argument that carries `sp` in stack code carries the integer accumulator,
//! and the carry ([`wasmlab_threaded::state::Carry`]) is the float accumulator.

use wasmlab_core::value::Cell;
use wasmlab_threaded::state::Sp;

/// The accumulator of register code, which carries it where stack code keeps `sp`:
/// the value the op just run computed.
#[inline(always)]
pub fn acc(sp: Sp) -> u64 {
    sp.addr() as u64
}

/// A value as the accumulator to pass on; never dereferenced.
#[inline(always)]
pub fn to_acc(v: u64) -> Sp {
    std::ptr::without_provenance_mut(v as usize)
}

// An f64 result also travels in `fa`, the one float argument of every handler, so
// that a chain of f64 ops keeps its values in float registers: a value moved from
// an integer register to a float one and back costs a few cycles of latency each
// way, at every op of the chain. The integer accumulator holds every result, an
// f64 one included, for the ops that read it untyped (`return_a`, `global_set_a`).

/// The cell of a `T` from the accumulator: from `fa` for an `f64`.
#[inline(always)]
pub fn acc_cell<T: Cell>(sp: Sp, fa: f64) -> u64 {
    if T::IS_F64 {
        fa.to_bits()
    } else {
        acc(sp)
    }
}

/// The float accumulator to pass on once a `T` with cell `v` was computed.
#[inline(always)]
pub fn fa_after<T: Cell>(v: u64, fa: f64) -> f64 {
    if T::IS_F64 {
        f64::from_bits(v)
    } else {
        fa
    }
}
