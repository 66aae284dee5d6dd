//! Super's link step: each register op's handler, chosen by variant, generated from
//! the op list (the register groups map to their group's generic handler); every
//! other op is a stack op, linked by the threaded back-end.

use crate::handlers::{control as rc, ops as r};
use wasmlab_core::ir::{Op, MEM_ACC_A, MEM_ACC_P};
use wasmlab_core::kinds::{self, Binary, Load};
use wasmlab_threaded::state::Handler;

/// Super's handlers carry the float accumulator (`handlers::acc`).
type SuperHandler = Handler<f64>;

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
        reg_control { $($reg_control:tt)* }
        register { $( $(#[$m:meta])* $name:ident = $group:ident ( $base:ident $(/ $load:ident)? , $form:literal $(, $acc:ident)? ) { $($f:ident : $t:ty),* } ,)* }
    ) => {
        /// The handler that runs `op`: super's own for register ops, the threaded
        /// back-end's for the stack ops left in register code.
        pub fn handler_of(op: &Op) -> SuperHandler {
            match op {
                $( Op::$name { .. } => group_handler!(op, $group $name $base $(/ $load)?), )*
                Op::BrNezA { .. } => rc::br_nez_acc,
                Op::BrEqzA { .. } => rc::br_eqz_acc,
                Op::BrTableA { .. } => rc::br_table_acc,
                Op::ReturnA { .. } => rc::ret_acc,
                Op::SelectA { .. } => rc::select_acc,
                Op::GlobalSetA { .. } => rc::global_set_acc,
                Op::Copy { .. } => rc::copy,
                Op::Copy2 { .. } => rc::copy2,
                Op::CopyA { .. } => rc::copy_acc,
                Op::Copy2AR { .. } => rc::copy2_acc_first,
                Op::Copy2RA { .. } => rc::copy2_acc_second,
                Op::I32LoadIdx { .. } => rc::load_idx::<kinds::I32Load>,
                Op::I64LoadIdx { .. } => rc::load_idx::<kinds::I64Load>,
                Op::F64LoadIdx { .. } => rc::load_idx::<kinds::F64Load>,
                Op::I32LoadAt { .. } => rc::i32_load_at,
                Op::I32StoreAt { .. } => rc::i32_store_at,
                Op::I32Add2 { .. } => rc::i32_add2,
                Op::I32AddRmw { acc, .. } => match *acc {
                    MEM_ACC_A => rc::i32_add_rmw::<true, false>,
                    MEM_ACC_P => rc::i32_add_rmw::<false, true>,
                    _ => rc::i32_add_rmw::<false, false>,
                },
                Op::ConstTo { .. } => rc::const_to,
                Op::SetSp { .. } => rc::set_sp,
                Op::BrNezR { .. } => rc::br_nez,
                Op::BrEqzR { .. } => rc::br_eqz,
                Op::BrAndEqzR { .. } => rc::br_and::<false>,
                Op::BrAndNezR { .. } => rc::br_and::<true>,
                Op::BrTableR { .. } => rc::br_table,
                // Most functions return one value: a move, not a loop.
                Op::ReturnR { results: 1, .. } => rc::ret_one,
                Op::ReturnR { .. } => rc::ret,
                Op::CallR { .. } => rc::call,
                Op::CallIndirectR { .. } => rc::call_indirect,
                Op::SelectR { .. } => rc::select,
                Op::GlobalGetR { .. } => rc::global_get,
                Op::GlobalSetR { .. } => rc::global_set,
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
