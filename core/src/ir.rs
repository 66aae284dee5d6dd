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
    ) => {
        /// One IR instruction: fixed width (16 bytes), immediates inline.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $( $(#[$cm])* $cname $({ $($cf: $cty),* })? ,)*
            $( $(#[$um])* $uname ,)*
            $( $(#[$utm])* $utname ,)*
            $( $(#[$bm])* $bname ,)*
            $( $(#[$btm])* $btname ,)*
            $( $(#[$lm])* $lname { offset: u32 } ,)*
            $( $(#[$sm])* $sname { offset: u32 } ,)*
        }

        /// The variants of [`Op`] without their immediates, in list order.
        #[allow(dead_code)]
        #[derive(Clone, Copy)]
        enum Kind {
            $( $cname, )*
            $( $uname, )* $( $utname, )* $( $bname, )* $( $btname, )* $( $lname, )* $( $sname, )*
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
                }
            }

            /// Writes the immediates as `name=value` pairs.
            fn write_immediates(&self, out: &mut String) {
                match self {
                    $( Op::$cname $({ $($cf),* })? => { $( $( let _ = write!(out, " {}={}", stringify!($cf), $cf); )* )? } )*
                    $( Op::$lname { offset } => { let _ = write!(out, " offset={offset}"); } )*
                    $( Op::$sname { offset } => { let _ = write!(out, " offset={offset}"); } )*
                    _ => {}
                }
            }

            /// Every op name, in list order: the rows of op statistics.
            pub const NAMES: &'static [&'static str] = &[
                $( stringify!($cname), )*
                $( stringify!($ufn), )* $( stringify!($utfn), )*
                $( stringify!($bfn), )* $( stringify!($btfn), )*
                $( stringify!($lfn), )* $( stringify!($sfn), )*
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
            _ => None,
        }
    }
}

/// `I32Add`-style control names become `i32_add`; semantic names `i32_add` become `i32.add`.
pub fn mnemonic(name: &str) -> String {
    if name.starts_with(char::is_uppercase) {
        let mut s = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                s.push('_');
            }
            s.push(c.to_ascii_lowercase());
        }
        s
    } else {
        match name.split_once('_') {
            Some((ty, rest)) if ["i32", "i64", "f32", "f64"].contains(&ty) => {
                format!("{ty}.{rest}")
            }
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
    fn index_matches_names() {
        for op in [Op::Unreachable, Op::I32Add, Op::I64Store32 { offset: 0 }, Op::Call { func: 1 }] {
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
