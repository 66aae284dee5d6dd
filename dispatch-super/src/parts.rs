//! A generic register op taken apart ([`parts`]: its group, its base op, its
//! fields) and put together again ([`make`]), read once from the op list's
//! `register` section; and what the maps need to know of a stack op (its stack
//! effect, its operand types, its offset), from the `numeric` section. The maps in
//! `fuse.rs` are plain code over these.

use wasmlab_core::ir::Op;
use wasmlab_core::value::Cell;

/// The generic register groups, named as the op list names them.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    reg_unary,
    reg_unary_trap,
    reg_binary,
    reg_binary_imm,
    reg_binary_trap,
    reg_load,
    reg_store,
    reg_store_imm,
    reg_br,
    reg_br_imm,
    acc_unary,
    acc_unary_trap,
    acc_binary_a,
    acc_binary_b,
    acc_binary_imm,
    acc_binary_trap_a,
    acc_binary_trap_b,
    acc_load,
    acc_store_a,
    acc_store_v,
    acc_br,
    acc_br_imm,
    reg_binary_mem_b,
    reg_binary_mem_a,
}

impl Group {
    /// The slot form of an accumulator form: the same fields, every operand read
    /// from its slot.
    pub(crate) fn slot_form(self) -> Group {
        use Group::*;
        match self {
            acc_unary => reg_unary,
            acc_unary_trap => reg_unary_trap,
            acc_binary_a | acc_binary_b => reg_binary,
            acc_binary_imm => reg_binary_imm,
            acc_binary_trap_a | acc_binary_trap_b => reg_binary_trap,
            acc_load => reg_load,
            acc_store_a | acc_store_v => reg_store,
            acc_br => reg_br,
            acc_br_imm => reg_br_imm,
            slot => slot,
        }
    }
}

/// A generic register op's fields by name; each group has some of them (the op
/// list's `register` lines say which), the others are zero. 16-bit and signed
/// fields are held as `u32` ([`Field`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fields {
    pub a: u32,
    pub b: u32,
    pub dst: u32,
    pub imm: u32,
    pub v: u32,
    pub offset: u32,
    pub p: u32,
    pub acc: u32,
}

/// A field's type, held in [`Fields`] as a `u32`.
pub(crate) trait Field: Copy {
    fn to_field(self) -> u32;
    /// The field back, or `None` when the value does not fit.
    fn from_field(f: u32) -> Option<Self>;
}

impl Field for u32 {
    fn to_field(self) -> u32 {
        self
    }
    fn from_field(f: u32) -> Option<u32> {
        Some(f)
    }
}

impl Field for u16 {
    fn to_field(self) -> u32 {
        self.into()
    }
    fn from_field(f: u32) -> Option<u16> {
        u16::try_from(f).ok()
    }
}

impl Field for i32 {
    fn to_field(self) -> u32 {
        self as u32
    }
    fn from_field(f: u32) -> Option<i32> {
        Some(f as i32)
    }
}

/// A generic register op taken apart.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Parts {
    pub group: Group,
    /// The stack op it applies, with the op's `offset` for a load or store.
    pub base: Op,
    /// A `reg_binary_mem_*` op's load, with the op's `offset`.
    pub load: Option<Op>,
    pub f: Fields,
    /// In an accumulator form, whether the accumulator stands for the base op's
    /// first operand (`Some(true)`) or its second (the value of a store).
    pub acc_first: Option<bool>,
}

/// A `reg_control` line's result slot, widened: `-> dst` or nothing.
macro_rules! control_result {
    ($field:ident) => {
        Some(u32::from($field))
    };
    () => {
        None
    };
}

macro_rules! define_maps {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$num_doc:meta])* $num:ident = $num_group:ident ( $num_fn:ident ( $($num_in:ty),* ) -> $num_out:ty ) $({ $($num_field:ident : $num_ty:ty),* })? ,)* }
        simd { $($simd:tt)* }
        reg_control { $( $(#[$kdoc:meta])* $kname:ident = reg_control( $khandler:ident $(< $kkind:tt >)? $(( $kby:ident ))? $(-> $kresult:ident)? ) { $($kf:ident : $kt:ty),* } ,)* }
        register { $( $(#[$reg_doc:meta])* $reg:ident = $reg_group:ident ( $reg_base:ident $(/ $reg_load:ident)? , $reg_form:literal $(, $reg_acc:ident)? ) { $($reg_field:ident : $reg_ty:ty),* } ,)* }
    ) => {
        /// How many cells a numeric, load or store op pops, and how many it pushes;
        /// `None` for control ops.
        pub(crate) fn stack_effect(op: &Op) -> Option<(u32, u32)> {
            match op {
                $( Op::$num { .. } => Some(stack_effect!($num_group)), )*
                _ => None,
            }
        }

        /// Whether binary op `base` reads 64-bit operands (so an immediate must fit
        /// in 32 bits sign-extended); 32-bit operands read only the low half.
        pub(crate) fn wide_operands(base: &Op) -> bool {
            match base {
                $( Op::$num { .. } => wide_operands!($num_group ($($num_in),*)), )*
                _ => true,
            }
        }

        /// Whether operand `first` (else the second) of numeric or store op `base`
        /// is an f64.
        pub(crate) fn f64_operand(base: &Op, first: bool) -> bool {
            match base {
                $( Op::$num { .. } => f64_operand!($num_group ($($num_in),*) first), )*
                _ => false,
            }
        }

        /// The `offset` of a load or store; 0 for other ops.
        pub(crate) fn offset_of(op: &Op) -> u32 {
            match *op {
                $( Op::$num $({ $($num_field),* })? => offset_field!($($($num_field)*)?), )*
                _ => 0,
            }
        }

        /// The slot a `reg_control` op writes and leaves in the accumulator, as its
        /// line in the op list says (`-> dst`); `None` for any other op.
        pub(crate) fn control_result(op: &Op) -> Option<u32> {
            match *op {
                $( Op::$kname { $($kresult,)? .. } => control_result!($($kresult)?), )*
                _ => None,
            }
        }

        /// The group of a generic register op; `None` for any other op. A table
        /// lookup, for the passes' per-op questions that need no fields.
        pub(crate) fn group_of(op: &Op) -> Option<Group> {
            match op {
                $( Op::$reg { .. } => Some(Group::$reg_group), )*
                _ => None,
            }
        }

        /// The slot a generic register op writes and leaves in the accumulator:
        /// every group but the stores and the compare-and-branches has one.
        pub(crate) fn dst_of(op: &Op) -> Option<u32> {
            match op {
                $( Op::$reg { .. } => dst_value!(op $reg $($reg_field)*), )*
                _ => None,
            }
        }

        /// A generic register op taken apart; `None` for any other op.
        pub(crate) fn parts(op: &Op) -> Option<Parts> {
            match *op {
                $( Op::$reg { $($reg_field),* } => {
                    let f = Fields { $( $reg_field: $reg_field.to_field(), )* ..Fields::default() };
                    let (base, load) = base_ops!($reg_group $reg_base $(/ $reg_load)?; f.offset);
                    Some(Parts {
                        group: Group::$reg_group,
                        base,
                        load,
                        f,
                        acc_first: acc_first!($($reg_acc)?),
                    })
                } )*
                _ => None,
            }
        }

        /// The op of group `group` that applies stack op `base` (and, for the
        /// `reg_binary_mem_*` groups, `load`) with fields `f`; `None` when the group
        /// has no such op or a field does not fit. The offset of a load or store is
        /// `f.offset`, not `base`'s.
        pub(crate) fn make(group: Group, base: &Op, load: Option<&Op>, f: Fields) -> Option<Op> {
            match (group, base, load) {
                $( (Group::$reg_group, Op::$reg_base { .. }, load_pattern!($($reg_load)?)) => {
                    Some(Op::$reg { $( $reg_field: Field::from_field(f.$reg_field)?, )* })
                } )*
                _ => None,
            }
        }
    };
}

/// Cells popped and pushed by a numeric op, by its group.
macro_rules! stack_effect {
    (store) => {
        (2, 0)
    };
    (binary) => {
        (2, 1)
    };
    (binary_trap) => {
        (2, 1)
    };
    ($group:ident) => {
        (1, 1)
    };
}

macro_rules! wide_operands {
    (binary ($a:ty, $b:ty)) => {
        std::mem::size_of::<$b>() == 8
    };
    ($group:ident $operands:tt) => {
        true
    };
}

macro_rules! f64_operand {
    (unary ($a:ty) $first:ident) => {
        <$a as Cell>::IS_F64
    };
    (unary_trap ($a:ty) $first:ident) => {
        <$a as Cell>::IS_F64
    };
    (binary ($a:ty, $b:ty) $first:ident) => {
        if $first {
            <$a as Cell>::IS_F64
        } else {
            <$b as Cell>::IS_F64
        }
    };
    (binary_trap ($a:ty, $b:ty) $first:ident) => {
        if $first {
            <$a as Cell>::IS_F64
        } else {
            <$b as Cell>::IS_F64
        }
    };
    (store ($v:ty) $first:ident) => {
        !$first && <$v as Cell>::IS_F64
    };
    ($group:ident $operands:tt $first:ident) => {
        false
    };
}

/// A register op's base op and load, by its group: a load or store carries the
/// op's offset, as does a `reg_binary_mem_*` op's load.
macro_rules! base_ops {
    (reg_binary_mem_b $base:ident / $load:ident; $offset:expr) => {
        (Op::$base, Some(Op::$load { offset: $offset }))
    };
    (reg_binary_mem_a $base:ident / $load:ident; $offset:expr) => {
        (Op::$base, Some(Op::$load { offset: $offset }))
    };
    (reg_load $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    (acc_load $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    (reg_store $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    (reg_store_imm $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    (acc_store_a $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    (acc_store_v $base:ident; $offset:expr) => {
        (Op::$base { offset: $offset }, None)
    };
    ($group:ident $base:ident; $offset:expr) => {
        (Op::$base, None)
    };
}

/// The `dst` field of op `$op`, a `$name`, when its field list has one.
macro_rules! dst_value {
    ($op:ident $name:ident) => {
        None
    };
    ($op:ident $name:ident dst $($rest:ident)*) => {{
        let Op::$name { dst, .. } = *$op else { unreachable!() };
        Some(dst.to_field())
    }};
    ($op:ident $name:ident $field:ident $($rest:ident)*) => {
        dst_value!($op $name $($rest)*)
    };
}

/// Which operand the accumulator stands for, from the field the list names.
macro_rules! acc_first {
    () => {
        None
    };
    (a) => {
        Some(true)
    };
    ($second:ident) => {
        Some(false)
    };
}

macro_rules! offset_field {
    () => {
        0
    };
    ($offset:ident) => {
        $offset
    };
}

macro_rules! load_pattern {
    () => {
        None
    };
    ($load:ident) => {
        Some(Op::$load { .. })
    };
}

wasmlab_core::for_each_op!(define_maps);

#[cfg(test)]
mod tests {
    use super::{control_result, dst_of, group_of, make, parts, Fields, Group};
    use wasmlab_core::ir::{Op, MEM_ACC_P};

    /// One op of every generic register group, with fields that differ from each
    /// other, so a field put back in the wrong place shows.
    fn one_of_each() -> Vec<Op> {
        vec![
            Op::I32EqzR { a: 1, dst: 2 },
            Op::RefAsNonNullR { a: 1, dst: 2 },
            Op::I32EqRR { a: 1, b: 2, dst: 3 },
            Op::I32EqRI {
                a: 1,
                imm: u32::MAX,
                dst: 3,
            },
            Op::I32DivSRR { a: 1, b: 2, dst: 3 },
            Op::I32LoadR {
                a: 1,
                offset: 77,
                dst: 3,
            },
            Op::I32StoreRR { a: 1, v: 2, offset: 77 },
            Op::I32StoreRI {
                a: 1,
                imm: 5,
                offset: 77,
            },
            Op::I32EqBrRR { a: 1, b: 2, offset: -3 },
            Op::I32EqBrRI {
                a: 1,
                imm: 9,
                offset: -3,
            },
            Op::I32EqzA { a: 1, dst: 2 },
            Op::RefAsNonNullA { a: 1, dst: 2 },
            Op::I32EqAR { a: 1, b: 2, dst: 3 },
            Op::I32SubRA { a: 1, b: 2, dst: 3 },
            Op::I32EqAI { a: 1, imm: 4, dst: 3 },
            Op::I32DivSAR { a: 1, b: 2, dst: 3 },
            Op::I32DivSRA { a: 1, b: 2, dst: 3 },
            Op::I32LoadA {
                a: 1,
                offset: 77,
                dst: 3,
            },
            Op::I32StoreAR { a: 1, v: 2, offset: 77 },
            Op::I32StoreRA { a: 1, v: 2, offset: 77 },
            Op::I32EqBrAR { a: 1, b: 2, offset: -3 },
            Op::I32EqBrAI {
                a: 1,
                imm: 9,
                offset: -3,
            },
            Op::I32AddRM {
                a: 1,
                p: 2,
                dst: 3,
                acc: MEM_ACC_P,
                offset: 77,
            },
            Op::I32SubMR {
                a: 1,
                p: 2,
                dst: 3,
                acc: MEM_ACC_P,
                offset: 77,
            },
        ]
    }

    #[test]
    fn every_group_comes_apart_and_back_together() {
        let ops = one_of_each();
        let mut groups: Vec<Group> = Vec::new();
        for op in &ops {
            let p = parts(op).unwrap_or_else(|| panic!("{op:?} did not come apart"));
            assert!(!groups.contains(&p.group), "{op:?}: group {:?} twice", p.group);
            groups.push(p.group);
            assert_eq!(group_of(op), Some(p.group));
            assert_eq!(make(p.group, &p.base, p.load.as_ref(), p.f), Some(*op), "{p:?}");
        }
        assert_eq!(groups.len(), 24, "a group of the list has no op here");
    }

    #[test]
    fn parts_name_the_base_op_its_offset_and_the_accumulator() {
        let load = Op::I32LoadA {
            a: 1,
            offset: 77,
            dst: 3,
        };
        let p = parts(&load).unwrap();
        assert_eq!(
            (p.group, p.base, p.load),
            (Group::acc_load, Op::I32Load { offset: 77 }, None)
        );
        assert_eq!(dst_of(&load), Some(3));
        assert_eq!(p.acc_first, Some(true));
        let store = Op::I32StoreRA { a: 1, v: 2, offset: 77 };
        let p = parts(&store).unwrap();
        assert_eq!(dst_of(&store), None);
        assert_eq!(group_of(&store), Some(Group::acc_store_v));
        assert_eq!(p.acc_first, Some(false));
        let p = parts(&Op::I32AddRM {
            a: 1,
            p: 2,
            dst: 3,
            acc: 0,
            offset: 77,
        })
        .unwrap();
        assert_eq!((p.base, p.load), (Op::I32Add, Some(Op::I32Load { offset: 77 })));
        assert_eq!(p.acc_first, None);
        assert!(parts(&Op::Copy { from: 1, to: 2 }).is_none());
        assert_eq!((group_of(&Op::I32Add), dst_of(&Op::I32Add)), (None, None));
        assert!(parts(&Op::I32Add).is_none());
    }

    #[test]
    fn make_refuses_what_the_group_has_no_form_of_or_a_field_cannot_hold() {
        let f = Fields {
            a: 1,
            b: 2,
            dst: 3,
            ..Fields::default()
        };
        // `i32.add` has no compare-and-branch form.
        assert_eq!(make(Group::reg_br, &Op::I32Add, None, f), None);
        // A `reg_binary_mem_*` op's slots are 16-bit.
        let wide = Fields {
            a: 70_000,
            p: 2,
            dst: 3,
            ..Fields::default()
        };
        let load = Op::I32Load { offset: 0 };
        assert_eq!(make(Group::reg_binary_mem_b, &Op::I32Add, Some(&load), wide), None);
        // The load must be the one the group names.
        let f64_load = Op::F64Load { offset: 0 };
        assert_eq!(make(Group::reg_binary_mem_b, &Op::I32Add, Some(&f64_load), f), None);
    }

    #[test]
    fn a_control_op_result_is_the_field_its_line_names() {
        let add2 = Op::I32Add2 {
            a0: 1,
            dst0: 2,
            imm0: 3,
            a1: 4,
            dst1: 5,
            imm1: 6,
        };
        assert_eq!(control_result(&add2), Some(5));
        assert_eq!(control_result(&Op::Copy { from: 1, to: 2 }), Some(2));
        // No result: a branch; and a generic register op is not a control op.
        assert_eq!(control_result(&Op::BrNezR { a: 1, offset: 2 }), None);
        assert_eq!(control_result(&Op::I32EqzR { a: 1, dst: 2 }), None);
    }
}
