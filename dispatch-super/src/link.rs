//! Super's link step: each register op's handler, chosen by variant, generated from
//! the op list (the register groups map to their group's generic handler); every
//! other op is a stack op, linked by the threaded back-end.

use crate::handlers::{control as rc, ops as r};
use wasmlab_core::ir::{Op, MEM_ACC_A, MEM_ACC_P};
use wasmlab_core::kinds::{self, Binary, Load};
use wasmlab_threaded::state::Handler;

/// The handler of a `reg_binary_mem_*` op (`reg_binary_mem_a` when `LOADED_FIRST`),
/// by which field its `acc` says the accumulator stands for.
fn mem<O: Binary, L: Load, const LOADED_FIRST: bool>(acc: u16) -> Handler {
    match acc {
        MEM_ACC_A => r::binary_mem::<O, L, LOADED_FIRST, true, false>,
        MEM_ACC_P => r::binary_mem::<O, L, LOADED_FIRST, false, true>,
        _ => r::binary_mem::<O, L, LOADED_FIRST, false, false>,
    }
}

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
        /// The handler that runs `op`: super's own for register ops, the threaded
        /// back-end's for the stack ops left in register code.
        pub fn handler(op: &Op) -> *const () {
            let h: Handler = match op {
                $( Op::$runame { .. } => r::unary::<kinds::$rubase>, )*
                $( Op::$rutname { .. } => r::unary_trap::<kinds::$rutbase>, )*
                $( Op::$rbname { .. } => r::binary::<kinds::$rbbase>, )*
                $( Op::$rbiname { .. } => r::binary_imm::<kinds::$rbibase>, )*
                $( Op::$rbtname { .. } => r::binary_trap::<kinds::$rbtbase>, )*
                $( Op::$rlname { .. } => r::load::<kinds::$rlbase>, )*
                $( Op::$rsname { .. } => r::store::<kinds::$rsbase>, )*
                $( Op::$rsiname { .. } => r::store_imm::<kinds::$rsibase>, )*
                $( Op::$rbrname { .. } => r::br::<kinds::$rbrbase>, )*
                $( Op::$rbriname { .. } => r::br_imm::<kinds::$rbribase>, )*
                $( Op::$auname { .. } => r::unary_acc::<kinds::$aubase>, )*
                $( Op::$autname { .. } => r::unary_trap_acc::<kinds::$autbase>, )*
                $( Op::$abaname { .. } => r::binary_acc_a::<kinds::$ababase>, )*
                $( Op::$abbname { .. } => r::binary_acc_b::<kinds::$abbbase>, )*
                $( Op::$abiname { .. } => r::binary_imm_acc::<kinds::$abibase>, )*
                $( Op::$abtaname { .. } => r::binary_trap_acc_a::<kinds::$abtabase>, )*
                $( Op::$abtbname { .. } => r::binary_trap_acc_b::<kinds::$abtbbase>, )*
                $( Op::$alname { .. } => r::load_acc::<kinds::$albase>, )*
                $( Op::$asaname { .. } => r::store_acc_a::<kinds::$asabase>, )*
                $( Op::$asvname { .. } => r::store_acc_v::<kinds::$asvbase>, )*
                $( Op::$abrname { .. } => r::br_acc::<kinds::$abrbase>, )*
                $( Op::$abriname { .. } => r::br_imm_acc::<kinds::$abribase>, )*
                $( Op::$rmbname { acc, .. } => mem::<kinds::$rmbbase, kinds::$rmbload, false>(*acc), )*
                $( Op::$rmaname { acc, .. } => mem::<kinds::$rmabase, kinds::$rmaload, true>(*acc), )*
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
                _ => return wasmlab_threaded::link::handler(op),
            };
            h as *const ()
        }
    };
}

wasmlab_core::for_each_op!(define_link);
