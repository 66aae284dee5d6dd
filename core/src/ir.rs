//! The predecoded IR: the [`Op`] type generated from [`crate::for_each_op!`], the
//! per-function [`FuncBody`], and the disassembler.

use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::OnceLock;

macro_rules! define_ir {
    (
        control { $( $(#[$cm:meta])* $cname:ident = $cg:ident () $({ $($cf:ident : $ct:ty),* })? ,)* }
        numeric { $( $(#[$nm:meta])* $nname:ident = $ng:ident ( $nfn:ident $nsig:tt -> $nout:ty ) $({ $($nf:ident : $nt:ty),* })? ,)* }
        simd { $( $(#[$sm:meta])* $sname:ident = $sg:ident ( $sfn:ident $ssig:tt -> $sout:ty ) $({ $($sf:ident : $st:ty),* })? ,)* }
        reg_control { $( $(#[$km:meta])* $kname:ident = $kg:ident $kargs:tt { $($kf:ident : $kt:ty),* } ,)* }
        register { $( $(#[$rm:meta])* $rname:ident = $rg:ident ( $rbase:ident $(/ $rload:ident)? , $rform:literal $(, $racc:ident)? ) { $($rf:ident : $rt:ty),* } ,)* }
    ) => {
        /// One IR instruction: fixed width (16 bytes), immediates inline.
        ///
        /// `repr(u16)` fixes the layout: a 2-byte tag, then each variant's fields as a
        /// C struct would lay them out, so the register groups' 32-bit fields sit at
        /// byte offsets 4, 8 and 12 ([`raw_imm`]).
        #[repr(u16)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $( $(#[$cm])* $cname $({ $($cf: $ct),* })? ,)*
            $( $(#[$nm])* $nname $({ $($nf: $nt),* })? ,)*
            $( $(#[$km])* $kname { $($kf: $kt),* } ,)*
            $( $(#[$rm])* $rname { $($rf: $rt),* } ,)*
            // Last, so every other op keeps the tag it had before them.
            $( $(#[$sm])* $sname $({ $($sf: $st),* })? ,)*
        }

        /// The variants of [`Op`] without their immediates, in list order.
        #[allow(dead_code)]
        #[derive(Clone, Copy)]
        enum Kind {
            $( $cname, )* $( $nname, )* $( $kname, )* $( $rname, )* $( $sname, )*
        }

        impl Op {
            /// The op's position in the list: an index into [`Op::names`].
            pub fn index(&self) -> usize {
                let k = match self {
                    $( Op::$cname { .. } => Kind::$cname, )*
                    $( Op::$nname { .. } => Kind::$nname, )*
                    $( Op::$sname { .. } => Kind::$sname, )*
                    $( Op::$kname { .. } => Kind::$kname, )*
                    $( Op::$rname { .. } => Kind::$rname, )*
                };
                k as usize
            }

            /// The op's one name, in disassembly, statistics and every report: the
            /// Wasm mnemonic where the op is a Wasm instruction (`i32.add`), its base
            /// op's and its form's for a fused op (`i32.sub_ar`), and `br_if_eqz`-style
            /// for IR-only ops. See "Names" in [`crate::ops`].
            pub fn name(&self) -> &'static str {
                &Op::names()[self.index()]
            }

            /// Writes the immediates as `name=value` pairs.
            fn write_immediates(&self, out: &mut String) {
                match self {
                    $( Op::$cname $({ $($cf),* })? => { $( $( let _ = write!(out, " {}={}", stringify!($cf), $cf); )* )? } )*
                    $( Op::$nname $({ $($nf),* })? => { $( $( let _ = write!(out, " {}={}", stringify!($nf), $nf); )* )? } )*
                    $( Op::$sname $({ $($sf),* })? => { $( $( let _ = write!(out, " {}={}", stringify!($sf), $sf); )* )? } )*
                    $( Op::$kname { $($kf),* } => { $( let _ = write!(out, " {}={}", stringify!($kf), $kf); )* } )*
                    $( Op::$rname { $($rf),* } => write_register!(out, $rg [$($racc)?] $($rf)*), )*
                }
            }

            /// The branch offset of a compare-and-branch register op.
            #[allow(unused_variables)]
            fn reg_br_offset(&self) -> Option<i32> {
                match *self {
                    $( Op::$rname { $($rf),* } => br_offset!($rg $($rf)*), )*
                    _ => None,
                }
            }

            /// The compare-and-branch register op's offset, to be set.
            #[allow(unused_variables)]
            fn reg_br_offset_mut(&mut self) -> Option<&mut i32> {
                match self {
                    $( Op::$rname { $($rf),* } => br_offset!($rg $($rf)*), )*
                    _ => None,
                }
            }

            /// Every op's key as the list spells it, in list order: `I32Add:rr`
            /// (base op and form) for a fused op, the semantics' `i32_add` or the
            /// variant's `Call` otherwise. [`Op::names`] turns these into names.
            const KEYS: &'static [&'static str] = &[
                $( stringify!($cname), )*
                $( stringify!($nfn), )*
                $( stringify!($kname), )*
                $( concat!(stringify!($rbase), ":", $rform), )*
                $( stringify!($sfn), )*
            ];
        }
    };
}

/// Writes a register op's fields for [`Op::write_immediates`]: all but the one the
/// accumulator stands for, an immediate as the signed value it is read as.
macro_rules! write_register {
    ($out:ident, reg_binary_mem_b [] $a:ident $p:ident $dst:ident $acc:ident $offset:ident) => {
        write_mem_fields($out, *$a, *$p, *$dst, *$acc, *$offset)
    };
    ($out:ident, reg_binary_mem_a [] $a:ident $p:ident $dst:ident $acc:ident $offset:ident) => {
        write_mem_fields($out, *$a, *$p, *$dst, *$acc, *$offset)
    };
    ($out:ident, $group:ident [$hidden:ident] $($field:ident)*) => {{
        let _ = $hidden;
        $( if stringify!($field) != stringify!($hidden) {
            let _ = write!($out, " {}={}", stringify!($field), shown!($field *$field));
        } )*
    }};
    ($out:ident, $group:ident [] $($field:ident)*) => {{
        $( let _ = write!($out, " {}={}", stringify!($field), shown!($field *$field)); )*
    }};
}

/// A register op's field as disassembly shows it: an immediate as the signed value
/// the op reads it as.
macro_rules! shown {
    (imm $value:expr) => {
        $value as i32
    };
    ($field:ident $value:expr) => {
        $value
    };
}

/// The branch offset among a register op's fields: the compare-and-branch groups'
/// `offset`, `None` for every other group.
macro_rules! br_offset {
    (reg_br $a:ident $b:ident $offset:ident) => {
        Some($offset)
    };
    (reg_br_imm $a:ident $imm:ident $offset:ident) => {
        Some($offset)
    };
    (acc_br $a:ident $b:ident $offset:ident) => {
        Some($offset)
    };
    (acc_br_imm $a:ident $imm:ident $offset:ident) => {
        Some($offset)
    };
    ($group:ident $($field:ident)*) => {
        None
    };
}

crate::for_each_op!(define_ir);

impl Op {
    /// Every op's name ([`Op::name`]), in list order: the rows of op statistics.
    pub fn names() -> &'static [String] {
        static NAMES: std::sync::LazyLock<Box<[String]>> =
            std::sync::LazyLock::new(|| Op::KEYS.iter().map(|key| name_of(key)).collect());
        &NAMES
    }

    /// Control never reaches the next op: a jump, a return, a tail call or a trap.
    /// (A `br_table` continues at one of the entries after it, so it is not one.)
    #[inline]
    pub fn ends_flow(&self) -> bool {
        matches!(
            self,
            Op::Jump { .. }
                | Op::Return { .. }
                | Op::ReturnR { .. }
                | Op::ReturnA { .. }
                | Op::ReturnCall { .. }
                | Op::ReturnCallImport { .. }
                | Op::ReturnCallIndirect { .. }
                | Op::ReturnCallRef { .. }
                | Op::Throw { .. }
                | Op::ThrowRef
                | Op::Unreachable
        )
    }

    /// The branch offset, for ops that have one.
    #[inline]
    pub fn branch_offset(&self) -> Option<i32> {
        match *self {
            Op::Jump { offset }
            | Op::Br { offset, .. }
            | Op::BrIfNez { offset }
            | Op::BrIfEqz { offset }
            | Op::BrIf { offset, .. }
            | Op::BrNezR { offset, .. }
            | Op::BrEqzR { offset, .. }
            | Op::BrNezA { offset, .. }
            | Op::BrEqzA { offset, .. }
            | Op::BrAndEqzR { offset, .. }
            | Op::BrAndNezR { offset, .. } => Some(offset),
            _ => self.reg_br_offset(),
        }
    }

    /// Points a branch (an op with a [`Op::branch_offset`]) by `to`.
    ///
    /// # Panics
    /// When the op is not a branch: the predecoder only patches branches it emitted.
    pub fn set_branch_offset(&mut self, to: i32) {
        match self {
            Op::Jump { offset }
            | Op::Br { offset, .. }
            | Op::BrIfNez { offset }
            | Op::BrIfEqz { offset }
            | Op::BrIf { offset, .. }
            | Op::BrNezR { offset, .. }
            | Op::BrEqzR { offset, .. }
            | Op::BrNezA { offset, .. }
            | Op::BrEqzA { offset, .. }
            | Op::BrAndEqzR { offset, .. }
            | Op::BrAndNezR { offset, .. } => *offset = to,
            other => match other.reg_br_offset_mut() {
                Some(offset) => *offset = to,
                None => panic!("{other:?} is not a branch"),
            },
        }
    }
}

/// The types that prefix a Wasm mnemonic (`i32.add`, `i8x16.shuffle`).
const TYPE_PREFIXES: [&str; 11] = [
    "i32", "i64", "f32", "f64", "v128", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
];

/// The name of the op whose list key is `name`: `I32Add`-style variant names
/// become `i32.add` (Wasm ops) or `br_if_eqz` (IR-only ops); semantic names
/// `i32_add` become `i32.add`; a fused op's `I32ShrS:li` becomes `i32.shr_s_li`.
fn name_of(name: &str) -> String {
    if let Some((base, suffix)) = name.split_once(':') {
        return format!("{}_{suffix}", name_of(base));
    }
    if name.starts_with(char::is_uppercase) {
        let mut words: Vec<String> = Vec::new();
        for c in name.chars() {
            if c.is_uppercase() || words.is_empty() {
                words.push(String::new());
            }
            if let Some(w) = words.last_mut() {
                w.push(c.to_ascii_lowercase());
            }
        }
        match words.first().map(String::as_str) {
            // `F32x4PMin` is `f32x4.pmin`: the one mnemonic with a capital inside a word.
            Some(ty) if TYPE_PREFIXES.contains(&ty) => format!("{}.{}", words[0], words[1..].join("_"))
                .replace("p_min", "pmin")
                .replace("p_max", "pmax"),
            _ => words.join("_"),
        }
    } else {
        match name.split_once('_') {
            Some((ty, rest)) if TYPE_PREFIXES.contains(&ty) => format!("{ty}.{rest}"),
            _ => name.replacen('_', ".", 1),
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = self.name().to_string();
        self.write_immediates(&mut s);
        f.write_str(&s)
    }
}

/// Field `i` (0, 1 or 2) of a register op of the generic groups, all of whose
/// fields are 32-bit.
///
/// # Safety
/// `op` must point to an op whose first `i + 1` fields are `u32` or `i32` — the
/// `reg_*` groups but `reg_control`. `Op`'s `repr(u16)` puts them at byte offsets 4, 8, 12.
#[inline(always)]
pub unsafe fn raw_imm(op: *const Op, i: usize) -> u32 {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe { std::ptr::read((op as *const u8).add(4 + 4 * i) as *const u32) }
}

/// The `acc` field of a `reg_binary_mem_*` op: which slot field the accumulator
/// stands for (it holds the same value, left there by the op before).
pub const MEM_ACC_NONE: u16 = 0;
/// The accumulator is operand `a`.
pub const MEM_ACC_A: u16 = 1;
/// The accumulator is the address, slot `p`.
pub const MEM_ACC_P: u16 = 2;

/// The fields of a `reg_binary_mem_*` op: slots `a`, `p` and `dst`, and `offset`.
/// `Op`'s `repr(u16)` puts the 16-bit fields at byte offsets 2, 4, 6 and 8 (`acc`),
/// and the offset at 12.
///
/// # Safety
/// `op` must point to an op of a `reg_binary_mem_*` group, or to `I32AddRmw`, whose
/// fields are theirs.
#[inline(always)]
pub unsafe fn raw_mem_fields(op: *const Op) -> (usize, usize, usize, u32) {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let at = |i: usize| std::ptr::read((op as *const u8).add(2 + 2 * i) as *const u16) as usize;
        (at(0), at(1), at(2), raw_imm(op, 2))
    }
}

fn write_mem_fields(out: &mut String, a: u16, p: u16, dst: u16, acc: u16, offset: u32) {
    let _ = match acc {
        MEM_ACC_A => write!(out, " a=acc({a}) p={p} offset={offset} dst={dst}"),
        MEM_ACC_P => write!(out, " a={a} p=acc({p}) offset={offset} dst={dst}"),
        _ => write!(out, " a={a} p={p} offset={offset} dst={dst}"),
    };
}

/// One op of direct-threaded code: the address of the handler that runs it, written
/// by a back-end's link step at load time, then the op itself. Dispatch is one load
/// and one indirect jump. A branch's offset counts bytes here (ops times the size
/// of a `Threaded`), so that taking it adds the loaded offset to the op's address:
/// the address of the next op is on every loop's critical path.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Threaded {
    pub handler: *const (),
    pub op: Op,
}

// SAFETY: `handler` is the address of a function: immutable, shareable code.
unsafe impl Send for Threaded {}
// SAFETY: as for `Send`: nothing in it is mutable or tied to a thread.
unsafe impl Sync for Threaded {}

/// A back-end's link step: the handler address for an op.
pub type Link = fn(&Op) -> *const ();

/// The translated code of a body.
#[derive(Clone, Debug)]
pub struct Code {
    /// The ops, for a back-end that runs them as they are; empty where the
    /// back-end links its code ([`crate::predecode::Options::link`]), whose ops
    /// `threaded` then holds. [`Code::ops`] reads either.
    pub code: Box<[Op]>,
    /// The ops linked for direct threading, when the back-end asked for it; empty
    /// otherwise. Branch offsets there are in bytes of linked code.
    pub threaded: Box<[Threaded]>,
    /// The deepest the operand stack gets, so one check at entry covers the body.
    pub max_height: u32,
    /// The body's `try_table`s, innermost last: where an exception thrown in
    /// the body (or in a call from it) is caught. Positions are `code`'s.
    pub handlers: Box<[Handler]>,
}

impl Code {
    /// How many ops the code has, linked or not.
    pub fn len(&self) -> usize {
        self.code.len().max(self.threaded.len())
    }

    /// Whether the code has no op (never so for a translated body).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ops in order, branch offsets counted in ops, whether the code is kept
    /// as plain ops or only linked.
    pub fn ops(&self) -> Vec<Op> {
        if !self.code.is_empty() {
            return self.code.to_vec();
        }
        let unlink = |t: &Threaded| {
            let mut op = t.op;
            if let Some(bytes) = op.branch_offset() {
                op.set_branch_offset(bytes / std::mem::size_of::<Threaded>() as i32);
            }
            op
        };
        self.threaded.iter().map(unlink).collect()
    }

    /// The bytes the code takes: plain ops and linked ops.
    pub fn bytes(&self) -> usize {
        std::mem::size_of_val(&*self.code) + std::mem::size_of_val(&*self.threaded)
    }
}

/// A `try_table`: the ops it covers and its catch clauses, in order.
#[derive(Clone, Debug)]
pub struct Handler {
    /// The first op covered.
    pub start: u32,
    /// One past the last op covered.
    pub end: u32,
    pub catches: Box<[CatchClause]>,
}

/// One clause of a `try_table`: which exceptions it catches and where they go.
#[derive(Clone, Copy, Debug)]
pub struct CatchClause {
    /// The module's tag index, or `None` for `catch_all`.
    pub tag: Option<u32>,
    /// Whether the `exnref` goes to the label too (`catch_ref`, `catch_all_ref`).
    pub with_ref: bool,
    /// Where the label continues.
    pub target: u32,
    /// The operand height the label's values start at.
    pub height: u32,
}

/// A function body: translated when the module is loaded (eager predecoding), or
/// on its first call (lazy). A lazy body starts as a one-op stub, `Translate`,
/// which translates it and continues in the new code; from then on every call
/// enters the translated code directly. The back-ends read where the code starts
/// (`code_ptr`, `threaded_ptr`) and how big the frame is (`frame_cells`) at each
/// call, as they did when the fields were plain: no call checks whether the body
/// is translated.
pub struct FuncBody {
    /// Where the code starts: the translated code, or the stub until then.
    code: AtomicPtr<Op>,
    threaded: AtomicPtr<Threaded>,
    /// The operand height the frame check covers: 0 for the stub (its one op
    /// uses no operand stack), then the translated code's.
    max_height: AtomicU32,
    /// Parameters: the first locals, already on the stack when the call begins.
    pub num_params: u32,
    /// All locals, parameters included.
    pub num_locals: u32,
    pub num_results: u32,
    /// Size of the Wasm body in bytes, for code-size statistics.
    pub wasm_bytes: u32,
    /// A vector may appear in the body (a SIMD op, a `v128` local): its heights
    /// are counted in cells, which needs its validator's types, so a lazy body
    /// is validated again when it is translated.
    pub wide: bool,
    /// The translated code, or why translation failed; set once, never changed.
    translated: OnceLock<Result<Code, String>>,
    /// The stub (`Translate` and its linked form): on the heap, so the pointers
    /// to it stay valid when the body moves.
    stub: Box<[Op]>,
    stub_threaded: Box<[Threaded]>,
}

/// What a body looks like before its code exists. Counts are in cells: a `v128`
/// takes two.
pub struct Shape {
    pub num_params: u32,
    pub num_locals: u32,
    pub num_results: u32,
    pub max_height: u32,
    pub wasm_bytes: u32,
    /// See [`FuncBody::wide`].
    pub wide: bool,
}

impl FuncBody {
    /// A translated body.
    pub fn new(shape: Shape, code: Code) -> FuncBody {
        let body = FuncBody::empty(shape, Box::new([]), Box::new([]));
        body.install(Ok(code));
        body
    }

    /// A body whose code is made on its first call: `stub` is its `Translate` op,
    /// linked with `link` where the back-end threads its code.
    pub fn lazy(shape: Shape, stub: Op, link: Option<Link>) -> FuncBody {
        let threaded: Box<[Threaded]> = match link {
            Some(link) => Box::new([Threaded {
                handler: link(&stub),
                op: stub,
            }]),
            None => Box::new([]),
        };
        let body = FuncBody::empty(shape, Box::new([stub]), threaded);
        body.enter_at_stub();
        body
    }

    /// Points calls at the stub.
    fn enter_at_stub(&self) {
        self.code.store(self.stub.as_ptr().cast_mut(), Ordering::Release);
        self.threaded
            .store(self.stub_threaded.as_ptr().cast_mut(), Ordering::Release);
    }

    fn empty(shape: Shape, stub: Box<[Op]>, stub_threaded: Box<[Threaded]>) -> FuncBody {
        FuncBody {
            code: AtomicPtr::new(std::ptr::null_mut()),
            threaded: AtomicPtr::new(std::ptr::null_mut()),
            max_height: AtomicU32::new(shape.max_height),
            num_params: shape.num_params,
            num_locals: shape.num_locals,
            num_results: shape.num_results,
            wasm_bytes: shape.wasm_bytes,
            wide: shape.wide,
            translated: OnceLock::new(),
            stub,
            stub_threaded,
        }
    }

    /// Sets the translated code (or the reason there is none), unless another
    /// thread did first, and points calls at it. Returns what is set.
    pub fn install(&self, r: Result<Code, String>) -> &Result<Code, String> {
        let r = self.translated.get_or_init(|| r);
        if let Ok(code) = r {
            self.max_height.store(code.max_height, Ordering::Release);
            self.threaded
                .store(code.threaded.as_ptr().cast_mut(), Ordering::Release);
            self.code.store(code.code.as_ptr().cast_mut(), Ordering::Release);
        }
        r
    }

    /// The translated code, once there is one.
    pub fn translated(&self) -> Option<&Code> {
        self.translated.get().and_then(|r| r.as_ref().ok())
    }

    /// The translated code or why there is none, once translation was tried.
    pub fn translation(&self) -> Option<&Result<Code, String>> {
        self.translated.get()
    }

    /// Whether translation was done (or tried).
    pub fn is_translated(&self) -> bool {
        self.translated.get().is_some()
    }

    /// The first op to run on a call: the stack-IR loop's entry. Dangling (an
    /// empty slice's) where the code is linked: only a loop that runs plain ops
    /// reads it, and a module is run only by the back-end it was predecoded for.
    #[inline(always)]
    pub fn code_ptr(&self) -> *const Op {
        self.code.load(Ordering::Acquire)
    }

    /// The first linked op to run on a call: the threaded loop's entry.
    #[inline(always)]
    pub fn threaded_ptr(&self) -> *const Threaded {
        self.threaded.load(Ordering::Acquire)
    }

    /// Cells the frame needs beyond its parameters: checked once at call entry.
    #[inline(always)]
    pub fn frame_cells(&self) -> usize {
        (self.num_locals + self.max_height.load(Ordering::Acquire)) as usize
    }

    /// The operand height the current code needs.
    pub fn max_height(&self) -> u32 {
        self.max_height.load(Ordering::Acquire)
    }
}

impl Clone for FuncBody {
    fn clone(&self) -> FuncBody {
        let shape = Shape {
            num_params: self.num_params,
            num_locals: self.num_locals,
            num_results: self.num_results,
            max_height: self.max_height(),
            wasm_bytes: self.wasm_bytes,
            wide: self.wide,
        };
        let body = FuncBody::empty(shape, self.stub.clone(), self.stub_threaded.clone());
        match self.translated.get() {
            Some(Ok(code)) => {
                body.install(Ok(code.clone()));
            }
            Some(Err(e)) => {
                body.install(Err(e.clone()));
                body.enter_at_stub();
            }
            None => body.enter_at_stub(),
        }
        body
    }
}

impl std::fmt::Debug for FuncBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FuncBody")
            .field("num_params", &self.num_params)
            .field("num_locals", &self.num_locals)
            .field("translated", &self.is_translated())
            .finish_non_exhaustive()
    }
}

/// The disassembly of one body: one op a line, with branch targets resolved.
pub fn disassemble(body: &FuncBody) -> String {
    let mut out = String::new();
    let Some(code) = body.translated() else {
        let _ = writeln!(out, "  ; not translated");
        return out;
    };
    let _ = writeln!(
        out,
        "  ; params={} locals={} results={} max_height={} ops={} ir_bytes={} wasm_bytes={}",
        body.num_params,
        body.num_locals,
        body.num_results,
        code.max_height,
        code.len(),
        code.bytes(),
        body.wasm_bytes
    );
    for (pc, op) in code.ops().into_iter().enumerate() {
        let _ = write!(out, "  {pc:5}: {op}");
        if let Some(off) = op.branch_offset() {
            let _ = write!(out, "  -> {}", pc as i64 + off as i64);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 16);
    }

    #[test]
    fn register_fields_are_where_raw_imm_reads_them() {
        let ops = [
            (Op::I32AddRR { a: 1, b: 2, dst: 3 }, [1, 2, 3]),
            (Op::I32ShlRI { a: 6, imm: 7, dst: 8 }, [6, 7, 8]),
            (Op::I32ClzR { a: 4, dst: 5 }, [4, 5, 0]),
            (
                Op::I64LoadR {
                    a: 9,
                    offset: 10,
                    dst: 11,
                },
                [9, 10, 11],
            ),
            (
                Op::I32StoreRR {
                    a: 12,
                    v: 13,
                    offset: 14,
                },
                [12, 13, 14],
            ),
            (Op::I32DivSRR { a: 15, b: 16, dst: 17 }, [15, 16, 17]),
            (
                Op::I32LtSBrRR {
                    a: 18,
                    b: 19,
                    offset: -3,
                },
                [18, 19, -3i32 as u32],
            ),
            (
                Op::I64GeUBrRI {
                    a: 20,
                    imm: 21,
                    offset: 4,
                },
                [20, 21, 4],
            ),
        ];
        for (op, want) in ops {
            let n = if matches!(op, Op::I32ClzR { .. }) { 2 } else { 3 };
            // SAFETY: `op` is a register op with `n` 32-bit fields, what `raw_imm` reads.
            let got: Vec<u32> = (0..n).map(|i| unsafe { raw_imm(&op, i) }).collect();
            assert_eq!(got, want[..n], "{op:?}");
        }
    }

    #[test]
    fn memory_operand_fields_are_where_raw_mem_fields_reads_them() {
        let ops = [
            Op::F64SubRM {
                a: 1,
                p: 2,
                dst: 3,
                acc: MEM_ACC_P,
                offset: 70_000,
            },
            Op::I32SubMR {
                a: 1,
                p: 2,
                dst: 3,
                acc: MEM_ACC_NONE,
                offset: 70_000,
            },
        ];
        for op in ops {
            // SAFETY: `op` is a `reg_binary_mem_*` op, what `raw_mem_fields` reads.
            assert_eq!(unsafe { raw_mem_fields(&op) }, (1, 2, 3, 70_000), "{op:?}");
        }
    }

    #[test]
    fn branch_offsets_read_and_write_every_branch_kind() {
        let mut ops = [
            Op::Jump { offset: 0 },
            Op::BrIf {
                offset: 0,
                drop: 1,
                keep: 1,
            },
            Op::BrNezR { a: 3, offset: 0 },
            Op::I32LtSBrRR { a: 1, b: 2, offset: 0 },
            Op::I64GeUBrRI {
                a: 1,
                imm: 2,
                offset: 0,
            },
        ];
        for (i, op) in ops.iter_mut().enumerate() {
            op.set_branch_offset(-(i as i32) - 1);
            assert_eq!(op.branch_offset(), Some(-(i as i32) - 1), "{op:?}");
        }
        assert_eq!(Op::I32AddRR { a: 0, b: 0, dst: 0 }.branch_offset(), None);
        assert_eq!(Op::I32AddRR { a: 0, b: 0, dst: 0 }.name(), "i32.add_rr");
        assert_eq!(
            Op::I32LtSBrRI {
                a: 0,
                imm: 0,
                offset: 4
            }
            .name(),
            "i32.lt_s_br_ri"
        );
        assert_eq!(Op::I64ExtendI32UR { a: 0, dst: 1 }.name(), "i64.extend_i32_u_r");
        assert_eq!(Op::Copy { from: 0, to: 1 }.to_string(), "copy from=0 to=1");
        assert_eq!(
            Op::I32AddRI {
                a: 1,
                imm: u32::MAX,
                dst: 2
            }
            .to_string(),
            "i32.add_ri a=1 imm=-1 dst=2"
        );
    }

    #[test]
    fn names_are_distinct_and_follow_the_list() {
        let mut seen = std::collections::HashSet::new();
        for key in Op::KEYS {
            assert!(seen.insert(key), "{key} twice");
        }
        let mut seen = std::collections::HashSet::new();
        for name in Op::names() {
            assert!(seen.insert(name), "{name} twice");
        }
        assert_eq!(Op::names().len(), Op::KEYS.len());
        assert_eq!(Op::I32Add.name(), "i32.add");
        assert_eq!(Op::Call { func: 1 }.name(), "call");
        assert_eq!(Op::I64Store32 { offset: 0 }.name(), "i64.store32");
        assert_eq!(Op::I32AddRR { a: 0, b: 0, dst: 0 }.name(), "i32.add_rr");
        assert_eq!(Op::I32DivURR { a: 0, b: 0, dst: 0 }.name(), "i32.div_u_rr");
    }

    /// `disas --op-list` and profile readers take an op's index for its tag (the
    /// index of its jump-table entry in the switch loop).
    #[test]
    fn index_is_the_tag() {
        let ops = [
            Op::Unreachable,
            Op::I32Add,
            Op::Call { func: 1 },
            Op::I64Store32 { offset: 0 },
            Op::I32AddRR { a: 0, b: 0, dst: 0 },
            Op::I32DivURR { a: 0, b: 0, dst: 0 },
            Op::I32x4Add,
        ];
        for op in ops {
            // SAFETY: `Op` is `repr(u16)`: every variant starts with its `u16` tag.
            let tag = unsafe { *(&op as *const Op).cast::<u16>() };
            assert_eq!(tag as usize, op.index(), "{}", op.name());
        }
    }

    #[test]
    fn names_read_like_wasm() {
        assert_eq!(Op::I32Add.name(), "i32.add");
        assert_eq!(Op::I64TruncSatF64U.name(), "i64.trunc_sat_f64_u");
        assert_eq!(Op::BrIfEqz { offset: 3 }.to_string(), "br_if_eqz offset=3");
        assert_eq!(Op::RefIsNull.name(), "ref.is_null");
        assert_eq!(Op::I32Load8U { offset: 4 }.to_string(), "i32.load8_u offset=4");
    }
}
