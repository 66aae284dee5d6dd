//! Exceptions: `throw` makes one, and unwinding walks the interpreter's own frame
//! records (no host unwinding, no host recursion) to the innermost `try_table`
//! that catches it. Every back-end's `throw` and `throw_ref` call in here.
//!
//! Out of line and cold: inlined into a `match` loop, unwinding costs every other
//! op registers (the switch back-end ran its suite 1.6x slower).
//!
//! A frame is found from a code address: the throwing op's, then each caller's
//! return address (the op after its call). Which body holds an address is a
//! binary search in the module's [`CodeIndex`], made on the first throw: a throw
//! pays a search per frame it leaves, a program that never throws pays nothing.
//!
//! # Safety
//! As for [`crate::exec`]: instances are live instances of a live store, with no
//! Rust reference to them alive across the call; frame pointers and records are
//! the running back-end's own.

use crate::error::Trap;
use crate::exec::Frame;
use crate::ir::{CatchClause, FuncBody, Op, Threaded};
use crate::module::Module;
use crate::runtime::{Exn, Instance, Store};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Where an exception was caught: the back-end continues at `ip`, in the code it
/// runs (the stack IR, or the linked code), with these registers.
#[derive(Debug)]
pub struct Caught {
    pub ip: *const (),
    pub fp: *mut u64,
    pub sp: *mut u64,
    pub instance: *mut Instance,
    /// Frame records still in use: the catching frame's and those below it.
    pub depth: usize,
}

/// Pops the payload of module tag `tag` from below `sp` into a new exception;
/// returns its index in the store and the stack pointer below the payload.
///
/// # Safety
/// See the module docs; `sp` is above the payload, as validation guarantees.
#[cold]
#[inline(never)]
pub unsafe fn throw_new(store: &mut Store, inst: *mut Instance, tag: u32, sp: *mut u64) -> (u32, *mut u64) {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe {
        let addr = (&(*inst).tags)[tag as usize];
        let n = store.type_of(store.tags[addr as usize]).param_cells();
        let base = sp.sub(n);
        let exn = Exn {
            tag: addr,
            payload: std::slice::from_raw_parts(base, n).into(),
            exposed: false,
        };
        match store.free_exns.pop() {
            Some(slot) => {
                store.exns[slot as usize] = exn;
                (slot, base)
            }
            None => {
                store.exns.push(exn);
                (store.exns.len() as u32 - 1, base)
            }
        }
    }
}

/// The exception an `exnref` cell names, or the trap of `throw_ref` on null.
pub fn exn_ref(cell: u64) -> Result<u32, Trap> {
    match cell.checked_sub(1) {
        Some(exn) => Ok(exn as u32),
        None => Err(Trap::NullExceptionReference),
    }
}

/// Finds the body of each frame one unwinding leaves, holding the code index
/// of the module it is in: one lock per module the frames cross, not per frame.
/// The last range found is tried first: recursion leaves many frames of one body.
#[derive(Default)]
struct Locator<'m> {
    held: Option<(*const Module, MutexGuard<'m, Vec<CodeRange>>)>,
    last: Option<CodeRange>,
}

impl<'m> Locator<'m> {
    /// The body of `inst` whose code holds `ip`, and the op's position there:
    /// in the linked code when `linked`, else in the stack IR.
    ///
    /// # Safety
    /// See the module docs; `inst` stays live for `'m`.
    unsafe fn locate(&mut self, inst: *mut Instance, ip: *const (), linked: bool) -> Option<(*const FuncBody, usize)> {
        // SAFETY: the caller keeps this function's contract (the module docs).
        let module: &'m Module = unsafe { &(*inst).module };
        if !matches!(&self.held, Some((m, _)) if std::ptr::eq(*m, module)) {
            (self.held, self.last) = (None, None);
            let ranges = module.code_index.0.lock().unwrap_or_else(PoisonError::into_inner);
            self.held = Some((module, ranges));
        }
        let (_, ranges) = self.held.as_mut()?;
        let at = ip as usize;
        let (range, pos) = match self.last.and_then(|r| r.holds(at, linked)) {
            Some(hit) => hit,
            None => CodeIndex::find(ranges, &module.bodies, at, linked)?,
        };
        self.last = Some(range);
        Some((&module.bodies[range.body as usize] as *const FuncBody, pos))
    }
}

/// Which body holds a code address: the code ranges of a module's translated
/// bodies (stack IR and linked code), sorted by start. Built on the first throw;
/// bodies translated later (lazy predecoding) are not in it, so an address not
/// found rebuilds it once. Finding a frame is then a binary search, not a scan
/// of every body per frame left.
#[derive(Default)]
pub struct CodeIndex(Mutex<Vec<CodeRange>>);

/// One body's code, stack IR or linked: `[start, end)` in bytes.
#[derive(Clone, Copy, Debug)]
struct CodeRange {
    start: usize,
    end: usize,
    linked: bool,
    body: u32,
}

/// The bytes of one op in the linked code, or in the stack IR.
fn op_size(linked: bool) -> usize {
    if linked {
        size_of::<Threaded>()
    } else {
        size_of::<Op>()
    }
}

impl CodeRange {
    /// This range and the position of the op at `at`, if `at` is in this
    /// range's code and it is of the kind asked for (linked or stack IR).
    fn holds(self, at: usize, linked: bool) -> Option<(CodeRange, usize)> {
        (self.start <= at && at < self.end && self.linked == linked)
            .then(|| (self, (at - self.start) / op_size(linked)))
    }
}

impl CodeIndex {
    /// The range of the body whose code (linked when `linked`) holds address
    /// `at`, and the op's position there. `ranges` is the index's, rebuilt here when `at` is not in it.
    fn find(ranges: &mut Vec<CodeRange>, bodies: &[FuncBody], at: usize, linked: bool) -> Option<(CodeRange, usize)> {
        if let Some(hit) = Self::lookup(ranges, at, linked) {
            return Some(hit);
        }
        *ranges = Self::build(bodies);
        Self::lookup(ranges, at, linked)
    }

    fn lookup(ranges: &[CodeRange], at: usize, linked: bool) -> Option<(CodeRange, usize)> {
        ranges[..ranges.partition_point(|r| r.start <= at)]
            .last()?
            .holds(at, linked)
    }

    fn build(bodies: &[FuncBody]) -> Vec<CodeRange> {
        let mut ranges: Vec<CodeRange> = Vec::new();
        for (i, body) in bodies.iter().enumerate() {
            let Some(code) = body.translated() else { continue };
            let mut add = |start: usize, len: usize, linked: bool| {
                if len > 0 {
                    ranges.push(CodeRange {
                        start,
                        end: start + len * op_size(linked),
                        linked,
                        body: i as u32,
                    });
                }
            };
            add(code.code.as_ptr() as usize, code.code.len(), false);
            add(code.threaded.as_ptr() as usize, code.threaded.len(), true);
        }
        ranges.sort_unstable_by_key(|r| r.start);
        ranges
    }
}

/// A clone's bodies own code of their own: its index starts empty.
impl Clone for CodeIndex {
    fn clone(&self) -> Self {
        CodeIndex::default()
    }
}

impl std::fmt::Debug for CodeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.lock().map_or(0, |r| r.len());
        write!(f, "CodeIndex({n} ranges)")
    }
}

/// The clause of `body` that catches an exception of tag `tag` (a store
/// address) thrown at `pos`: the innermost `try_table` around `pos` with a
/// clause for it, first clause first.
///
/// # Safety
/// See the module docs.
unsafe fn clause(tag: u32, inst: *mut Instance, body: &FuncBody, pos: usize) -> Option<CatchClause> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let tags = unsafe { &(*inst).tags };
    let code = body.translated()?;
    let pos = pos as u32;
    // Handlers start in order, so the last that covers `pos` is the innermost.
    code.handlers
        .iter()
        .rev()
        .filter(|h| h.start <= pos && pos < h.end)
        .find_map(|h| {
            h.catches
                .iter()
                .find(|c| c.tag.is_none_or(|t| tags[t as usize] == tag))
                .copied()
        })
}

/// Unwinds exception `exn`, thrown by the op at `ip` in the frame at `fp` of
/// instance `inst`, through `frames` (the records in use, oldest first) to the
/// clause that catches it: its label's values (payload, then the `exnref` for
/// the `_ref` clauses) are written at its height, and the back-end continues
/// there. The uncaught-exception trap when no frame catches it.
///
/// # Safety
/// See the module docs; `ip` and every record's return address are the
/// back-end's code, linked when `linked`.
#[cold]
#[inline(never)]
pub unsafe fn unwind(
    store: &mut Store,
    exn: u32,
    mut inst: *mut Instance,
    ip: *const (),
    linked: bool,
    mut fp: *mut u64,
    frames: &[Frame],
) -> Result<Caught, Trap> {
    let (tag, exposed) = (store.exns[exn as usize].tag, store.exns[exn as usize].exposed);
    let mut depth = frames.len();
    let mut frames_at = Locator::default();
    // SAFETY: the caller keeps this function's contract (the module docs).
    let mut at = unsafe { frames_at.locate(inst, ip, linked) };
    loop {
        if let Some((body, pos)) = at {
            // SAFETY: `locate` found the body in the live instance.
            let body = unsafe { &*body };
            // SAFETY: the caller keeps this function's contract (the module docs).
            if let Some(c) = unsafe { clause(tag, inst, body, pos) } {
                let code = body.translated().ok_or(Trap::Exception)?;
                let cells = c.tag.map_or(0, |_| store.exns[exn as usize].payload.len()) + c.with_ref as usize;
                if c.height as usize + cells > code.max_height as usize {
                    return Err(Trap::StackExhausted);
                }
                // SAFETY: the frame holds `max_height` operand cells above its
                // locals (checked when it was entered), and the values fit there.
                unsafe {
                    let mut sp = fp.add(body.num_locals as usize + c.height as usize);
                    if c.tag.is_some() {
                        for &v in &store.exns[exn as usize].payload {
                            *sp = v;
                            sp = sp.add(1);
                        }
                    }
                    if c.with_ref {
                        *sp = exn as u64 + 1;
                        sp = sp.add(1);
                        store.exns[exn as usize].exposed = true;
                    } else if !exposed {
                        store.free_exns.push(exn);
                    }
                    let ip = match linked {
                        true => code.threaded.as_ptr().add(c.target as usize) as *const (),
                        false => code.code.as_ptr().add(c.target as usize) as *const (),
                    };
                    return Ok(Caught {
                        ip,
                        fp,
                        sp,
                        instance: inst,
                        depth,
                    });
                }
            }
        }
        // Leave the frame: its record says where its caller continues.
        let Some(record) = depth.checked_sub(1).map(|d| frames[d]) else {
            return Err(Trap::Exception);
        };
        depth -= 1;
        if record.ret_ip.is_null() {
            return Err(Trap::Exception);
        }
        inst = record.instance;
        fp = record.fp;
        // The return address is the op after the call: the call is the op to match.
        // SAFETY: the caller keeps this function's contract (the module docs).
        at = unsafe { frames_at.locate(inst, record.ret_ip, linked) }
            .and_then(|(b, pos)| Some((b, pos.checked_sub(1)?)));
    }
}
