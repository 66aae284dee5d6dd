//! Constant expressions: the initial values of globals, segment offsets and
//! element items. Wasm 2.0 allows one instruction; extended constants (Wasm 3.0)
//! add `i32`/`i64` `add`, `sub` and `mul` over constants and globals.

use crate::error::Error;
use crate::semantics;
use std::sync::Arc;

/// A constant expression, evaluated at instantiation.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstExpr {
    /// A number's bits, or a null reference (0).
    Cell(u64),
    /// A `v128.const`.
    V128(u128),
    /// A reference to function `n` of the module.
    RefFunc(u32),
    /// The value of global `n`.
    GlobalGet(u32),
    /// An extended constant expression: operands and operators in the order
    /// they appear, run on a small stack.
    Extended(Arc<[ConstOp]>),
}

/// One step of an [`ConstExpr::Extended`] expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstOp {
    Cell(u64),
    RefFunc(u32),
    GlobalGet(u32),
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
}

impl ConstExpr {
    /// Reads a constant expression that validation has accepted.
    pub fn read(e: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr, Error> {
        use wasmparser::Operator as O;
        let mut ops = Vec::new();
        let mut reader = e.get_operators_reader();
        loop {
            let op = match reader.read()? {
                O::End => break,
                O::I32Const { value } => ConstOp::Cell(value as u32 as u64),
                O::I64Const { value } => ConstOp::Cell(value as u64),
                O::F32Const { value } => ConstOp::Cell(value.bits() as u64),
                O::F64Const { value } => ConstOp::Cell(value.bits()),
                // Only ever alone: no extended operator takes a vector.
                O::V128Const { value } => return Ok(ConstExpr::V128(value.i128() as u128)),
                O::RefNull { .. } => ConstOp::Cell(0),
                O::RefFunc { function_index } => ConstOp::RefFunc(function_index),
                O::GlobalGet { global_index } => ConstOp::GlobalGet(global_index),
                O::I32Add => ConstOp::I32Add,
                O::I32Sub => ConstOp::I32Sub,
                O::I32Mul => ConstOp::I32Mul,
                O::I64Add => ConstOp::I64Add,
                O::I64Sub => ConstOp::I64Sub,
                O::I64Mul => ConstOp::I64Mul,
                other => return Err(Error::Invalid(format!("unsupported constant expression {other:?}"))),
            };
            ops.push(op);
        }
        Ok(match ops[..] {
            [ConstOp::Cell(c)] => ConstExpr::Cell(c),
            [ConstOp::RefFunc(f)] => ConstExpr::RefFunc(f),
            [ConstOp::GlobalGet(g)] => ConstExpr::GlobalGet(g),
            _ => ConstExpr::Extended(ops.into()),
        })
    }

    /// The value, given the values of globals and of references to functions
    /// (both by module index). A one-cell value is the low 64 bits; a `v128`
    /// (a constant, or a vector global) takes all 128.
    pub fn eval(&self, global: impl Fn(u32) -> u128, func_ref: impl Fn(u32) -> u64) -> u128 {
        let ops = match self {
            ConstExpr::Cell(c) => return *c as u128,
            ConstExpr::V128(v) => return *v,
            ConstExpr::RefFunc(f) => return func_ref(*f) as u128,
            ConstExpr::GlobalGet(g) => return global(*g),
            ConstExpr::Extended(ops) => ops,
        };
        let mut stack: Vec<u64> = Vec::with_capacity(ops.len());
        for op in ops.iter() {
            let value = match *op {
                ConstOp::Cell(c) => c,
                ConstOp::RefFunc(f) => func_ref(f),
                ConstOp::GlobalGet(g) => global(g) as u64,
                binary => {
                    // Validation guarantees two operands of the operator's type.
                    let (b, a) = (stack.pop().unwrap_or(0), stack.pop().unwrap_or(0));
                    let (a32, b32) = (a as u32 as i32, b as u32 as i32);
                    match binary {
                        ConstOp::I32Add => semantics::i32_add(a32, b32) as u32 as u64,
                        ConstOp::I32Sub => semantics::i32_sub(a32, b32) as u32 as u64,
                        ConstOp::I32Mul => semantics::i32_mul(a32, b32) as u32 as u64,
                        ConstOp::I64Add => semantics::i64_add(a as i64, b as i64) as u64,
                        ConstOp::I64Sub => semantics::i64_sub(a as i64, b as i64) as u64,
                        _ => semantics::i64_mul(a as i64, b as i64) as u64,
                    }
                }
            };
            stack.push(value);
        }
        stack.pop().unwrap_or(0) as u128
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(wat_expr: &str) -> ConstExpr {
        let wat = format!("(module (global (import \"m\" \"g\") i64) (global i64 ({wat_expr})) (func))");
        let bytes = wat::parse_str(wat).unwrap();
        let mut exprs = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            if let wasmparser::Payload::GlobalSection(r) = payload.unwrap() {
                for g in r {
                    exprs.push(ConstExpr::read(&g.unwrap().init_expr).unwrap());
                }
            }
        }
        exprs.remove(0)
    }

    #[test]
    fn one_instruction_stays_one_value() {
        assert_eq!(read("i64.const -1"), ConstExpr::Cell(u64::MAX));
        assert_eq!(read("global.get 0"), ConstExpr::GlobalGet(0));
    }

    #[test]
    fn extended_expressions_compute_in_order_and_wrap() {
        let e = read("i64.sub (i64.mul (global.get 0) (i64.const 3)) (i64.const 10)");
        assert!(matches!(e, ConstExpr::Extended(_)));
        assert_eq!(e.eval(|_| 7, |_| 0), 11);
        assert_eq!(e.eval(|_| 1 << 62, |_| 0), (3u64 << 62).wrapping_sub(10) as u128);
        let e = read("i64.add (i64.const 0x7fffffffffffffff) (i64.const 1)");
        assert_eq!(e.eval(|_| 0, |_| 0), 1 << 63);
    }
}
