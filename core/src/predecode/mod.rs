//! The shared predecoder: one validated Wasm body in, one [`FuncBody`] of IR out.
//!
//! Validation and translation run in the same pass: `wasmparser`'s function
//! validator checks each operator, and its operand-stack height (taken before the
//! operator) gives the static height every branch needs; a body validated at load
//! and translated on its first call (lazy predecoding) is not validated again, and
//! its heights come from each operator's arity instead ([`Check`]). Branch targets are resolved
//! here, so no back-end ever searches for a label at run time. A back-end with a
//! compiler of its own (super's register pass) hooks it in as a [`Pass`]
//! ([`Options::pass`]), which rewrites the stack IR of each body afterwards.

mod heights;
mod pass;
mod simple;
mod widths;

pub use pass::Pass;

use crate::error::Error;
use crate::ir::{CatchClause, Code, FuncBody, Handler, Op, Shape, Threaded};
use crate::module::Module;
use crate::types::{FuncType, ValType};
use wasmparser::{BlockType, FuncValidator, FunctionBody, Operator, OperatorsReader, ValidatorResources};
use widths::Widths;

/// The least code worth a thread of its own when a module's bodies are loaded
/// in parallel ([`Options::serial`] off): starting a thread costs tens of
/// microseconds, validating this much code about half a millisecond. A code
/// section with less is done on the calling thread.
pub const PARALLEL_BYTES: usize = 64 << 10;

/// Options of the predecoder. Back-ends choose them; the defaults produce the plain IR.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Which back-end's IR this is: empty for the plain IR every back-end can run
    /// from `code`; a back-end that needs more (linked code, fused ops) names itself,
    /// and instantiation refuses modules predecoded for another.
    pub id: &'static str,
    /// Link each body for direct threading with this handler lookup.
    pub link: Option<crate::ir::Link>,
    /// The back-end's own pass over each body's stack IR (`None`, the default:
    /// run the stack IR as it is).
    pub pass: Option<std::sync::Arc<dyn Pass>>,
    /// Emit a `Fuel` op at each function entry and loop header, so a store with
    /// `Config::fuel` can stop runaway code. Off by default: unmetered code pays nothing.
    pub metered: bool,
    /// Translate each body on its first call rather than when the module is
    /// loaded (validation is eager either way). Off in `Options::default()`;
    /// `Config::lazy_predecode` (on by default) turns it on for a store's modules.
    pub lazy: bool,
    /// Validate (and translate, when eager) the bodies one after another on the
    /// calling thread. Off by default: a module with enough code has its bodies
    /// done on every core, as wasmtime compiles them.
    pub serial: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Func,
    Block,
    Loop,
    If,
    Else,
    /// A `try_table`: a block whose ops its handler covers.
    TryTable,
}

#[derive(Debug)]
struct Ctrl {
    kind: Kind,
    /// Operand height, in cells, below the block's parameters: where its label's
    /// values land.
    height: u32,
    /// The cells of the block's parameters and results.
    params: u32,
    results: u32,
    /// First op of a loop: the target of branches to it.
    start: usize,
    /// Forward branches to the end of the block, patched when it ends.
    pending: Vec<usize>,
    /// The `br_if_eqz` of an `if`, patched at `else` or `end`.
    else_fixup: Option<usize>,
    /// Catch clauses that go to the end of the block, patched when it ends:
    /// (handler, clause) indices into `Translator::handlers`.
    pending_catches: Vec<(usize, usize)>,
    /// A `try_table`'s handler, whose end is set when the block ends.
    handler: Option<usize>,
    /// The whole block is unreachable: no code is emitted for it.
    dead: bool,
}

struct Translator<'m> {
    module: &'m Module,
    metered: bool,
    /// A pass follows that asked for the i64/f64 reinterprets as marks.
    reinterprets: bool,
    code: Vec<Op>,
    ctrl: Vec<Ctrl>,
    reachable: bool,
    /// The cells of the function's results.
    num_results: u32,
    /// Operand cells the code needs beyond the validator's height: `Dup`'s copy.
    peak_height: u32,
    /// The body's `try_table`s, in the order they start.
    handlers: Vec<Handler>,
    /// Catch clauses whose label is the function's: they go to a `Return` at
    /// the end of the code.
    catches_returning: Vec<(usize, usize)>,
}

/// How the operand heights of a body being translated are known.
pub enum Check<'a> {
    /// Validate the body with this validator, and read the heights from it.
    Validate(&'a mut FuncValidator<ValidatorResources>),
    /// The body was validated at load (a lazily predecoded one): the heights
    /// come from each op's arity ([`heights::Heights`]), at a fraction of the
    /// validator's cost.
    Trusted {
        resources: &'a ValidatorResources,
        /// The body's function type index.
        type_index: u32,
    },
}

/// A body's locals, parameters included.
struct Locals {
    /// The cells they take (a `v128` two). Validation caps them far below u32::MAX.
    cells: u32,
    /// Where each lives, when a `v128` is among them.
    map: Option<Box<[u32]>>,
}

impl Locals {
    /// Local `idx`'s first cell and how many it takes.
    fn cell(&self, idx: u32) -> (u32, u32) {
        match &self.map {
            Some(cells) => (cells[idx as usize], cells[idx as usize + 1] - cells[idx as usize]),
            None => (idx, 1),
        }
    }
}

/// Reads a body's local declarations (into the validator, when there is one).
fn read_locals(
    reader: &mut wasmparser::BinaryReader<'_>,
    ty: &FuncType,
    check: &mut Check<'_>,
) -> Result<Locals, Error> {
    // The declarations are read again only where a vector is among them: most
    // bodies need no list of them.
    let decls_at = reader.clone();
    let mut cells = ty.param_cells() as u64;
    let mut wide = ty.params.contains(&ValType::V128);
    for _ in 0..reader.read_var_u32()? {
        let offset = reader.original_position();
        let count = reader.read_var_u32()?;
        let vt: wasmparser::ValType = reader.read()?;
        if let Check::Validate(fv) = check {
            fv.define_locals(offset, count, vt)?;
        }
        let width = if vt == wasmparser::ValType::V128 { 2 } else { 1 };
        wide |= width == 2;
        cells += count as u64 * width;
    }
    let map = match wide {
        true => Some(widths::local_cells(&ty.params, decls_at)?),
        false => None,
    };
    Ok(Locals {
        cells: cells as u32,
        map,
    })
}

/// What walking a body with its validator tells, beside its code.
struct Walked {
    /// The cells of its locals, parameters included.
    num_locals: u32,
    max_height: u32,
    wasm_bytes: u32,
    /// A vector appeared (a `v128` local, or one on the operand stack): cells and
    /// values differ.
    wide: bool,
}

/// Whether the op at `offset` is a SIMD one (prefix 0xfd).
fn is_simd(bytes: &[u8], offset: usize) -> bool {
    bytes.get(offset) == Some(&0xfd)
}

/// Reads `body` op by op, handing each op, the operand height before it (in
/// values) and the cells of every height to `on_op`; validates it as it goes
/// where `check` says so. `wide`: count cells from the start (the module's types
/// name `v128`); a `v128` local or a SIMD operator starts the count too. A wide
/// body must be walked with [`Check::Validate`], whose types give the widths.
fn walk(
    bytes: &[u8],
    ty: &FuncType,
    body: &FunctionBody<'_>,
    mut check: Check<'_>,
    wide: bool,
    mut on_op: impl FnMut(&Operator<'_>, u32, &Widths, &Locals) -> Result<(), Error>,
) -> Result<Walked, Error> {
    let mut reader = body.get_binary_reader();
    let wasm_bytes = reader.bytes_remaining() as u32;
    let locals = read_locals(&mut reader, ty, &mut check)?;
    let mut ops = OperatorsReader::new(reader);
    let mut widths = Widths::new();
    if wide || locals.map.is_some() {
        widths.activate(0);
    }
    let max_height = match check {
        Check::Validate(fv) => {
            let mut max_height = 0;
            while !ops.eof() {
                let (op, offset) = ops.read_with_offset()?;
                if matches!(op, Operator::MemorySize { .. } | Operator::MemoryGrow { .. }) {
                    crate::binary_rules::check_reserved_zero(bytes, offset)?;
                }
                let height = fv.operand_stack_height();
                if !widths.active() && is_simd(bytes, offset as usize) {
                    widths.activate(height);
                }
                let pushes = widths.arity(&op, fv);
                fv.op(offset, &op)?;
                max_height = max_height.max(fv.operand_stack_height());
                on_op(&op, height, &widths, &locals)?;
                widths.after(fv, pushes);
            }
            // Before the count began, cells were values.
            max_height.max(widths.max)
        }
        Check::Trusted { resources, type_index } => {
            if widths.active() {
                return Err(Error::Invalid(
                    "a body with vectors translated without its validator".into(),
                ));
            }
            let mut heights = heights::Heights::new(resources, type_index);
            while !ops.eof() {
                let (op, offset) = ops.read_with_offset()?;
                if is_simd(bytes, offset as usize) {
                    return Err(Error::Invalid(
                        "a body with vectors translated without its validator".into(),
                    ));
                }
                let height = heights
                    .op(&op)
                    .ok_or_else(|| Error::Invalid("a body validated at load does not check now".into()))?;
                on_op(&op, height, &widths, &locals)?;
            }
            heights.max
        }
    };
    ops.finish()?;
    Ok(Walked {
        num_locals: locals.cells,
        max_height,
        wasm_bytes,
        wide: widths.saw_vector() || locals.map.is_some(),
    })
}

fn shape(ty: &FuncType, w: &Walked) -> Shape {
    Shape {
        num_params: ty.param_cells() as u32,
        num_locals: w.num_locals,
        num_results: ty.result_cells() as u32,
        max_height: w.max_height,
        wasm_bytes: w.wasm_bytes,
        wide: w.wide,
    }
}

/// Validates `body` with `fv` without translating it: the shape of the body a
/// lazy module translates on its first call. This is the validator's own visitor
/// loop, with no `Operator` built per op: most of a large module's load time.
/// The shape's `max_height` is 0: the stub that stands for the body needs no
/// operand stack, and translation checks the frame again with the code's height.
pub fn validate(
    bytes: &[u8],
    ty: &FuncType,
    body: &FunctionBody<'_>,
    fv: &mut FuncValidator<ValidatorResources>,
) -> Result<Shape, Error> {
    let mut reader = body.get_binary_reader();
    let wasm_bytes = reader.bytes_remaining() as u32;
    let locals = read_locals(&mut reader, ty, &mut Check::Validate(&mut *fv))?;
    let mut wide = locals.map.is_some();
    let mut ops = OperatorsReader::new(reader);
    while !ops.eof() {
        let offset = ops.original_position();
        match bytes.get(offset as usize) {
            // memory.size and memory.grow: Wasm 2.0 wants their reserved byte zero.
            Some(0x3f | 0x40) => crate::binary_rules::check_reserved_zero(bytes, offset)?,
            Some(0xfd) => wide = true,
            _ => {}
        }
        ops.visit_operator(&mut fv.visitor(offset))??;
    }
    ops.finish()?;
    Ok(Shape {
        num_params: ty.param_cells() as u32,
        num_locals: locals.cells,
        num_results: ty.result_cells() as u32,
        max_height: 0,
        wasm_bytes,
        wide,
    })
}

/// Validates `body` with `fv` and translates it.
pub fn translate(
    module: &Module,
    bytes: &[u8],
    ty: &FuncType,
    body: &FunctionBody<'_>,
    fv: &mut FuncValidator<ValidatorResources>,
    opts: &Options,
) -> Result<FuncBody, Error> {
    let (shape, code) = translate_code(module, bytes, ty, body, Check::Validate(fv), opts)?;
    Ok(FuncBody::new(shape, code))
}

/// Translates `body` (validating it, where `check` says so): its shape and its code.
pub fn translate_code(
    module: &Module,
    bytes: &[u8],
    ty: &FuncType,
    body: &FunctionBody<'_>,
    check: Check<'_>,
    opts: &Options,
) -> Result<(Shape, Code), Error> {
    let num_results = ty.result_cells() as u32;
    let mut t = Translator {
        module,
        metered: opts.metered,
        reinterprets: opts.pass.as_ref().is_some_and(|p| p.keeps_reinterprets()),
        code: Vec::new(),
        ctrl: vec![Ctrl {
            kind: Kind::Func,
            height: 0,
            params: 0,
            results: num_results,
            start: 0,
            pending: Vec::new(),
            else_fixup: None,
            pending_catches: Vec::new(),
            handler: None,
            dead: false,
        }],
        reachable: true,
        num_results,
        peak_height: 0,
        handlers: Vec::new(),
        catches_returning: Vec::new(),
    };
    if t.metered {
        t.emit(Op::Fuel);
    }
    let w = walk(
        bytes,
        ty,
        body,
        check,
        module.names_v128(),
        |op, height, widths, locals| t.op(op, height, widths, locals),
    )?;
    let num_locals = w.num_locals;
    let t_peak = t.peak_height;
    if !t.catches_returning.is_empty() {
        // The label values sit at height 0, so `Return` finds them on top.
        let at = t.code.len() as u32;
        t.code.push(Op::Return { results: num_results });
        for &(h, c) in &t.catches_returning {
            t.handlers[h].catches[c].target = at;
        }
    }
    // A back-end's pass sees only bodies without handlers: a handler names
    // positions of the stack IR, which the pass would move. A prologue it asks
    // for moves every position by one. In a body with vectors every height and
    // arity is in cells, a vector two, and so is the pass's model of the stack.
    let (code, handlers) = match &opts.pass {
        Some(pass) if t.handlers.is_empty() => (pass.run(module, &t.code, num_locals)?, t.handlers),
        Some(pass) => match pass.stack_prologue(num_locals) {
            Some(first) => {
                let code: Vec<Op> = std::iter::once(first).chain(t.code).collect();
                let mut handlers = t.handlers;
                for h in &mut handlers {
                    h.start += 1;
                    h.end += 1;
                    for c in h.catches.iter_mut() {
                        c.target += 1;
                    }
                }
                (code, handlers)
            }
            None => (t.code, t.handlers),
        },
        None => (t.code, t.handlers),
    };
    let handlers: Box<[Handler]> = handlers.into();
    let threaded: Box<[Threaded]> = match opts.link {
        Some(link) => {
            // Sized up front: collecting through `?` would grow by doubling and
            // shrink at the end, copying the code and, for a large function,
            // holding up to twice its size while it translates.
            let mut linked = Vec::with_capacity(code.len());
            for op in &code {
                let mut threaded = Threaded {
                    handler: link(op),
                    op: *op,
                };
                if let Some(offset) = op.branch_offset() {
                    let bytes = offset.checked_mul(std::mem::size_of::<Threaded>() as i32);
                    threaded
                        .op
                        .set_branch_offset(bytes.ok_or_else(|| Error::Invalid("function too large".into()))?);
                }
                linked.push(threaded);
            }
            linked.into_boxed_slice()
        }
        None => Box::new([]),
    };
    let max_height = w.max_height.max(t_peak);
    let code = Code {
        // Linked code holds every op: keeping the plain ops too would add 16 bytes
        // to each op's 24.
        code: match opts.link {
            Some(_) => Box::new([]),
            None => code.into_boxed_slice(),
        },
        threaded,
        max_height,
        handlers,
    };
    Ok((shape(ty, &w), code))
}

fn unbalanced() -> Error {
    Error::Invalid("unbalanced control structure".into())
}

impl Translator<'_> {
    /// The cells of a block's parameters and results.
    fn block_arity(&self, bt: BlockType) -> (u32, u32) {
        match bt {
            BlockType::Empty => (0, 0),
            BlockType::Type(wasmparser::ValType::V128) => (0, 2),
            BlockType::Type(_) => (0, 1),
            BlockType::FuncType(idx) => {
                let ft = &self.module.types[idx as usize];
                (ft.param_cells() as u32, ft.result_cells() as u32)
            }
        }
    }

    /// Starts the handler of a `try_table` at the next op; returns its index.
    /// Each clause's label is one outside the `try_table`.
    fn try_table(&mut self, tt: &wasmparser::TryTable) -> usize {
        use wasmparser::Catch as C;
        let h = self.handlers.len();
        let mut catches = Vec::with_capacity(tt.catches.len());
        for (i, c) in tt.catches.iter().enumerate() {
            let (tag, with_ref, depth) = match *c {
                C::One { tag, label } => (Some(tag), false, label),
                C::OneRef { tag, label } => (Some(tag), true, label),
                C::All { label } => (None, false, label),
                C::AllRef { label } => (None, true, label),
            };
            let idx = self.ctrl.len() - 1 - depth as usize;
            let c = &mut self.ctrl[idx];
            let (target, height) = match c.kind {
                Kind::Func => {
                    self.catches_returning.push((h, i));
                    (0, 0)
                }
                Kind::Loop => (c.start as u32, c.height),
                _ => {
                    c.pending_catches.push((h, i));
                    (0, c.height)
                }
            };
            catches.push(CatchClause {
                tag,
                with_ref,
                target,
                height,
            });
        }
        self.handlers.push(Handler {
            start: self.code.len() as u32,
            end: self.code.len() as u32,
            catches: catches.into(),
        });
        h
    }

    fn push_ctrl(&mut self, kind: Kind, bt: BlockType, height: u32) {
        let (params, results) = self.block_arity(bt);
        let dead = !self.reachable;
        let start = if kind == Kind::Loop {
            let start = self.label_here();
            if self.metered && self.reachable {
                self.emit(Op::Fuel);
            }
            start
        } else {
            self.code.len()
        };
        self.ctrl.push(Ctrl {
            kind,
            height: height.saturating_sub(params),
            params,
            results,
            start,
            pending: Vec::new(),
            else_fixup: None,
            pending_catches: Vec::new(),
            handler: None,
            dead,
        });
    }

    /// The innermost block. Validation already matched every `end`, so an empty
    /// stack cannot happen; it is still an error rather than a panic.
    fn top(&mut self) -> Result<&mut Ctrl, Error> {
        self.ctrl.last_mut().ok_or_else(unbalanced)
    }

    fn push(&mut self, op: Op) {
        self.emit(op);
    }

    /// Appends `op`; returns its position.
    fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.code.len() - 1
    }

    /// Emits `op`, which accesses the memory `UseMemory` chooses, for memory `mem`.
    fn access(&mut self, mem: u32, op: Op) {
        if mem == 0 {
            self.emit(op);
            return;
        }
        self.emit(Op::UseMemory { mem });
        self.emit(op);
        self.emit(Op::UseMemory { mem: 0 });
    }

    /// Whether global `idx` holds a vector.
    fn global_is_v128(&self, idx: u32) -> bool {
        self.module
            .globals
            .get(idx as usize)
            .is_some_and(|(g, _)| g.content == ValType::V128)
    }

    /// Whether memory `mem` is 64-bit (memory64).
    fn memory64(&self, mem: u32) -> bool {
        self.module.memories.get(mem as usize).is_some_and(|m| m.addr64)
    }

    /// Whether table `table` is 64-bit (memory64).
    fn table64(&self, table: u32) -> bool {
        self.module.tables.get(table as usize).is_some_and(|t| t.addr64)
    }

    /// Narrows the 64-bit operands of the next op to 32 bits: `wide` names, from
    /// the deepest to the top, which of its last operands are 64-bit.
    fn narrow(&mut self, wide: &[bool]) {
        for (i, &w) in wide.iter().enumerate() {
            self.narrow_at((wide.len() - 1 - i) as u32, w);
        }
    }

    /// Narrows the operand `depth` cells below the top, when it is 64-bit.
    fn narrow_at(&mut self, depth: u32, wide: bool) {
        if wide {
            self.emit(Op::NarrowIndex { depth });
        }
    }

    /// Widens the 32-bit size (`I64ExtendI32U`) or old size or -1
    /// (`I64ExtendI32S`) that an op left, when its memory or table is 64-bit.
    fn widen(&mut self, wide: bool, extend: Op) {
        if wide {
            self.emit(extend);
        }
    }

    fn label_here(&mut self) -> usize {
        self.code.len()
    }

    /// Points the branch at `pos` to `target`.
    fn patch(&mut self, pos: usize, target: usize) {
        self.code[pos].set_branch_offset(target as i32 - pos as i32);
    }

    /// Emits the unconditional branch to label `depth` taken at operand height `h`.
    fn branch(&mut self, depth: u32, h: u32) {
        let idx = self.ctrl.len() - 1 - depth as usize;
        if idx == 0 {
            self.emit(Op::Return {
                results: self.num_results,
            });
            return;
        }
        let c = &self.ctrl[idx];
        let keep = if c.kind == Kind::Loop { c.params } else { c.results };
        let drop = h - keep - c.height;
        let op = if drop == 0 {
            Op::Jump { offset: 0 }
        } else {
            Op::Br { offset: 0, drop, keep }
        };
        self.emit_to_label(op, idx);
    }

    /// Emits the conditional branch to label `depth`; `h` is the height after the
    /// condition is popped.
    fn branch_if(&mut self, depth: u32, h: u32) {
        let idx = self.ctrl.len() - 1 - depth as usize;
        if idx == 0 {
            self.emit(Op::BrIfEqz { offset: 2 });
            self.emit(Op::Return {
                results: self.num_results,
            });
            return;
        }
        let c = &self.ctrl[idx];
        let keep = if c.kind == Kind::Loop { c.params } else { c.results };
        let drop = h - keep - c.height;
        let op = if drop == 0 {
            Op::BrIfNez { offset: 0 }
        } else {
            Op::BrIf { offset: 0, drop, keep }
        };
        self.emit_to_label(op, idx);
    }

    fn emit_to_label(&mut self, op: Op, idx: usize) {
        let pos = self.emit(op);
        let c = &mut self.ctrl[idx];
        if c.kind == Kind::Loop {
            let start = c.start;
            self.patch(pos, start);
        } else {
            c.pending.push(pos);
        }
    }

    /// Translates `op`, taken at operand height `values` (in values; `widths`
    /// gives the cells, `locals` where each local lives).
    fn op(&mut self, op: &Operator<'_>, values: u32, widths: &Widths, locals: &Locals) -> Result<(), Error> {
        use Operator as O;
        let h = widths.cells(values);
        // Structure is tracked in unreachable code too, so `else` and `end` pair up.
        match *op {
            O::Block { blockty } => {
                self.push_ctrl(Kind::Block, blockty, h);
                return Ok(());
            }
            O::Loop { blockty } => {
                self.push_ctrl(Kind::Loop, blockty, h);
                return Ok(());
            }
            O::TryTable { ref try_table } => {
                let handler = self.reachable.then(|| self.try_table(try_table));
                self.push_ctrl(Kind::TryTable, try_table.ty, h);
                self.top()?.handler = handler;
                return Ok(());
            }
            O::If { blockty } => {
                let fixup = self.reachable.then(|| self.emit(Op::BrIfEqz { offset: 0 }));
                self.push_ctrl(Kind::If, blockty, h.saturating_sub(1));
                self.top()?.else_fixup = fixup;
                return Ok(());
            }
            O::Else => {
                let dead = self.top()?.dead;
                if !dead {
                    if self.reachable {
                        let pos = self.emit(Op::Jump { offset: 0 });
                        self.top()?.pending.push(pos);
                    }
                    let target = self.label_here();
                    let c = self.top()?;
                    c.kind = Kind::Else;
                    if let Some(fix) = c.else_fixup.take() {
                        self.patch(fix, target);
                    }
                    self.reachable = true;
                }
                return Ok(());
            }
            O::End => {
                let c = self.ctrl.pop().ok_or_else(unbalanced)?;
                if c.kind == Kind::Func {
                    if self.reachable {
                        self.emit(Op::Return {
                            results: self.num_results,
                        });
                    }
                    return Ok(());
                }
                if !c.dead {
                    let target = self.label_here();
                    for pos in c.pending {
                        self.patch(pos, target);
                    }
                    for (h, i) in c.pending_catches {
                        self.handlers[h].catches[i].target = target as u32;
                    }
                    if let Some(h) = c.handler {
                        self.handlers[h].end = target as u32;
                    }
                    if let Some(fix) = c.else_fixup {
                        self.patch(fix, target);
                    }
                    self.reachable = true;
                }
                return Ok(());
            }
            _ => {}
        }
        if !self.reachable {
            return Ok(());
        }
        if !self.reinterprets && matches!(op, O::F64ReinterpretI64 | O::I64ReinterpretF64) {
            return Ok(());
        }
        if let Some((simple, access)) = simple::simple_op(op) {
            match access {
                Some(a) => {
                    self.narrow_at(a.depth, self.memory64(a.mem));
                    self.access(a.mem, simple);
                }
                None => self.push(simple),
            }
            return Ok(());
        }
        let m = self.module;
        match *op {
            O::Nop => {}
            // Cells are untyped: reinterpreting bits changes nothing.
            O::I32ReinterpretF32 | O::F32ReinterpretI32 => {}
            O::Unreachable => {
                self.emit(Op::Unreachable);
                self.reachable = false;
            }
            O::Br { relative_depth } => {
                self.branch(relative_depth, h);
                self.reachable = false;
            }
            O::BrIf { relative_depth } => self.branch_if(relative_depth, h - 1),
            O::BrTable { ref targets } => {
                let len = targets.len();
                self.emit(Op::BrTable { len });
                for t in targets.targets() {
                    self.branch(t?, h - 1);
                }
                self.branch(targets.default(), h - 1);
                self.reachable = false;
            }
            O::Return => {
                self.emit(Op::Return {
                    results: self.num_results,
                });
                self.reachable = false;
            }
            O::Call { function_index } => {
                let op = match function_index.checked_sub(m.num_imported_funcs) {
                    Some(func) => Op::Call { func },
                    None => Op::CallImport { func: function_index },
                };
                self.emit(op);
            }
            O::CallIndirect {
                type_index,
                table_index,
            } => {
                self.narrow(&[self.table64(table_index)]);
                self.emit(Op::CallIndirect {
                    ty: type_index,
                    table: table_index,
                });
            }
            O::ReturnCall { function_index } => {
                let op = match function_index.checked_sub(m.num_imported_funcs) {
                    Some(func) => Op::ReturnCall { func },
                    None => Op::ReturnCallImport { func: function_index },
                };
                self.emit(op);
                self.reachable = false;
            }
            O::ReturnCallIndirect {
                type_index,
                table_index,
            } => {
                self.narrow(&[self.table64(table_index)]);
                self.emit(Op::ReturnCallIndirect {
                    ty: type_index,
                    table: table_index,
                });
                self.reachable = false;
            }
            O::CallRef { type_index } => self.push(Op::CallRef { ty: type_index }),
            O::ReturnCallRef { type_index } => {
                self.emit(Op::ReturnCallRef { ty: type_index });
                self.reachable = false;
            }
            // The reference at height `h - 1` is tested on a copy, which the op
            // consuming the test pops again.
            O::BrOnNull { relative_depth } => {
                self.peak_height = self.peak_height.max(h + 1);
                self.emit(Op::Dup);
                self.emit(Op::RefIsNull);
                let non_null = self.emit(Op::BrIfEqz { offset: 0 });
                self.emit(Op::Drop);
                self.branch(relative_depth, h - 1);
                let here = self.label_here();
                self.patch(non_null, here);
            }
            O::BrOnNonNull { relative_depth } => {
                self.peak_height = self.peak_height.max(h + 1);
                self.emit(Op::Dup);
                self.emit(Op::RefIsNull);
                let null = self.emit(Op::BrIfNez { offset: 0 });
                self.branch(relative_depth, h);
                let here = self.label_here();
                self.patch(null, here);
                self.emit(Op::Drop);
            }
            O::Throw { tag_index } => {
                self.emit(Op::Throw { tag: tag_index });
                self.reachable = false;
            }
            O::ThrowRef => {
                self.emit(Op::ThrowRef);
                self.reachable = false;
            }
            // A vector is two cells: the ops on locals and the stack act on each.
            O::Drop => {
                for _ in 0..widths.width_below(values) {
                    self.push(Op::Drop);
                }
            }
            O::Select | O::TypedSelect { .. } => match widths.width_below(values - 1) {
                2 => self.push(Op::V128Select),
                _ => self.push(Op::Select),
            },
            O::LocalGet { local_index } => match locals.cell(local_index) {
                (idx, 2) => {
                    self.push(Op::LocalGet { idx });
                    self.push(Op::LocalGet { idx: idx + 1 });
                }
                (idx, _) => self.push(Op::LocalGet { idx }),
            },
            O::LocalSet { local_index } => match locals.cell(local_index) {
                (idx, 2) => {
                    self.push(Op::LocalSet { idx: idx + 1 });
                    self.push(Op::LocalSet { idx });
                }
                (idx, _) => self.push(Op::LocalSet { idx }),
            },
            O::LocalTee { local_index } => match locals.cell(local_index) {
                (idx, 2) => {
                    self.push(Op::LocalSet { idx: idx + 1 });
                    self.push(Op::LocalTee { idx });
                    self.push(Op::LocalGet { idx: idx + 1 });
                }
                (idx, _) => self.push(Op::LocalTee { idx }),
            },
            O::GlobalGet { global_index } => match self.global_is_v128(global_index) {
                true => self.push(Op::GlobalGetWide { idx: global_index }),
                false => self.push(Op::GlobalGet { idx: global_index }),
            },
            O::GlobalSet { global_index } => match self.global_is_v128(global_index) {
                true => self.push(Op::GlobalSetWide { idx: global_index }),
                false => self.push(Op::GlobalSet { idx: global_index }),
            },
            // A vector constant is its two halves, low first.
            O::V128Const { value } => {
                let v = value.i128() as u128;
                self.push(Op::Const64 { value: v as u64 });
                self.push(Op::Const64 {
                    value: (v >> 64) as u64,
                });
            }
            O::I8x16Shuffle { lanes } => {
                let mask = u128::from_le_bytes(lanes);
                self.peak_height = self.peak_height.max(h + 2);
                self.push(Op::Const64 { value: mask as u64 });
                self.push(Op::Const64 {
                    value: (mask >> 64) as u64,
                });
                self.push(Op::I8x16Shuffle);
            }
            O::I32Const { value } => self.push(Op::Const32 { value: value as u32 }),
            O::F32Const { value } => self.push(Op::Const32 { value: value.bits() }),
            O::I64Const { value } => self.push(Op::Const64 { value: value as u64 }),
            O::F64Const { value } => self.push(Op::Const64 { value: value.bits() }),
            O::RefNull { .. } => self.push(Op::Const32 { value: 0 }),
            O::RefFunc { function_index } => self.push(Op::RefFunc { func: function_index }),
            // A 64-bit memory or table runs the ops of a 32-bit one: its addresses,
            // indices and counts are narrowed first, its sizes widened after.
            O::MemorySize { mem } => {
                self.access(mem, Op::MemorySize);
                self.widen(self.memory64(mem), Op::I64ExtendI32U);
            }
            O::MemoryGrow { mem } => {
                let wide = self.memory64(mem);
                self.narrow(&[wide]);
                self.push(Op::MemoryGrow { mem });
                self.widen(wide, Op::I64ExtendI32S);
            }
            O::MemoryFill { mem } => {
                let wide = self.memory64(mem);
                self.narrow(&[wide, false, wide]);
                self.push(Op::MemoryFill { mem });
            }
            O::MemoryCopy { dst_mem, src_mem } => {
                let (d, s) = (self.memory64(dst_mem), self.memory64(src_mem));
                self.narrow(&[d, s, d && s]);
                self.push(Op::MemoryCopy {
                    dst: dst_mem,
                    src: src_mem,
                });
            }
            O::MemoryInit { data_index, mem } => {
                self.narrow(&[self.memory64(mem), false, false]);
                self.push(Op::MemoryInit { data: data_index, mem });
            }
            O::DataDrop { data_index } => self.push(Op::DataDrop { data: data_index }),
            O::TableGet { table } => {
                self.narrow(&[self.table64(table)]);
                self.push(Op::TableGet { table });
            }
            O::TableSet { table } => {
                self.narrow(&[self.table64(table), false]);
                self.push(Op::TableSet { table });
            }
            O::TableSize { table } => {
                self.push(Op::TableSize { table });
                self.widen(self.table64(table), Op::I64ExtendI32U);
            }
            O::TableGrow { table } => {
                let wide = self.table64(table);
                self.narrow(&[false, wide]);
                self.push(Op::TableGrow { table });
                self.widen(wide, Op::I64ExtendI32S);
            }
            O::TableFill { table } => {
                let wide = self.table64(table);
                self.narrow(&[wide, false, wide]);
                self.push(Op::TableFill { table });
            }
            O::TableCopy { dst_table, src_table } => {
                let (d, s) = (self.table64(dst_table), self.table64(src_table));
                self.narrow(&[d, s, d && s]);
                self.push(Op::TableCopy {
                    dst: dst_table,
                    src: src_table,
                });
            }
            O::TableInit { elem_index, table } => {
                self.narrow(&[self.table64(table), false, false]);
                self.push(Op::TableInit {
                    table,
                    elem: elem_index,
                });
            }
            O::ElemDrop { elem_index } => self.push(Op::ElemDrop { elem: elem_index }),
            ref other => {
                return Err(Error::Invalid(format!("operator {other:?} is not supported")));
            }
        }
        Ok(())
    }
}
