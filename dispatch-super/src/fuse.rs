//! The maps from a stack op to its register forms, generated from the op list,
//! that the register pass and its fusion families use.

use wasmlab_core::ir::{Op, MEM_ACC_A, MEM_ACC_NONE, MEM_ACC_P};
use wasmlab_core::value::Cell;

/// The second operand of a compare: a slot or an immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Operand {
    Slot(u32),
    Imm(u32),
}

macro_rules! define_maps {
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
        /// How many operands a numeric, load or store op pops and how many results
        /// it pushes; `None` for control ops.
        pub(crate) fn stack_effect(op: &Op) -> Option<(u32, u32)> {
            Some(match op {
                $( Op::$uname => (1, 1), )*
                $( Op::$utname => (1, 1), )*
                $( Op::$bname => (2, 1), )*
                $( Op::$btname => (2, 1), )*
                $( Op::$lname { .. } => (1, 1), )*
                $( Op::$sname { .. } => (2, 0), )*
                _ => return None,
            })
        }

        /// The register form of unary op `base`, from slot `a` into slot `dst`.
        pub(crate) fn unary(base: &Op, a: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$rubase => Some(Op::$runame { a, dst }), )*
                $( Op::$rutbase => Some(Op::$rutname { a, dst }), )*
                _ => None,
            }
        }

        /// The register form of binary op `base`, slots `a` and `b` into slot `dst`.
        pub(crate) fn binary(base: &Op, a: u32, b: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$rbbase => Some(Op::$rbname { a, b, dst }), )*
                $( Op::$rbtbase => Some(Op::$rbtname { a, b, dst }), )*
                _ => None,
            }
        }

        /// The immediate form of binary op `base`, where it has one.
        pub(crate) fn binary_imm(base: &Op, a: u32, imm: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$rbibase => Some(Op::$rbiname { a, imm, dst }), )*
                _ => None,
            }
        }

        /// Whether binary op `base` reads 64-bit operands (so an immediate must fit
        /// in 32 bits sign-extended); 32-bit operands read only the low half.
        pub(crate) fn wide_operands(base: &Op) -> bool {
            match base {
                $( Op::$bname => std::mem::size_of::<$bb>() == 8, )*
                _ => true,
            }
        }

        pub(crate) fn load(base: &Op, a: u32, dst: u32) -> Option<Op> {
            match *base {
                $( Op::$rlbase { offset } => Some(Op::$rlname { a, offset, dst }), )*
                _ => None,
            }
        }

        /// The stack op, address slot and destination slot of a register load.
        pub(crate) fn load_parts(op: &Op) -> Option<(Op, u32, u32)> {
            match *op {
                $( Op::$rlname { a, offset, dst } => Some((Op::$rlbase { offset }, a, dst)), )*
                _ => None,
            }
        }

        /// The form of binary op `base` that reads one operand with stack load
        /// `load` from the address in slot `p`: the first operand when `loaded_first`,
        /// else the second; `a` is the other operand's slot.
        pub(crate) fn binary_mem(base: &Op, load: &Op, a: u16, p: u16, dst: u16, loaded_first: bool) -> Option<Op> {
            match (*base, *load, loaded_first) {
                $( (Op::$rmbbase, Op::$rmbload { offset }, false) => Some(Op::$rmbname { a, p, dst, acc: MEM_ACC_NONE, offset }), )*
                $( (Op::$rmabase, Op::$rmaload { offset }, true) => Some(Op::$rmaname { a, p, dst, acc: MEM_ACC_NONE, offset }), )*
                _ => None,
            }
        }

        /// The 16-bit slot an op with 16-bit fields writes and leaves in the
        /// accumulator (a `copy2`'s second slot aside).
        fn dst16(op: &mut Op) -> Option<&mut u16> {
            match op {
                Op::I32LoadIdx { dst, .. } | Op::I64LoadIdx { dst, .. } | Op::F64LoadIdx { dst, .. }
                $( | Op::$rmbname { dst, .. } )*
                $( | Op::$rmaname { dst, .. } )* => Some(dst),
                _ => None,
            }
        }

        /// The form of store `base` whose value is the immediate `imm`.
        pub(crate) fn store_imm(base: &Op, a: u32, imm: u32) -> Option<Op> {
            match *base {
                $( Op::$rsibase { offset } => Some(Op::$rsiname { a, imm, offset }), )*
                _ => None,
            }
        }

        pub(crate) fn store(base: &Op, a: u32, v: u32) -> Option<Op> {
            match *base {
                $( Op::$rsbase { offset } => Some(Op::$rsname { a, v, offset }), )*
                _ => None,
            }
        }

        /// The compare-and-branch form of compare `base`.
        pub(crate) fn branch(base: &Op, a: u32, b: Operand, offset: i32) -> Option<Op> {
            match (base, b) {
                $( (Op::$rbrbase, Operand::Slot(b)) => Some(Op::$rbrname { a, b, offset }), )*
                $( (Op::$rbribase, Operand::Imm(imm)) => Some(Op::$rbriname { a, imm, offset }), )*
                _ => None,
            }
        }

        /// The compare, operands and offset of a compare-and-branch.
        pub(crate) fn branch_parts(op: &Op) -> Option<(Op, u32, Operand, i32)> {
            match *op {
                $( Op::$rbrname { a, b, offset } => Some((Op::$rbrbase, a, Operand::Slot(b), offset)), )*
                $( Op::$rbriname { a, imm, offset } => Some((Op::$rbribase, a, Operand::Imm(imm), offset)), )*
                _ => None,
            }
        }

        /// The compare and operands of a register op that computes a compare into a
        /// slot (`eqz` is a compare with zero).
        pub(crate) fn compare_parts(op: &Op) -> Option<(Op, u32, Operand)> {
            match *op {
                Op::I32EqzR { a, .. } => Some((Op::I32Eq, a, Operand::Imm(0))),
                Op::I64EqzR { a, .. } => Some((Op::I64Eq, a, Operand::Imm(0))),
                $( Op::$rbname { a, b, .. } => match Op::$rbbase {
                    base if is_compare(&base) => Some((base, a, Operand::Slot(b))),
                    _ => None,
                }, )*
                $( Op::$rbiname { a, imm, .. } => match Op::$rbibase {
                    base if is_compare(&base) => Some((base, a, Operand::Imm(imm))),
                    _ => None,
                }, )*
                _ => None,
            }
        }

        /// Whether `base` has a compare-and-branch form.
        fn is_compare(base: &Op) -> bool {
            matches!(base, $( Op::$rbrbase )|*)
        }

        /// The one slot an op writes, when writing it from the op's operands is all
        /// the op does; such an op also leaves the value in the accumulator.
        fn dst_field(op: &mut Op) -> Option<&mut u32> {
            match op {
                $( Op::$runame { dst, .. } )|*
                | $( Op::$rutname { dst, .. } )|*
                | $( Op::$rbname { dst, .. } )|*
                | $( Op::$rbiname { dst, .. } )|*
                | $( Op::$rbtname { dst, .. } )|*
                | $( Op::$rlname { dst, .. } )|*
                | $( Op::$auname { dst, .. } )|*
                | $( Op::$autname { dst, .. } )|*
                | $( Op::$abaname { dst, .. } )|*
                | $( Op::$abbname { dst, .. } )|*
                | $( Op::$abiname { dst, .. } )|*
                | $( Op::$abtaname { dst, .. } )|*
                | $( Op::$abtbname { dst, .. } )|*
                | $( Op::$alname { dst, .. } )|*
                | Op::ConstTo { dst, .. }
                | Op::I32LoadAt { dst, .. }
                | Op::GlobalGetR { dst, .. }
                | Op::Copy { to: dst, .. }
                | Op::CopyA { to: dst, .. } => Some(dst),
                _ => None,
            }
        }

        /// The op reading slot `x` from the accumulator instead, where it has such a
        /// form: the first operand that reads `x`, or (for a compare or commutative op)
        /// the second one swapped into first place.
        pub(crate) fn acc_form(op: &Op, x: u32) -> Option<Op> {
            match *op {
                $( Op::$runame { a, dst } if a == x => acc_unary(&Op::$rubase, a, dst), )*
                $( Op::$rutname { a, dst } if a == x => acc_unary(&Op::$rutbase, a, dst), )*
                $( Op::$rbname { a, b, dst } if a == x => acc_binary_a(&Op::$rbbase, a, b, dst), )*
                $( Op::$rbname { a, b, dst } if b == x => acc_binary_b(&Op::$rbbase, a, b, dst)
                    .or_else(|| acc_binary_a(&swapped(&Op::$rbbase)?, b, a, dst)), )*
                $( Op::$rbiname { a, imm, dst } if a == x => acc_binary_imm(&Op::$rbibase, a, imm, dst), )*
                $( Op::$rbtname { a, b, dst } if a == x => acc_binary_a(&Op::$rbtbase, a, b, dst), )*
                $( Op::$rbtname { a, b, dst } if b == x => acc_binary_b(&Op::$rbtbase, a, b, dst), )*
                $( Op::$rlname { a, offset, dst } if a == x => acc_load(&Op::$rlbase { offset }, a, dst), )*
                $( Op::$rsname { a, v, offset } if a == x => acc_store(&Op::$rsbase { offset }, a, v, true), )*
                $( Op::$rsname { a, v, offset } if v == x => acc_store(&Op::$rsbase { offset }, a, v, false), )*
                $( Op::$rbrname { a, b, offset } if a == x => acc_branch(&Op::$rbrbase, a, b, offset), )*
                $( Op::$rbrname { a, b, offset } if b == x => acc_branch(&swapped(&Op::$rbrbase)?, b, a, offset), )*
                $( Op::$rbriname { a, imm, offset } if a == x => acc_branch_imm(&Op::$rbribase, a, imm, offset), )*
                Op::BrNezR { a, offset } if a == x => Some(Op::BrNezA { a, offset }),
                Op::BrEqzR { a, offset } if a == x => Some(Op::BrEqzA { a, offset }),
                Op::BrTableR { index, len } if index == x => Some(Op::BrTableA { index, len }),
                Op::ReturnR { src, results: 1 } if src == x => Some(Op::ReturnA { src }),
                Op::SelectR { dst, b, cond } if cond == x && b != x && dst != x => Some(Op::SelectA { dst, b, cond }),
                Op::GlobalSetR { idx, src } if src == x => Some(Op::GlobalSetA { idx, src }),
                Op::Copy { from, to } if from == x => Some(Op::CopyA { from, to }),
                Op::Copy2 { from0, to0, from1, to1 } if from0 as u32 == x => Some(Op::Copy2AR { from0, to0, from1, to1 }),
                Op::Copy2 { from0, to0, from1, to1 } if from1 as u32 == x && to0 != from1 => {
                    Some(Op::Copy2RA { from0, to0, from1, to1 })
                }
                $( Op::$rmbname { a, p, dst, acc: MEM_ACC_NONE, offset } if p as u32 == x || a as u32 == x => {
                    Some(Op::$rmbname { a, p, dst, acc: mem_acc(p, x), offset })
                } )*
                $( Op::$rmaname { a, p, dst, acc: MEM_ACC_NONE, offset } if p as u32 == x || a as u32 == x => {
                    Some(Op::$rmaname { a, p, dst, acc: mem_acc(p, x), offset })
                } )*
                _ => None,
            }
        }

        /// The slot form of an accumulator form (its fields name the slot the
        /// accumulator stands for); other ops unchanged.
        pub(crate) fn slot_form(op: &Op) -> Op {
            let slot = match *op {
                $( Op::$auname { a, dst } => unary(&Op::$aubase, a, dst), )*
                $( Op::$autname { a, dst } => unary(&Op::$autbase, a, dst), )*
                $( Op::$abaname { a, b, dst } => binary(&Op::$ababase, a, b, dst), )*
                $( Op::$abbname { a, b, dst } => binary(&Op::$abbbase, a, b, dst), )*
                $( Op::$abiname { a, imm, dst } => binary_imm(&Op::$abibase, a, imm, dst), )*
                $( Op::$abtaname { a, b, dst } => binary(&Op::$abtabase, a, b, dst), )*
                $( Op::$abtbname { a, b, dst } => binary(&Op::$abtbbase, a, b, dst), )*
                $( Op::$alname { a, offset, dst } => load(&Op::$albase { offset }, a, dst), )*
                $( Op::$asaname { a, v, offset } => store(&Op::$asabase { offset }, a, v), )*
                $( Op::$asvname { a, v, offset } => store(&Op::$asvbase { offset }, a, v), )*
                $( Op::$abrname { a, b, offset } => branch(&Op::$abrbase, a, Operand::Slot(b), offset), )*
                $( Op::$abriname { a, imm, offset } => branch(&Op::$abribase, a, Operand::Imm(imm), offset), )*
                Op::BrNezA { a, offset } => Some(Op::BrNezR { a, offset }),
                Op::BrEqzA { a, offset } => Some(Op::BrEqzR { a, offset }),
                Op::BrTableA { index, len } => Some(Op::BrTableR { index, len }),
                Op::ReturnA { src } => Some(Op::ReturnR { src, results: 1 }),
                Op::SelectA { dst, b, cond } => Some(Op::SelectR { dst, b, cond }),
                Op::GlobalSetA { idx, src } => Some(Op::GlobalSetR { idx, src }),
                Op::CopyA { from, to } => Some(Op::Copy { from, to }),
                Op::Copy2AR { from0, to0, from1, to1 } | Op::Copy2RA { from0, to0, from1, to1 } => {
                    Some(Op::Copy2 { from0, to0, from1, to1 })
                }
                $( Op::$rmbname { a, p, dst, offset, .. } => Some(Op::$rmbname { a, p, dst, acc: MEM_ACC_NONE, offset }), )*
                $( Op::$rmaname { a, p, dst, offset, .. } => Some(Op::$rmaname { a, p, dst, acc: MEM_ACC_NONE, offset }), )*
                _ => None,
            };
            slot.unwrap_or(*op)
        }

        fn acc_unary(base: &Op, a: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$aubase => Some(Op::$auname { a, dst }), )*
                $( Op::$autbase => Some(Op::$autname { a, dst }), )*
                _ => None,
            }
        }

        fn acc_binary_a(base: &Op, a: u32, b: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$ababase => Some(Op::$abaname { a, b, dst }), )*
                $( Op::$abtabase => Some(Op::$abtaname { a, b, dst }), )*
                _ => None,
            }
        }

        fn acc_binary_b(base: &Op, a: u32, b: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$abbbase => Some(Op::$abbname { a, b, dst }), )*
                $( Op::$abtbbase => Some(Op::$abtbname { a, b, dst }), )*
                _ => None,
            }
        }

        fn acc_branch(base: &Op, a: u32, b: u32, offset: i32) -> Option<Op> {
            match base {
                $( Op::$abrbase => Some(Op::$abrname { a, b, offset }), )*
                _ => None,
            }
        }

        fn acc_branch_imm(base: &Op, a: u32, imm: u32, offset: i32) -> Option<Op> {
            match base {
                $( Op::$abribase => Some(Op::$abriname { a, imm, offset }), )*
                _ => None,
            }
        }

        fn acc_binary_imm(base: &Op, a: u32, imm: u32, dst: u32) -> Option<Op> {
            match base {
                $( Op::$abibase => Some(Op::$abiname { a, imm, dst }), )*
                _ => None,
            }
        }

        fn acc_load(base: &Op, a: u32, dst: u32) -> Option<Op> {
            match *base {
                $( Op::$albase { offset } => Some(Op::$alname { a, offset, dst }), )*
                _ => None,
            }
        }

        /// The store reading its address (`address`) or its value from the accumulator.
        fn acc_store(base: &Op, a: u32, v: u32, address: bool) -> Option<Op> {
            match (*base, address) {
                $( (Op::$asabase { offset }, true) => Some(Op::$asaname { a, v, offset }), )*
                $( (Op::$asvbase { offset }, false) => Some(Op::$asvname { a, v, offset }), )*
                _ => None,
            }
        }

        /// Whether `op` leaves the accumulator (and its float twin) as it found it
        /// and writes no slot, `select`'s `dst` aside: stores, branches, global writes.
        pub(crate) fn keeps_acc(op: &Op) -> bool {
            matches!(op,
                $( Op::$rsname { .. } )|* $( | Op::$rsiname { .. } )* $( | Op::$asaname { .. } )*
                $( | Op::$asvname { .. } )* $( | Op::$rbrname { .. } )* $( | Op::$rbriname { .. } )*
                $( | Op::$abrname { .. } )* $( | Op::$abriname { .. } )*
                | Op::I32StoreAt { .. } | Op::GlobalSetR { .. } | Op::GlobalSetA { .. }
                | Op::BrNezR { .. } | Op::BrEqzR { .. } | Op::BrNezA { .. } | Op::BrEqzA { .. }
                | Op::BrAndEqzR { .. } | Op::BrAndNezR { .. } | Op::BrTableR { .. } | Op::BrTableA { .. }
                | Op::Jump { .. } | Op::SelectR { .. } | Op::SelectA { .. })
        }

        /// Whether operand `first` (else the second) of numeric or store op `base`
        /// is an f64.
        fn f64_operand(base: &Op, first: bool) -> bool {
            match base {
                $( Op::$uname => <$ua as Cell>::IS_F64, )*
                $( Op::$utname => <$uta as Cell>::IS_F64, )*
                $( Op::$bname => if first { <$ba as Cell>::IS_F64 } else { <$bb as Cell>::IS_F64 }, )*
                $( Op::$btname => if first { <$bta as Cell>::IS_F64 } else { <$btb as Cell>::IS_F64 }, )*
                $( Op::$sname { .. } => !first && <$sval as Cell>::IS_F64, )*
                _ => false,
            }
        }

        /// Whether an accumulator form reads an f64 from the accumulator, which a
        /// back-end may carry in a float register that only f64 results set.
        pub(crate) fn reads_f64_acc(op: &Op) -> bool {
            match *op {
                $( Op::$auname { .. } => f64_operand(&Op::$aubase, true), )*
                $( Op::$autname { .. } => f64_operand(&Op::$autbase, true), )*
                $( Op::$abaname { .. } => f64_operand(&Op::$ababase, true), )*
                $( Op::$abbname { .. } => f64_operand(&Op::$abbbase, false), )*
                $( Op::$abiname { .. } => f64_operand(&Op::$abibase, true), )*
                $( Op::$abtaname { .. } => f64_operand(&Op::$abtabase, true), )*
                $( Op::$abtbname { .. } => f64_operand(&Op::$abtbbase, false), )*
                $( Op::$asvname { .. } => f64_operand(&Op::$asvbase { offset: 0 }, false), )*
                $( Op::$abrname { .. } => f64_operand(&Op::$abrbase, true), )*
                $( Op::$abriname { .. } => f64_operand(&Op::$abribase, true), )*
                $( Op::$rmbname { acc, .. } => acc == MEM_ACC_A && f64_operand(&Op::$rmbbase, true), )*
                $( Op::$rmaname { acc, .. } => acc == MEM_ACC_A && f64_operand(&Op::$rmabase, true), )*
                _ => false,
            }
        }
    };
}

wasmlab_core::for_each_op!(define_maps);

/// Which field of a `reg_binary_mem_*` op reads slot `x` from the accumulator: the
/// address when it is `x`, else operand `a`.
fn mem_acc(p: u16, x: u32) -> u16 {
    if p as u32 == x {
        MEM_ACC_P
    } else {
        MEM_ACC_A
    }
}

/// The slot an op writes and leaves in the accumulator, if it does.
pub(crate) fn acc_result(op: &Op) -> Option<u32> {
    match *op {
        // Its second slot; its 16-bit fields are not retargeted (no `set_dst`).
        Op::Copy2 { to1, .. } | Op::Copy2AR { to1, .. } | Op::Copy2RA { to1, .. } => Some(to1 as u32),
        Op::I32Add2 { dst1, .. } => Some(dst1 as u32),
        Op::I32AddRmw { dst, .. } => Some(dst as u32),
        _ => {
            let mut op = *op;
            match dst16(&mut op) {
                Some(d) => Some(*d as u32),
                None => dst_field(&mut op).map(|d| *d),
            }
        }
    }
}

/// Points the op's result at slot `to`, when it has one ([`acc_result`]); returns
/// whether it did.
pub(crate) fn set_dst(op: &mut Op, to: u32) -> bool {
    if let Some(d) = dst16(op) {
        return u16::try_from(to).map(|to| *d = to).is_ok();
    }
    dst_field(op).map(|d| *d = to).is_some()
}

/// The `index` form of load `base` (`i32.load`, `i64.load` or `f64.load`).
pub(crate) fn indexed_load(base: &Op, b: u16, index: u16, shift: u16, dst: u16) -> Option<Op> {
    Some(match *base {
        Op::I32Load { offset } => Op::I32LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        Op::I64Load { offset } => Op::I64LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        Op::F64Load { offset } => Op::F64LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        _ => return None,
    })
}

/// The compare that holds exactly when `cmp` does not (integers only: a float
/// compare with NaN is false both ways round).
pub(crate) fn invert(cmp: &Op) -> Option<Op> {
    Some(match cmp {
        Op::I32Eq => Op::I32Ne,
        Op::I32Ne => Op::I32Eq,
        Op::I32LtS => Op::I32GeS,
        Op::I32GeS => Op::I32LtS,
        Op::I32LtU => Op::I32GeU,
        Op::I32GeU => Op::I32LtU,
        Op::I32GtS => Op::I32LeS,
        Op::I32LeS => Op::I32GtS,
        Op::I32GtU => Op::I32LeU,
        Op::I32LeU => Op::I32GtU,
        Op::I64Eq => Op::I64Ne,
        Op::I64Ne => Op::I64Eq,
        Op::I64LtS => Op::I64GeS,
        Op::I64GeS => Op::I64LtS,
        Op::I64LtU => Op::I64GeU,
        Op::I64GeU => Op::I64LtU,
        Op::I64GtS => Op::I64LeS,
        Op::I64LeS => Op::I64GtS,
        Op::I64GtU => Op::I64LeU,
        Op::I64LeU => Op::I64GtU,
        _ => return None,
    })
}

/// The op that gives the same result with its operands swapped: itself when it
/// commutes, the mirrored compare for an ordering. Float compares mirror too
/// (`a < b` is `b > a`, NaN included); float arithmetic is left alone (NaN payloads).
pub(crate) fn swapped(op: &Op) -> Option<Op> {
    Some(match op {
        Op::I32Add | Op::I32Mul | Op::I32And | Op::I32Or | Op::I32Xor | Op::I32Eq | Op::I32Ne => *op,
        Op::I64Add | Op::I64Mul | Op::I64And | Op::I64Or | Op::I64Xor | Op::I64Eq | Op::I64Ne => *op,
        Op::F32Eq | Op::F32Ne | Op::F64Eq | Op::F64Ne => *op,
        Op::I32LtS => Op::I32GtS,
        Op::I32GtS => Op::I32LtS,
        Op::I32LtU => Op::I32GtU,
        Op::I32GtU => Op::I32LtU,
        Op::I32LeS => Op::I32GeS,
        Op::I32GeS => Op::I32LeS,
        Op::I32LeU => Op::I32GeU,
        Op::I32GeU => Op::I32LeU,
        Op::I64LtS => Op::I64GtS,
        Op::I64GtS => Op::I64LtS,
        Op::I64LtU => Op::I64GtU,
        Op::I64GtU => Op::I64LtU,
        Op::I64LeS => Op::I64GeS,
        Op::I64GeS => Op::I64LeS,
        Op::I64LeU => Op::I64GeU,
        Op::I64GeU => Op::I64LeU,
        Op::F32Lt => Op::F32Gt,
        Op::F32Gt => Op::F32Lt,
        Op::F32Le => Op::F32Ge,
        Op::F32Ge => Op::F32Le,
        Op::F64Lt => Op::F64Gt,
        Op::F64Gt => Op::F64Lt,
        Op::F64Le => Op::F64Ge,
        Op::F64Ge => Op::F64Le,
        _ => return None,
    })
}
