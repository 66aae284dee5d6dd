//! Interpreter state: the handler signature, the context behind `cx`, the entry.

use std::ptr;
use wasmlab_core::exec::{self, Frame, Stack};
use wasmlab_core::ir::{FuncBody, Threaded};
use wasmlab_core::runtime::{FuncAddr, FuncEntity, Instance, Store};
use wasmlab_core::semantics::control;
use wasmlab_core::{Trap, Val};

pub type Ip = *const Threaded;
pub type Sp = *mut u64;
pub type Fp = *mut u64;
pub type Mem = *mut u8;
pub type Cx = *mut Ctx;

/// The op at `offset` from the branch at `ip`: in threaded code a branch offset
/// counts bytes (see [`Threaded`]), so taking it is one add to `ip`.
///
/// # Safety
/// `offset` is the branch offset of the op at `ip`, or [`NEXT`].
#[inline(always)]
pub unsafe fn branch_to(ip: Ip, offset: i32) -> Ip {
    // SAFETY: the caller passes a running handler's arguments (`state::Handler`).
    unsafe { ip.byte_offset(offset as isize) }
}

/// The byte offset of the op after a branch, for [`branch_to`] when it is not taken.
pub const NEXT: i32 = std::mem::size_of::<Threaded>() as i32;

/// How a run ended: [`DONE`] or [`TRAPPED`] (the trap is in `Ctx::trap`).
pub type Status = usize;
pub const DONE: Status = 0;
pub const TRAPPED: Status = 1;

/// What a handler hands on besides the interpreter's state: nothing (`()`) in the
/// threaded back-end, whose handlers then take six register-sized arguments; a
/// back-end that runs these handlers beside its own picks its own (super passes
/// its float accumulator, an `f64`). Every handler here is generic over it and
/// passes it on untouched, so the threaded back-end's code carries nothing for
/// another back-end.
pub trait Carry: Copy + Default + 'static {}

impl Carry for () {}

impl Carry for f64 {}

/// Every handler has this signature; all arguments are register-sized, and the
/// carry ([`Carry`]) is zero-sized in the threaded back-end.
///
/// # Safety
/// The handler contract. A handler is called by [`run`] for a body's first op, or
/// by the handler before it (`dispatch!`), never otherwise, and only with:
/// - `ip`: an entry of a translated body's linked code whose `handler` is this
///   handler (the link step's choice for the entry's op), in a module that stays
///   loaded for the run; every branch offset in that code lands inside it;
/// - `fp`: the current frame's local 0, with the body's locals and `max_height`
///   operand cells below `cx.stack_end`;
/// - `sp`: in stack code, one past the top operand of that frame (a back-end whose
///   own ops keep no stack pointer may pass another value in it to its own
///   handlers, and points it at the stack again before a stack op);
/// - `mem`, `len`: memory 0 of the current instance as [`exec::memory_view`] gives
///   it (null and 0 without one), reloaded after anything that may move or grow it;
/// - `cx`: the run's live [`Ctx`], with no Rust reference to it alive across the call.
///
/// A handler ends in a `become` to the next op's handler, or returns [`DONE`]
/// (entry frame left) or [`TRAPPED`] (with `cx.trap` set).
pub type Handler<X = ()> = unsafe fn(Ip, Sp, Fp, Mem, usize, Cx, X) -> Status;

/// An op does not match the handler it was linked to: a bug of the link step.
/// A panic in builds with debug assertions (`cargo test`); in release the link
/// step's choice is trusted, and this is unreachable.
///
/// # Safety
/// Only where the handler contract guarantees the op matches.
#[inline(always)]
pub unsafe fn mislinked() -> ! {
    #[cfg(debug_assertions)]
    panic!("an op reached a handler linked for another op");
    #[cfg(not(debug_assertions))]
    // SAFETY: the handler contract: the link step chose this handler for this op.
    unsafe {
        std::hint::unreachable_unchecked()
    }
}

/// State that changes rarely: read through `cx` instead of passed along.
pub struct Ctx {
    pub store: *mut Store,
    /// The frame records' storage. A run keeps their top in `frame_top` and sets the
    /// vector's length only when it grows the vector or ends, so a call and a return
    /// each touch one pointer.
    pub frames: *mut Vec<Frame>,
    pub max_depth: usize,
    /// Where the next frame record goes.
    pub frame_top: *mut Frame,
    /// One past the last record that fits without growing the vector or passing
    /// `max_depth`.
    pub frame_limit: *mut Frame,
    pub stack_end: *mut u64,
    pub inst: *mut Instance,
    pub bodies: *const FuncBody,
    pub globals: *const *mut u64,
    pub trap: Option<Trap>,
}

impl Ctx {
    /// Makes `inst` current; returns its memory view.
    ///
    /// # Safety
    /// `inst` must be a live instance.
    #[inline(always)]
    pub unsafe fn switch_to(&mut self, inst: *mut Instance) -> (Mem, usize) {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe {
            if inst != self.inst {
                self.inst = inst;
                self.bodies = (&*inst).module.bodies.as_ptr();
                self.globals = (&*inst).globals.as_ptr();
            }
            exec::memory_view(inst)
        }
    }

    /// Frame records in use.
    fn depth(&self) -> usize {
        // SAFETY: `frame_top` points into (or one past) the vector's storage.
        unsafe { self.frame_top.offset_from((*self.frames).as_ptr()) as usize }
    }

    /// The frame records in use, oldest first.
    pub fn frames_in_use(&self) -> &[Frame] {
        // SAFETY: the records below `frame_top` are written, in the vector's storage.
        unsafe { std::slice::from_raw_parts((*self.frames).as_ptr(), self.depth()) }
    }

    /// Keeps the oldest `depth` frame records: those an exception did not unwind.
    pub fn keep_frames(&mut self, depth: usize) {
        // SAFETY: `depth` is at most the records in use, within the storage.
        self.frame_top = unsafe { (*self.frames).as_mut_ptr().add(depth) };
    }

    /// Gives the vector the length the run has reached.
    fn sync_frames(&mut self) {
        let depth = self.depth();
        // SAFETY: the records below `frame_top` are written and within capacity.
        unsafe { (*self.frames).set_len(depth) };
    }

    /// Points `frame_top` and `frame_limit` into the vector's current storage.
    fn place_frames(&mut self, depth: usize) {
        // SAFETY: `depth` and the limit are within the vector's capacity.
        unsafe {
            let frames = &mut *self.frames;
            let base = frames.as_mut_ptr();
            self.frame_top = base.add(depth);
            self.frame_limit = base.add(self.max_depth.min(frames.capacity()));
        }
    }

    /// Makes room for another frame record, or says the depth limit is reached.
    #[cold]
    #[inline(never)]
    pub fn grow_frames(&mut self) -> bool {
        let depth = self.depth();
        if depth >= self.max_depth {
            return false;
        }
        self.sync_frames();
        // SAFETY: `frames` points to the run's live vector.
        exec::grow_frame_records(unsafe { &mut *self.frames });
        self.place_frames(depth);
        true
    }
}

/// Stores a trap and stops the run. Out of line: traps are the cold path.
///
/// # Safety
/// `cx` must point to the live run context of the current invocation.
#[cold]
#[inline(never)]
pub unsafe fn trap(cx: Cx, t: Trap) -> Status {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe { (*cx).trap = Some(t) };
    TRAPPED
}

/// Checks that `body`'s frame fits at `new_fp`, where its arguments already are,
/// pushes the caller's frame record, zeroes the non-parameter locals, and returns
/// the callee's (sp, fp); or the exhaustion trap.
///
/// # Safety
/// `new_fp` must point into the value stack, below `cx.stack_end`.
#[inline(always)]
pub unsafe fn push_frame(body: &FuncBody, ret: Ip, new_fp: Fp, fp: Fp, cx: Cx) -> Result<(Sp, Fp), Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let cx = &mut *cx;
        if (cx.frame_top == cx.frame_limit && !cx.grow_frames()) || !control::frame_fits(body, new_fp, cx.stack_end) {
            return Err(Trap::StackExhausted);
        }
        cx.frame_top.write(Frame {
            ret_ip: ret as *const (),
            fp,
            instance: cx.inst,
        });
        cx.frame_top = cx.frame_top.add(1);
        Ok((control::open_frame(body, new_fp), new_fp))
    }
}

/// The call at `ip` found the frame-record vector full: grows it and runs the call
/// again, or traps at the depth limit. Out of line, so calls save no registers.
///
/// # Safety
/// The handler arguments of a running call, as every handler receives them.
#[cold]
#[inline(never)]
pub unsafe fn frames_full<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        if !(*cx).grow_frames() {
            return trap(cx, Trap::StackExhausted);
        }
        dispatch!(ip, sp, fp, mem, len, cx, carry)
    }
}

/// A callee's frame does not fit in the value stack.
///
/// # Safety
/// `cx` must be the running context, as every handler receives it.
#[cold]
#[inline(never)]
pub unsafe fn exhausted<X: Carry>(_ip: Ip, _sp: Sp, _fp: Fp, _mem: Mem, _len: usize, cx: Cx, _carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe { trap(cx, Trap::StackExhausted) }
}

/// Runs Wasm function `func` to completion.
///
/// # Safety
/// `store` must be live and `stack` unused by any other run.
pub unsafe fn run<X: Carry>(
    store: &mut Store,
    stack: &mut Stack,
    func: FuncAddr,
    args: &[Val],
) -> Result<Vec<Val>, Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let (inst_id, body_idx) = match store.funcs[func.0 as usize] {
            FuncEntity::Wasm { instance, body, .. } => (instance, body),
            FuncEntity::Host { .. } => unreachable!("Store::invoke calls host functions itself"),
        };
        let result_types = store.func_type(func).results.clone();
        let base = stack.base();
        Val::write_all(args, base);
        stack.frames.clear();
        let inst: *mut Instance = &mut *store.instances[inst_id as usize];
        let mut ctx = Ctx {
            store,
            frames: &mut stack.frames,
            max_depth: stack.max_depth,
            frame_top: ptr::null_mut(),
            frame_limit: ptr::null_mut(),
            stack_end: stack.end(),
            inst,
            bodies: (&*inst).module.bodies.as_ptr(),
            globals: (&*inst).globals.as_ptr(),
            trap: None,
        };
        ctx.place_frames(0);
        let cx: Cx = &mut ctx;
        let (mem, len) = exec::memory_view(inst);
        let body = &*ctx.bodies.add(body_idx as usize);
        let (sp, fp) = push_frame(body, ptr::null(), base, ptr::null_mut(), cx)?;
        let ip = body.threaded_ptr();
        let h = std::mem::transmute::<*const (), Handler<X>>((*ip).handler);
        let status = h(ip, sp, fp, mem, len, cx, X::default());
        ctx.sync_frames();
        match status {
            DONE => Ok(Val::read_all(&result_types, base)),
            _ => Err(ctx
                .trap
                .take()
                .unwrap_or(Trap::Host("run stopped without a trap".into()))),
        }
    }
}
