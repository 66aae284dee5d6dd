//! The register pass: one body's stack IR in, register IR out (the `reg_*` groups
//! of the op list), for the superinstruction back-end.
//!
//! Stack heights are static, so the operand at height `p` always lives in slot
//! `num_locals + p`. The pass walks the stack IR once, keeping a model of the
//! operand stack whose entries say where each value is: in its own slot, still in
//! a local (the `local.get` emitted nothing), or a constant. Each stack op becomes
//! one register op that names the slots it reads and writes. A value is copied
//! into its own slot only where it is needed there: before the local it mirrors is
//! written, on every edge into a branch target (where all values sit in their own
//! slots), and as a call's argument.
//!
//! The fusion families ([`Fusion`]) decide how much is folded: locals read in place,
//! constants as immediates, results written straight to the local that a
//! `local.set` names, compares folded into the branch that consumes them, and loop
//! rotation.

use crate::families::Fusion;
use crate::fuse;
use crate::{carry, pairs, tails};
use wasmlab_core::ir::Op;
use wasmlab_core::Error;
use wasmlab_core::Module;

/// Where the value of one operand-stack entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    /// In its own slot.
    Slot,
    /// Equal to local `idx`, which has not been written since it was read.
    Local(u32),
    /// The constant cell.
    Const(u64),
}

/// A branch target: a position of the stack IR (a label), or of the register IR.
#[derive(Clone, Copy, Debug)]
enum Target {
    Old(usize),
    New(usize),
}

/// A `br_table` entry that cannot be a single jump: it runs out of line.
enum Stub {
    /// Move `keep` values down over `drop` cells, then jump to stack-IR `target`.
    Move {
        target: usize,
        drop: u32,
        keep: u32,
    },
    Return {
        results: u32,
    },
}

/// Translates `code`, the stack IR of a body with `num_locals` locals.
pub(crate) fn translate(module: &Module, code: &[Op], num_locals: u32, fusion: Fusion) -> Result<Vec<Op>, Error> {
    let mut labels = vec![false; code.len() + 1];
    for (pos, op) in code.iter().enumerate() {
        if let Some(offset) = op.branch_offset() {
            let target = pos as i64 + offset as i64;
            *labels
                .get_mut(target as usize)
                .ok_or_else(|| internal("branch out of the body"))? = true;
        }
    }
    let mut pass = Pass {
        module,
        code,
        f: fusion,
        nl: num_locals,
        label_height: vec![None; code.len() + 1],
        new_pos: vec![None; code.len() + 1],
        labels,
        stack: Vec::new(),
        live: true,
        out: Vec::with_capacity(code.len()),
        fixups: Vec::new(),
        last_def: None,
        barrier: 0,
    };
    pass.run()?;
    pass.resolve()?;
    let mut out = pass.out;
    if fusion.early_ret {
        pairs::thread_returns(&mut out);
    }
    pairs::fuse_pairs(&mut out, |a, b| pairs::join(fusion, num_locals, a, b));
    if fusion.tail_dup {
        tails::duplicate_tails(&mut out);
    }
    if fusion.acc && fusion.acc_carry {
        carry::carry_acc(&mut out);
    }
    Ok(out)
}

/// Slot `x` as the 16-bit field of a fused op (`copy2`, `index`, `load_op`), when it fits.
fn slot16(x: u32) -> Option<u16> {
    u16::try_from(x).ok()
}

fn internal(what: &str) -> Error {
    Error::Invalid(format!("register pass: {what}"))
}

struct Pass<'a> {
    module: &'a Module,
    code: &'a [Op],
    f: Fusion,
    nl: u32,
    /// Which stack-IR positions are branch targets.
    labels: Vec<bool>,
    /// The operand height at a label, as the forward branches to it leave the stack.
    label_height: Vec<Option<u32>>,
    /// The register-IR position of each label reached.
    new_pos: Vec<Option<usize>>,
    stack: Vec<Entry>,
    /// Whether the code being translated can be reached (by falling through).
    live: bool,
    out: Vec<Op>,
    /// Branches to patch once every label has a position.
    fixups: Vec<(usize, Target)>,
    /// `out[i]` computed the top entry into its slot, if it is the last op emitted.
    last_def: Option<usize>,
    /// The first op after the latest label: it can be reached by a branch, so it
    /// cannot take an operand from the accumulator.
    barrier: usize,
}

impl Pass<'_> {
    fn run(&mut self) -> Result<(), Error> {
        let mut pos = 0;
        while pos < self.code.len() {
            if self.labels[pos] {
                self.enter_label(pos)?;
            }
            pos = if self.live { self.op(pos)? } else { pos + 1 };
        }
        Ok(())
    }

    /// Joins the fall-through edge and the branches into label `pos`: every value
    /// in its own slot, nothing fused across.
    fn enter_label(&mut self, pos: usize) -> Result<(), Error> {
        if self.live {
            self.materialize_all();
            if let Some(h) = self.label_height[pos] {
                if h as usize != self.stack.len() {
                    return Err(internal("heights disagree at a label"));
                }
            }
        } else if let Some(h) = self.label_height[pos] {
            self.stack = vec![Entry::Slot; h as usize];
            self.live = true;
        }
        if self.live {
            self.new_pos[pos] = Some(self.out.len());
            self.last_def = None;
            self.barrier = self.out.len();
        }
        Ok(())
    }

    fn resolve(&mut self) -> Result<(), Error> {
        for &(at, target) in &self.fixups {
            let to = match target {
                Target::Old(p) => self.new_pos[p].ok_or_else(|| internal("branch to a label never reached"))?,
                Target::New(p) => p,
            };
            self.out[at].set_branch_offset(to as i32 - at as i32);
        }
        Ok(())
    }

    fn slot(&self, p: usize) -> u32 {
        self.nl + p as u32
    }

    fn emit(&mut self, op: Op) {
        if self.pair_copy(&op) {
            return;
        }
        self.out.push(op);
        self.use_acc(self.out.len() - 1);
    }

    /// The `copy2` family: a copy right after another one (no label between, and
    /// the first not the top entry's definition, which later steps may retarget)
    /// joins it as one `copy2` op. Returns whether `op` was joined.
    fn pair_copy(&mut self, op: &Op) -> bool {
        let len = self.out.len();
        if !self.f.copy2 || len <= self.barrier || self.last_def == Some(len - 1) {
            return false;
        }
        let (Op::Copy { from: f1, to: t1 }, Some(&first)) = (*op, self.out.last()) else {
            return false;
        };
        let (Op::Copy { from: f0, to: t0 } | Op::CopyA { from: f0, to: t0 }) = first else {
            return false;
        };
        let (Some(from0), Some(to0), Some(from1), Some(to1)) = (slot16(f0), slot16(t0), slot16(f1), slot16(t1)) else {
            return false;
        };
        if let Op::CopyA { .. } = first {
            self.out[len - 1] = Op::Copy2AR { from0, to0, from1, to1 };
        } else {
            self.out[len - 1] = Op::Copy2 { from0, to0, from1, to1 };
            // The second copy may read what the op before the pair computed.
            self.use_acc(len - 1);
        }
        true
    }

    /// Emits `op`, which computes the value of a new top entry into its slot.
    fn emit_def(&mut self, op: Option<Op>) -> Result<(), Error> {
        let op = op.ok_or_else(|| internal("an op without a register form"))?;
        // Not `emit`: a definition stays an op of its own, so `last_def` names it.
        self.out.push(op);
        self.use_acc(self.out.len() - 1);
        self.stack.push(Entry::Slot);
        self.last_def = Some(self.out.len() - 1);
        Ok(())
    }

    /// The `acc` family: when the op before `out[at]` left the slot it wrote in the
    /// accumulator and `out[at]` reads that slot, it reads the accumulator instead.
    /// Only where `out[at]` cannot be reached but from that op.
    fn use_acc(&mut self, at: usize) {
        if !self.f.acc || at <= self.barrier {
            return;
        }
        if !self.f.acc_copy && matches!(self.out[at], Op::Copy { .. } | Op::Copy2 { .. }) {
            return;
        }
        if let Some(x) = fuse::acc_result(&self.out[at - 1]) {
            if let Some(op) = fuse::acc_form(&self.out[at], x) {
                self.out[at] = op;
            }
        }
    }

    /// Replaces the op at `at`, which reads its operands from slots again.
    fn replace(&mut self, at: usize, op: Op) {
        self.out[at] = fuse::slot_form(&op);
        self.use_acc(at);
    }

    /// The last op emitted, when it computed the top entry. `last_def` alone does
    /// not say so: a `drop` emits nothing, so after one the top is an older entry
    /// while `last_def` still names the op that computed the dropped value; the
    /// slot it wrote tells them apart.
    fn top_def(&self) -> Option<usize> {
        match (self.last_def, self.stack.last()) {
            (Some(i), Some(Entry::Slot))
                if i + 1 == self.out.len()
                    && fuse::acc_result(&self.out[i]) == Some(self.slot(self.stack.len() - 1)) =>
            {
                Some(i)
            }
            _ => None,
        }
    }

    /// The op that moves entry `p`'s value into slot `to`, if it is not there.
    fn move_op(&self, p: usize, to: u32) -> Option<Op> {
        match self.stack[p] {
            Entry::Slot if self.slot(p) == to => None,
            Entry::Slot => Some(Op::Copy { from: self.slot(p), to }),
            Entry::Local(from) => Some(Op::Copy { from, to }),
            Entry::Const(value) => Some(Op::ConstTo { dst: to, value }),
        }
    }

    /// Puts entry `p` in its own slot.
    fn materialize(&mut self, p: usize) {
        if let Some(op) = self.move_op(p, self.slot(p)) {
            self.emit(op);
            self.stack[p] = Entry::Slot;
        }
    }

    fn materialize_all(&mut self) {
        for p in 0..self.stack.len() {
            self.materialize(p);
        }
    }

    /// Puts the entries below the top that `which` selects in their own slots, with
    /// the copies placed before the last op emitted (which computed the top entry
    /// and reads neither those slots nor writes any local).
    fn materialize_before_last(&mut self, which: impl Fn(Entry) -> bool) {
        let below = self.stack.len() - 1;
        let mut copies = Vec::new();
        for p in 0..below {
            if which(self.stack[p]) {
                copies.extend(self.move_op(p, self.slot(p)));
                self.stack[p] = Entry::Slot;
            }
        }
        let at = self.out.len() - 1;
        let last = fuse::slot_form(&self.out[at]);
        let n = copies.len();
        self.out.splice(at..at, copies);
        // A barrier at or after the last op moves with it: an op after an i64/f64
        // reinterpret must still not read the accumulator the op before it set.
        if self.barrier >= at {
            self.barrier += n;
        }
        // The last op's predecessor changed.
        self.replace(at + n, last);
    }

    /// The slot holding entry `p`; a constant is first written to its own slot.
    fn operand(&mut self, p: usize) -> u32 {
        match self.stack[p] {
            Entry::Local(idx) => idx,
            Entry::Slot => self.slot(p),
            Entry::Const(_) => {
                self.materialize(p);
                self.slot(p)
            }
        }
    }

    /// Entry `e` as the immediate of `base`'s second operand, when the `imm` family
    /// allows and it fits.
    fn immediate(&self, e: Entry, base: &Op) -> Option<u32> {
        match e {
            Entry::Const(c) if self.f.imm && (!fuse::wide_operands(base) || c as i64 == c as i32 as i64) => {
                Some(c as u32)
            }
            _ => None,
        }
    }

    /// The `store_imm` family: entry `e` as the immediate value of store `base`,
    /// when it is a constant the immediate holds (all of it, or the bytes a
    /// narrow store writes). `f64.store` has no immediate form.
    fn stored_immediate(&self, e: Entry, base: &Op) -> Option<u32> {
        match (e, base) {
            (_, Op::F64Store { .. }) => None,
            (Entry::Const(c), Op::I64Store { .. }) if c as i64 != c as i32 as i64 => None,
            (Entry::Const(c), _) if self.f.store_imm => Some(c as u32),
            _ => None,
        }
    }

    fn pop(&mut self, n: usize) {
        self.stack.truncate(self.stack.len() - n);
    }

    fn push_slots(&mut self, n: u32) {
        self.stack.extend((0..n).map(|_| Entry::Slot));
        self.last_def = None;
    }

    /// Translates the op at `pos`; returns the position of the next one.
    fn op(&mut self, pos: usize) -> Result<usize, Error> {
        let op = self.code[pos];
        let n = self.stack.len();
        match op {
            Op::LocalGet { idx } if self.f.local => self.stack.push(Entry::Local(idx)),
            Op::LocalGet { idx } => self.emit_def(Some(Op::Copy {
                from: idx,
                to: self.slot(n),
            }))?,
            Op::Const32 { value } => self.constant(value as u64)?,
            Op::Const64 { value } => self.constant(value)?,
            Op::LocalSet { idx } => self.local_set(idx, false),
            Op::LocalTee { idx } => self.local_set(idx, true),
            Op::Drop => self.pop(1),
            Op::Select => {
                self.materialize(n - 3);
                let b = self.operand(n - 2);
                let cond = self.operand(n - 1);
                self.pop(3);
                self.emit(Op::SelectR {
                    dst: self.slot(n - 3),
                    b,
                    cond,
                });
                self.push_slots(1);
            }
            Op::GlobalGet { idx } => self.emit_def(Some(Op::GlobalGetR { idx, dst: self.slot(n) }))?,
            Op::GlobalSet { idx } => {
                let src = self.operand(n - 1);
                self.pop(1);
                self.emit(Op::GlobalSetR { idx, src });
            }
            Op::Unreachable => {
                self.emit(op);
                self.live = false;
            }
            Op::Fuel => self.emit(op),
            // The value stays where it is; only the next op must not read it from the
            // accumulator, where its old type may have left it in the other register.
            Op::F64ReinterpretI64 | Op::I64ReinterpretF64 => self.barrier = self.out.len(),
            Op::Jump { offset } => self.br(pos, offset, 0, 0),
            Op::Br { offset, drop, keep } => self.br(pos, offset, drop, keep),
            Op::BrIfNez { offset } => self.br_if(pos, offset, 0, 0, true),
            Op::BrIfEqz { offset } => self.br_if(pos, offset, 0, 0, false),
            Op::BrIf { offset, drop, keep } => self.br_if(pos, offset, drop, keep, true),
            Op::BrTable { len } => return self.br_table(pos, len),
            Op::Return { results } => self.ret(results),
            Op::Call { func } => {
                let (np, nr) = self.arity(self.module.num_imported_funcs + func)?;
                let base = n - np as usize;
                for p in base..n {
                    self.materialize(p);
                }
                self.emit(Op::CallR {
                    func,
                    base: self.slot(base),
                });
                self.pop(np as usize);
                self.push_slots(nr);
            }
            Op::ReturnCall { .. }
            | Op::ReturnCallImport { .. }
            | Op::ReturnCallIndirect { .. }
            | Op::CallRef { .. }
            | Op::ReturnCallRef { .. }
            | Op::Throw { .. }
            | Op::ThrowRef => self.stack_form(op)?,
            Op::Dup => match self.stack[n - 1] {
                Entry::Slot => self.emit_def(Some(Op::Copy {
                    from: self.slot(n - 1),
                    to: self.slot(n),
                }))?,
                e => self.stack.push(e),
            },
            Op::CallIndirect { ty, table } => match u16::try_from(table) {
                Ok(table) => {
                    let (np, nr) = self.type_arity(ty)?;
                    let base = n - 1 - np as usize;
                    let index = self.operand(n - 1);
                    for p in base..n - 1 {
                        self.materialize(p);
                    }
                    self.emit(Op::CallIndirectR {
                        table,
                        ty,
                        base: self.slot(base),
                        index,
                    });
                    self.pop(np as usize + 1);
                    self.push_slots(nr);
                }
                Err(_) => self.stack_form(op)?,
            },
            _ => match fuse::stack_effect(&op) {
                Some((1, 1)) => self.unary_or_load(op)?,
                Some((2, 1)) => self.binary(op)?,
                Some((2, 0)) => {
                    if let Op::I32Store { offset } = op {
                        if let Some(addr) = self.constant_address(self.stack[n - 2], offset) {
                            let v = self.operand(n - 1);
                            self.pop(2);
                            self.emit(Op::I32StoreAt { v, addr });
                            return Ok(pos + 1);
                        }
                    }
                    if let Some(imm) = self.stored_immediate(self.stack[n - 1], &op) {
                        let a = self.operand(n - 2);
                        self.pop(2);
                        let store = fuse::store_imm(&op, a, imm)
                            .ok_or_else(|| internal("a store without an immediate form"))?;
                        self.emit(store);
                        return Ok(pos + 1);
                    }
                    let v = self.operand(n - 1);
                    let a = self.operand(n - 2);
                    self.pop(2);
                    let store = fuse::store(&op, a, v).ok_or_else(|| internal("a store without a register form"))?;
                    self.emit(store);
                }
                _ => self.stack_form(op)?,
            },
        }
        Ok(pos + 1)
    }

    fn constant(&mut self, value: u64) -> Result<(), Error> {
        if self.f.imm {
            self.stack.push(Entry::Const(value));
            Ok(())
        } else {
            let dst = self.slot(self.stack.len());
            self.emit_def(Some(Op::ConstTo { dst, value }))
        }
    }

    /// `local.set idx` (or `local.tee idx`, which leaves the value on the stack).
    fn local_set(&mut self, idx: u32, tee: bool) {
        let n = self.stack.len();
        let e = self.stack[n - 1];
        if e == Entry::Local(idx) {
            // `local.get x; local.set x` writes what is there.
            if !tee {
                self.pop(1);
            }
            return;
        }
        let mirrors = |x: Entry| x == Entry::Local(idx);
        // The op that computed the value can write the local itself, unless a `tee`
        // must also leave the value in its slot for an op that reads slots only.
        let retarget = self.f.dst && (!tee || self.f.local) && self.top_def().is_some();
        if retarget {
            self.materialize_before_last(mirrors);
            let at = self.out.len() - 1;
            if fuse::set_dst(&mut self.out[at], idx) {
                if tee {
                    self.stack[n - 1] = Entry::Local(idx);
                } else {
                    self.pop(1);
                }
                self.last_def = None;
                return;
            }
        }
        for p in 0..n - 1 {
            if mirrors(self.stack[p]) {
                self.materialize(p);
            }
        }
        if let Some(op) = self.move_op(n - 1, idx) {
            self.emit(op);
        }
        if !tee {
            self.pop(1);
        }
        self.last_def = None;
    }

    fn unary_or_load(&mut self, op: Op) -> Result<(), Error> {
        let n = self.stack.len();
        let dst = self.slot(n - 1);
        if let Op::I32Load { offset } = op {
            if let Some(addr) = self.constant_address(self.stack[n - 1], offset) {
                self.pop(1);
                return self.emit_def(Some(Op::I32LoadAt { dst, addr }));
            }
        }
        if let Some(load) = self.indexed_load(&op, dst) {
            self.pop(1);
            return self.emit_def(Some(load));
        }
        let a = self.operand(n - 1);
        self.pop(1);
        let reg = fuse::unary(&op, a, dst).or_else(|| fuse::load(&op, a, dst));
        self.emit_def(reg)
    }

    /// The `const_addr` family: the address a load or store with `offset` reaches
    /// when its address operand is constant entry `e`, if that sum fits in 32 bits
    /// (past that the access always traps, which the unfused ops report).
    fn constant_address(&self, e: Entry, offset: u32) -> Option<u32> {
        match e {
            Entry::Const(c) if self.f.const_addr => u32::try_from(c as u32 as u64 + offset as u64).ok(),
            _ => None,
        }
    }

    /// The `index` family: when load `op`'s address (the top entry) was computed by
    /// the last op, an `i32.add` of a slot and the `i32.shl` by a constant just
    /// before it, the load computes the address itself and replaces both. Their
    /// results are dead: each sits in a slot at or above the top entry's, which the
    /// load overwrites or leaves above the stack.
    fn indexed_load(&mut self, op: &Op, dst: u32) -> Option<Op> {
        let add_at = self.top_def()?;
        if !self.f.index || add_at <= self.barrier {
            return None;
        }
        let Op::I32AddRR { a, b, .. } = fuse::slot_form(&self.out[add_at]) else {
            return None;
        };
        let Op::I32ShlRI {
            a: index,
            imm,
            dst: shifted,
        } = fuse::slot_form(&self.out[add_at - 1])
        else {
            return None;
        };
        let base = match (a == shifted, b == shifted) {
            (true, false) => b,
            (false, true) => a,
            _ => return None,
        };
        if shifted < dst {
            return None;
        }
        let load = fuse::indexed_load(op, slot16(base)?, slot16(index)?, (imm & 31) as u16, slot16(dst)?)?;
        self.out.truncate(add_at - 1);
        self.last_def = None;
        Some(load)
    }

    fn binary(&mut self, op: Op) -> Result<(), Error> {
        let n = self.stack.len();
        let dst = self.slot(n - 2);
        let (ea, eb) = (self.stack[n - 2], self.stack[n - 1]);
        if let Some(imm) = self.immediate(eb, &op) {
            if fuse::binary_imm(&op, 0, 0, 0).is_some() {
                let a = self.operand(n - 2);
                self.pop(2);
                return self.emit_def(fuse::binary_imm(&op, a, imm, dst));
            }
        }
        if let Some(swapped) = fuse::swapped(&op) {
            if let Some(imm) = self.immediate(ea, &swapped) {
                if !matches!(eb, Entry::Const(_)) && fuse::binary_imm(&swapped, 0, 0, 0).is_some() {
                    let b = self.operand(n - 1);
                    self.pop(2);
                    return self.emit_def(fuse::binary_imm(&swapped, b, imm, dst));
                }
            }
        }
        if let Some(fused) = self.memory_operand(&op, dst) {
            self.pop(2);
            return self.emit_def(Some(fused));
        }
        let a = self.operand(n - 2);
        let b = self.operand(n - 1);
        self.pop(2);
        self.emit_def(fuse::binary(&op, a, b, dst))
    }

    /// The `load_op` family: when the last op loaded one operand of binary op `op`
    /// and the other is a local or already in its slot, `op` does the load itself
    /// and replaces it. The loaded value's slot is dead: the top entry's, above the
    /// stack once `op` pops both, or the first operand's, which `op`'s result
    /// overwrites. The load is the last op and wrote that entry's slot, so no op
    /// between them changed the address or the other operand.
    fn memory_operand(&mut self, op: &Op, dst: u32) -> Option<Op> {
        let last = self.out.len().checked_sub(1)?;
        if !self.f.load_op || self.last_def != Some(last) {
            return None;
        }
        let (load, p, wrote) = fuse::load_parts(&fuse::slot_form(&self.out[last]))?;
        let n = self.stack.len();
        let (loaded_first, a) = match (self.stack[n - 2], self.stack[n - 1]) {
            (Entry::Slot | Entry::Local(_), Entry::Slot) if wrote == self.slot(n - 1) => (false, self.operand(n - 2)),
            (Entry::Slot, Entry::Local(idx)) if wrote == self.slot(n - 2) => (true, idx),
            _ => return None,
        };
        let (a, p, d) = (slot16(a)?, slot16(p)?, slot16(dst)?);
        let fused = fuse::binary_mem(op, &load, a, p, d, loaded_first).or_else(|| match loaded_first {
            // A commutative op takes the loaded value second instead.
            true => fuse::binary_mem(&fuse::swapped(op)?, &load, a, p, d, false),
            false => None,
        })?;
        self.out.truncate(last);
        self.last_def = None;
        Some(fused)
    }

    /// An op left in stack form: its operands go to their own slots, and `SetSp`
    /// points the stack pointer above them.
    fn stack_form(&mut self, op: Op) -> Result<(), Error> {
        let (pops, pushes) = match op {
            Op::RefFunc { .. } | Op::MemorySize | Op::TableSize { .. } => (0, 1),
            Op::MemoryGrow { .. } | Op::TableGet { .. } => (1, 1),
            Op::TableGrow { .. } => (2, 1),
            Op::TableSet { .. } => (2, 0),
            Op::MemoryFill { .. }
            | Op::MemoryCopy { .. }
            | Op::MemoryInit { .. }
            | Op::TableFill { .. }
            | Op::TableCopy { .. }
            | Op::TableInit { .. } => (3, 0),
            Op::DataDrop { .. } | Op::ElemDrop { .. } | Op::UseMemory { .. } => (0, 0),
            // Rewrites a cell in place, so every cell down to it must be in its slot.
            Op::NarrowIndex { depth } => (depth + 1, depth + 1),
            Op::CallImport { func } => self.arity(func)?,
            Op::CallIndirect { ty, .. } => {
                let (np, nr) = self.type_arity(ty)?;
                (np + 1, nr)
            }
            // The tail calls end the flow: nothing they leave is read here.
            Op::ReturnCall { func } => (self.arity(self.module.num_imported_funcs + func)?.0, 0),
            Op::ReturnCallImport { func } => (self.arity(func)?.0, 0),
            Op::ReturnCallIndirect { ty, .. } | Op::ReturnCallRef { ty } => (self.type_arity(ty)?.0 + 1, 0),
            Op::CallRef { ty } => {
                let (np, nr) = self.type_arity(ty)?;
                (np + 1, nr)
            }
            Op::Throw { tag } => {
                let ty = *self
                    .module
                    .tags
                    .get(tag as usize)
                    .ok_or_else(|| internal("unknown tag"))?;
                (self.type_arity(ty)?.0, 0)
            }
            Op::ThrowRef => (1, 0),
            // Vector ops count cells, two to a vector, as the heights of a body with
            // vectors do.
            Op::GlobalGetWide { .. } => (0, 2),
            Op::GlobalSetWide { .. } => (2, 0),
            Op::V128Select => (5, 2),
            other => other
                .simd_cells()
                .ok_or_else(|| internal(&format!("unexpected {other:?}")))?,
        };
        let n = self.stack.len();
        let first = n - pops as usize;
        for p in first..n {
            self.materialize(p);
        }
        // A call reads its arguments below `sp` and a host function writes its
        // results there, even when it has none of either.
        let call = matches!(op, Op::CallImport { .. } | Op::CallIndirect { .. } | Op::CallRef { .. }) || op.ends_flow();
        if pops + pushes > 0 || call {
            self.emit(Op::SetSp { slot: self.slot(n) });
        }
        self.emit(op);
        self.pop(pops as usize);
        self.push_slots(pushes);
        if op.ends_flow() {
            self.live = false;
        }
        Ok(())
    }

    fn type_arity(&self, ty: u32) -> Result<(u32, u32), Error> {
        let t = self
            .module
            .types
            .get(ty as usize)
            .ok_or_else(|| internal("unknown type"))?;
        // In cells: a vector parameter or result takes two slots.
        Ok((t.param_cells() as u32, t.result_cells() as u32))
    }

    /// Parameter and result counts of function `func` (imports first).
    fn arity(&self, func: u32) -> Result<(u32, u32), Error> {
        let ty = *self
            .module
            .funcs
            .get(func as usize)
            .ok_or_else(|| internal("unknown function"))?;
        self.type_arity(ty)
    }

    /// The stack-IR position a branch at `pos` reaches.
    fn target(pos: usize, offset: i32) -> usize {
        (pos as i64 + offset as i64) as usize
    }

    /// Emits a jump to stack-IR position `target`, which it reaches at `height`
    /// (rotating the loop when `target` is the head of one).
    fn jump(&mut self, pos: usize, target: usize, height: usize, may_rotate: bool) {
        if target > pos {
            self.label_height[target] = Some(height as u32);
        } else if let (true, Some(head)) = (may_rotate && self.f.rotate, self.new_pos[target]) {
            if self.rotate(head) {
                return;
            }
        }
        self.fixups.push((self.out.len(), Target::Old(target)));
        self.emit(Op::Jump { offset: 0 });
    }

    /// Loop rotation: when the loop head at `head` is a two-way branch (it has no
    /// other effect), the closing jump becomes that branch with the condition
    /// inverted, taken back to the op after the head, then a jump to where the
    /// head's branch goes. Every slot the head reads holds the same value here.
    fn rotate(&mut self, head: usize) -> bool {
        // An empty loop body: the closing jump is the head.
        let Some(head_op) = self.out.get(head).map(fuse::slot_form) else {
            return false;
        };
        let inverted = match head_op {
            Op::BrNezR { a, .. } => Op::BrEqzR { a, offset: 0 },
            Op::BrEqzR { a, .. } => Op::BrNezR { a, offset: 0 },
            other => match fuse::branch_parts(&other)
                .and_then(|(cmp, a, b, _)| fuse::branch(&fuse::invert(&cmp)?, a, b, 0))
            {
                Some(op) => op,
                None => return false,
            },
        };
        let Some(&(_, exit)) = self.fixups.iter().find(|(at, _)| *at == head) else {
            return false;
        };
        let at = self.out.len();
        self.emit(inverted);
        self.fixups.push((at, Target::New(head + 1)));
        self.emit(Op::Jump { offset: 0 });
        self.fixups.push((at + 1, exit));
        true
    }

    /// `br` (a `Jump` when nothing is dropped): the `keep` values move down over
    /// `drop` cells to where the target expects them.
    fn br(&mut self, pos: usize, offset: i32, drop: u32, keep: u32) {
        let n = self.stack.len();
        let (drop, keep) = (drop as usize, keep as usize);
        let below = n - drop - keep;
        for p in 0..below {
            self.materialize(p);
        }
        for i in 0..keep {
            if let Some(op) = self.move_op(n - keep + i, self.slot(below + i)) {
                self.emit(op);
            }
        }
        self.jump(pos, Self::target(pos, offset), n - drop, true);
        self.live = false;
    }

    /// `br_if` on the top entry: branch when it is non-zero (`when_nonzero`) or zero.
    fn br_if(&mut self, pos: usize, offset: i32, drop: u32, keep: u32, when_nonzero: bool) {
        let target = Self::target(pos, offset);
        let n = self.stack.len();
        let (drop, keep) = (drop as usize, keep as usize);
        if drop > 0 && keep > 0 {
            // Values move only when the branch is taken: branch around the moves.
            let cond = self.operand(n - 1);
            self.pop(1);
            self.materialize_all();
            let skip = self.out.len();
            self.emit(Op::BrEqzR { a: cond, offset: 0 });
            let h = n - 1;
            for i in 0..keep {
                let (from, to) = (self.slot(h - keep + i), self.slot(h - keep - drop + i));
                self.emit(Op::Copy { from, to });
            }
            self.jump(pos, target, h - drop, false);
            self.fixups.push((skip, Target::New(self.out.len())));
            return;
        }
        let height = n - 1 - drop;
        if let Some(br) = self.fused_compare(when_nonzero) {
            self.materialize_before_last(|e| e != Entry::Slot);
            self.stack.pop();
            let at = self.out.len() - 1;
            self.replace(at, br);
            self.branch_fixup(at, pos, target, height);
            self.last_def = None;
            return;
        }
        let a = self.operand(n - 1);
        self.pop(1);
        self.materialize_all();
        let at = self.out.len();
        self.emit(if when_nonzero {
            Op::BrNezR { a, offset: 0 }
        } else {
            Op::BrEqzR { a, offset: 0 }
        });
        self.branch_fixup(at, pos, target, height);
    }

    /// The compare-and-branch that replaces the last op, when it computed the
    /// condition on top with a compare (`cmp_br`).
    fn fused_compare(&self, when_nonzero: bool) -> Option<Op> {
        if !self.f.cmp_br {
            return None;
        }
        let (cmp, a, b) = fuse::compare_parts(&fuse::slot_form(&self.out[self.top_def()?]))?;
        let cmp = if when_nonzero { cmp } else { fuse::invert(&cmp)? };
        fuse::branch(&cmp, a, b, 0)
    }

    fn branch_fixup(&mut self, at: usize, pos: usize, target: usize, height: usize) {
        if target > pos {
            self.label_height[target] = Some(height as u32);
        }
        self.fixups.push((at, Target::Old(target)));
    }

    fn ret(&mut self, results: u32) {
        let n = self.stack.len();
        let first = n - results as usize;
        let src = if results == 1 {
            self.operand(first)
        } else {
            for p in first..n {
                self.materialize(p);
            }
            self.slot(first)
        };
        self.emit(Op::ReturnR { src, results });
        self.live = false;
    }

    /// `br_table` and its `len + 1` entries; returns the position after them.
    fn br_table(&mut self, pos: usize, len: u32) -> Result<usize, Error> {
        let n = self.stack.len();
        let index = self.operand(n - 1);
        self.pop(1);
        self.materialize_all();
        let h = n - 1;
        self.emit(Op::BrTableR { index, len });
        let mut stubs = Vec::new();
        for k in 0..=len as usize {
            let at = pos + 1 + k;
            let here = self.out.len();
            match self.code.get(at).copied() {
                Some(Op::Jump { offset }) => self.branch_fixup(here, at, Self::target(at, offset), h),
                Some(Op::Br { offset, drop, keep }) if drop == 0 || keep == 0 => {
                    self.branch_fixup(here, at, Self::target(at, offset), h - drop as usize)
                }
                Some(Op::Br { offset, drop, keep }) => stubs.push((
                    here,
                    Stub::Move {
                        target: Self::target(at, offset),
                        drop,
                        keep,
                    },
                )),
                Some(Op::Return { results }) => stubs.push((here, Stub::Return { results })),
                _ => return Err(internal("a br_table entry that is not a branch")),
            }
            self.emit(Op::Jump { offset: 0 });
        }
        for (entry, stub) in stubs {
            self.fixups.push((entry, Target::New(self.out.len())));
            match stub {
                Stub::Move { target, drop, keep } => {
                    let (drop, keep) = (drop as usize, keep as usize);
                    for i in 0..keep {
                        let (from, to) = (self.slot(h - keep + i), self.slot(h - keep - drop + i));
                        self.emit(Op::Copy { from, to });
                    }
                    let here = self.out.len();
                    self.branch_fixup(here, pos, target, h - drop);
                    self.emit(Op::Jump { offset: 0 });
                }
                Stub::Return { results } => self.emit(Op::ReturnR {
                    src: self.slot(h - results as usize),
                    results,
                }),
            }
        }
        self.live = false;
        Ok(pos + 2 + len as usize)
    }
}
