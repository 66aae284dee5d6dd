//! The link step: each stack-IR op's handler, chosen by variant. Numeric, load and
//! store ops map to their shape's generic handler, generated from the op list.
//! Register ops are super's (its own link step handles them, then defers to this
//! one); here they get `control::foreign`.

use crate::state::{Carry, Handler};
use crate::{control as c, shapes as s, tables as t};
use wasmlab_core::ir::Op;
use wasmlab_core::kinds;

macro_rules! define_link {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$m:meta])* $name:ident = $group:ident $semantics:tt $({ $($f:ident : $t:ty),* })? ,)* }
        simd { $( $(#[$sm:meta])* $sname:ident = $sgroup:ident $ssemantics:tt $({ $($sf:ident : $st:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        /// The handler that runs `op`.
        pub fn handler_of<X: Carry>(op: &Op) -> Handler<X> {
            match op {
                $( Op::$name { .. } => s::$group::<kinds::$name, X>, )*
                $( Op::$sname { .. } => s::$sgroup::<kinds::$sname, X>, )*
                Op::Unreachable => c::unreachable,
                Op::Fuel => c::fuel,
                Op::Translate { .. } => c::translate,
                Op::Jump { .. } => c::jump,
                Op::Br { .. } => c::br,
                Op::BrIfNez { .. } => c::br_if_nez,
                Op::BrIfEqz { .. } => c::br_if_eqz,
                Op::BrIf { .. } => c::br_if,
                Op::BrTable { .. } => c::br_table,
                Op::Return { .. } => c::ret,
                Op::Call { .. } => c::call,
                Op::CallImport { .. } => c::call_import,
                Op::CallIndirect { .. } => c::call_indirect,
                Op::ReturnCall { .. } => c::return_call,
                Op::ReturnCallImport { .. } => c::return_call_import,
                Op::ReturnCallIndirect { .. } => c::return_call_indirect,
                Op::CallRef { .. } => c::call_ref,
                Op::ReturnCallRef { .. } => c::return_call_ref,
                Op::Dup => c::dup,
                Op::Throw { .. } => c::throw,
                Op::ThrowRef => c::throw_ref,
                Op::Drop => c::drop,
                Op::Select => c::select,
                Op::LocalGet { .. } => c::local_get,
                Op::LocalSet { .. } => c::local_set,
                Op::LocalTee { .. } => c::local_tee,
                Op::GlobalGet { .. } => c::global_get,
                Op::GlobalSet { .. } => c::global_set,
                Op::GlobalGetWide { .. } => c::global_get_wide,
                Op::GlobalSetWide { .. } => c::global_set_wide,
                Op::Const32 { .. } => c::const32,
                Op::Const64 { .. } => c::const64,
                Op::RefFunc { .. } => c::ref_func,
                Op::MemorySize => c::memory_size,
                Op::MemoryGrow { .. } => c::memory_grow,
                Op::MemoryFill { .. } => t::memory_fill,
                Op::MemoryCopy { .. } => t::memory_copy,
                Op::MemoryInit { .. } => t::memory_init,
                Op::UseMemory { .. } => c::use_memory,
                Op::NarrowIndex { .. } => t::narrow_index,
                Op::DataDrop { .. } => t::data_drop,
                Op::TableGet { .. } => t::table_get,
                Op::TableSet { .. } => t::table_set,
                Op::TableSize { .. } => t::table_size,
                Op::TableGrow { .. } => t::table_grow,
                Op::TableFill { .. } => t::table_fill,
                Op::TableCopy { .. } => t::table_copy,
                Op::TableInit { .. } => t::table_init,
                Op::ElemDrop { .. } => t::elem_drop,
                _ => c::foreign,
            }
        }
    };
}

wasmlab_core::for_each_op!(define_link);

/// The threaded link step: the address of [`handler_of`]`(op)`.
pub fn handler(op: &Op) -> *const () {
    handler_of::<()>(op) as *const ()
}
