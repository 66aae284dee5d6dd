//! The link step: each stack-IR op's handler, chosen by variant. Numeric, load and
//! store ops map to their shape's generic handler, generated from the op list.
//! Register ops are super's (its own link step handles them, then defers to this
//! one); here they get `control::foreign`.

use crate::state::Handler;
use crate::{control as c, shapes as s, tables as t};
use wasmlab_core::ir::Op;
use wasmlab_core::kinds;

macro_rules! define_link {
    (
        control { $($control:tt)* }
        unary { $( $(#[$um:meta])* $uname:ident = $ufn:ident ( $ua:ty ) -> $ur:ty ,)* }
        unary_trap { $( $(#[$utm:meta])* $utname:ident = $utfn:ident ( $uta:ty ) -> $utr:ty ,)* }
        binary { $( $(#[$bm:meta])* $bname:ident = $bfn:ident ( $ba:ty, $bb:ty ) -> $br:ty ,)* }
        binary_trap { $( $(#[$btm:meta])* $btname:ident = $btfn:ident ( $bta:ty, $btb:ty ) -> $btr:ty ,)* }
        load { $( $(#[$lm:meta])* $lname:ident = $lfn:ident ( $lmem:ty ) -> $lres:ty ,)* }
        store { $( $(#[$sm:meta])* $sname:ident = $sfn:ident ( $sval:ty ) -> $smem:ty ,)* }
        reg_control { $($reg_control:tt)* }
        reg_unary { $( $(#[$rum:meta])* $runame:ident = $rubase:ident ,)* }
        reg_unary_trap { $( $(#[$rutm:meta])* $rutname:ident = $rutbase:ident ,)* }
        reg_binary { $( $(#[$rbm:meta])* $rbname:ident = $rbbase:ident ,)* }
        reg_binary_imm { $( $(#[$rbim:meta])* $rbiname:ident = $rbibase:ident ,)* }
        reg_binary_trap { $( $(#[$rbtm:meta])* $rbtname:ident = $rbtbase:ident ,)* }
        reg_load { $( $(#[$rlm:meta])* $rlname:ident = $rlbase:ident ,)* }
        reg_store { $( $(#[$rsm:meta])* $rsname:ident = $rsbase:ident ,)* }
        reg_store_imm { $( $(#[$rsim:meta])* $rsiname:ident = $rsibase:ident ,)* }
        reg_br { $( $(#[$rbrm:meta])* $rbrname:ident = $rbrbase:ident ,)* }
        reg_br_imm { $( $(#[$rbrim:meta])* $rbriname:ident = $rbribase:ident ,)* }
        acc_unary { $( $(#[$aum:meta])* $auname:ident = $aubase:ident ,)* }
        acc_unary_trap { $( $(#[$autm:meta])* $autname:ident = $autbase:ident ,)* }
        acc_binary_a { $( $(#[$abam:meta])* $abaname:ident = $ababase:ident ,)* }
        acc_binary_b { $( $(#[$abbm:meta])* $abbname:ident = $abbbase:ident ,)* }
        acc_binary_imm { $( $(#[$abim:meta])* $abiname:ident = $abibase:ident ,)* }
        acc_binary_trap_a { $( $(#[$abtam:meta])* $abtaname:ident = $abtabase:ident ,)* }
        acc_binary_trap_b { $( $(#[$abtbm:meta])* $abtbname:ident = $abtbbase:ident ,)* }
        acc_load { $( $(#[$alm:meta])* $alname:ident = $albase:ident ,)* }
        acc_store_a { $( $(#[$asam:meta])* $asaname:ident = $asabase:ident ,)* }
        acc_store_v { $( $(#[$asvm:meta])* $asvname:ident = $asvbase:ident ,)* }
        acc_br { $( $(#[$abrm:meta])* $abrname:ident = $abrbase:ident ,)* }
        acc_br_imm { $( $(#[$abrim:meta])* $abriname:ident = $abribase:ident ,)* }
        reg_binary_mem_b { $( $(#[$rmbm:meta])* $rmbname:ident = $rmbbase:ident / $rmbload:ident ,)* }
        reg_binary_mem_a { $( $(#[$rmam:meta])* $rmaname:ident = $rmabase:ident / $rmaload:ident ,)* }
    ) => {
        /// The handler that runs `op`.
        pub fn handler(op: &Op) -> *const () {
            let h: Handler = match op {
                $( Op::$uname => s::unary::<kinds::$uname>, )*
                $( Op::$utname => s::unary_trap::<kinds::$utname>, )*
                $( Op::$bname => s::binary::<kinds::$bname>, )*
                $( Op::$btname => s::binary_trap::<kinds::$btname>, )*
                $( Op::$lname { .. } => s::load::<kinds::$lname>, )*
                $( Op::$sname { .. } => s::store::<kinds::$sname>, )*
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
            };
            h as *const ()
        }
    };
}

wasmlab_core::for_each_op!(define_link);
