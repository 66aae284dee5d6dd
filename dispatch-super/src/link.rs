//! Super's link step: each register op's handler, chosen by variant, generated from
//! the op list (a register group maps to its generic handler, a `reg_control` op to
//! the handler its line names); every other op is a stack op, linked by the
//! threaded back-end.

use crate::handlers::{control as rc, ops as r, SuperHandler};
use wasmlab_core::ir::{Op, MEM_ACC_A, MEM_ACC_P};
// The loads that `reg_control` lines name as a handler's kind (`load_idx<I32Load>`).
use wasmlab_core::kinds::{self, Binary, F64Load, I32Load, I64Load, Load};

/// The handler of a `reg_binary_mem_*` op (`reg_binary_mem_a` when `LOADED_FIRST`),
/// by which field its `acc` says the accumulator stands for.
fn mem<O: Binary, L: Load, const LOADED_FIRST: bool>(acc: u16) -> SuperHandler {
    match acc {
        MEM_ACC_A => r::binary_mem::<O, L, LOADED_FIRST, true, false>,
        MEM_ACC_P => r::binary_mem::<O, L, LOADED_FIRST, false, true>,
        _ => r::binary_mem::<O, L, LOADED_FIRST, false, false>,
    }
}

macro_rules! define_link {
    (
        control { $($control:tt)* }
        numeric { $($numeric:tt)* }
        simd { $($simd:tt)* }
        reg_control { $( $(#[$km:meta])* $kname:ident = reg_control( $handler:ident $(< $kind:tt >)? $(( $by:ident ))? $(-> $result:ident)? ) { $($kf:ident : $kt:ty),* } ,)* }
        register { $( $(#[$m:meta])* $name:ident = $group:ident ( $base:ident $(/ $load:ident)? , $form:literal $(, $acc:ident)? ) { $($f:ident : $t:ty),* } ,)* }
    ) => {
        /// The handler that runs `op`: super's own for register ops, the threaded
        /// back-end's for the stack ops left in register code.
        pub fn handler_of(op: &Op) -> SuperHandler {
            match op {
                $( Op::$name { .. } => group_handler!(op, $group $name $base $(/ $load)?), )*
                // The handler the line names, or the one the function it names
                // picks by the field it names.
                $( Op::$kname { $($by,)? .. } => rc::$handler $(::<$kind>)? $((*$by))?, )*
                _ => wasmlab_threaded::link::handler_of::<f64>(op),
            }
        }
    };
}

/// The handler of a generic register op: its group's, over its base op. The
/// `reg_binary_mem_*` groups pick theirs by the op's `acc` field.
macro_rules! group_handler {
    ($op:ident, reg_binary_mem_b $name:ident $base:ident / $load:ident) => {
        match $op {
            Op::$name { acc, .. } => mem::<kinds::$base, kinds::$load, false>(*acc),
            _ => unreachable!(),
        }
    };
    ($op:ident, reg_binary_mem_a $name:ident $base:ident / $load:ident) => {
        match $op {
            Op::$name { acc, .. } => mem::<kinds::$base, kinds::$load, true>(*acc),
            _ => unreachable!(),
        }
    };
    ($op:ident, $group:ident $name:ident $base:ident) => {
        r::$group::<kinds::$base>
    };
}

wasmlab_core::for_each_op!(define_link);

/// Super's link step: the address of [`handler_of`]`(op)`.
pub fn handler(op: &Op) -> *const () {
    handler_of(op) as *const ()
}
