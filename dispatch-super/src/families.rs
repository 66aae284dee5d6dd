//! The fusion families of the register pass, each declared once, here: one
//! declaration gives the family its flag in [`Fusion`] (with these docs), its
//! place in `ALL`, `NONE` and `FAMILIES`, and its ablation back-end,
//! `super-no-<family>` ([`crate::Super::without`]).

macro_rules! families {
    ($( $(#[doc = $doc:literal])* $name:ident, )*) => {
        /// Fusion families of the register pass, each on or off so its contribution
        /// can be measured alone. With all off the pass still writes register IR,
        /// one register op for each stack op (`local.get` a copy, a constant a
        /// `const_to`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Fusion {
            $( $(#[doc = $doc])* pub $name: bool, )*
        }

        impl Fusion {
            pub const NONE: Fusion = Fusion { $( $name: false, )* };
            pub const ALL: Fusion = Fusion { $( $name: true, )* };
            /// Family names, in declaration order.
            pub const FAMILIES: &'static [&'static str] = &[ $( stringify!($name), )* ];
            /// Each family's ablation back-end, in the order of `FAMILIES`.
            pub const ABLATIONS: &'static [&'static str] = &[ $( concat!("super-no-", stringify!($name)), )* ];

            /// All families but `name` (for ablation), or `None` for an unknown name.
            pub fn without(name: &str) -> Option<Fusion> {
                let mut f = Fusion::ALL;
                match name {
                    $( stringify!($name) => f.$name = false, )*
                    _ => return None,
                }
                Some(f)
            }
        }
    };
}

families! {
    /// `local.get` emits nothing: the op that consumes the value reads the local's
    /// slot (until the local is written; then the value is copied first).
    local,
    /// A constant operand of an i32, i64 or f32 op (or a 64-bit one that fits in 32
    /// bits, sign-extended) becomes the op's immediate.
    imm,
    /// `local.set` or `local.tee` right after the op that computed its value: that
    /// op writes the local's slot itself.
    dst,
    /// A compare (or `eqz`) whose result only feeds `br_if` or `if` becomes one
    /// compare-and-branch op.
    cmp_br,
    /// Loop rotation: a loop's closing jump to a head that is a compare-and-branch
    /// out of the loop becomes the inverted compare branching back into the body,
    /// so an iteration dispatches one op fewer.
    rotate,
    /// An operand that the op just before computed is read from the accumulator
    /// register, where that op left it, instead of from its slot in memory.
    acc,
    /// Two copies in a row (no label between) become one `copy2` op: the moves at
    /// the end of a loop body that rotates values through locals, and at branches.
    copy2,
    /// An `i32.load`, `i64.load` or `f64.load` whose address is the `i32.add` of a
    /// slot and an `i32.shl` by a constant just before (`base + (i << k)`, an array
    /// element) computes that address itself: three ops run as one.
    index,
    /// A binary op one of whose operands the load just before read (a full-width
    /// load of its type, `f64.load` for `f64.mul`) loads it itself: two ops run as one.
    load_op,
    /// An `i32.load` or `i32.store` whose address is a constant names the address
    /// (plus the offset) itself, instead of a slot the constant is first written to.
    const_addr,
    /// A jump to a return is that return, and a copy into the slot a one-result
    /// return reads is read by the return in place: a shared epilogue or a base
    /// case (`fib`'s `n < 2`) returns in one op instead of three.
    early_ret,
    /// A jump to a short block that ends in a jump, a `br_table` or a return runs
    /// a copy of that block: one dispatch fewer, and a `switch` in a loop gets a
    /// `br_table` of its own at the end of each case.
    tail_dup,
    /// A store of a constant (an i32, f32 or i64 that fits in 32 bits, sign-extended)
    /// names it as its immediate, instead of a slot the constant is first written to.
    store_imm,
    /// An `i32.and` with a constant whose result only feeds the branch right after
    /// it (on zero or non-zero: a flag test) becomes one test-and-branch op.
    and_br,
    /// A copy of the value the op just before computed takes it from the
    /// accumulator (part of `acc`, switched on its own): a value rotated through
    /// locals (`t = a + b; a = b; b = t`) is not stored and read back at once,
    /// which would put a store-to-load round trip on the loop's critical path.
    acc_copy,
    /// Two `i32.add`s of a slot and a small constant in a row (no branch into the
    /// second) run as one op: the steps of a loop's induction variables.
    add2,
    /// An op that reads the slot whose value every path into it leaves in the
    /// accumulator reads the accumulator, across labels too: a loop's counter,
    /// stepped at the bottom and branched on, is read back at the head without a
    /// store-to-load round trip (a pass over the finished IR, `carry.rs`).
    acc_carry,
    /// An `i32.add` of a slot and a load (`load_op`) followed by the store of its
    /// sum to the same address runs as one op, with one bounds check: `a[i] += x`.
    rmw,
}
