//! The SIMD ops, run outside the `match` loop: at one, the loop returns its state
//! (`run::Stop::Simd`), `run::invoke` runs the op here, and the loop is called
//! again to go on. Any way of running them inside the loop (an arm per op, inlined
//! or a call; one arm for all, calling this) changed how the loop's registers are
//! allocated and made every scalar op slower: callgrind counted 10% more
//! instructions on `arith`, and timings were up to 40% slower (`reports/simd.md`).
//! The price, an exit from the loop and a new entry per vector op, is paid only by
//! SIMD code; switch is the reference, not the fast path.

use wasmlab_core::ir::Op;
use wasmlab_core::kinds;
use wasmlab_core::Trap;

macro_rules! define_run {
    (
        control { $($control:tt)* }
        numeric { $($numeric:tt)* }
        simd { $( $(#[$m:meta])* $name:ident = $group:ident $sig:tt $({ $($f:ident : $t:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        /// Runs SIMD op `op` on the operands below `sp`, on the memory of `len`
        /// bytes at `mem`; returns the stack pointer above its result, or its trap.
        ///
        /// # Safety
        /// As `kinds::run_simd_load`: validation fixed the op's operands and room.
        pub(crate) unsafe fn run(op: &Op, sp: *mut u64, mem: *mut u8, len: usize) -> Result<*mut u64, Trap> {
            // SAFETY: the caller keeps this function's `# Safety` contract.
            unsafe {
                match *op {
                    $( Op::$name $({ $($f),* })? => simd_arm!($group $name sp mem len $(; $($f)*)?), )*
                    _ => unreachable!("{op:?} is no SIMD op"),
                }
            }
        }
    };
}

/// One op's step in [`run`], by its group.
macro_rules! simd_arm {
    (simd_unary $name:ident $sp:ident $mem:ident $len:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, 0))
    };
    (simd_binary $name:ident $sp:ident $mem:ident $len:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, 0))
    };
    (simd_ternary $name:ident $sp:ident $mem:ident $len:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, 0))
    };
    (simd_ternary_ir $name:ident $sp:ident $mem:ident $len:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, 0))
    };
    (simd_extract $name:ident $sp:ident $mem:ident $len:ident; $lane:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, $lane))
    };
    (simd_replace $name:ident $sp:ident $mem:ident $len:ident; $lane:ident) => {
        Ok(kinds::run_simd::<kinds::$name>($sp, $lane))
    };
    (simd_load $name:ident $sp:ident $mem:ident $len:ident; $offset:ident) => {
        kinds::run_simd_load::<kinds::$name>($sp, $mem, $len, $offset, 0)
    };
    (simd_load_lane $name:ident $sp:ident $mem:ident $len:ident; $offset:ident $lane:ident) => {
        kinds::run_simd_load::<kinds::$name>($sp, $mem, $len, $offset, $lane)
    };
    (simd_store $name:ident $sp:ident $mem:ident $len:ident; $offset:ident) => {
        kinds::run_simd_store::<kinds::$name>($sp, $mem, $len, $offset, 0)
    };
    (simd_store_lane $name:ident $sp:ident $mem:ident $len:ident; $offset:ident $lane:ident) => {
        kinds::run_simd_store::<kinds::$name>($sp, $mem, $len, $offset, $lane)
    };
}

wasmlab_core::for_each_op!(define_run);
