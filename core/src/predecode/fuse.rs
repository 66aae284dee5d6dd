//! The fusion pass: as the translator emits each op, fold it with the ops just
//! before it into one superinstruction when a family allows. Never across a branch
//! target (`barrier`): a jump into the middle of a fused sequence would skip work.

use crate::ir::Op;

/// Fusion families, each on or off so its contribution can be measured alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fusion {
    /// `local.get a; local.get b; binop` (and `local.set` after it).
    pub ll: bool,
    /// `local.get a; i32.const c; binop` (and `local.set` after it).
    pub li: bool,
    /// A fused i32 comparison followed by `br_if` or `if`: compare and branch.
    pub cmp_br: bool,
    /// `local.get; local.set` and `const; local.set`.
    pub set: bool,
    /// Stack-operand forms: `const c; binop` on whatever the stack holds (the op
    /// with an immediate), and `binop; local.set` (both operands popped, the result
    /// written to the local).
    pub si: bool,
    /// Loads and stores whose address (and stored value) are locals.
    pub mem: bool,
    /// A compare of stack operands (or the stack top and a constant) and `br_if` or
    /// `if`: compare and branch; `i32.eqz` before them flips the branch instead.
    pub br_s: bool,
    /// The `ll` and `ss` forms of i64 and f64 arithmetic and of i32 rotates (without
    /// it, `ll` covers i32 arithmetic and compares, `ss` i32 and i64 arithmetic).
    pub wide: bool,
    /// Loop rotation: a loop's closing `br` to a head that is a fused compare-and-branch
    /// out of the loop becomes the inverted compare branching back to the body, so an
    /// iteration dispatches one op fewer.
    pub rotate: bool,
    /// `x; local.tee d` as `x` with its result sent to `d`, then `local.get d`, when
    /// `x` has such a form: the same number of ops, but the `local.get` can fuse with
    /// what follows (a loop counter's `add; tee; get n; ne; br_if` becomes two ops).
    pub tee: bool,
    /// An op that only writes a local (a fused `...; local.set d`) moves above the
    /// `local.get`s and constants just before it, when none of them reads `d`: the
    /// pushes then meet the op that consumes them (`get n; add_lis i; get i; ne` →
    /// `add_lis i; get n; get i; ne`, which fuses into one compare).
    pub sink: bool,
    /// Loads whose address is a local plus an i32 constant (`local.get; i32.const;
    /// i32.add; load`, the add kept wrapping).
    pub mem_imm: bool,
    /// Loads from a local address whose value goes to a local (`...; local.set`, and
    /// with `tee`, `local.tee`).
    pub mem_set: bool,
}

impl Fusion {
    pub const NONE: Fusion = Fusion {
        ll: false,
        li: false,
        cmp_br: false,
        set: false,
        si: false,
        mem: false,
        br_s: false,
        wide: false,
        rotate: false,
        tee: false,
        sink: false,
        mem_imm: false,
        mem_set: false,
    };
    pub const ALL: Fusion = Fusion {
        ll: true,
        li: true,
        cmp_br: true,
        set: true,
        si: true,
        mem: true,
        br_s: true,
        wide: true,
        rotate: true,
        tee: true,
        sink: true,
        mem_imm: true,
        mem_set: true,
    };
    /// Family names, as `--fuse` and the ablation table spell them.
    pub const FAMILIES: [&'static str; 13] = [
        "ll", "li", "cmp_br", "set", "si", "mem", "br_s", "wide", "rotate", "tee", "sink", "mem_imm", "mem_set",
    ];

    /// All families but `name` (for ablation), or `None` for an unknown name.
    pub fn without(name: &str) -> Option<Fusion> {
        let mut f = Fusion::ALL;
        match name {
            "ll" => f.ll = false,
            "li" => f.li = false,
            "cmp_br" => f.cmp_br = false,
            "set" => f.set = false,
            "si" => f.si = false,
            "mem" => f.mem = false,
            "br_s" => f.br_s = false,
            "wide" => f.wide = false,
            "rotate" => f.rotate = false,
            "tee" => f.tee = false,
            "sink" => f.sink = false,
            "mem_imm" => f.mem_imm = false,
            "mem_set" => f.mem_set = false,
            _ => return None,
        }
        Some(f)
    }
}

impl Default for Fusion {
    fn default() -> Self {
        Fusion::NONE
    }
}

macro_rules! define_maps {
    (
        control { $($control:tt)* }
        unary { $($unary:tt)* }
        unary_trap { $($unary_trap:tt)* }
        binary { $($binary:tt)* }
        binary_trap { $($binary_trap:tt)* }
        load { $($load:tt)* }
        store { $($store:tt)* }
        fused_ll { $( $(#[$llm:meta])* $llname:ident = $llbase:ident ,)* }
        fused_lls { $( $(#[$llsm:meta])* $llsname:ident = $llsbase:ident ,)* }
        fused_li { $( $(#[$lim:meta])* $liname:ident = $libase:ident ,)* }
        fused_lis { $( $(#[$lism:meta])* $lisname:ident = $lisbase:ident ,)* }
        fused_br_ll { $( $(#[$brllm:meta])* $brllname:ident = $brllbase:ident ,)* }
        fused_br_li { $( $(#[$brlim:meta])* $brliname:ident = $brlibase:ident ,)* }
        fused_si { $( $(#[$sim:meta])* $siname:ident = $sibase:ident ,)* }
        fused_lls_trap { $( $(#[$lltm:meta])* $lltname:ident = $lltbase:ident ,)* }
        fused_load_l { $( $(#[$llm2:meta])* $ldname:ident = $ldbase:ident ,)* }
        fused_store_ll { $( $(#[$stm:meta])* $stname:ident = $stbase:ident ,)* }
        fused_ss { $( $(#[$ssm:meta])* $ssname:ident = $ssbase:ident ,)* }
        fused_br_ss { $( $(#[$brssm:meta])* $brssname:ident = $brssbase:ident ,)* }
        fused_br_si { $( $(#[$brsim:meta])* $brsiname:ident = $brsibase:ident ,)* }
        fused_load_li { $( $(#[$ldim:meta])* $ldiname:ident = $ldibase:ident ,)* }
        fused_load_ls { $( $(#[$ldsm:meta])* $ldsname:ident = $ldsbase:ident ,)* }
    ) => {
        fn ll(base: &Op, a: u32, b: u32) -> Option<Op> {
            match base { $( Op::$llbase => Some(Op::$llname { a, b }), )* _ => None }
        }
        fn li(base: &Op, a: u32, imm: u32) -> Option<Op> {
            match base { $( Op::$libase => Some(Op::$liname { a, imm }), )* _ => None }
        }
        fn lls_trap(base: &Op, a: u32, b: u32, dst: u32) -> Option<Op> {
            match base { $( Op::$lltbase => Some(Op::$lltname { a, b, dst }), )* _ => None }
        }
        fn load_l(base: &Op, a: u32) -> Option<Op> {
            match *base { $( Op::$ldbase { offset } => Some(Op::$ldname { a, offset }), )* _ => None }
        }
        fn load_li(base: &Op, a: u32, imm: u32) -> Option<Op> {
            match *base { $( Op::$ldibase { offset } => Some(Op::$ldiname { a, imm, offset }), )* _ => None }
        }
        /// A `load_l` op with its value sent to local `dst` instead.
        fn load_to_local(op: &Op, dst: u32) -> Option<Op> {
            match *op { $( Op::$ldname { a, offset } => Some(Op::$ldsname { a, offset, dst }), )* _ => None }
        }
        fn store_ll(base: &Op, a: u32, v: u32) -> Option<Op> {
            match *base { $( Op::$stbase { offset } => Some(Op::$stname { a, v, offset }), )* _ => None }
        }
        fn ss(base: &Op, dst: u32) -> Option<Op> {
            match base { $( Op::$ssbase => Some(Op::$ssname { dst }), )* _ => None }
        }
        fn br_ss(base: &Op, offset: i32) -> Option<Op> {
            match base { $( Op::$brssbase => Some(Op::$brssname { offset }), )* _ => None }
        }
        fn br_si(base: &Op, imm: u32, offset: i32) -> Option<Op> {
            match base { $( Op::$brsibase => Some(Op::$brsiname { imm, offset }), )* _ => None }
        }
        /// The base op and immediate of an `si` op.
        fn si_parts(op: &Op) -> Option<(Op, u32)> {
            match *op { $( Op::$siname { imm } => Some((Op::$sibase, imm)), )* _ => None }
        }
        fn si(base: &Op, imm: u32) -> Option<Op> {
            match base { $( Op::$sibase => Some(Op::$siname { imm }), )* _ => None }
        }
        /// The local written by an op whose only effect is writing that local.
        fn local_only(op: &Op) -> Option<u32> {
            match *op {
                $( Op::$llsname { dst, .. } => Some(dst), )*
                $( Op::$lisname { dst, .. } => Some(dst), )*
                $( Op::$lltname { dst, .. } => Some(dst), )*
                $( Op::$ldsname { dst, .. } => Some(dst), )*
                Op::LocalCopy { to, .. } => Some(to),
                Op::LocalSetConst { dst, .. } => Some(dst),
                _ => None,
            }
        }
        /// A pushing fused op with its result sent to local `dst` instead.
        fn to_local(op: &Op, dst: u32) -> Option<Op> {
            match *op {
                $( Op::$llsname { .. } => None, )*
                $( Op::$llname { a, b } => match Op::$llbase { _ => Some(Op::$llsname { a, b, dst }) }, )*
                $( Op::$liname { a, imm } => match Op::$libase { _ => Some(Op::$lisname { a, imm, dst }) }, )*
                _ => None,
            }
        }
        /// The base compare and operands of a pushing fused compare.
        fn compare_of(op: &Op) -> Option<(Op, u32, Operand)> {
            match *op {
                $( Op::$llname { a, b } => Some((Op::$llbase, a, Operand::Local(b))), )*
                $( Op::$liname { a, imm } => Some((Op::$libase, a, Operand::Imm(imm))), )*
                _ => None,
            }
        }
        /// The parts of a fused compare-and-branch.
        fn branch_of(op: &Op) -> Option<(Op, u32, Operand, i32)> {
            match *op {
                $( Op::$brllname { a, b, offset } => Some((Op::$brllbase, a, Operand::Local(b), offset)), )*
                $( Op::$brliname { a, imm, offset } => Some((Op::$brlibase, a, Operand::Imm(imm), offset)), )*
                _ => None,
            }
        }
        fn br(base: &Op, a: u32, b: Operand, offset: i32) -> Option<Op> {
            match (base, b) {
                $( (Op::$brllbase, Operand::Local(b)) => Some(Op::$brllname { a, b, offset }), )*
                $( (Op::$brlibase, Operand::Imm(imm)) => Some(Op::$brliname { a, imm, offset }), )*
                _ => None,
            }
        }
    };
}

crate::for_each_op!(define_maps);

#[derive(Clone, Copy)]
enum Operand {
    Local(u32),
    Imm(u32),
}

/// The compare that is true exactly when `cmp` is false (integers: no NaN).
fn invert(cmp: &Op) -> Option<Op> {
    Some(match cmp {
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
        _ => return None,
    })
}

/// Whether `op` is an i32 binary op: its `si` form takes an `i32.const`, the i64
/// forms an `i64.const` that fits in 32 bits (the handler sign-extends).
fn is_i32_binary(op: &Op) -> bool {
    op.name().starts_with("i32_")
}

/// Whether the `ll` form of `base` belongs to the `wide` family.
fn wide_ll(base: &Op) -> bool {
    matches!(base, Op::I32Rotl | Op::I32Rotr) || !base.name().starts_with("i32_")
}

/// Whether the `ss` form of `base` belongs to the `wide` family.
fn wide_ss(base: &Op) -> bool {
    base.name().starts_with("f64_")
}

/// The inverted form of the fused compare-and-branch `op`, branching by `offset`.
pub(super) fn inverted_branch(op: &Op, offset: i32) -> Option<(Op, i32)> {
    let (cmp, a, b, target) = branch_of(op)?;
    Some((br(&invert(&cmp)?, a, b, offset)?, target))
}

/// Emits `op` into `code`, fused with the ops after `barrier` where `f` allows.
/// Returns the position of the op that now carries `op`'s effect (for branches, the
/// position whose offset is patched later).
pub(super) fn emit(code: &mut Vec<Op>, barrier: usize, op: Op, f: &Fusion) -> usize {
    if let (Op::LocalTee { idx }, true) = (op, f.tee) {
        emit(code, barrier, Op::LocalSet { idx }, f);
        if code.last() != Some(&Op::LocalSet { idx }) {
            code.push(Op::LocalGet { idx });
            return code.len() - 1;
        }
        // Nothing took the set: keep the tee.
        code.pop();
    }
    let n = code.len();
    let tail = |k: usize| if n >= barrier + k { Some(&code[n - k..]) } else { None };
    let fused = match op {
        _ if f.ll || f.li || f.mem => match tail(2) {
            Some([Op::LocalGet { idx: a }, Op::LocalGet { idx: b }]) => {
                let binop = if f.ll && (f.wide || !wide_ll(&op)) {
                    ll(&op, *a, *b)
                } else {
                    None
                };
                binop.or_else(|| if f.mem { store_ll(&op, *a, *b) } else { None })
            }
            Some([Op::LocalGet { idx: a }, Op::Const32 { value }]) if f.li => li(&op, *a, *value),
            _ => None,
        }
        .map(|x| (2, x)),
        _ => None,
    };
    let fused = fused.or_else(|| match (op, tail(3)) {
        (Op::LocalSet { idx }, Some([Op::LocalGet { idx: a }, Op::LocalGet { idx: b }, base])) if f.ll => {
            lls_trap(base, *a, *b, idx).map(|x| (3, x))
        }
        _ => None,
    });
    let fused = fused.or_else(|| match (op, tail(1)) {
        (Op::I32Eqz, Some([Op::LocalGet { idx }])) if f.li => li(&Op::I32Eq, *idx, 0).map(|x| (1, x)),
        (_, Some([Op::LocalGet { idx }])) if f.mem && load_l(&op, 0).is_some() => load_l(&op, *idx).map(|x| (1, x)),
        (_, Some([Op::I32AddLI { a, imm }])) if f.mem_imm && load_li(&op, 0, 0).is_some() => {
            load_li(&op, *a, *imm).map(|x| (1, x))
        }
        (_, Some([Op::Const32 { value }])) if f.si && is_i32_binary(&op) && si(&op, 0).is_some() => {
            si(&op, *value).map(|x| (1, x))
        }
        (_, Some([Op::Const64 { value }]))
            if f.si && !is_i32_binary(&op) && si(&op, 0).is_some() && *value as i64 == *value as i32 as i64 =>
        {
            si(&op, *value as u32).map(|x| (1, x))
        }
        (Op::LocalSet { idx }, Some([prev])) => {
            let merged = if f.ll || f.li { to_local(prev, idx) } else { None };
            merged
                .or_else(|| if f.mem_set { load_to_local(prev, idx) } else { None })
                .or_else(|| {
                    if f.si && (f.wide || !wide_ss(prev)) {
                        ss(prev, idx)
                    } else {
                        None
                    }
                })
                .or(match *prev {
                    Op::LocalGet { idx: from } if f.set => Some(Op::LocalCopy { from, to: idx }),
                    Op::Const32 { value } if f.set => Some(Op::LocalSetConst {
                        dst: idx,
                        value: value as u64,
                    }),
                    Op::Const64 { value } if f.set => Some(Op::LocalSetConst { dst: idx, value }),
                    _ => None,
                })
                .map(|x| (1, x))
        }
        (Op::BrIfNez { offset } | Op::BrIfEqz { offset }, Some([prev])) if f.cmp_br || f.br_s => {
            // `if` branches when the condition is false: the inverted compare.
            let taken = |cmp: Op| {
                if matches!(op, Op::BrIfEqz { .. }) {
                    invert(&cmp)
                } else {
                    Some(cmp)
                }
            };
            let fused = if f.br_s && *prev == Op::I32Eqz {
                // Branching on `x == 0` is branching on `x` the other way round.
                Some(match op {
                    Op::BrIfEqz { .. } => Op::BrIfNez { offset },
                    _ => Op::BrIfEqz { offset },
                })
            } else if let Some((cmp, a, b)) = compare_of(prev) {
                // Operands in locals or an immediate: `cmp_br`'s.
                if f.cmp_br {
                    br(&taken(cmp)?, a, b, offset)
                } else {
                    None
                }
            } else if !f.br_s {
                None
            } else if let Some((cmp, imm)) = si_parts(prev) {
                br_si(&taken(cmp)?, imm, offset)
            } else {
                br_ss(&taken(*prev)?, offset)
            };
            fused.map(|x| (1, x))
        }
        _ => None,
    });
    match fused {
        Some((consumed, x)) => {
            code.truncate(n - consumed);
            code.push(x);
        }
        None => code.push(op),
    }
    if f.sink {
        sink(code, barrier);
    }
    code.len() - 1
}

/// Moves a local-only last op above the pushes of locals and constants before it
/// that do not read its local (`Fusion::sink`). A trap in the moved op loses only
/// pushed values, which a trap discards anyway.
fn sink(code: &mut [Op], barrier: usize) {
    let Some((last, pushes)) = code.split_last() else {
        return;
    };
    let Some(dst) = local_only(last) else {
        return;
    };
    let movable = pushes
        .iter()
        .enumerate()
        .skip(barrier)
        .rev()
        .take_while(|(_, op)| match op {
            Op::LocalGet { idx } => *idx != dst,
            Op::Const32 { .. } | Op::Const64 { .. } => true,
            _ => false,
        })
        .count();
    let len = code.len();
    code[len - 1 - movable..].rotate_right(1);
}
