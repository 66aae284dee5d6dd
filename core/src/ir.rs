//! The predecoded IR: the [`Op`] type generated from [`crate::for_each_op!`], the
//! per-function [`FuncBody`], and the disassembler.

use std::fmt::{self, Write as _};

macro_rules! define_ir {
    (
        control { $( $(#[$cm:meta])* $cname:ident $({ $($cf:ident : $cty:ty),* $(,)? })? ,)* }
        unary { $( $(#[$um:meta])* $uname:ident = $ufn:ident ( $ua:ty ) -> $ur:ty ,)* }
        unary_trap { $( $(#[$utm:meta])* $utname:ident = $utfn:ident ( $uta:ty ) -> $utr:ty ,)* }
        binary { $( $(#[$bm:meta])* $bname:ident = $bfn:ident ( $ba:ty, $bb:ty ) -> $br:ty ,)* }
        binary_trap { $( $(#[$btm:meta])* $btname:ident = $btfn:ident ( $bta:ty, $btb:ty ) -> $btr:ty ,)* }
        load { $( $(#[$lm:meta])* $lname:ident = $lfn:ident ( $lmem:ty ) -> $lres:ty ,)* }
        store { $( $(#[$sm:meta])* $sname:ident = $sfn:ident ( $sval:ty ) -> $smem:ty ,)* }
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
        /// One IR instruction: fixed width (16 bytes), immediates inline.
        ///
        /// `repr(u16)` fixes the layout: a 2-byte tag, then each variant's fields as a
        /// C struct would lay them out, so fused ops' 32-bit immediates sit at byte
        /// offsets 4, 8 and 12 ([`raw_imm`]).
        #[repr(u16)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $( $(#[$cm])* $cname $({ $($cf: $cty),* })? ,)*
            $( $(#[$um])* $uname ,)*
            $( $(#[$utm])* $utname ,)*
            $( $(#[$bm])* $bname ,)*
            $( $(#[$btm])* $btname ,)*
            $( $(#[$lm])* $lname { offset: u32 } ,)*
            $( $(#[$sm])* $sname { offset: u32 } ,)*
            $( $(#[$llm])* $llname { a: u32, b: u32 } ,)*
            $( $(#[$llsm])* $llsname { a: u32, b: u32, dst: u32 } ,)*
            $( $(#[$lim])* $liname { a: u32, imm: u32 } ,)*
            $( $(#[$lism])* $lisname { a: u32, imm: u32, dst: u32 } ,)*
            $( $(#[$brllm])* $brllname { a: u32, b: u32, offset: i32 } ,)*
            $( $(#[$brlim])* $brliname { a: u32, imm: u32, offset: i32 } ,)*
            $( $(#[$sim])* $siname { imm: u32 } ,)*
            $( $(#[$lltm])* $lltname { a: u32, b: u32, dst: u32 } ,)*
            $( $(#[$llm2])* $ldname { a: u32, offset: u32 } ,)*
            $( $(#[$stm])* $stname { a: u32, v: u32, offset: u32 } ,)*
            $( $(#[$ssm])* $ssname { dst: u32 } ,)*
            $( $(#[$brssm])* $brssname { offset: i32 } ,)*
            $( $(#[$brsim])* $brsiname { imm: u32, offset: i32 } ,)*
            $( $(#[$ldim])* $ldiname { a: u32, imm: u32, offset: u32 } ,)*
            $( $(#[$ldsm])* $ldsname { a: u32, offset: u32, dst: u32 } ,)*
        }

        /// The variants of [`Op`] without their immediates, in list order.
        #[allow(dead_code)]
        #[derive(Clone, Copy)]
        enum Kind {
            $( $cname, )*
            $( $uname, )* $( $utname, )* $( $bname, )* $( $btname, )* $( $lname, )* $( $sname, )*
            $( $llname, )* $( $llsname, )* $( $liname, )* $( $lisname, )* $( $brllname, )* $( $brliname, )*
            $( $siname, )* $( $lltname, )* $( $ldname, )* $( $stname, )* $( $ssname, )* $( $brssname, )* $( $brsiname, )*
            $( $ldiname, )* $( $ldsname, )*
        }

        impl Op {
            /// The op's position in the list: an index into [`Op::NAMES`].
            pub fn index(&self) -> usize {
                let k = match self {
                    $( Op::$cname { .. } => Kind::$cname, )*
                    $( Op::$uname => Kind::$uname, )*
                    $( Op::$utname => Kind::$utname, )*
                    $( Op::$bname => Kind::$bname, )*
                    $( Op::$btname => Kind::$btname, )*
                    $( Op::$lname { .. } => Kind::$lname, )*
                    $( Op::$sname { .. } => Kind::$sname, )*
                    $( Op::$llname { .. } => Kind::$llname, )*
                    $( Op::$llsname { .. } => Kind::$llsname, )*
                    $( Op::$liname { .. } => Kind::$liname, )*
                    $( Op::$lisname { .. } => Kind::$lisname, )*
                    $( Op::$brllname { .. } => Kind::$brllname, )*
                    $( Op::$brliname { .. } => Kind::$brliname, )*
                    $( Op::$siname { .. } => Kind::$siname, )*
                    $( Op::$lltname { .. } => Kind::$lltname, )*
                    $( Op::$ldname { .. } => Kind::$ldname, )*
                    $( Op::$stname { .. } => Kind::$stname, )*
                    $( Op::$ssname { .. } => Kind::$ssname, )*
                    $( Op::$brssname { .. } => Kind::$brssname, )*
                    $( Op::$brsiname { .. } => Kind::$brsiname, )*
                    $( Op::$ldiname { .. } => Kind::$ldiname, )*
                    $( Op::$ldsname { .. } => Kind::$ldsname, )*
                };
                k as usize
            }

            /// The op's name: the Wasm mnemonic where the op is a Wasm instruction.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Op::$cname { .. } => stringify!($cname), )*
                    $( Op::$uname => stringify!($ufn), )*
                    $( Op::$utname => stringify!($utfn), )*
                    $( Op::$bname => stringify!($bfn), )*
                    $( Op::$btname => stringify!($btfn), )*
                    $( Op::$lname { .. } => stringify!($lfn), )*
                    $( Op::$sname { .. } => stringify!($sfn), )*
                    $( Op::$llname { .. } => concat!(stringify!($llbase), ":ll"), )*
                    $( Op::$llsname { .. } => concat!(stringify!($llsbase), ":lls"), )*
                    $( Op::$liname { .. } => concat!(stringify!($libase), ":li"), )*
                    $( Op::$lisname { .. } => concat!(stringify!($lisbase), ":lis"), )*
                    $( Op::$brllname { .. } => concat!(stringify!($brllbase), ":br_ll"), )*
                    $( Op::$brliname { .. } => concat!(stringify!($brlibase), ":br_li"), )*
                    $( Op::$siname { .. } => concat!(stringify!($sibase), ":si"), )*
                    $( Op::$lltname { .. } => concat!(stringify!($lltbase), ":lls"), )*
                    $( Op::$ldname { .. } => concat!(stringify!($ldbase), ":l"), )*
                    $( Op::$stname { .. } => concat!(stringify!($stbase), ":ll"), )*
                    $( Op::$ssname { .. } => concat!(stringify!($ssbase), ":ss"), )*
                    $( Op::$brssname { .. } => concat!(stringify!($brssbase), ":br_ss"), )*
                    $( Op::$brsiname { .. } => concat!(stringify!($brsibase), ":br_si"), )*
                    $( Op::$ldiname { .. } => concat!(stringify!($ldibase), ":li"), )*
                    $( Op::$ldsname { .. } => concat!(stringify!($ldsbase), ":ls"), )*
                }
            }

            /// Writes the immediates as `name=value` pairs.
            fn write_immediates(&self, out: &mut String) {
                match self {
                    $( Op::$cname $({ $($cf),* })? => { $( $( let _ = write!(out, " {}={}", stringify!($cf), $cf); )* )? } )*
                    $( Op::$lname { offset } => { let _ = write!(out, " offset={offset}"); } )*
                    $( Op::$sname { offset } => { let _ = write!(out, " offset={offset}"); } )*
                    $( Op::$llname { a, b } => { let _ = write!(out, " a={a} b={b}"); } )*
                    $( Op::$llsname { a, b, dst } => { let _ = write!(out, " a={a} b={b} dst={dst}"); } )*
                    $( Op::$liname { a, imm } => { let _ = write!(out, " a={a} imm={}", *imm as i32); } )*
                    $( Op::$lisname { a, imm, dst } => { let _ = write!(out, " a={a} imm={} dst={dst}", *imm as i32); } )*
                    $( Op::$brllname { a, b, offset } => { let _ = write!(out, " a={a} b={b} offset={offset}"); } )*
                    $( Op::$brliname { a, imm, offset } => { let _ = write!(out, " a={a} imm={} offset={offset}", *imm as i32); } )*
                    $( Op::$siname { imm } => { let _ = write!(out, " imm={}", *imm as i32); } )*
                    $( Op::$lltname { a, b, dst } => { let _ = write!(out, " a={a} b={b} dst={dst}"); } )*
                    $( Op::$ldname { a, offset } => { let _ = write!(out, " a={a} offset={offset}"); } )*
                    $( Op::$stname { a, v, offset } => { let _ = write!(out, " a={a} v={v} offset={offset}"); } )*
                    $( Op::$ssname { dst } => { let _ = write!(out, " dst={dst}"); } )*
                    $( Op::$brssname { offset } => { let _ = write!(out, " offset={offset}"); } )*
                    $( Op::$brsiname { imm, offset } => { let _ = write!(out, " imm={} offset={offset}", *imm as i32); } )*
                    $( Op::$ldiname { a, imm, offset } => { let _ = write!(out, " a={a} imm={} offset={offset}", *imm as i32); } )*
                    $( Op::$ldsname { a, offset, dst } => { let _ = write!(out, " a={a} offset={offset} dst={dst}"); } )*
                    _ => {}
                }
            }

            /// Every op name, in list order: the rows of op statistics.
            pub const NAMES: &'static [&'static str] = &[
                $( stringify!($cname), )*
                $( stringify!($ufn), )* $( stringify!($utfn), )*
                $( stringify!($bfn), )* $( stringify!($btfn), )*
                $( stringify!($lfn), )* $( stringify!($sfn), )*
                $( concat!(stringify!($llbase), ":ll"), )* $( concat!(stringify!($llsbase), ":lls"), )*
                $( concat!(stringify!($libase), ":li"), )* $( concat!(stringify!($lisbase), ":lis"), )*
                $( concat!(stringify!($brllbase), ":br_ll"), )* $( concat!(stringify!($brlibase), ":br_li"), )*
                $( concat!(stringify!($sibase), ":si"), )* $( concat!(stringify!($lltbase), ":lls"), )*
                $( concat!(stringify!($ldbase), ":l"), )* $( concat!(stringify!($stbase), ":ll"), )*
                $( concat!(stringify!($ssbase), ":ss"), )*
                $( concat!(stringify!($brssbase), ":br_ss"), )* $( concat!(stringify!($brsibase), ":br_si"), )*
                $( concat!(stringify!($ldibase), ":li"), )* $( concat!(stringify!($ldsbase), ":ls"), )*
            ];
        }
    };
}

crate::for_each_op!(define_ir);

impl Op {
    /// The mnemonic as a person reads it: `i32.add` for Wasm ops, `br_if_eqz` for
    /// IR-only control ops.
    pub fn mnemonic(&self) -> String {
        mnemonic(self.name())
    }

    /// The branch offset, for ops that have one.
    pub fn branch_offset(&self) -> Option<i32> {
        match *self {
            Op::Jump { offset }
            | Op::Br { offset, .. }
            | Op::BrIfNez { offset }
            | Op::BrIfEqz { offset }
            | Op::BrIf { offset, .. } => Some(offset),
            _ => self.fused_offset_imm().map(|i| unsafe { raw_imm(self, i) } as i32),
        }
    }

    /// A fused compare-and-branch (`*BrLL`, `*BrLI`, `*BrSS`, `*BrSI`).
    pub fn is_fused_branch(&self) -> bool {
        self.fused_offset_imm().is_some()
    }

    /// Which immediate ([`raw_imm`]) of a fused compare-and-branch is its offset: the
    /// last one, after the operands it reads from locals or the op itself.
    fn fused_offset_imm(&self) -> Option<usize> {
        let name = self.name();
        if name.ends_with(":br_ss") {
            Some(0)
        } else if name.ends_with(":br_si") {
            Some(1)
        } else if name.contains(":br_") {
            Some(2)
        } else {
            None
        }
    }
}

/// `I32Add`-style control names become `i32_add`; semantic names `i32_add` become `i32.add`.
pub fn mnemonic(name: &str) -> String {
    // Fused ops are named `Base:suffix`: `I32ShrS:li` reads `i32.shr_s_li`.
    if let Some((base, suffix)) = name.split_once(':') {
        return format!("{}_{suffix}", mnemonic(base));
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
            Some("i32" | "i64" | "f32" | "f64") => format!("{}.{}", words[0], words[1..].join("_")),
            _ => words.join("_"),
        }
    } else {
        match name.split_once('_') {
            Some((ty, rest)) if ["i32", "i64", "f32", "f64"].contains(&ty) => format!("{ty}.{rest}"),
            _ => name.replacen('_', ".", 1),
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = self.mnemonic();
        self.write_immediates(&mut s);
        f.write_str(&s)
    }
}

/// Immediate `i` (0, 1 or 2) of a fused op, all of whose immediates are 32-bit.
///
/// # Safety
/// `op` must point to an op whose first `i + 1` fields are `u32` or `i32` — the fused
/// groups of the op list. `Op`'s `repr(u16)` puts them at byte offsets 4, 8, 12.
#[inline(always)]
pub unsafe fn raw_imm(op: *const Op, i: usize) -> u32 {
    unsafe { std::ptr::read((op as *const u8).add(4 + 4 * i) as *const u32) }
}

/// Sets the branch offset of a fused compare-and-branch (its immediate 2).
pub fn set_fused_offset(op: &mut Op, offset: i32) {
    let Some(i) = op.fused_offset_imm() else {
        panic!("{op:?} is not a fused branch");
    };
    // SAFETY: fused branches have only 32-bit immediates, the offset at position `i`
    // (see `raw_imm` for the layout `repr(u16)` guarantees).
    unsafe { std::ptr::write((op as *mut Op as *mut u8).add(4 + 4 * i) as *mut i32, offset) }
}

/// One op of direct-threaded code: the address of the handler that runs it, written
/// by a back-end's link step at load time, then the op itself. Dispatch is one load
/// and one indirect jump.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Threaded {
    pub handler: *const (),
    pub op: Op,
}

// SAFETY: `handler` is the address of a function: immutable, shareable code.
unsafe impl Send for Threaded {}
unsafe impl Sync for Threaded {}

/// A back-end's link step: the handler address for an op.
pub type Link = fn(&Op) -> *const ();

/// A predecoded function body.
#[derive(Clone, Debug)]
pub struct FuncBody {
    pub code: Box<[Op]>,
    /// `code` linked for direct threading, when the back-end asked for it
    /// ([`crate::predecode::Options::link`]); empty otherwise. Same length and
    /// positions as `code`, so branch offsets hold for both.
    pub threaded: Box<[Threaded]>,
    /// Parameters: the first locals, already on the stack when the call begins.
    pub num_params: u32,
    /// All locals, parameters included.
    pub num_locals: u32,
    pub num_results: u32,
    /// The deepest the operand stack gets, so one check at entry covers the body.
    pub max_height: u32,
    /// Size of the Wasm body in bytes, for code-size statistics.
    pub wasm_bytes: u32,
}

impl FuncBody {
    /// Cells the frame needs beyond its parameters: checked once at call entry.
    pub fn frame_cells(&self) -> usize {
        (self.num_locals + self.max_height) as usize
    }
}

/// The disassembly of one body: one op a line, with branch targets resolved.
pub fn disassemble(body: &FuncBody) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  ; params={} locals={} results={} max_height={} ops={} ir_bytes={} wasm_bytes={}",
        body.num_params,
        body.num_locals,
        body.num_results,
        body.max_height,
        body.code.len(),
        std::mem::size_of_val(&*body.code),
        body.wasm_bytes
    );
    for (pc, op) in body.code.iter().enumerate() {
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
    fn fused_immediates_are_where_raw_imm_reads_them() {
        let ops = [
            (Op::I32AddLL { a: 1, b: 2 }, [1, 2]),
            (Op::I32XorLLS { a: 3, b: 4, dst: 5 }, [3, 4]),
            (Op::I32ShlLI { a: 6, imm: 7 }, [6, 7]),
            (Op::I32SubLIS { a: 8, imm: 9, dst: 10 }, [8, 9]),
            (
                Op::I32LtSBrLL {
                    a: 11,
                    b: 12,
                    offset: -3,
                },
                [11, 12],
            ),
            (
                Op::I32GeUBrLI {
                    a: 13,
                    imm: 14,
                    offset: 15,
                },
                [13, 14],
            ),
        ];
        for (op, want) in ops {
            unsafe {
                assert_eq!([raw_imm(&op, 0), raw_imm(&op, 1)], want, "{op:?}");
            }
        }
        unsafe {
            assert_eq!(raw_imm(&Op::I32XorLLS { a: 3, b: 4, dst: 5 }, 2), 5);
            assert_eq!(
                raw_imm(
                    &Op::I32LtSBrLL {
                        a: 11,
                        b: 12,
                        offset: -3
                    },
                    2
                ) as i32,
                -3
            );
        }
        assert_eq!(Op::I32LtSBrLL { a: 0, b: 0, offset: -3 }.branch_offset(), Some(-3));
        assert_eq!(
            Op::I32LtSBrLI {
                a: 0,
                imm: 0,
                offset: 4
            }
            .mnemonic(),
            "i32.lt_s_br_li"
        );
        assert_eq!(Op::I32AddLLS { a: 0, b: 0, dst: 0 }.mnemonic(), "i32.add_lls");
        assert_eq!(Op::LocalCopy { from: 0, to: 1 }.mnemonic(), "local_copy");
    }

    #[test]
    fn index_matches_names() {
        for op in [
            Op::Unreachable,
            Op::I32Add,
            Op::I64Store32 { offset: 0 },
            Op::Call { func: 1 },
        ] {
            assert_eq!(Op::NAMES[op.index()], op.name());
        }
    }

    #[test]
    fn mnemonics_read_like_wasm() {
        assert_eq!(Op::I32Add.mnemonic(), "i32.add");
        assert_eq!(Op::I64TruncSatF64U.mnemonic(), "i64.trunc_sat_f64_u");
        assert_eq!(Op::BrIfEqz { offset: 3 }.to_string(), "br_if_eqz offset=3");
        assert_eq!(Op::RefIsNull.mnemonic(), "ref.is_null");
        assert_eq!(Op::I32Load8U { offset: 4 }.to_string(), "i32.load8_u offset=4");
    }
}
