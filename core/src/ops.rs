//! The instruction set of the IR: defined here once.
//!
//! [`for_each_op!`] hands the whole list to a callback macro. From it, [`crate::ir`]
//! generates the `Op` type and its disassembler, and every back-end generates its
//! dispatch. Groups say how an op is executed:
//!
//! - `control`: ops with bespoke dispatch in each back-end (branches, calls, locals,
//!   memory and table management). Fields are the op's immediates.
//! - `unary` / `binary`: pop one or two operands, push `semantics::$fn(..)`.
//! - `unary_trap` / `binary_trap`: the same, but the semantics return `Result<_, Trap>`.
//! - `load`: pop an address, push memory `(mem_type) -> result_type` at `addr + offset`.
//! - `store`: pop a value and an address, store `(value_type) -> mem_type`.
//! - `fused_*`: superinstructions the predecoder's fusion pass makes from a binary op
//!   (`Name = Base`, `Base` a `binary` op) and the locals and immediates around it:
//!   `ll` reads locals `a` and `b`, `li` local `a` and the i32 immediate `imm`; an `s`
//!   suffix writes the result to local `dst` instead of pushing it; `br_*` compare
//!   and branch by `offset` when true; `si` applies the op to the stack top and the
//!   immediate `imm` (sign-extended for i64 ops) in place; `lls_trap` is `lls` over a
//!   `binary_trap` op; `load_l` loads from the address in local `a`, `store_ll` stores
//!   local `v` there (`Name = Base`, `Base` a `load` or `store` op); `ss` pops both
//!   operands and writes the result to local `dst`; `br_ss` and `br_si` compare the
//!   stack operands (or the stack top and `imm`) and branch; `load_li` loads from
//!   local `a` plus `imm` (an i32 add, wrapping) and `load_ls` writes what `load_l`
//!   would push to local `dst` (`Base` a `load` op). Their immediates are all 32-bit, in the order
//!   listed, so a generic handler can read them by position ([`crate::ir::raw_imm`]).
//!
//! Branch offsets are relative to the branch op's own position. Locals and operands
//! live in untyped 64-bit cells of the value stack; `fp` points at local 0 and the
//! operand stack starts right after the locals.

/// Calls `$callback! { control { .. } unary { .. } .. }` with the op list.
#[macro_export]
macro_rules! for_each_op {
    ($callback:ident) => {
        $callback! {
            control {
                /// Trap with "unreachable".
                Unreachable,
                /// Spend one unit of fuel, or trap when none is left. Only in metered code,
                /// at each function entry and loop header.
                Fuel,
                /// Continue at `ip + offset`.
                Jump { offset: i32 },
                /// Move the top `keep` cells down over `drop` cells, then continue at `ip + offset`.
                Br { offset: i32, drop: u32, keep: u32 },
                /// Pop a condition; if it is non-zero continue at `ip + offset`.
                BrIfNez { offset: i32 },
                /// Pop a condition; if it is zero continue at `ip + offset` (the `if` of an if/else).
                BrIfEqz { offset: i32 },
                /// Pop a condition; if it is non-zero do what `Br` does.
                BrIf { offset: i32, drop: u32, keep: u32 },
                /// Pop an index `i`; execute the entry `min(i, len)` of the `len + 1` branch
                /// ops (`Jump`, `Br` or `Return`) that follow.
                BrTable { len: u32 },
                /// Move the top `results` cells to the frame's base and return to the caller.
                Return { results: u32 },
                /// Call function `func` of this module's defined (non-imported) functions.
                Call { func: u32 },
                /// Call imported function `func`, which may be a host function or belong
                /// to another instance.
                CallImport { func: u32 },
                /// Pop a table index and call the function there, checking it has type `ty`.
                CallIndirect { ty: u32, table: u32 },
                /// Pop one cell.
                Drop,
                /// Pop a condition and two values; push the first if the condition is non-zero.
                Select,
                /// Push local `idx`.
                LocalGet { idx: u32 },
                /// Pop into local `idx`.
                LocalSet { idx: u32 },
                /// Copy the top of the stack into local `idx`.
                LocalTee { idx: u32 },
                /// Push global `idx`.
                GlobalGet { idx: u32 },
                /// Pop into global `idx`.
                GlobalSet { idx: u32 },
                /// Push a 32-bit constant (an i32 or the bits of an f32).
                Const32 { value: u32 },
                /// Push a 64-bit constant (an i64 or the bits of an f64).
                Const64 { value: u64 },
                /// Push a reference to function `func` of this instance.
                RefFunc { func: u32 },
                /// Push the size of memory 0 in pages.
                MemorySize,
                /// Pop a page count; grow memory 0 and push the old size, or -1.
                MemoryGrow,
                /// Pop `n`, a byte and `dst`; fill memory.
                MemoryFill,
                /// Pop `n`, `src` and `dst`; copy memory (overlap allowed).
                MemoryCopy,
                /// Pop `n`, `src` and `dst`; copy from data segment `data` into memory.
                MemoryInit { data: u32 },
                /// Drop data segment `data`.
                DataDrop { data: u32 },
                /// Pop an index; push the element of table `table`.
                TableGet { table: u32 },
                /// Pop a reference and an index; set the element of table `table`.
                TableSet { table: u32 },
                /// Push the size of table `table`.
                TableSize { table: u32 },
                /// Pop `n` and an initial reference; grow the table; push the old size or -1.
                TableGrow { table: u32 },
                /// Pop `n`, a reference and `dst`; fill the table.
                TableFill { table: u32 },
                /// Pop `n`, `src` and `dst`; copy from table `src` to table `dst`.
                TableCopy { dst: u32, src: u32 },
                /// Pop `n`, `src` and `dst`; copy element segment `elem` into table `table`.
                TableInit { table: u32, elem: u32 },
                /// Drop element segment `elem`.
                ElemDrop { elem: u32 },
                /// `local.get from; local.set to` (fused).
                LocalCopy { from: u32, to: u32 },
                /// `i32.const` / `i64.const` / `f32.const` / `f64.const` then `local.set dst` (fused).
                LocalSetConst { dst: u32, value: u64 },
            }
            unary {
                /// i32 equals zero.
                I32Eqz = i32_eqz(i32) -> i32,
                /// i64 equals zero.
                I64Eqz = i64_eqz(i64) -> i32,
                /// Count leading zero bits.
                I32Clz = i32_clz(i32) -> i32,
                /// Count trailing zero bits.
                I32Ctz = i32_ctz(i32) -> i32,
                /// Count one bits.
                I32Popcnt = i32_popcnt(i32) -> i32,
                /// Count leading zero bits.
                I64Clz = i64_clz(i64) -> i64,
                /// Count trailing zero bits.
                I64Ctz = i64_ctz(i64) -> i64,
                /// Count one bits.
                I64Popcnt = i64_popcnt(i64) -> i64,
                /// Absolute value (clears the sign bit, NaN too).
                F32Abs = f32_abs(f32) -> f32,
                /// Negation (flips the sign bit, NaN too).
                F32Neg = f32_neg(f32) -> f32,
                /// Round up.
                F32Ceil = f32_ceil(f32) -> f32,
                /// Round down.
                F32Floor = f32_floor(f32) -> f32,
                /// Round towards zero.
                F32Trunc = f32_trunc(f32) -> f32,
                /// Round to nearest, ties to even.
                F32Nearest = f32_nearest(f32) -> f32,
                /// Square root.
                F32Sqrt = f32_sqrt(f32) -> f32,
                /// Absolute value.
                F64Abs = f64_abs(f64) -> f64,
                /// Negation.
                F64Neg = f64_neg(f64) -> f64,
                /// Round up.
                F64Ceil = f64_ceil(f64) -> f64,
                /// Round down.
                F64Floor = f64_floor(f64) -> f64,
                /// Round towards zero.
                F64Trunc = f64_trunc(f64) -> f64,
                /// Round to nearest, ties to even.
                F64Nearest = f64_nearest(f64) -> f64,
                /// Square root.
                F64Sqrt = f64_sqrt(f64) -> f64,
                /// Keep the low 32 bits.
                I32WrapI64 = i32_wrap_i64(i64) -> i32,
                /// Sign-extend to 64 bits.
                I64ExtendI32S = i64_extend_i32_s(i32) -> i64,
                /// Zero-extend to 64 bits.
                I64ExtendI32U = i64_extend_i32_u(i32) -> i64,
                /// Signed integer to float.
                F32ConvertI32S = f32_convert_i32_s(i32) -> f32,
                /// Unsigned integer to float.
                F32ConvertI32U = f32_convert_i32_u(i32) -> f32,
                /// Signed integer to float.
                F32ConvertI64S = f32_convert_i64_s(i64) -> f32,
                /// Unsigned integer to float.
                F32ConvertI64U = f32_convert_i64_u(i64) -> f32,
                /// f64 to f32, rounding to nearest.
                F32DemoteF64 = f32_demote_f64(f64) -> f32,
                /// Signed integer to float.
                F64ConvertI32S = f64_convert_i32_s(i32) -> f64,
                /// Unsigned integer to float.
                F64ConvertI32U = f64_convert_i32_u(i32) -> f64,
                /// Signed integer to float.
                F64ConvertI64S = f64_convert_i64_s(i64) -> f64,
                /// Unsigned integer to float.
                F64ConvertI64U = f64_convert_i64_u(i64) -> f64,
                /// f32 to f64 (exact).
                F64PromoteF32 = f64_promote_f32(f32) -> f64,
                /// Sign-extend the low 8 bits.
                I32Extend8S = i32_extend8_s(i32) -> i32,
                /// Sign-extend the low 16 bits.
                I32Extend16S = i32_extend16_s(i32) -> i32,
                /// Sign-extend the low 8 bits.
                I64Extend8S = i64_extend8_s(i64) -> i64,
                /// Sign-extend the low 16 bits.
                I64Extend16S = i64_extend16_s(i64) -> i64,
                /// Sign-extend the low 32 bits.
                I64Extend32S = i64_extend32_s(i64) -> i64,
                /// Float to signed integer, saturating; NaN gives 0.
                I32TruncSatF32S = i32_trunc_sat_f32_s(f32) -> i32,
                /// Float to unsigned integer, saturating; NaN gives 0.
                I32TruncSatF32U = i32_trunc_sat_f32_u(f32) -> i32,
                /// Float to signed integer, saturating; NaN gives 0.
                I32TruncSatF64S = i32_trunc_sat_f64_s(f64) -> i32,
                /// Float to unsigned integer, saturating; NaN gives 0.
                I32TruncSatF64U = i32_trunc_sat_f64_u(f64) -> i32,
                /// Float to signed integer, saturating; NaN gives 0.
                I64TruncSatF32S = i64_trunc_sat_f32_s(f32) -> i64,
                /// Float to unsigned integer, saturating; NaN gives 0.
                I64TruncSatF32U = i64_trunc_sat_f32_u(f32) -> i64,
                /// Float to signed integer, saturating; NaN gives 0.
                I64TruncSatF64S = i64_trunc_sat_f64_s(f64) -> i64,
                /// Float to unsigned integer, saturating; NaN gives 0.
                I64TruncSatF64U = i64_trunc_sat_f64_u(f64) -> i64,
                /// Push 1 if the reference is null.
                RefIsNull = ref_is_null(u64) -> i32,
            }
            unary_trap {
                /// Float to signed integer; traps on NaN or overflow.
                I32TruncF32S = i32_trunc_f32_s(f32) -> i32,
                /// Float to unsigned integer; traps on NaN or overflow.
                I32TruncF32U = i32_trunc_f32_u(f32) -> i32,
                /// Float to signed integer; traps on NaN or overflow.
                I32TruncF64S = i32_trunc_f64_s(f64) -> i32,
                /// Float to unsigned integer; traps on NaN or overflow.
                I32TruncF64U = i32_trunc_f64_u(f64) -> i32,
                /// Float to signed integer; traps on NaN or overflow.
                I64TruncF32S = i64_trunc_f32_s(f32) -> i64,
                /// Float to unsigned integer; traps on NaN or overflow.
                I64TruncF32U = i64_trunc_f32_u(f32) -> i64,
                /// Float to signed integer; traps on NaN or overflow.
                I64TruncF64S = i64_trunc_f64_s(f64) -> i64,
                /// Float to unsigned integer; traps on NaN or overflow.
                I64TruncF64U = i64_trunc_f64_u(f64) -> i64,
            }
            binary {
                /// Equal.
                I32Eq = i32_eq(i32, i32) -> i32,
                /// Not equal.
                I32Ne = i32_ne(i32, i32) -> i32,
                /// Less than, signed.
                I32LtS = i32_lt_s(i32, i32) -> i32,
                /// Less than, unsigned.
                I32LtU = i32_lt_u(i32, i32) -> i32,
                /// Greater than, signed.
                I32GtS = i32_gt_s(i32, i32) -> i32,
                /// Greater than, unsigned.
                I32GtU = i32_gt_u(i32, i32) -> i32,
                /// Less or equal, signed.
                I32LeS = i32_le_s(i32, i32) -> i32,
                /// Less or equal, unsigned.
                I32LeU = i32_le_u(i32, i32) -> i32,
                /// Greater or equal, signed.
                I32GeS = i32_ge_s(i32, i32) -> i32,
                /// Greater or equal, unsigned.
                I32GeU = i32_ge_u(i32, i32) -> i32,
                /// Equal.
                I64Eq = i64_eq(i64, i64) -> i32,
                /// Not equal.
                I64Ne = i64_ne(i64, i64) -> i32,
                /// Less than, signed.
                I64LtS = i64_lt_s(i64, i64) -> i32,
                /// Less than, unsigned.
                I64LtU = i64_lt_u(i64, i64) -> i32,
                /// Greater than, signed.
                I64GtS = i64_gt_s(i64, i64) -> i32,
                /// Greater than, unsigned.
                I64GtU = i64_gt_u(i64, i64) -> i32,
                /// Less or equal, signed.
                I64LeS = i64_le_s(i64, i64) -> i32,
                /// Less or equal, unsigned.
                I64LeU = i64_le_u(i64, i64) -> i32,
                /// Greater or equal, signed.
                I64GeS = i64_ge_s(i64, i64) -> i32,
                /// Greater or equal, unsigned.
                I64GeU = i64_ge_u(i64, i64) -> i32,
                /// Equal (false if either is NaN).
                F32Eq = f32_eq(f32, f32) -> i32,
                /// Not equal (true if either is NaN).
                F32Ne = f32_ne(f32, f32) -> i32,
                /// Less than.
                F32Lt = f32_lt(f32, f32) -> i32,
                /// Greater than.
                F32Gt = f32_gt(f32, f32) -> i32,
                /// Less or equal.
                F32Le = f32_le(f32, f32) -> i32,
                /// Greater or equal.
                F32Ge = f32_ge(f32, f32) -> i32,
                /// Equal (false if either is NaN).
                F64Eq = f64_eq(f64, f64) -> i32,
                /// Not equal (true if either is NaN).
                F64Ne = f64_ne(f64, f64) -> i32,
                /// Less than.
                F64Lt = f64_lt(f64, f64) -> i32,
                /// Greater than.
                F64Gt = f64_gt(f64, f64) -> i32,
                /// Less or equal.
                F64Le = f64_le(f64, f64) -> i32,
                /// Greater or equal.
                F64Ge = f64_ge(f64, f64) -> i32,
                /// Wrapping addition.
                I32Add = i32_add(i32, i32) -> i32,
                /// Wrapping subtraction.
                I32Sub = i32_sub(i32, i32) -> i32,
                /// Wrapping multiplication.
                I32Mul = i32_mul(i32, i32) -> i32,
                /// Bitwise and.
                I32And = i32_and(i32, i32) -> i32,
                /// Bitwise or.
                I32Or = i32_or(i32, i32) -> i32,
                /// Bitwise exclusive or.
                I32Xor = i32_xor(i32, i32) -> i32,
                /// Shift left by the count modulo 32.
                I32Shl = i32_shl(i32, i32) -> i32,
                /// Arithmetic shift right by the count modulo 32.
                I32ShrS = i32_shr_s(i32, i32) -> i32,
                /// Logical shift right by the count modulo 32.
                I32ShrU = i32_shr_u(i32, i32) -> i32,
                /// Rotate left.
                I32Rotl = i32_rotl(i32, i32) -> i32,
                /// Rotate right.
                I32Rotr = i32_rotr(i32, i32) -> i32,
                /// Wrapping addition.
                I64Add = i64_add(i64, i64) -> i64,
                /// Wrapping subtraction.
                I64Sub = i64_sub(i64, i64) -> i64,
                /// Wrapping multiplication.
                I64Mul = i64_mul(i64, i64) -> i64,
                /// Bitwise and.
                I64And = i64_and(i64, i64) -> i64,
                /// Bitwise or.
                I64Or = i64_or(i64, i64) -> i64,
                /// Bitwise exclusive or.
                I64Xor = i64_xor(i64, i64) -> i64,
                /// Shift left by the count modulo 64.
                I64Shl = i64_shl(i64, i64) -> i64,
                /// Arithmetic shift right by the count modulo 64.
                I64ShrS = i64_shr_s(i64, i64) -> i64,
                /// Logical shift right by the count modulo 64.
                I64ShrU = i64_shr_u(i64, i64) -> i64,
                /// Rotate left.
                I64Rotl = i64_rotl(i64, i64) -> i64,
                /// Rotate right.
                I64Rotr = i64_rotr(i64, i64) -> i64,
                /// Addition.
                F32Add = f32_add(f32, f32) -> f32,
                /// Subtraction.
                F32Sub = f32_sub(f32, f32) -> f32,
                /// Multiplication.
                F32Mul = f32_mul(f32, f32) -> f32,
                /// Division.
                F32Div = f32_div(f32, f32) -> f32,
                /// Minimum; NaN if either is NaN; -0 is less than +0.
                F32Min = f32_min(f32, f32) -> f32,
                /// Maximum; NaN if either is NaN; +0 is greater than -0.
                F32Max = f32_max(f32, f32) -> f32,
                /// The first operand with the sign of the second.
                F32Copysign = f32_copysign(f32, f32) -> f32,
                /// Addition.
                F64Add = f64_add(f64, f64) -> f64,
                /// Subtraction.
                F64Sub = f64_sub(f64, f64) -> f64,
                /// Multiplication.
                F64Mul = f64_mul(f64, f64) -> f64,
                /// Division.
                F64Div = f64_div(f64, f64) -> f64,
                /// Minimum; NaN if either is NaN; -0 is less than +0.
                F64Min = f64_min(f64, f64) -> f64,
                /// Maximum; NaN if either is NaN; +0 is greater than -0.
                F64Max = f64_max(f64, f64) -> f64,
                /// The first operand with the sign of the second.
                F64Copysign = f64_copysign(f64, f64) -> f64,
            }
            binary_trap {
                /// Signed division; traps on zero divisor and on MIN / -1.
                I32DivS = i32_div_s(i32, i32) -> i32,
                /// Unsigned division; traps on zero divisor.
                I32DivU = i32_div_u(i32, i32) -> i32,
                /// Signed remainder; traps on zero divisor.
                I32RemS = i32_rem_s(i32, i32) -> i32,
                /// Unsigned remainder; traps on zero divisor.
                I32RemU = i32_rem_u(i32, i32) -> i32,
                /// Signed division; traps on zero divisor and on MIN / -1.
                I64DivS = i64_div_s(i64, i64) -> i64,
                /// Unsigned division; traps on zero divisor.
                I64DivU = i64_div_u(i64, i64) -> i64,
                /// Signed remainder; traps on zero divisor.
                I64RemS = i64_rem_s(i64, i64) -> i64,
                /// Unsigned remainder; traps on zero divisor.
                I64RemU = i64_rem_u(i64, i64) -> i64,
            }
            load {
                /// Load 4 bytes as i32.
                I32Load = i32_load(i32) -> i32,
                /// Load 8 bytes as i64.
                I64Load = i64_load(i64) -> i64,
                /// Load 4 bytes as f32.
                F32Load = f32_load(f32) -> f32,
                /// Load 8 bytes as f64.
                F64Load = f64_load(f64) -> f64,
                /// Load a byte, sign-extended.
                I32Load8S = i32_load8_s(i8) -> i32,
                /// Load a byte, zero-extended.
                I32Load8U = i32_load8_u(u8) -> i32,
                /// Load 2 bytes, sign-extended.
                I32Load16S = i32_load16_s(i16) -> i32,
                /// Load 2 bytes, zero-extended.
                I32Load16U = i32_load16_u(u16) -> i32,
                /// Load a byte, sign-extended.
                I64Load8S = i64_load8_s(i8) -> i64,
                /// Load a byte, zero-extended.
                I64Load8U = i64_load8_u(u8) -> i64,
                /// Load 2 bytes, sign-extended.
                I64Load16S = i64_load16_s(i16) -> i64,
                /// Load 2 bytes, zero-extended.
                I64Load16U = i64_load16_u(u16) -> i64,
                /// Load 4 bytes, sign-extended.
                I64Load32S = i64_load32_s(i32) -> i64,
                /// Load 4 bytes, zero-extended.
                I64Load32U = i64_load32_u(u32) -> i64,
            }
            store {
                /// Store 4 bytes.
                I32Store = i32_store(i32) -> i32,
                /// Store 8 bytes.
                I64Store = i64_store(i64) -> i64,
                /// Store 4 bytes.
                F32Store = f32_store(f32) -> f32,
                /// Store 8 bytes.
                F64Store = f64_store(f64) -> f64,
                /// Store the low byte.
                I32Store8 = i32_store8(i32) -> i8,
                /// Store the low 2 bytes.
                I32Store16 = i32_store16(i32) -> i16,
                /// Store the low byte.
                I64Store8 = i64_store8(i64) -> i8,
                /// Store the low 2 bytes.
                I64Store16 = i64_store16(i64) -> i16,
                /// Store the low 4 bytes.
                I64Store32 = i64_store32(i64) -> i32,
            }
            fused_ll {
                /// `local.get a; local.get b; i32.add`: push the result.
                I32AddLL = I32Add,
                /// `local.get a; local.get b; i32.sub`: push the result.
                I32SubLL = I32Sub,
                /// `local.get a; local.get b; i32.mul`: push the result.
                I32MulLL = I32Mul,
                /// `local.get a; local.get b; i32.and`: push the result.
                I32AndLL = I32And,
                /// `local.get a; local.get b; i32.or`: push the result.
                I32OrLL = I32Or,
                /// `local.get a; local.get b; i32.xor`: push the result.
                I32XorLL = I32Xor,
                /// `local.get a; local.get b; i32.shl`: push the result.
                I32ShlLL = I32Shl,
                /// `local.get a; local.get b; i32.shr_s`: push the result.
                I32ShrSLL = I32ShrS,
                /// `local.get a; local.get b; i32.shr_u`: push the result.
                I32ShrULL = I32ShrU,
                /// `local.get a; local.get b; i32.eq`: push the result.
                I32EqLL = I32Eq,
                /// `local.get a; local.get b; i32.ne`: push the result.
                I32NeLL = I32Ne,
                /// `local.get a; local.get b; i32.lt_s`: push the result.
                I32LtSLL = I32LtS,
                /// `local.get a; local.get b; i32.lt_u`: push the result.
                I32LtULL = I32LtU,
                /// `local.get a; local.get b; i32.gt_s`: push the result.
                I32GtSLL = I32GtS,
                /// `local.get a; local.get b; i32.gt_u`: push the result.
                I32GtULL = I32GtU,
                /// `local.get a; local.get b; i32.le_s`: push the result.
                I32LeSLL = I32LeS,
                /// `local.get a; local.get b; i32.le_u`: push the result.
                I32LeULL = I32LeU,
                /// `local.get a; local.get b; i32.ge_s`: push the result.
                I32GeSLL = I32GeS,
                /// `local.get a; local.get b; i32.ge_u`: push the result.
                I32GeULL = I32GeU,
                /// `local.get a; local.get b; i32.rotl`: push the result.
                I32RotlLL = I32Rotl,
                /// `local.get a; local.get b; i32.rotr`: push the result.
                I32RotrLL = I32Rotr,
                /// `local.get a; local.get b; i64.add`: push the result.
                I64AddLL = I64Add,
                /// `local.get a; local.get b; i64.sub`: push the result.
                I64SubLL = I64Sub,
                /// `local.get a; local.get b; i64.mul`: push the result.
                I64MulLL = I64Mul,
                /// `local.get a; local.get b; i64.and`: push the result.
                I64AndLL = I64And,
                /// `local.get a; local.get b; i64.or`: push the result.
                I64OrLL = I64Or,
                /// `local.get a; local.get b; i64.xor`: push the result.
                I64XorLL = I64Xor,
                /// `local.get a; local.get b; i64.shl`: push the result.
                I64ShlLL = I64Shl,
                /// `local.get a; local.get b; i64.shr_s`: push the result.
                I64ShrSLL = I64ShrS,
                /// `local.get a; local.get b; i64.shr_u`: push the result.
                I64ShrULL = I64ShrU,
                /// `local.get a; local.get b; f64.add`: push the result.
                F64AddLL = F64Add,
                /// `local.get a; local.get b; f64.sub`: push the result.
                F64SubLL = F64Sub,
                /// `local.get a; local.get b; f64.mul`: push the result.
                F64MulLL = F64Mul,
                /// `local.get a; local.get b; f64.div`: push the result.
                F64DivLL = F64Div,
            }
            fused_lls {
                /// `local.get a; local.get b; i32.add; local.set dst`.
                I32AddLLS = I32Add,
                /// `local.get a; local.get b; i32.sub; local.set dst`.
                I32SubLLS = I32Sub,
                /// `local.get a; local.get b; i32.mul; local.set dst`.
                I32MulLLS = I32Mul,
                /// `local.get a; local.get b; i32.and; local.set dst`.
                I32AndLLS = I32And,
                /// `local.get a; local.get b; i32.or; local.set dst`.
                I32OrLLS = I32Or,
                /// `local.get a; local.get b; i32.xor; local.set dst`.
                I32XorLLS = I32Xor,
                /// `local.get a; local.get b; i32.shl; local.set dst`.
                I32ShlLLS = I32Shl,
                /// `local.get a; local.get b; i32.shr_s; local.set dst`.
                I32ShrSLLS = I32ShrS,
                /// `local.get a; local.get b; i32.shr_u; local.set dst`.
                I32ShrULLS = I32ShrU,
                /// `local.get a; local.get b; i32.eq; local.set dst`.
                I32EqLLS = I32Eq,
                /// `local.get a; local.get b; i32.ne; local.set dst`.
                I32NeLLS = I32Ne,
                /// `local.get a; local.get b; i32.lt_s; local.set dst`.
                I32LtSLLS = I32LtS,
                /// `local.get a; local.get b; i32.lt_u; local.set dst`.
                I32LtULLS = I32LtU,
                /// `local.get a; local.get b; i32.gt_s; local.set dst`.
                I32GtSLLS = I32GtS,
                /// `local.get a; local.get b; i32.gt_u; local.set dst`.
                I32GtULLS = I32GtU,
                /// `local.get a; local.get b; i32.le_s; local.set dst`.
                I32LeSLLS = I32LeS,
                /// `local.get a; local.get b; i32.le_u; local.set dst`.
                I32LeULLS = I32LeU,
                /// `local.get a; local.get b; i32.ge_s; local.set dst`.
                I32GeSLLS = I32GeS,
                /// `local.get a; local.get b; i32.ge_u; local.set dst`.
                I32GeULLS = I32GeU,
                /// `local.get a; local.get b; i32.rotl; local.set dst`.
                I32RotlLLS = I32Rotl,
                /// `local.get a; local.get b; i32.rotr; local.set dst`.
                I32RotrLLS = I32Rotr,
                /// `local.get a; local.get b; i64.add; local.set dst`.
                I64AddLLS = I64Add,
                /// `local.get a; local.get b; i64.sub; local.set dst`.
                I64SubLLS = I64Sub,
                /// `local.get a; local.get b; i64.mul; local.set dst`.
                I64MulLLS = I64Mul,
                /// `local.get a; local.get b; i64.and; local.set dst`.
                I64AndLLS = I64And,
                /// `local.get a; local.get b; i64.or; local.set dst`.
                I64OrLLS = I64Or,
                /// `local.get a; local.get b; i64.xor; local.set dst`.
                I64XorLLS = I64Xor,
                /// `local.get a; local.get b; i64.shl; local.set dst`.
                I64ShlLLS = I64Shl,
                /// `local.get a; local.get b; i64.shr_s; local.set dst`.
                I64ShrSLLS = I64ShrS,
                /// `local.get a; local.get b; i64.shr_u; local.set dst`.
                I64ShrULLS = I64ShrU,
                /// `local.get a; local.get b; f64.add; local.set dst`.
                F64AddLLS = F64Add,
                /// `local.get a; local.get b; f64.sub; local.set dst`.
                F64SubLLS = F64Sub,
                /// `local.get a; local.get b; f64.mul; local.set dst`.
                F64MulLLS = F64Mul,
                /// `local.get a; local.get b; f64.div; local.set dst`.
                F64DivLLS = F64Div,
            }
            fused_li {
                /// `local.get a; i32.const imm; i32.add`: push the result.
                I32AddLI = I32Add,
                /// `local.get a; i32.const imm; i32.sub`: push the result.
                I32SubLI = I32Sub,
                /// `local.get a; i32.const imm; i32.mul`: push the result.
                I32MulLI = I32Mul,
                /// `local.get a; i32.const imm; i32.and`: push the result.
                I32AndLI = I32And,
                /// `local.get a; i32.const imm; i32.or`: push the result.
                I32OrLI = I32Or,
                /// `local.get a; i32.const imm; i32.xor`: push the result.
                I32XorLI = I32Xor,
                /// `local.get a; i32.const imm; i32.shl`: push the result.
                I32ShlLI = I32Shl,
                /// `local.get a; i32.const imm; i32.shr_s`: push the result.
                I32ShrSLI = I32ShrS,
                /// `local.get a; i32.const imm; i32.shr_u`: push the result.
                I32ShrULI = I32ShrU,
                /// `local.get a; i32.const imm; i32.eq`: push the result.
                I32EqLI = I32Eq,
                /// `local.get a; i32.const imm; i32.ne`: push the result.
                I32NeLI = I32Ne,
                /// `local.get a; i32.const imm; i32.lt_s`: push the result.
                I32LtSLI = I32LtS,
                /// `local.get a; i32.const imm; i32.lt_u`: push the result.
                I32LtULI = I32LtU,
                /// `local.get a; i32.const imm; i32.gt_s`: push the result.
                I32GtSLI = I32GtS,
                /// `local.get a; i32.const imm; i32.gt_u`: push the result.
                I32GtULI = I32GtU,
                /// `local.get a; i32.const imm; i32.le_s`: push the result.
                I32LeSLI = I32LeS,
                /// `local.get a; i32.const imm; i32.le_u`: push the result.
                I32LeULI = I32LeU,
                /// `local.get a; i32.const imm; i32.ge_s`: push the result.
                I32GeSLI = I32GeS,
                /// `local.get a; i32.const imm; i32.ge_u`: push the result.
                I32GeULI = I32GeU,
            }
            fused_lis {
                /// `local.get a; i32.const imm; i32.add; local.set dst`.
                I32AddLIS = I32Add,
                /// `local.get a; i32.const imm; i32.sub; local.set dst`.
                I32SubLIS = I32Sub,
                /// `local.get a; i32.const imm; i32.mul; local.set dst`.
                I32MulLIS = I32Mul,
                /// `local.get a; i32.const imm; i32.and; local.set dst`.
                I32AndLIS = I32And,
                /// `local.get a; i32.const imm; i32.or; local.set dst`.
                I32OrLIS = I32Or,
                /// `local.get a; i32.const imm; i32.xor; local.set dst`.
                I32XorLIS = I32Xor,
                /// `local.get a; i32.const imm; i32.shl; local.set dst`.
                I32ShlLIS = I32Shl,
                /// `local.get a; i32.const imm; i32.shr_s; local.set dst`.
                I32ShrSLIS = I32ShrS,
                /// `local.get a; i32.const imm; i32.shr_u; local.set dst`.
                I32ShrULIS = I32ShrU,
                /// `local.get a; i32.const imm; i32.eq; local.set dst`.
                I32EqLIS = I32Eq,
                /// `local.get a; i32.const imm; i32.ne; local.set dst`.
                I32NeLIS = I32Ne,
                /// `local.get a; i32.const imm; i32.lt_s; local.set dst`.
                I32LtSLIS = I32LtS,
                /// `local.get a; i32.const imm; i32.lt_u; local.set dst`.
                I32LtULIS = I32LtU,
                /// `local.get a; i32.const imm; i32.gt_s; local.set dst`.
                I32GtSLIS = I32GtS,
                /// `local.get a; i32.const imm; i32.gt_u; local.set dst`.
                I32GtULIS = I32GtU,
                /// `local.get a; i32.const imm; i32.le_s; local.set dst`.
                I32LeSLIS = I32LeS,
                /// `local.get a; i32.const imm; i32.le_u; local.set dst`.
                I32LeULIS = I32LeU,
                /// `local.get a; i32.const imm; i32.ge_s; local.set dst`.
                I32GeSLIS = I32GeS,
                /// `local.get a; i32.const imm; i32.ge_u; local.set dst`.
                I32GeULIS = I32GeU,
            }
            fused_br_ll {
                /// `local.get a; local.get b; i32.eq; br_if`: continue at `ip + offset` if true.
                I32EqBrLL = I32Eq,
                /// `local.get a; local.get b; i32.ne; br_if`: continue at `ip + offset` if true.
                I32NeBrLL = I32Ne,
                /// `local.get a; local.get b; i32.lt_s; br_if`: continue at `ip + offset` if true.
                I32LtSBrLL = I32LtS,
                /// `local.get a; local.get b; i32.lt_u; br_if`: continue at `ip + offset` if true.
                I32LtUBrLL = I32LtU,
                /// `local.get a; local.get b; i32.gt_s; br_if`: continue at `ip + offset` if true.
                I32GtSBrLL = I32GtS,
                /// `local.get a; local.get b; i32.gt_u; br_if`: continue at `ip + offset` if true.
                I32GtUBrLL = I32GtU,
                /// `local.get a; local.get b; i32.le_s; br_if`: continue at `ip + offset` if true.
                I32LeSBrLL = I32LeS,
                /// `local.get a; local.get b; i32.le_u; br_if`: continue at `ip + offset` if true.
                I32LeUBrLL = I32LeU,
                /// `local.get a; local.get b; i32.ge_s; br_if`: continue at `ip + offset` if true.
                I32GeSBrLL = I32GeS,
                /// `local.get a; local.get b; i32.ge_u; br_if`: continue at `ip + offset` if true.
                I32GeUBrLL = I32GeU,
            }
            fused_br_li {
                /// `local.get a; i32.const imm; i32.eq; br_if`: continue at `ip + offset` if true.
                I32EqBrLI = I32Eq,
                /// `local.get a; i32.const imm; i32.ne; br_if`: continue at `ip + offset` if true.
                I32NeBrLI = I32Ne,
                /// `local.get a; i32.const imm; i32.lt_s; br_if`: continue at `ip + offset` if true.
                I32LtSBrLI = I32LtS,
                /// `local.get a; i32.const imm; i32.lt_u; br_if`: continue at `ip + offset` if true.
                I32LtUBrLI = I32LtU,
                /// `local.get a; i32.const imm; i32.gt_s; br_if`: continue at `ip + offset` if true.
                I32GtSBrLI = I32GtS,
                /// `local.get a; i32.const imm; i32.gt_u; br_if`: continue at `ip + offset` if true.
                I32GtUBrLI = I32GtU,
                /// `local.get a; i32.const imm; i32.le_s; br_if`: continue at `ip + offset` if true.
                I32LeSBrLI = I32LeS,
                /// `local.get a; i32.const imm; i32.le_u; br_if`: continue at `ip + offset` if true.
                I32LeUBrLI = I32LeU,
                /// `local.get a; i32.const imm; i32.ge_s; br_if`: continue at `ip + offset` if true.
                I32GeSBrLI = I32GeS,
                /// `local.get a; i32.const imm; i32.ge_u; br_if`: continue at `ip + offset` if true.
                I32GeUBrLI = I32GeU,
            }
            fused_si {
                /// `i32.const imm; i32.add` on the stack top, in place.
                I32AddSI = I32Add,
                /// `i32.const imm; i32.sub` on the stack top, in place.
                I32SubSI = I32Sub,
                /// `i32.const imm; i32.mul` on the stack top, in place.
                I32MulSI = I32Mul,
                /// `i32.const imm; i32.and` on the stack top, in place.
                I32AndSI = I32And,
                /// `i32.const imm; i32.or` on the stack top, in place.
                I32OrSI = I32Or,
                /// `i32.const imm; i32.xor` on the stack top, in place.
                I32XorSI = I32Xor,
                /// `i32.const imm; i32.shl` on the stack top, in place.
                I32ShlSI = I32Shl,
                /// `i32.const imm; i32.shr_s` on the stack top, in place.
                I32ShrSSI = I32ShrS,
                /// `i32.const imm; i32.shr_u` on the stack top, in place.
                I32ShrUSI = I32ShrU,
                /// `i32.const imm; i32.rotl` on the stack top, in place.
                I32RotlSI = I32Rotl,
                /// `i32.const imm; i32.rotr` on the stack top, in place.
                I32RotrSI = I32Rotr,
                /// `i32.const imm; i32.eq` on the stack top, in place.
                I32EqSI = I32Eq,
                /// `i32.const imm; i32.ne` on the stack top, in place.
                I32NeSI = I32Ne,
                /// `i32.const imm; i32.lt_s` on the stack top, in place.
                I32LtSSI = I32LtS,
                /// `i32.const imm; i32.lt_u` on the stack top, in place.
                I32LtUSI = I32LtU,
                /// `i32.const imm; i32.gt_s` on the stack top, in place.
                I32GtSSI = I32GtS,
                /// `i32.const imm; i32.gt_u` on the stack top, in place.
                I32GtUSI = I32GtU,
                /// `i32.const imm; i32.le_s` on the stack top, in place.
                I32LeSSI = I32LeS,
                /// `i32.const imm; i32.le_u` on the stack top, in place.
                I32LeUSI = I32LeU,
                /// `i32.const imm; i32.ge_s` on the stack top, in place.
                I32GeSSI = I32GeS,
                /// `i32.const imm; i32.ge_u` on the stack top, in place.
                I32GeUSI = I32GeU,
                /// `i64.const imm; i64.add` on the stack top, in place.
                I64AddSI = I64Add,
                /// `i64.const imm; i64.sub` on the stack top, in place.
                I64SubSI = I64Sub,
                /// `i64.const imm; i64.mul` on the stack top, in place.
                I64MulSI = I64Mul,
                /// `i64.const imm; i64.and` on the stack top, in place.
                I64AndSI = I64And,
                /// `i64.const imm; i64.or` on the stack top, in place.
                I64OrSI = I64Or,
                /// `i64.const imm; i64.xor` on the stack top, in place.
                I64XorSI = I64Xor,
                /// `i64.const imm; i64.shl` on the stack top, in place.
                I64ShlSI = I64Shl,
                /// `i64.const imm; i64.shr_s` on the stack top, in place.
                I64ShrSSI = I64ShrS,
                /// `i64.const imm; i64.shr_u` on the stack top, in place.
                I64ShrUSI = I64ShrU,
                /// `i64.const imm; i64.rotl` on the stack top, in place.
                I64RotlSI = I64Rotl,
                /// `i64.const imm; i64.rotr` on the stack top, in place.
                I64RotrSI = I64Rotr,
            }
            fused_lls_trap {
                /// `local.get a; local.get b; i32.div_s; local.set dst`, or the trap.
                I32DivSLLS = I32DivS,
                /// `local.get a; local.get b; i32.div_u; local.set dst`, or the trap.
                I32DivULLS = I32DivU,
                /// `local.get a; local.get b; i32.rem_s; local.set dst`, or the trap.
                I32RemSLLS = I32RemS,
                /// `local.get a; local.get b; i32.rem_u; local.set dst`, or the trap.
                I32RemULLS = I32RemU,
                /// `local.get a; local.get b; i64.div_s; local.set dst`, or the trap.
                I64DivSLLS = I64DivS,
                /// `local.get a; local.get b; i64.div_u; local.set dst`, or the trap.
                I64DivULLS = I64DivU,
                /// `local.get a; local.get b; i64.rem_s; local.set dst`, or the trap.
                I64RemSLLS = I64RemS,
                /// `local.get a; local.get b; i64.rem_u; local.set dst`, or the trap.
                I64RemULLS = I64RemU,
            }
            fused_load_l {
                /// `local.get a; i32.load offset`: push the value.
                I32LoadL = I32Load,
                /// `local.get a; i64.load offset`: push the value.
                I64LoadL = I64Load,
                /// `local.get a; f32.load offset`: push the value.
                F32LoadL = F32Load,
                /// `local.get a; f64.load offset`: push the value.
                F64LoadL = F64Load,
                /// `local.get a; i32.load8_s offset`: push the value.
                I32Load8SL = I32Load8S,
                /// `local.get a; i32.load8_u offset`: push the value.
                I32Load8UL = I32Load8U,
                /// `local.get a; i32.load16_s offset`: push the value.
                I32Load16SL = I32Load16S,
                /// `local.get a; i32.load16_u offset`: push the value.
                I32Load16UL = I32Load16U,
                /// `local.get a; i64.load8_s offset`: push the value.
                I64Load8SL = I64Load8S,
                /// `local.get a; i64.load8_u offset`: push the value.
                I64Load8UL = I64Load8U,
                /// `local.get a; i64.load16_s offset`: push the value.
                I64Load16SL = I64Load16S,
                /// `local.get a; i64.load16_u offset`: push the value.
                I64Load16UL = I64Load16U,
                /// `local.get a; i64.load32_s offset`: push the value.
                I64Load32SL = I64Load32S,
                /// `local.get a; i64.load32_u offset`: push the value.
                I64Load32UL = I64Load32U,
            }
            fused_store_ll {
                /// `local.get a; local.get v; i32.store offset`.
                I32StoreLL = I32Store,
                /// `local.get a; local.get v; i64.store offset`.
                I64StoreLL = I64Store,
                /// `local.get a; local.get v; f32.store offset`.
                F32StoreLL = F32Store,
                /// `local.get a; local.get v; f64.store offset`.
                F64StoreLL = F64Store,
                /// `local.get a; local.get v; i32.store8 offset`.
                I32Store8LL = I32Store8,
                /// `local.get a; local.get v; i32.store16 offset`.
                I32Store16LL = I32Store16,
                /// `local.get a; local.get v; i64.store8 offset`.
                I64Store8LL = I64Store8,
                /// `local.get a; local.get v; i64.store16 offset`.
                I64Store16LL = I64Store16,
                /// `local.get a; local.get v; i64.store32 offset`.
                I64Store32LL = I64Store32,
            }
            fused_ss {
                /// `i32.add; local.set dst`: pop both operands, write the result to the local.
                I32AddSS = I32Add,
                /// `i32.sub; local.set dst`: pop both operands, write the result to the local.
                I32SubSS = I32Sub,
                /// `i32.mul; local.set dst`: pop both operands, write the result to the local.
                I32MulSS = I32Mul,
                /// `i32.and; local.set dst`: pop both operands, write the result to the local.
                I32AndSS = I32And,
                /// `i32.or; local.set dst`: pop both operands, write the result to the local.
                I32OrSS = I32Or,
                /// `i32.xor; local.set dst`: pop both operands, write the result to the local.
                I32XorSS = I32Xor,
                /// `i32.shl; local.set dst`: pop both operands, write the result to the local.
                I32ShlSS = I32Shl,
                /// `i32.shr_s; local.set dst`: pop both operands, write the result to the local.
                I32ShrSSS = I32ShrS,
                /// `i32.shr_u; local.set dst`: pop both operands, write the result to the local.
                I32ShrUSS = I32ShrU,
                /// `i32.rotl; local.set dst`: pop both operands, write the result to the local.
                I32RotlSS = I32Rotl,
                /// `i32.rotr; local.set dst`: pop both operands, write the result to the local.
                I32RotrSS = I32Rotr,
                /// `i32.eq; local.set dst`: pop both operands, write the result to the local.
                I32EqSS = I32Eq,
                /// `i32.ne; local.set dst`: pop both operands, write the result to the local.
                I32NeSS = I32Ne,
                /// `i32.lt_s; local.set dst`: pop both operands, write the result to the local.
                I32LtSSS = I32LtS,
                /// `i32.lt_u; local.set dst`: pop both operands, write the result to the local.
                I32LtUSS = I32LtU,
                /// `i32.gt_s; local.set dst`: pop both operands, write the result to the local.
                I32GtSSS = I32GtS,
                /// `i32.gt_u; local.set dst`: pop both operands, write the result to the local.
                I32GtUSS = I32GtU,
                /// `i32.le_s; local.set dst`: pop both operands, write the result to the local.
                I32LeSSS = I32LeS,
                /// `i32.le_u; local.set dst`: pop both operands, write the result to the local.
                I32LeUSS = I32LeU,
                /// `i32.ge_s; local.set dst`: pop both operands, write the result to the local.
                I32GeSSS = I32GeS,
                /// `i32.ge_u; local.set dst`: pop both operands, write the result to the local.
                I32GeUSS = I32GeU,
                /// `i64.add; local.set dst`: pop both operands, write the result to the local.
                I64AddSS = I64Add,
                /// `i64.sub; local.set dst`: pop both operands, write the result to the local.
                I64SubSS = I64Sub,
                /// `i64.mul; local.set dst`: pop both operands, write the result to the local.
                I64MulSS = I64Mul,
                /// `i64.and; local.set dst`: pop both operands, write the result to the local.
                I64AndSS = I64And,
                /// `i64.or; local.set dst`: pop both operands, write the result to the local.
                I64OrSS = I64Or,
                /// `i64.xor; local.set dst`: pop both operands, write the result to the local.
                I64XorSS = I64Xor,
                /// `i64.shl; local.set dst`: pop both operands, write the result to the local.
                I64ShlSS = I64Shl,
                /// `i64.shr_s; local.set dst`: pop both operands, write the result to the local.
                I64ShrSSS = I64ShrS,
                /// `i64.shr_u; local.set dst`: pop both operands, write the result to the local.
                I64ShrUSS = I64ShrU,
                /// `i64.rotl; local.set dst`: pop both operands, write the result to the local.
                I64RotlSS = I64Rotl,
                /// `i64.rotr; local.set dst`: pop both operands, write the result to the local.
                I64RotrSS = I64Rotr,
                /// `f64.add; local.set dst`: pop both operands, write the result to the local.
                F64AddSS = F64Add,
                /// `f64.sub; local.set dst`: pop both operands, write the result to the local.
                F64SubSS = F64Sub,
                /// `f64.mul; local.set dst`: pop both operands, write the result to the local.
                F64MulSS = F64Mul,
                /// `f64.div; local.set dst`: pop both operands, write the result to the local.
                F64DivSS = F64Div,
            }
            fused_br_ss {
                /// `i32.eq; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32EqBrSS = I32Eq,
                /// `i32.ne; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32NeBrSS = I32Ne,
                /// `i32.lt_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32LtSBrSS = I32LtS,
                /// `i32.lt_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32LtUBrSS = I32LtU,
                /// `i32.gt_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32GtSBrSS = I32GtS,
                /// `i32.gt_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32GtUBrSS = I32GtU,
                /// `i32.le_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32LeSBrSS = I32LeS,
                /// `i32.le_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32LeUBrSS = I32LeU,
                /// `i32.ge_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32GeSBrSS = I32GeS,
                /// `i32.ge_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I32GeUBrSS = I32GeU,
                /// `i64.eq; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64EqBrSS = I64Eq,
                /// `i64.ne; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64NeBrSS = I64Ne,
                /// `i64.lt_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64LtSBrSS = I64LtS,
                /// `i64.lt_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64LtUBrSS = I64LtU,
                /// `i64.gt_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64GtSBrSS = I64GtS,
                /// `i64.gt_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64GtUBrSS = I64GtU,
                /// `i64.le_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64LeSBrSS = I64LeS,
                /// `i64.le_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64LeUBrSS = I64LeU,
                /// `i64.ge_s; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64GeSBrSS = I64GeS,
                /// `i64.ge_u; br_if` on the two stack operands: continue at `ip + offset` if true.
                I64GeUBrSS = I64GeU,
            }
            fused_br_si {
                /// `i32.const imm; i32.eq; br_if` on the stack top: continue at `ip + offset` if true.
                I32EqBrSI = I32Eq,
                /// `i32.const imm; i32.ne; br_if` on the stack top: continue at `ip + offset` if true.
                I32NeBrSI = I32Ne,
                /// `i32.const imm; i32.lt_s; br_if` on the stack top: continue at `ip + offset` if true.
                I32LtSBrSI = I32LtS,
                /// `i32.const imm; i32.lt_u; br_if` on the stack top: continue at `ip + offset` if true.
                I32LtUBrSI = I32LtU,
                /// `i32.const imm; i32.gt_s; br_if` on the stack top: continue at `ip + offset` if true.
                I32GtSBrSI = I32GtS,
                /// `i32.const imm; i32.gt_u; br_if` on the stack top: continue at `ip + offset` if true.
                I32GtUBrSI = I32GtU,
                /// `i32.const imm; i32.le_s; br_if` on the stack top: continue at `ip + offset` if true.
                I32LeSBrSI = I32LeS,
                /// `i32.const imm; i32.le_u; br_if` on the stack top: continue at `ip + offset` if true.
                I32LeUBrSI = I32LeU,
                /// `i32.const imm; i32.ge_s; br_if` on the stack top: continue at `ip + offset` if true.
                I32GeSBrSI = I32GeS,
                /// `i32.const imm; i32.ge_u; br_if` on the stack top: continue at `ip + offset` if true.
                I32GeUBrSI = I32GeU,
            }
            fused_load_li {
                /// `local.get a; i32.const imm; i32.add; i32.load offset`: push the value.
                I32LoadLI = I32Load,
                /// `local.get a; i32.const imm; i32.add; i64.load offset`: push the value.
                I64LoadLI = I64Load,
                /// `local.get a; i32.const imm; i32.add; f32.load offset`: push the value.
                F32LoadLI = F32Load,
                /// `local.get a; i32.const imm; i32.add; f64.load offset`: push the value.
                F64LoadLI = F64Load,
                /// `local.get a; i32.const imm; i32.add; i32.load8_s offset`: push the value.
                I32Load8SLI = I32Load8S,
                /// `local.get a; i32.const imm; i32.add; i32.load8_u offset`: push the value.
                I32Load8ULI = I32Load8U,
                /// `local.get a; i32.const imm; i32.add; i32.load16_s offset`: push the value.
                I32Load16SLI = I32Load16S,
                /// `local.get a; i32.const imm; i32.add; i32.load16_u offset`: push the value.
                I32Load16ULI = I32Load16U,
                /// `local.get a; i32.const imm; i32.add; i64.load8_s offset`: push the value.
                I64Load8SLI = I64Load8S,
                /// `local.get a; i32.const imm; i32.add; i64.load8_u offset`: push the value.
                I64Load8ULI = I64Load8U,
                /// `local.get a; i32.const imm; i32.add; i64.load16_s offset`: push the value.
                I64Load16SLI = I64Load16S,
                /// `local.get a; i32.const imm; i32.add; i64.load16_u offset`: push the value.
                I64Load16ULI = I64Load16U,
                /// `local.get a; i32.const imm; i32.add; i64.load32_s offset`: push the value.
                I64Load32SLI = I64Load32S,
                /// `local.get a; i32.const imm; i32.add; i64.load32_u offset`: push the value.
                I64Load32ULI = I64Load32U,
            }
            fused_load_ls {
                /// `local.get a; i32.load offset; local.set dst`.
                I32LoadLS = I32Load,
                /// `local.get a; i64.load offset; local.set dst`.
                I64LoadLS = I64Load,
                /// `local.get a; f32.load offset; local.set dst`.
                F32LoadLS = F32Load,
                /// `local.get a; f64.load offset; local.set dst`.
                F64LoadLS = F64Load,
                /// `local.get a; i32.load8_s offset; local.set dst`.
                I32Load8SLS = I32Load8S,
                /// `local.get a; i32.load8_u offset; local.set dst`.
                I32Load8ULS = I32Load8U,
                /// `local.get a; i32.load16_s offset; local.set dst`.
                I32Load16SLS = I32Load16S,
                /// `local.get a; i32.load16_u offset; local.set dst`.
                I32Load16ULS = I32Load16U,
                /// `local.get a; i64.load8_s offset; local.set dst`.
                I64Load8SLS = I64Load8S,
                /// `local.get a; i64.load8_u offset; local.set dst`.
                I64Load8ULS = I64Load8U,
                /// `local.get a; i64.load16_s offset; local.set dst`.
                I64Load16SLS = I64Load16S,
                /// `local.get a; i64.load16_u offset; local.set dst`.
                I64Load16ULS = I64Load16U,
                /// `local.get a; i64.load32_s offset; local.set dst`.
                I64Load32SLS = I64Load32S,
                /// `local.get a; i64.load32_u offset; local.set dst`.
                I64Load32ULS = I64Load32U,
            }
        }
    };
}
