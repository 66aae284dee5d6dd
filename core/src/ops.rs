//! The instruction set of the IR: defined here once.
//!
//! [`for_each_op!`] hands the whole list to a callback macro, every op one line of
//! the same shape (`Name = group(args) { fields },`) in five sections. From it,
//! [`crate::ir`] generates the `Op` type and its disassembler, and every back-end
//! generates its dispatch, each section in one pattern. The list below is written
//! by group; [`op_sections!`](crate::op_sections) gives each group's ops their
//! fields and form. Groups say how an op is executed:
//!
//! - `control`: ops with bespoke dispatch in each back-end (branches, calls, locals,
//!   memory and table management). Fields are the op's immediates.
//! - `unary` / `binary`: pop one or two operands, push `semantics::$fn(..)`.
//! - `unary_trap` / `binary_trap`: the same, but the semantics return `Result<_, Trap>`.
//! - `load`: pop an address, push memory `(mem_type) -> result_type` at `addr + offset`.
//! - `store`: pop a value and an address, store `(value_type) -> mem_type`.
//! - `simd_*`: the vector ops (fixed-width and relaxed SIMD). A `v128` (`u128`
//!   here) takes two cells of the value stack, its low half first, so these ops
//!   pop and push by each operand's cells (`value::Cells`), in one generic step per
//!   group shape (`kinds::run_simd`, `run_simd_load`, `run_simd_store`):
//!   `simd_unary` / `simd_binary` / `simd_ternary` apply `semantics::$fn` to one,
//!   two or three operands; `simd_extract` and `simd_replace` also pass the op's
//!   `lane`; `simd_load` pops an address and pushes the vector built from the
//!   `(mem_type)` it reads; `simd_load_lane` pops a vector and an address and
//!   replaces lane `lane`; `simd_store` / `simd_store_lane` pop a vector and an
//!   address and store the `-> mem_type` the semantics give. `simd_ternary_ir`
//!   ops are the predecoder's own (`i8x16.shuffle` with its lane mask pushed as a
//!   vector, `select` of vectors). `v128.const` is two `Const64`s; the locals,
//!   `drop` and globals of vectors are the one-cell ops twice or their `Wide`
//!   forms. Super's register pass leaves a body with vectors in stack IR. These
//!   groups are a section of their own (`simd`), apart from `numeric`: a back-end
//!   may run them apart from its scalar ops, as switch does.
//!
//! The `reg_*` groups are the register IR that the superinstruction back-end runs (the
//! predecoder's register pass, `predecode/register.rs`, writes it from the stack IR).
//! Stack heights are static, so every operand has a fixed slot: slot `i` is the cell
//! `fp + i`, locals first and the operand stack after them, and a register op names
//! the slots it reads and writes instead of pushing and popping. `Name = Base` names
//! the stack op whose semantics it applies:
//!
//! - `reg_control`: copies, constants, branches on a slot, calls whose arguments sit in
//!   slots `base..`, returns, `select` and globals; `SetSp` points the stack pointer at
//!   a slot for the rare stack-form ops the pass leaves in place; and the fused ops
//!   that fit no group. Each is written `Name = handler`, naming its handler in
//!   super (`dispatch-super/src/handlers/control.rs`), whose link step is generated
//!   from these names: `load_idx<I32Load>` is the handler generic over the load it
//!   replaces, and `ret(results)` a function there that picks the handler by the op's
//!   `results` field. `-> dst` says the op writes slot `dst` and leaves its value in
//!   the accumulator, which the register pass then knows.
//! - `reg_unary` / `reg_unary_trap`: slot `a` into slot `dst`.
//! - `reg_binary` / `reg_binary_trap`: slots `a` and `b` into slot `dst`; `reg_binary_imm`
//!   takes the immediate `imm` (sign-extended to 64 bits) for `b`.
//! - `reg_load`: from the address in slot `a` plus `offset` into slot `dst`;
//!   `reg_store`: slot `v` to the address in slot `a` plus `offset`.
//! - `reg_br` / `reg_br_imm`: a compare of slots `a` and `b` (or `a` and `imm`) that
//!   branches by `offset` when it holds.
//!
//! The `acc_*` groups are the same ops reading one operand from the accumulator
//! instead of a slot: every register op that computes a value into a slot also
//! leaves it in the accumulator, a register that dispatch carries from one op to the
//! next (register code keeps no stack pointer, so the accumulator takes its place).
//! The register pass uses an `acc_*` form where the op just before computed the
//! operand. `a` (`b`, `v`) marks which operand: `I32SubAR` is `i32.sub` of the
//! accumulator and slot `b`, `I32SubRA` of slot `a` and the accumulator, `I32AddAI`
//! of the accumulator and `imm`. Their fields are their slot form's, the one the
//! accumulator replaces naming the slot that holds the same value.
//!
//! The `reg_binary_mem_*` groups are binary ops that load one operand themselves:
//! `Name = Base / Load` applies `Base` to slot `a` and the value `Load` reads from
//! the address in slot `p` plus `offset`, into slot `dst`. In `reg_binary_mem_b` the
//! loaded value is the second operand (`F64SubRM`: slot `a` minus memory), in
//! `reg_binary_mem_a` the first (`F64SubMR`: memory minus slot `a`).
//!
//! Fields of the generic register groups (all but `reg_control`) are 32-bit, in the
//! order listed, so one generic handler per group reads them by position
//! ([`crate::ir::raw_imm`]); the `reg_binary_mem_*` groups' slots are 16-bit, for
//! four fields in the op's 14 bytes ([`crate::ir::raw_mem_fields`]).
//!
//! Branch offsets are relative to the branch op's own position. Locals and operands
//! live in untyped 64-bit cells of the value stack; `fp` points at local 0 and the
//! operand stack starts right after the locals.
//!
//! # Names
//! An op is named `I32SubAR` in Rust, and `i32.sub_ar` everywhere else: [`Op::name`]
//! (`crate::ir::Op`) gives that one name, which `disas`, `opstats`, the report page
//! and the handover notes print. The list spells a fused op as its base op and its
//! group's form (`I32SubAR = acc_binary_a(I32Sub, "ar", a)` in `for_each_op!`'s
//! lines); the name is made from that.
//! Suffixes, in the order they appear:
//!
//! | suffix | meaning |
//! |---|---|
//! | `R` | an operand in a slot (`I32AddRR`: both) |
//! | `A` | an operand in the accumulator (`I32SubAR`: the first, `I32SubRA`: the second) |
//! | `I` | an immediate operand (`I32AddRI`, `I32AddAI`) |
//! | `M` | an operand loaded from memory by the op itself (`F64SubRM`, `F64SubMR`) |
//! | `Br` | a compare that branches instead of writing a result (`I32LtSBrRR`) |
//! | `BrAnd` | a test of `slot & mask` that branches on zero (`Eqz`) or non-zero (`Nez`) |
//! | `Eqz`, `Nez` | branch when the value is zero, non-zero |
//! | `Idx` | a load from `base + (index << shift)`, an array element (`I32LoadIdx`) |
//! | `At` | a load or store at a constant address (`I32LoadAt`) |
//! | `2` | two ops of the same kind run as one (`Copy2`, `I32Add2`) |
//! | `Rmw` | read-modify-write: a load, an add and a store back to the same address (`I32AddRmw`) |
//! | `To` | a constant written to a slot (`ConstTo`) |

/// Calls `$callback!` with the op list, every op one line of the same shape, in
/// five sections:
///
/// ```text
/// control { Name = control() { field: type, .. }, .. }
/// numeric { Name = group(semantics_fn(operand types) -> result type) { field: type, .. }, .. }
/// simd { Name = group(semantics_fn(operand types) -> result type) { field: type, .. }, .. }
/// reg_control { Name = reg_control(handler [<Kind>] [(field)] [-> field]) { field: type, .. }, .. }
/// register { Name = group(Base / Load, "form", acc_field) { field: type, .. }, .. }
/// ```
///
/// Each line is `$(#[doc])* Name = group(args) { fields },` with the group named
/// and the fields written out (the `{ .. }` is left out for an op without any).
/// `control` ops have their semantics in `semantics::control`, applied by each
/// back-end's own code; `reg_control` ops have a handler each in super, named in
/// their line; `numeric`, `simd` and `register` ops are generic, so a consumer expands each section in
/// one pattern and picks the code for a line by its `group`. In `register`
/// lines, `/ Load` is there for the `reg_binary_mem_*` groups only, `"form"`
/// makes the op's name (`I32Sub` with `"ar"` is `i32.sub_ar`), and `acc_field`,
/// in the accumulator forms, names the field the accumulator stands for.
///
/// The list below is written by group, with each group's fields and form given
/// once, in [`op_sections!`](crate::op_sections), which turns it into these lines.
#[macro_export]
macro_rules! for_each_op {
    ($callback:ident) => {
        $crate::op_sections! {
            $callback;
            control {
                /// Trap with "unreachable".
                Unreachable,
                /// Spend one unit of fuel, or trap when none is left. Only in metered code,
                /// at each function entry and loop header.
                Fuel,
                /// Translate defined function `func`, whose body this op stands for until
                /// then, and continue at the start of its code. The one op of a lazily
                /// predecoded body before its first call.
                Translate { func: u32 },
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
                /// Tail-call defined function `func`: its arguments, the top cells, move
                /// to the frame's base, and it runs in this frame, returning to this
                /// function's caller. A chain of tail calls keeps one frame.
                ReturnCall { func: u32 },
                /// Tail-call imported function `func`, as `ReturnCall` does; a host
                /// function's results return to this function's caller.
                ReturnCallImport { func: u32 },
                /// Pop a table index and tail-call the function there, checking it has
                /// type `ty`.
                ReturnCallIndirect { ty: u32, table: u32 },
                /// Pop a function reference and call it (its type is `ty`, as validation
                /// proved), or trap on null.
                CallRef { ty: u32 },
                /// Pop a function reference and tail-call it, or trap on null.
                ReturnCallRef { ty: u32 },
                /// Pop the payload of tag `tag` (a module tag index) and throw it: the
                /// innermost `try_table` of this frame or a caller's that catches it
                /// continues; with none, the run ends with the uncaught-exception trap.
                Throw { tag: u32 },
                /// Pop an `exnref` and throw that exception again, or trap on null.
                ThrowRef,
                /// Push a copy of the top cell. Only in the predecoder's expansion of
                /// `br_on_null` and `br_on_non_null`, whose frames have room for it.
                Dup,
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
                /// Push v128 global `idx`: two cells, the low half first.
                GlobalGetWide { idx: u32 },
                /// Pop two cells into v128 global `idx`.
                GlobalSetWide { idx: u32 },
                /// Push a 32-bit constant (an i32 or the bits of an f32).
                Const32 { value: u32 },
                /// Push a 64-bit constant (an i64 or the bits of an f64).
                Const64 { value: u64 },
                /// Push a reference to function `func` of this instance.
                RefFunc { func: u32 },
                /// Push the size in pages of the memory loads and stores access (memory
                /// 0 unless a `UseMemory` chose another).
                MemorySize,
                /// Pop a page count; grow memory `mem` and push the old size, or -1.
                MemoryGrow { mem: u32 },
                /// Pop `n`, a byte and `dst`; fill memory `mem`.
                MemoryFill { mem: u32 },
                /// Pop `n`, `src` and `dst`; copy from memory `src` to memory `dst`
                /// (overlap allowed).
                MemoryCopy { dst: u32, src: u32 },
                /// Pop `n`, `src` and `dst`; copy from data segment `data` into memory `mem`.
                MemoryInit { data: u32, mem: u32 },
                /// Make memory `mem` the one the following loads, stores and
                /// `MemorySize` access. Memory 0 is the default; the predecoder wraps
                /// each access to another memory in a `UseMemory` of it and one of 0,
                /// so a call, a return or a branch always finds memory 0 chosen.
                UseMemory { mem: u32 },
                /// Narrow the 64-bit address or table index `depth` cells below the top
                /// to 32 bits (`semantics::narrow_index`), for the 32-bit op that
                /// follows: a 64-bit memory or table is accessed by the ops of a
                /// 32-bit one after this.
                NarrowIndex { depth: u32 },
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
                /// The bits of an i64 as an f64. Stack IR elides it (cells are untyped);
                /// the register pass reads it as a mark and emits nothing, but keeps the
                /// next op from taking the value from the accumulator, as back-ends may
                /// carry f64 values apart from integer ones there.
                F64ReinterpretI64 = f64_reinterpret_i64(i64) -> f64,
                /// The bits of an f64 as an i64; as `F64ReinterpretI64`.
                I64ReinterpretF64 = i64_reinterpret_f64(f64) -> i64,
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
                /// The reference; traps on null.
                RefAsNonNull = ref_as_non_null(u64) -> u64,
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
            simd_load {
                /// Load 16 bytes.
                V128Load = v128_load(u128) -> u128,
                /// Load 8 bytes, sign-extend each to 16 bits.
                V128Load8x8S = v128_load8x8_s(u64) -> u128,
                /// Load 8 bytes, zero-extend each to 16 bits.
                V128Load8x8U = v128_load8x8_u(u64) -> u128,
                /// Load four 16-bit values, sign-extend each to 32 bits.
                V128Load16x4S = v128_load16x4_s(u64) -> u128,
                /// Load four 16-bit values, zero-extend each to 32 bits.
                V128Load16x4U = v128_load16x4_u(u64) -> u128,
                /// Load two 32-bit values, sign-extend each to 64 bits.
                V128Load32x2S = v128_load32x2_s(u64) -> u128,
                /// Load two 32-bit values, zero-extend each to 64 bits.
                V128Load32x2U = v128_load32x2_u(u64) -> u128,
                /// Load one byte into every lane.
                V128Load8Splat = v128_load8_splat(u8) -> u128,
                /// Load 16 bits into every lane.
                V128Load16Splat = v128_load16_splat(u16) -> u128,
                /// Load 32 bits into every lane.
                V128Load32Splat = v128_load32_splat(u32) -> u128,
                /// Load 64 bits into both lanes.
                V128Load64Splat = v128_load64_splat(u64) -> u128,
                /// Load 32 bits into lane 0, zero the rest.
                V128Load32Zero = v128_load32_zero(u32) -> u128,
                /// Load 64 bits into lane 0, zero the rest.
                V128Load64Zero = v128_load64_zero(u64) -> u128,
            }
            simd_load_lane {
                /// Pop a vector and an address; replace lane `lane` with the 8-bit value loaded.
                V128Load8Lane = v128_load8_lane(u128, u8) -> u128,
                /// Pop a vector and an address; replace lane `lane` with the 16-bit value loaded.
                V128Load16Lane = v128_load16_lane(u128, u16) -> u128,
                /// Pop a vector and an address; replace lane `lane` with the 32-bit value loaded.
                V128Load32Lane = v128_load32_lane(u128, u32) -> u128,
                /// Pop a vector and an address; replace lane `lane` with the 64-bit value loaded.
                V128Load64Lane = v128_load64_lane(u128, u64) -> u128,
            }
            simd_store {
                /// Pop a vector and an address; store its 16 bytes.
                V128Store = v128_store(u128) -> u128,
            }
            simd_store_lane {
                /// Pop a vector and an address; store lane `lane`'s 8 bits.
                V128Store8Lane = v128_store8_lane(u128) -> u8,
                /// Pop a vector and an address; store lane `lane`'s 16 bits.
                V128Store16Lane = v128_store16_lane(u128) -> u16,
                /// Pop a vector and an address; store lane `lane`'s 32 bits.
                V128Store32Lane = v128_store32_lane(u128) -> u32,
                /// Pop a vector and an address; store lane `lane`'s 64 bits.
                V128Store64Lane = v128_store64_lane(u128) -> u64,
            }
            simd_extract {
                /// Lane `lane` as i8, sign-extended.
                I8x16ExtractLaneS = i8x16_extract_lane_s(u128) -> i32,
                /// Lane `lane` as u8, zero-extended.
                I8x16ExtractLaneU = i8x16_extract_lane_u(u128) -> i32,
                /// Lane `lane` as i16, sign-extended.
                I16x8ExtractLaneS = i16x8_extract_lane_s(u128) -> i32,
                /// Lane `lane` as u16, zero-extended.
                I16x8ExtractLaneU = i16x8_extract_lane_u(u128) -> i32,
                /// Lane `lane`.
                I32x4ExtractLane = i32x4_extract_lane(u128) -> i32,
                /// Lane `lane`.
                I64x2ExtractLane = i64x2_extract_lane(u128) -> i64,
                /// Lane `lane`.
                F32x4ExtractLane = f32x4_extract_lane(u128) -> f32,
                /// Lane `lane`.
                F64x2ExtractLane = f64x2_extract_lane(u128) -> f64,
            }
            simd_replace {
                /// Replace lane `lane` with the low 8 bits of a scalar.
                I8x16ReplaceLane = i8x16_replace_lane(u128, i32) -> u128,
                /// Replace lane `lane` with the low 16 bits of a scalar.
                I16x8ReplaceLane = i16x8_replace_lane(u128, i32) -> u128,
                /// Replace lane `lane` with a scalar.
                I32x4ReplaceLane = i32x4_replace_lane(u128, i32) -> u128,
                /// Replace lane `lane` with a scalar.
                I64x2ReplaceLane = i64x2_replace_lane(u128, i64) -> u128,
                /// Replace lane `lane` with a scalar.
                F32x4ReplaceLane = f32x4_replace_lane(u128, f32) -> u128,
                /// Replace lane `lane` with a scalar.
                F64x2ReplaceLane = f64x2_replace_lane(u128, f64) -> u128,
            }
            simd_unary {
                /// Every lane set to a scalar (its low bits).
                I8x16Splat = i8x16_splat(i32) -> u128,
                /// Every lane set to a scalar (its low bits).
                I16x8Splat = i16x8_splat(i32) -> u128,
                /// Every lane set to a scalar.
                I32x4Splat = i32x4_splat(i32) -> u128,
                /// Every lane set to a scalar.
                I64x2Splat = i64x2_splat(i64) -> u128,
                /// Every lane set to a scalar.
                F32x4Splat = f32x4_splat(f32) -> u128,
                /// Every lane set to a scalar.
                F64x2Splat = f64x2_splat(f64) -> u128,
                /// Bitwise not.
                V128Not = v128_not(u128) -> u128,
                /// 1 if any bit is set.
                V128AnyTrue = v128_any_true(u128) -> i32,
                /// Lane-wise absolute value (wrapping).
                I8x16Abs = i8x16_abs(u128) -> u128,
                /// Lane-wise negation (wrapping).
                I8x16Neg = i8x16_neg(u128) -> u128,
                /// 1 if every lane is non-zero.
                I8x16AllTrue = i8x16_all_true(u128) -> i32,
                /// The lanes' sign bits, lane 0 in bit 0.
                I8x16Bitmask = i8x16_bitmask(u128) -> i32,
                /// Lane-wise absolute value (wrapping).
                I16x8Abs = i16x8_abs(u128) -> u128,
                /// Lane-wise negation (wrapping).
                I16x8Neg = i16x8_neg(u128) -> u128,
                /// 1 if every lane is non-zero.
                I16x8AllTrue = i16x8_all_true(u128) -> i32,
                /// The lanes' sign bits, lane 0 in bit 0.
                I16x8Bitmask = i16x8_bitmask(u128) -> i32,
                /// Lane-wise absolute value (wrapping).
                I32x4Abs = i32x4_abs(u128) -> u128,
                /// Lane-wise negation (wrapping).
                I32x4Neg = i32x4_neg(u128) -> u128,
                /// 1 if every lane is non-zero.
                I32x4AllTrue = i32x4_all_true(u128) -> i32,
                /// The lanes' sign bits, lane 0 in bit 0.
                I32x4Bitmask = i32x4_bitmask(u128) -> i32,
                /// Lane-wise absolute value (wrapping).
                I64x2Abs = i64x2_abs(u128) -> u128,
                /// Lane-wise negation (wrapping).
                I64x2Neg = i64x2_neg(u128) -> u128,
                /// 1 if every lane is non-zero.
                I64x2AllTrue = i64x2_all_true(u128) -> i32,
                /// The lanes' sign bits, lane 0 in bit 0.
                I64x2Bitmask = i64x2_bitmask(u128) -> i32,
                /// Lane-wise count of one bits.
                I8x16Popcnt = i8x16_popcnt(u128) -> u128,
                /// Adjacent signed lanes of i8x16 added into lanes twice as wide.
                I16x8ExtAddPairwiseI8x16S = i16x8_ext_add_pairwise_i8x16_s(u128) -> u128,
                /// Adjacent unsigned lanes of i8x16 added into lanes twice as wide.
                I16x8ExtAddPairwiseI8x16U = i16x8_ext_add_pairwise_i8x16_u(u128) -> u128,
                /// Adjacent signed lanes of i16x8 added into lanes twice as wide.
                I32x4ExtAddPairwiseI16x8S = i32x4_ext_add_pairwise_i16x8_s(u128) -> u128,
                /// Adjacent unsigned lanes of i16x8 added into lanes twice as wide.
                I32x4ExtAddPairwiseI16x8U = i32x4_ext_add_pairwise_i16x8_u(u128) -> u128,
                /// The low half's lanes sign-extended to twice their width.
                I16x8ExtendLowI8x16S = i16x8_extend_low_i8x16_s(u128) -> u128,
                /// The low half's lanes zero-extended to twice their width.
                I16x8ExtendLowI8x16U = i16x8_extend_low_i8x16_u(u128) -> u128,
                /// The high half's lanes sign-extended to twice their width.
                I16x8ExtendHighI8x16S = i16x8_extend_high_i8x16_s(u128) -> u128,
                /// The high half's lanes zero-extended to twice their width.
                I16x8ExtendHighI8x16U = i16x8_extend_high_i8x16_u(u128) -> u128,
                /// The low half's lanes sign-extended to twice their width.
                I32x4ExtendLowI16x8S = i32x4_extend_low_i16x8_s(u128) -> u128,
                /// The low half's lanes zero-extended to twice their width.
                I32x4ExtendLowI16x8U = i32x4_extend_low_i16x8_u(u128) -> u128,
                /// The high half's lanes sign-extended to twice their width.
                I32x4ExtendHighI16x8S = i32x4_extend_high_i16x8_s(u128) -> u128,
                /// The high half's lanes zero-extended to twice their width.
                I32x4ExtendHighI16x8U = i32x4_extend_high_i16x8_u(u128) -> u128,
                /// The low half's lanes sign-extended to twice their width.
                I64x2ExtendLowI32x4S = i64x2_extend_low_i32x4_s(u128) -> u128,
                /// The low half's lanes zero-extended to twice their width.
                I64x2ExtendLowI32x4U = i64x2_extend_low_i32x4_u(u128) -> u128,
                /// The high half's lanes sign-extended to twice their width.
                I64x2ExtendHighI32x4S = i64x2_extend_high_i32x4_s(u128) -> u128,
                /// The high half's lanes zero-extended to twice their width.
                I64x2ExtendHighI32x4U = i64x2_extend_high_i32x4_u(u128) -> u128,
                /// Lane-wise round up.
                F32x4Ceil = f32x4_ceil(u128) -> u128,
                /// Lane-wise round down.
                F32x4Floor = f32x4_floor(u128) -> u128,
                /// Lane-wise round towards zero.
                F32x4Trunc = f32x4_trunc(u128) -> u128,
                /// Lane-wise round to nearest, ties to even.
                F32x4Nearest = f32x4_nearest(u128) -> u128,
                /// Lane-wise absolute value.
                F32x4Abs = f32x4_abs(u128) -> u128,
                /// Lane-wise negation.
                F32x4Neg = f32x4_neg(u128) -> u128,
                /// Lane-wise square root.
                F32x4Sqrt = f32x4_sqrt(u128) -> u128,
                /// Lane-wise round up.
                F64x2Ceil = f64x2_ceil(u128) -> u128,
                /// Lane-wise round down.
                F64x2Floor = f64x2_floor(u128) -> u128,
                /// Lane-wise round towards zero.
                F64x2Trunc = f64x2_trunc(u128) -> u128,
                /// Lane-wise round to nearest, ties to even.
                F64x2Nearest = f64x2_nearest(u128) -> u128,
                /// Lane-wise absolute value.
                F64x2Abs = f64x2_abs(u128) -> u128,
                /// Lane-wise negation.
                F64x2Neg = f64x2_neg(u128) -> u128,
                /// Lane-wise square root.
                F64x2Sqrt = f64x2_sqrt(u128) -> u128,
                /// Both f64 lanes rounded to f32 in lanes 0 and 1; lanes 2 and 3 zero.
                F32x4DemoteF64x2Zero = f32x4_demote_f64x2_zero(u128) -> u128,
                /// Lanes 0 and 1 widened to f64.
                F64x2PromoteLowF32x4 = f64x2_promote_low_f32x4(u128) -> u128,
                /// Lane-wise float to signed integer, saturating; NaN gives 0.
                I32x4TruncSatF32x4S = i32x4_trunc_sat_f32x4_s(u128) -> u128,
                /// Lane-wise float to unsigned integer, saturating; NaN gives 0.
                I32x4TruncSatF32x4U = i32x4_trunc_sat_f32x4_u(u128) -> u128,
                /// Lane-wise signed integer to float.
                F32x4ConvertI32x4S = f32x4_convert_i32x4_s(u128) -> u128,
                /// Lane-wise unsigned integer to float.
                F32x4ConvertI32x4U = f32x4_convert_i32x4_u(u128) -> u128,
                /// Both f64 lanes to signed i32, saturating, in lanes 0 and 1; lanes 2 and 3 zero.
                I32x4TruncSatF64x2SZero = i32x4_trunc_sat_f64x2_s_zero(u128) -> u128,
                /// Both f64 lanes to unsigned i32, saturating, in lanes 0 and 1; lanes 2 and 3 zero.
                I32x4TruncSatF64x2UZero = i32x4_trunc_sat_f64x2_u_zero(u128) -> u128,
                /// Lanes 0 and 1 as signed integers to f64.
                F64x2ConvertLowI32x4S = f64x2_convert_low_i32x4_s(u128) -> u128,
                /// Lanes 0 and 1 as unsigned integers to f64.
                F64x2ConvertLowI32x4U = f64x2_convert_low_i32x4_u(u128) -> u128,
                /// Relaxed: as `i32x4.trunc_sat_f32x4_s` (the deterministic choice).
                I32x4RelaxedTruncF32x4S = i32x4_relaxed_trunc_f32x4_s(u128) -> u128,
                /// Relaxed: as `i32x4.trunc_sat_f32x4_u`.
                I32x4RelaxedTruncF32x4U = i32x4_relaxed_trunc_f32x4_u(u128) -> u128,
                /// Relaxed: as `i32x4.trunc_sat_f64x2_s_zero`.
                I32x4RelaxedTruncF64x2SZero = i32x4_relaxed_trunc_f64x2_s_zero(u128) -> u128,
                /// Relaxed: as `i32x4.trunc_sat_f64x2_u_zero`.
                I32x4RelaxedTruncF64x2UZero = i32x4_relaxed_trunc_f64x2_u_zero(u128) -> u128,
            }
            simd_binary {
                /// Lane `i` is the first vector's byte at the second's lane `i`, or 0 when that is 16 or more.
                I8x16Swizzle = i8x16_swizzle(u128, u128) -> u128,
                /// Lane-wise compare (equal): all ones where it holds, else zero.
                I8x16Eq = i8x16_eq(u128, u128) -> u128,
                /// Lane-wise compare (not equal): all ones where it holds, else zero.
                I8x16Ne = i8x16_ne(u128, u128) -> u128,
                /// Lane-wise compare (less than, signed): all ones where it holds, else zero.
                I8x16LtS = i8x16_lt_s(u128, u128) -> u128,
                /// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
                I8x16LtU = i8x16_lt_u(u128, u128) -> u128,
                /// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
                I8x16GtS = i8x16_gt_s(u128, u128) -> u128,
                /// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
                I8x16GtU = i8x16_gt_u(u128, u128) -> u128,
                /// Lane-wise compare (at most, signed): all ones where it holds, else zero.
                I8x16LeS = i8x16_le_s(u128, u128) -> u128,
                /// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
                I8x16LeU = i8x16_le_u(u128, u128) -> u128,
                /// Lane-wise compare (at least, signed): all ones where it holds, else zero.
                I8x16GeS = i8x16_ge_s(u128, u128) -> u128,
                /// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
                I8x16GeU = i8x16_ge_u(u128, u128) -> u128,
                /// Lane-wise compare (equal): all ones where it holds, else zero.
                I16x8Eq = i16x8_eq(u128, u128) -> u128,
                /// Lane-wise compare (not equal): all ones where it holds, else zero.
                I16x8Ne = i16x8_ne(u128, u128) -> u128,
                /// Lane-wise compare (less than, signed): all ones where it holds, else zero.
                I16x8LtS = i16x8_lt_s(u128, u128) -> u128,
                /// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
                I16x8LtU = i16x8_lt_u(u128, u128) -> u128,
                /// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
                I16x8GtS = i16x8_gt_s(u128, u128) -> u128,
                /// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
                I16x8GtU = i16x8_gt_u(u128, u128) -> u128,
                /// Lane-wise compare (at most, signed): all ones where it holds, else zero.
                I16x8LeS = i16x8_le_s(u128, u128) -> u128,
                /// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
                I16x8LeU = i16x8_le_u(u128, u128) -> u128,
                /// Lane-wise compare (at least, signed): all ones where it holds, else zero.
                I16x8GeS = i16x8_ge_s(u128, u128) -> u128,
                /// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
                I16x8GeU = i16x8_ge_u(u128, u128) -> u128,
                /// Lane-wise compare (equal): all ones where it holds, else zero.
                I32x4Eq = i32x4_eq(u128, u128) -> u128,
                /// Lane-wise compare (not equal): all ones where it holds, else zero.
                I32x4Ne = i32x4_ne(u128, u128) -> u128,
                /// Lane-wise compare (less than, signed): all ones where it holds, else zero.
                I32x4LtS = i32x4_lt_s(u128, u128) -> u128,
                /// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
                I32x4LtU = i32x4_lt_u(u128, u128) -> u128,
                /// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
                I32x4GtS = i32x4_gt_s(u128, u128) -> u128,
                /// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
                I32x4GtU = i32x4_gt_u(u128, u128) -> u128,
                /// Lane-wise compare (at most, signed): all ones where it holds, else zero.
                I32x4LeS = i32x4_le_s(u128, u128) -> u128,
                /// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
                I32x4LeU = i32x4_le_u(u128, u128) -> u128,
                /// Lane-wise compare (at least, signed): all ones where it holds, else zero.
                I32x4GeS = i32x4_ge_s(u128, u128) -> u128,
                /// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
                I32x4GeU = i32x4_ge_u(u128, u128) -> u128,
                /// Lane-wise compare (equal): all ones where it holds, else zero.
                I64x2Eq = i64x2_eq(u128, u128) -> u128,
                /// Lane-wise compare (not equal): all ones where it holds, else zero.
                I64x2Ne = i64x2_ne(u128, u128) -> u128,
                /// Lane-wise compare (less than, signed): all ones where it holds, else zero.
                I64x2LtS = i64x2_lt_s(u128, u128) -> u128,
                /// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
                I64x2GtS = i64x2_gt_s(u128, u128) -> u128,
                /// Lane-wise compare (at most, signed): all ones where it holds, else zero.
                I64x2LeS = i64x2_le_s(u128, u128) -> u128,
                /// Lane-wise compare (at least, signed): all ones where it holds, else zero.
                I64x2GeS = i64x2_ge_s(u128, u128) -> u128,
                /// Lane-wise float compare (equal): all ones where it holds, else zero.
                F32x4Eq = f32x4_eq(u128, u128) -> u128,
                /// Lane-wise float compare (not equal): all ones where it holds, else zero.
                F32x4Ne = f32x4_ne(u128, u128) -> u128,
                /// Lane-wise float compare (less than): all ones where it holds, else zero.
                F32x4Lt = f32x4_lt(u128, u128) -> u128,
                /// Lane-wise float compare (greater than): all ones where it holds, else zero.
                F32x4Gt = f32x4_gt(u128, u128) -> u128,
                /// Lane-wise float compare (at most): all ones where it holds, else zero.
                F32x4Le = f32x4_le(u128, u128) -> u128,
                /// Lane-wise float compare (at least): all ones where it holds, else zero.
                F32x4Ge = f32x4_ge(u128, u128) -> u128,
                /// Lane-wise float compare (equal): all ones where it holds, else zero.
                F64x2Eq = f64x2_eq(u128, u128) -> u128,
                /// Lane-wise float compare (not equal): all ones where it holds, else zero.
                F64x2Ne = f64x2_ne(u128, u128) -> u128,
                /// Lane-wise float compare (less than): all ones where it holds, else zero.
                F64x2Lt = f64x2_lt(u128, u128) -> u128,
                /// Lane-wise float compare (greater than): all ones where it holds, else zero.
                F64x2Gt = f64x2_gt(u128, u128) -> u128,
                /// Lane-wise float compare (at most): all ones where it holds, else zero.
                F64x2Le = f64x2_le(u128, u128) -> u128,
                /// Lane-wise float compare (at least): all ones where it holds, else zero.
                F64x2Ge = f64x2_ge(u128, u128) -> u128,
                /// Bitwise and.
                V128And = v128_and(u128, u128) -> u128,
                /// The first vector and not the second.
                V128AndNot = v128_and_not(u128, u128) -> u128,
                /// Bitwise or.
                V128Or = v128_or(u128, u128) -> u128,
                /// Bitwise exclusive or.
                V128Xor = v128_xor(u128, u128) -> u128,
                /// Both vectors' i16x8 lanes narrowed to half width, signed saturating (the first's in the low half).
                I8x16NarrowI16x8S = i8x16_narrow_i16x8_s(u128, u128) -> u128,
                /// Both vectors' i16x8 lanes narrowed to half width, unsigned saturating from signed.
                I8x16NarrowI16x8U = i8x16_narrow_i16x8_u(u128, u128) -> u128,
                /// Both vectors' i32x4 lanes narrowed to half width, signed saturating (the first's in the low half).
                I16x8NarrowI32x4S = i16x8_narrow_i32x4_s(u128, u128) -> u128,
                /// Both vectors' i32x4 lanes narrowed to half width, unsigned saturating from signed.
                I16x8NarrowI32x4U = i16x8_narrow_i32x4_u(u128, u128) -> u128,
                /// Lane-wise shift left by a scalar, modulo the lane width.
                I8x16Shl = i8x16_shl(u128, i32) -> u128,
                /// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
                I8x16ShrS = i8x16_shr_s(u128, i32) -> u128,
                /// Lane-wise logical shift right by a scalar, modulo the lane width.
                I8x16ShrU = i8x16_shr_u(u128, i32) -> u128,
                /// Lane-wise add (wrapping).
                I8x16Add = i8x16_add(u128, u128) -> u128,
                /// Lane-wise subtract (wrapping).
                I8x16Sub = i8x16_sub(u128, u128) -> u128,
                /// Lane-wise shift left by a scalar, modulo the lane width.
                I16x8Shl = i16x8_shl(u128, i32) -> u128,
                /// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
                I16x8ShrS = i16x8_shr_s(u128, i32) -> u128,
                /// Lane-wise logical shift right by a scalar, modulo the lane width.
                I16x8ShrU = i16x8_shr_u(u128, i32) -> u128,
                /// Lane-wise add (wrapping).
                I16x8Add = i16x8_add(u128, u128) -> u128,
                /// Lane-wise subtract (wrapping).
                I16x8Sub = i16x8_sub(u128, u128) -> u128,
                /// Lane-wise shift left by a scalar, modulo the lane width.
                I32x4Shl = i32x4_shl(u128, i32) -> u128,
                /// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
                I32x4ShrS = i32x4_shr_s(u128, i32) -> u128,
                /// Lane-wise logical shift right by a scalar, modulo the lane width.
                I32x4ShrU = i32x4_shr_u(u128, i32) -> u128,
                /// Lane-wise add (wrapping).
                I32x4Add = i32x4_add(u128, u128) -> u128,
                /// Lane-wise subtract (wrapping).
                I32x4Sub = i32x4_sub(u128, u128) -> u128,
                /// Lane-wise shift left by a scalar, modulo the lane width.
                I64x2Shl = i64x2_shl(u128, i32) -> u128,
                /// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
                I64x2ShrS = i64x2_shr_s(u128, i32) -> u128,
                /// Lane-wise logical shift right by a scalar, modulo the lane width.
                I64x2ShrU = i64x2_shr_u(u128, i32) -> u128,
                /// Lane-wise add (wrapping).
                I64x2Add = i64x2_add(u128, u128) -> u128,
                /// Lane-wise subtract (wrapping).
                I64x2Sub = i64x2_sub(u128, u128) -> u128,
                /// Lane-wise add, signed saturating.
                I8x16AddSatS = i8x16_add_sat_s(u128, u128) -> u128,
                /// Lane-wise add, unsigned saturating.
                I8x16AddSatU = i8x16_add_sat_u(u128, u128) -> u128,
                /// Lane-wise subtract, signed saturating.
                I8x16SubSatS = i8x16_sub_sat_s(u128, u128) -> u128,
                /// Lane-wise subtract, unsigned saturating.
                I8x16SubSatU = i8x16_sub_sat_u(u128, u128) -> u128,
                /// Lane-wise unsigned average, rounding up.
                I8x16AvgrU = i8x16_avgr_u(u128, u128) -> u128,
                /// Lane-wise add, signed saturating.
                I16x8AddSatS = i16x8_add_sat_s(u128, u128) -> u128,
                /// Lane-wise add, unsigned saturating.
                I16x8AddSatU = i16x8_add_sat_u(u128, u128) -> u128,
                /// Lane-wise subtract, signed saturating.
                I16x8SubSatS = i16x8_sub_sat_s(u128, u128) -> u128,
                /// Lane-wise subtract, unsigned saturating.
                I16x8SubSatU = i16x8_sub_sat_u(u128, u128) -> u128,
                /// Lane-wise unsigned average, rounding up.
                I16x8AvgrU = i16x8_avgr_u(u128, u128) -> u128,
                /// Lane-wise multiply (wrapping).
                I16x8Mul = i16x8_mul(u128, u128) -> u128,
                /// Lane-wise multiply (wrapping).
                I32x4Mul = i32x4_mul(u128, u128) -> u128,
                /// Lane-wise multiply (wrapping).
                I64x2Mul = i64x2_mul(u128, u128) -> u128,
                /// Lane-wise signed minimum.
                I8x16MinS = i8x16_min_s(u128, u128) -> u128,
                /// Lane-wise unsigned minimum.
                I8x16MinU = i8x16_min_u(u128, u128) -> u128,
                /// Lane-wise signed maximum.
                I8x16MaxS = i8x16_max_s(u128, u128) -> u128,
                /// Lane-wise unsigned maximum.
                I8x16MaxU = i8x16_max_u(u128, u128) -> u128,
                /// Lane-wise signed minimum.
                I16x8MinS = i16x8_min_s(u128, u128) -> u128,
                /// Lane-wise unsigned minimum.
                I16x8MinU = i16x8_min_u(u128, u128) -> u128,
                /// Lane-wise signed maximum.
                I16x8MaxS = i16x8_max_s(u128, u128) -> u128,
                /// Lane-wise unsigned maximum.
                I16x8MaxU = i16x8_max_u(u128, u128) -> u128,
                /// Lane-wise signed minimum.
                I32x4MinS = i32x4_min_s(u128, u128) -> u128,
                /// Lane-wise unsigned minimum.
                I32x4MinU = i32x4_min_u(u128, u128) -> u128,
                /// Lane-wise signed maximum.
                I32x4MaxS = i32x4_max_s(u128, u128) -> u128,
                /// Lane-wise unsigned maximum.
                I32x4MaxU = i32x4_max_u(u128, u128) -> u128,
                /// Lane-wise Q15 multiply, rounding and saturating.
                I16x8Q15MulrSatS = i16x8_q15_mulr_sat_s(u128, u128) -> u128,
                /// Signed 16-bit products of adjacent lanes summed into 32-bit lanes.
                I32x4DotI16x8S = i32x4_dot_i16x8_s(u128, u128) -> u128,
                /// The low halves' lanes sign-extended to twice their width, then multiplied.
                I16x8ExtMulLowI8x16S = i16x8_ext_mul_low_i8x16_s(u128, u128) -> u128,
                /// The low halves' lanes zero-extended to twice their width, then multiplied.
                I16x8ExtMulLowI8x16U = i16x8_ext_mul_low_i8x16_u(u128, u128) -> u128,
                /// The high halves' lanes sign-extended to twice their width, then multiplied.
                I16x8ExtMulHighI8x16S = i16x8_ext_mul_high_i8x16_s(u128, u128) -> u128,
                /// The high halves' lanes zero-extended to twice their width, then multiplied.
                I16x8ExtMulHighI8x16U = i16x8_ext_mul_high_i8x16_u(u128, u128) -> u128,
                /// The low halves' lanes sign-extended to twice their width, then multiplied.
                I32x4ExtMulLowI16x8S = i32x4_ext_mul_low_i16x8_s(u128, u128) -> u128,
                /// The low halves' lanes zero-extended to twice their width, then multiplied.
                I32x4ExtMulLowI16x8U = i32x4_ext_mul_low_i16x8_u(u128, u128) -> u128,
                /// The high halves' lanes sign-extended to twice their width, then multiplied.
                I32x4ExtMulHighI16x8S = i32x4_ext_mul_high_i16x8_s(u128, u128) -> u128,
                /// The high halves' lanes zero-extended to twice their width, then multiplied.
                I32x4ExtMulHighI16x8U = i32x4_ext_mul_high_i16x8_u(u128, u128) -> u128,
                /// The low halves' lanes sign-extended to twice their width, then multiplied.
                I64x2ExtMulLowI32x4S = i64x2_ext_mul_low_i32x4_s(u128, u128) -> u128,
                /// The low halves' lanes zero-extended to twice their width, then multiplied.
                I64x2ExtMulLowI32x4U = i64x2_ext_mul_low_i32x4_u(u128, u128) -> u128,
                /// The high halves' lanes sign-extended to twice their width, then multiplied.
                I64x2ExtMulHighI32x4S = i64x2_ext_mul_high_i32x4_s(u128, u128) -> u128,
                /// The high halves' lanes zero-extended to twice their width, then multiplied.
                I64x2ExtMulHighI32x4U = i64x2_ext_mul_high_i32x4_u(u128, u128) -> u128,
                /// Lane-wise add.
                F32x4Add = f32x4_add(u128, u128) -> u128,
                /// Lane-wise subtract.
                F32x4Sub = f32x4_sub(u128, u128) -> u128,
                /// Lane-wise multiply.
                F32x4Mul = f32x4_mul(u128, u128) -> u128,
                /// Lane-wise divide.
                F32x4Div = f32x4_div(u128, u128) -> u128,
                /// Lane-wise minimum (NaN if either is; -0 below +0).
                F32x4Min = f32x4_min(u128, u128) -> u128,
                /// Lane-wise maximum (NaN if either is; +0 above -0).
                F32x4Max = f32x4_max(u128, u128) -> u128,
                /// Lane-wise pseudo-minimum: `b < a ? b : a`.
                F32x4PMin = f32x4_pmin(u128, u128) -> u128,
                /// Lane-wise pseudo-maximum: `a < b ? b : a`.
                F32x4PMax = f32x4_pmax(u128, u128) -> u128,
                /// Lane-wise add.
                F64x2Add = f64x2_add(u128, u128) -> u128,
                /// Lane-wise subtract.
                F64x2Sub = f64x2_sub(u128, u128) -> u128,
                /// Lane-wise multiply.
                F64x2Mul = f64x2_mul(u128, u128) -> u128,
                /// Lane-wise divide.
                F64x2Div = f64x2_div(u128, u128) -> u128,
                /// Lane-wise minimum (NaN if either is; -0 below +0).
                F64x2Min = f64x2_min(u128, u128) -> u128,
                /// Lane-wise maximum (NaN if either is; +0 above -0).
                F64x2Max = f64x2_max(u128, u128) -> u128,
                /// Lane-wise pseudo-minimum: `b < a ? b : a`.
                F64x2PMin = f64x2_pmin(u128, u128) -> u128,
                /// Lane-wise pseudo-maximum: `a < b ? b : a`.
                F64x2PMax = f64x2_pmax(u128, u128) -> u128,
                /// Relaxed: as `i8x16.swizzle` (the deterministic choice).
                I8x16RelaxedSwizzle = i8x16_relaxed_swizzle(u128, u128) -> u128,
                /// Relaxed: as `f32x4.min`.
                F32x4RelaxedMin = f32x4_relaxed_min(u128, u128) -> u128,
                /// Relaxed: as `f32x4.max`.
                F32x4RelaxedMax = f32x4_relaxed_max(u128, u128) -> u128,
                /// Relaxed: as `f64x2.min`.
                F64x2RelaxedMin = f64x2_relaxed_min(u128, u128) -> u128,
                /// Relaxed: as `f64x2.max`.
                F64x2RelaxedMax = f64x2_relaxed_max(u128, u128) -> u128,
                /// Relaxed: as `i16x8.q15mulr_sat_s`.
                I16x8RelaxedQ15mulrS = i16x8_relaxed_q15mulr_s(u128, u128) -> u128,
                /// Relaxed: signed 8-bit products of adjacent lanes summed into 16-bit lanes, saturating, the second vector read as signed (the deterministic profile).
                I16x8RelaxedDotI8x16I7x16S = i16x8_relaxed_dot_i8x16_i7x16_s(u128, u128) -> u128,
            }
            simd_ternary {
                /// Bits of the first vector where the third's are set, else of the second.
                V128Bitselect = v128_bitselect(u128, u128, u128) -> u128,
                /// Relaxed: lane-wise `a * b + c`, unfused (Wasm 3.0's deterministic profile).
                F32x4RelaxedMadd = f32x4_relaxed_madd(u128, u128, u128) -> u128,
                /// Relaxed: lane-wise `-(a * b) + c`, unfused (Wasm 3.0's deterministic profile).
                F32x4RelaxedNmadd = f32x4_relaxed_nmadd(u128, u128, u128) -> u128,
                /// Relaxed: lane-wise `a * b + c`, unfused (Wasm 3.0's deterministic profile).
                F64x2RelaxedMadd = f64x2_relaxed_madd(u128, u128, u128) -> u128,
                /// Relaxed: lane-wise `-(a * b) + c`, unfused (Wasm 3.0's deterministic profile).
                F64x2RelaxedNmadd = f64x2_relaxed_nmadd(u128, u128, u128) -> u128,
                /// Relaxed: as `v128.bitselect` (the deterministic choice).
                I8x16RelaxedLaneselect = i8x16_relaxed_laneselect(u128, u128, u128) -> u128,
                /// Relaxed: as `v128.bitselect` (the deterministic choice).
                I16x8RelaxedLaneselect = i16x8_relaxed_laneselect(u128, u128, u128) -> u128,
                /// Relaxed: as `v128.bitselect` (the deterministic choice).
                I32x4RelaxedLaneselect = i32x4_relaxed_laneselect(u128, u128, u128) -> u128,
                /// Relaxed: as `v128.bitselect` (the deterministic choice).
                I64x2RelaxedLaneselect = i64x2_relaxed_laneselect(u128, u128, u128) -> u128,
                /// Relaxed: `i16x8.relaxed_dot_i8x16_i7x16_s`, adjacent lanes summed into i32 lanes and added to the third vector's (wrapping).
                I32x4RelaxedDotI8x16I7x16AddS = i32x4_relaxed_dot_i8x16_i7x16_add_s(u128, u128, u128) -> u128,
            }
            simd_ternary_ir {
                /// `i8x16.shuffle`: lane `i` is byte `mask[i]` of the two vectors' 32 bytes (the first's are 0–15). The predecoder pushes the shuffle's lane immediate as the third vector, as two `Const64`.
                I8x16Shuffle = i8x16_shuffle(u128, u128, u128) -> u128,
                /// `select` of two vectors: pop a condition and two vectors; push the first if the condition is non-zero.
                V128Select = v128_select(u128, u128, i32) -> u128,
            }

            reg_control {
                /// Copy slot `from` to slot `to`.
                Copy = copy -> to { from: u32, to: u32 },
                /// Copy slot `from0` to slot `to0`, then slot `from1` to slot `to1`.
                Copy2 = copy2 -> to1 { from0: u16, to0: u16, from1: u16, to1: u16 },
                /// Write the cell `value` (an i32 or f32 zero-extended, or 64-bit bits) to slot `dst`.
                ConstTo = const_to -> dst { dst: u32, value: u64 },
                /// Set the operand-stack pointer to slot `slot`, for a stack-form op that follows.
                SetSp = set_sp { slot: u32 },
                /// Continue at `ip + offset` when the i32 in slot `a` is non-zero.
                BrNezR = br_nez { a: u32, offset: i32 },
                /// Continue at `ip + offset` when the i32 in slot `a` is zero.
                BrEqzR = br_eqz { a: u32, offset: i32 },
                /// Continue at the target of entry `min(slot index, len)` of the `len + 1`
                /// `Jump` ops that follow, without running the entry.
                BrTableR = br_table { index: u32, len: u32 },
                /// Copy the `results` cells from slot `src` on to the frame's base and return.
                ReturnR = ret(results) { src: u32, results: u32 },
                /// Call defined function `func`; its arguments are slots `base..`, which
                /// become its first locals, and its results land there.
                CallR = call { func: u32, base: u32 },
                /// Call the function at slot `index` of table `table`, checking it has type
                /// `ty`; arguments and results as for `CallR`.
                CallIndirectR = call_indirect { table: u16, ty: u32, base: u32, index: u32 },
                /// Slot `dst` (holding the first operand) becomes slot `b` when the i32 in
                /// slot `cond` is zero.
                SelectR = select { dst: u32, b: u32, cond: u32 },
                /// Global `idx` into slot `dst`.
                GlobalGetR = global_get -> dst { idx: u32, dst: u32 },
                /// Slot `src` into global `idx`.
                GlobalSetR = global_set { idx: u32, src: u32 },
                /// Continue at `ip + offset` when the i32 in the accumulator is non-zero.
                BrNezA = br_nez_acc { a: u32, offset: i32 },
                /// Continue at `ip + offset` when the i32 in the accumulator is zero.
                BrEqzA = br_eqz_acc { a: u32, offset: i32 },
                /// Continue at `ip + offset` when the i32 in slot `a` and `mask` share no
                /// bit: an `i32.and` with a constant whose result only feeds a branch on zero.
                BrAndEqzR = br_and<false> { a: u32, mask: u32, offset: i32 },
                /// Continue at `ip + offset` when the i32 in slot `a` and `mask` share a bit.
                BrAndNezR = br_and<true> { a: u32, mask: u32, offset: i32 },
                /// `BrTableR` on the index in the accumulator.
                BrTableA = br_table_acc { index: u32, len: u32 },
                /// Return the accumulator: the one result.
                ReturnA = ret_acc { src: u32 },
                /// `SelectR` on the condition in the accumulator.
                SelectA = select_acc { dst: u32, b: u32, cond: u32 },
                /// The accumulator into global `idx`.
                GlobalSetA = global_set_acc { idx: u32, src: u32 },
                /// The accumulator (the value of slot `from`) into slot `to`.
                CopyA = copy_acc -> to { from: u32, to: u32 },
                /// `Copy2` whose first copy takes the accumulator (slot `from0`'s value).
                Copy2AR = copy2_acc_first -> to1 { from0: u16, to0: u16, from1: u16, to1: u16 },
                /// `Copy2` whose second copy takes the accumulator (slot `from1`'s
                /// value); the first copy does not write `from1`.
                Copy2RA = copy2_acc_second -> to1 { from0: u16, to0: u16, from1: u16, to1: u16 },
                /// `i32.load` of an array element: from the i32 sum of slot `base` and
                /// slot `index` shifted left by `shift` (wrapping, as the `i32.shl` and
                /// `i32.add` it replaces), plus `offset`, into slot `dst`.
                I32LoadIdx = load_idx<I32Load> -> dst { base: u16, index: u16, shift: u16, dst: u16, offset: u32 },
                /// `i64.load` of an array element, addressed as for `I32LoadIdx`.
                I64LoadIdx = load_idx<I64Load> -> dst { base: u16, index: u16, shift: u16, dst: u16, offset: u32 },
                /// `f64.load` of an array element, addressed as for `I32LoadIdx`.
                F64LoadIdx = load_idx<F64Load> -> dst { base: u16, index: u16, shift: u16, dst: u16, offset: u32 },
                /// `i32.load` from the constant address `addr` (the address operand and
                /// the offset, added) into slot `dst`: a global variable of C code.
                I32LoadAt = i32_load_at -> dst { dst: u32, addr: u32 },
                /// `i32.store` of slot `v` to the constant address `addr`.
                I32StoreAt = i32_store_at { v: u32, addr: u32 },
                /// Two `i32.add`s of a slot and a constant, in order: slot `a0` plus `imm0`
                /// into slot `dst0`, then slot `a1` plus `imm1` into slot `dst1` (the
                /// accumulator): the steps of two induction variables, `p += 8; i += 1`.
                I32Add2 = i32_add2 -> dst1 { a0: u16, dst0: u16, imm0: i16, a1: u16, dst1: u16, imm1: i16 },
                /// `I32AddRM` whose sum is also stored back where it was loaded from:
                /// slot `a` plus the i32 at the address in slot `p` plus `offset`, into
                /// slot `dst` and that i32 (`a[i] += x`). `acc` as for `reg_binary_mem_b`.
                I32AddRmw = i32_add_rmw(acc) -> dst { a: u16, p: u16, dst: u16, acc: u16, offset: u32 },
            }
            reg_unary {
                /// `i32.eqz` of slot `a` into slot `dst`.
                I32EqzR = I32Eqz,
                /// `i64.eqz` of slot `a` into slot `dst`.
                I64EqzR = I64Eqz,
                /// `i32.clz` of slot `a` into slot `dst`.
                I32ClzR = I32Clz,
                /// `i32.ctz` of slot `a` into slot `dst`.
                I32CtzR = I32Ctz,
                /// `i32.popcnt` of slot `a` into slot `dst`.
                I32PopcntR = I32Popcnt,
                /// `i64.clz` of slot `a` into slot `dst`.
                I64ClzR = I64Clz,
                /// `i64.ctz` of slot `a` into slot `dst`.
                I64CtzR = I64Ctz,
                /// `i64.popcnt` of slot `a` into slot `dst`.
                I64PopcntR = I64Popcnt,
                /// `f32.abs` of slot `a` into slot `dst`.
                F32AbsR = F32Abs,
                /// `f32.neg` of slot `a` into slot `dst`.
                F32NegR = F32Neg,
                /// `f32.ceil` of slot `a` into slot `dst`.
                F32CeilR = F32Ceil,
                /// `f32.floor` of slot `a` into slot `dst`.
                F32FloorR = F32Floor,
                /// `f32.trunc` of slot `a` into slot `dst`.
                F32TruncR = F32Trunc,
                /// `f32.nearest` of slot `a` into slot `dst`.
                F32NearestR = F32Nearest,
                /// `f32.sqrt` of slot `a` into slot `dst`.
                F32SqrtR = F32Sqrt,
                /// `f64.abs` of slot `a` into slot `dst`.
                F64AbsR = F64Abs,
                /// `f64.neg` of slot `a` into slot `dst`.
                F64NegR = F64Neg,
                /// `f64.ceil` of slot `a` into slot `dst`.
                F64CeilR = F64Ceil,
                /// `f64.floor` of slot `a` into slot `dst`.
                F64FloorR = F64Floor,
                /// `f64.trunc` of slot `a` into slot `dst`.
                F64TruncR = F64Trunc,
                /// `f64.nearest` of slot `a` into slot `dst`.
                F64NearestR = F64Nearest,
                /// `f64.sqrt` of slot `a` into slot `dst`.
                F64SqrtR = F64Sqrt,
                /// `i32.wrap_i64` of slot `a` into slot `dst`.
                I32WrapI64R = I32WrapI64,
                /// `i64.extend_i32_s` of slot `a` into slot `dst`.
                I64ExtendI32SR = I64ExtendI32S,
                /// `i64.extend_i32_u` of slot `a` into slot `dst`.
                I64ExtendI32UR = I64ExtendI32U,
                /// `f32.convert_i32_s` of slot `a` into slot `dst`.
                F32ConvertI32SR = F32ConvertI32S,
                /// `f32.convert_i32_u` of slot `a` into slot `dst`.
                F32ConvertI32UR = F32ConvertI32U,
                /// `f32.convert_i64_s` of slot `a` into slot `dst`.
                F32ConvertI64SR = F32ConvertI64S,
                /// `f32.convert_i64_u` of slot `a` into slot `dst`.
                F32ConvertI64UR = F32ConvertI64U,
                /// `f32.demote_f64` of slot `a` into slot `dst`.
                F32DemoteF64R = F32DemoteF64,
                /// `f64.convert_i32_s` of slot `a` into slot `dst`.
                F64ConvertI32SR = F64ConvertI32S,
                /// `f64.convert_i32_u` of slot `a` into slot `dst`.
                F64ConvertI32UR = F64ConvertI32U,
                /// `f64.convert_i64_s` of slot `a` into slot `dst`.
                F64ConvertI64SR = F64ConvertI64S,
                /// `f64.convert_i64_u` of slot `a` into slot `dst`.
                F64ConvertI64UR = F64ConvertI64U,
                /// `f64.promote_f32` of slot `a` into slot `dst`.
                F64PromoteF32R = F64PromoteF32,
                /// `i32.extend8_s` of slot `a` into slot `dst`.
                I32Extend8SR = I32Extend8S,
                /// `i32.extend16_s` of slot `a` into slot `dst`.
                I32Extend16SR = I32Extend16S,
                /// `i64.extend8_s` of slot `a` into slot `dst`.
                I64Extend8SR = I64Extend8S,
                /// `i64.extend16_s` of slot `a` into slot `dst`.
                I64Extend16SR = I64Extend16S,
                /// `i64.extend32_s` of slot `a` into slot `dst`.
                I64Extend32SR = I64Extend32S,
                /// `i32.trunc_sat_f32_s` of slot `a` into slot `dst`.
                I32TruncSatF32SR = I32TruncSatF32S,
                /// `i32.trunc_sat_f32_u` of slot `a` into slot `dst`.
                I32TruncSatF32UR = I32TruncSatF32U,
                /// `i32.trunc_sat_f64_s` of slot `a` into slot `dst`.
                I32TruncSatF64SR = I32TruncSatF64S,
                /// `i32.trunc_sat_f64_u` of slot `a` into slot `dst`.
                I32TruncSatF64UR = I32TruncSatF64U,
                /// `i64.trunc_sat_f32_s` of slot `a` into slot `dst`.
                I64TruncSatF32SR = I64TruncSatF32S,
                /// `i64.trunc_sat_f32_u` of slot `a` into slot `dst`.
                I64TruncSatF32UR = I64TruncSatF32U,
                /// `i64.trunc_sat_f64_s` of slot `a` into slot `dst`.
                I64TruncSatF64SR = I64TruncSatF64S,
                /// `i64.trunc_sat_f64_u` of slot `a` into slot `dst`.
                I64TruncSatF64UR = I64TruncSatF64U,
                /// `ref.is_null` of slot `a` into slot `dst`.
                RefIsNullR = RefIsNull,
            }
            reg_unary_trap {
                /// `ref.as_non_null` of slot `a` into slot `dst`, or trap.
                RefAsNonNullR = RefAsNonNull,
                /// `i32.trunc_f32_s` of slot `a` into slot `dst`, or trap.
                I32TruncF32SR = I32TruncF32S,
                /// `i32.trunc_f32_u` of slot `a` into slot `dst`, or trap.
                I32TruncF32UR = I32TruncF32U,
                /// `i32.trunc_f64_s` of slot `a` into slot `dst`, or trap.
                I32TruncF64SR = I32TruncF64S,
                /// `i32.trunc_f64_u` of slot `a` into slot `dst`, or trap.
                I32TruncF64UR = I32TruncF64U,
                /// `i64.trunc_f32_s` of slot `a` into slot `dst`, or trap.
                I64TruncF32SR = I64TruncF32S,
                /// `i64.trunc_f32_u` of slot `a` into slot `dst`, or trap.
                I64TruncF32UR = I64TruncF32U,
                /// `i64.trunc_f64_s` of slot `a` into slot `dst`, or trap.
                I64TruncF64SR = I64TruncF64S,
                /// `i64.trunc_f64_u` of slot `a` into slot `dst`, or trap.
                I64TruncF64UR = I64TruncF64U,
            }
            reg_binary {
                /// `i32.eq` of slots `a` and `b` into slot `dst`.
                I32EqRR = I32Eq,
                /// `i32.ne` of slots `a` and `b` into slot `dst`.
                I32NeRR = I32Ne,
                /// `i32.lt_s` of slots `a` and `b` into slot `dst`.
                I32LtSRR = I32LtS,
                /// `i32.lt_u` of slots `a` and `b` into slot `dst`.
                I32LtURR = I32LtU,
                /// `i32.gt_s` of slots `a` and `b` into slot `dst`.
                I32GtSRR = I32GtS,
                /// `i32.gt_u` of slots `a` and `b` into slot `dst`.
                I32GtURR = I32GtU,
                /// `i32.le_s` of slots `a` and `b` into slot `dst`.
                I32LeSRR = I32LeS,
                /// `i32.le_u` of slots `a` and `b` into slot `dst`.
                I32LeURR = I32LeU,
                /// `i32.ge_s` of slots `a` and `b` into slot `dst`.
                I32GeSRR = I32GeS,
                /// `i32.ge_u` of slots `a` and `b` into slot `dst`.
                I32GeURR = I32GeU,
                /// `i64.eq` of slots `a` and `b` into slot `dst`.
                I64EqRR = I64Eq,
                /// `i64.ne` of slots `a` and `b` into slot `dst`.
                I64NeRR = I64Ne,
                /// `i64.lt_s` of slots `a` and `b` into slot `dst`.
                I64LtSRR = I64LtS,
                /// `i64.lt_u` of slots `a` and `b` into slot `dst`.
                I64LtURR = I64LtU,
                /// `i64.gt_s` of slots `a` and `b` into slot `dst`.
                I64GtSRR = I64GtS,
                /// `i64.gt_u` of slots `a` and `b` into slot `dst`.
                I64GtURR = I64GtU,
                /// `i64.le_s` of slots `a` and `b` into slot `dst`.
                I64LeSRR = I64LeS,
                /// `i64.le_u` of slots `a` and `b` into slot `dst`.
                I64LeURR = I64LeU,
                /// `i64.ge_s` of slots `a` and `b` into slot `dst`.
                I64GeSRR = I64GeS,
                /// `i64.ge_u` of slots `a` and `b` into slot `dst`.
                I64GeURR = I64GeU,
                /// `f32.eq` of slots `a` and `b` into slot `dst`.
                F32EqRR = F32Eq,
                /// `f32.ne` of slots `a` and `b` into slot `dst`.
                F32NeRR = F32Ne,
                /// `f32.lt` of slots `a` and `b` into slot `dst`.
                F32LtRR = F32Lt,
                /// `f32.gt` of slots `a` and `b` into slot `dst`.
                F32GtRR = F32Gt,
                /// `f32.le` of slots `a` and `b` into slot `dst`.
                F32LeRR = F32Le,
                /// `f32.ge` of slots `a` and `b` into slot `dst`.
                F32GeRR = F32Ge,
                /// `f64.eq` of slots `a` and `b` into slot `dst`.
                F64EqRR = F64Eq,
                /// `f64.ne` of slots `a` and `b` into slot `dst`.
                F64NeRR = F64Ne,
                /// `f64.lt` of slots `a` and `b` into slot `dst`.
                F64LtRR = F64Lt,
                /// `f64.gt` of slots `a` and `b` into slot `dst`.
                F64GtRR = F64Gt,
                /// `f64.le` of slots `a` and `b` into slot `dst`.
                F64LeRR = F64Le,
                /// `f64.ge` of slots `a` and `b` into slot `dst`.
                F64GeRR = F64Ge,
                /// `i32.add` of slots `a` and `b` into slot `dst`.
                I32AddRR = I32Add,
                /// `i32.sub` of slots `a` and `b` into slot `dst`.
                I32SubRR = I32Sub,
                /// `i32.mul` of slots `a` and `b` into slot `dst`.
                I32MulRR = I32Mul,
                /// `i32.and` of slots `a` and `b` into slot `dst`.
                I32AndRR = I32And,
                /// `i32.or` of slots `a` and `b` into slot `dst`.
                I32OrRR = I32Or,
                /// `i32.xor` of slots `a` and `b` into slot `dst`.
                I32XorRR = I32Xor,
                /// `i32.shl` of slots `a` and `b` into slot `dst`.
                I32ShlRR = I32Shl,
                /// `i32.shr_s` of slots `a` and `b` into slot `dst`.
                I32ShrSRR = I32ShrS,
                /// `i32.shr_u` of slots `a` and `b` into slot `dst`.
                I32ShrURR = I32ShrU,
                /// `i32.rotl` of slots `a` and `b` into slot `dst`.
                I32RotlRR = I32Rotl,
                /// `i32.rotr` of slots `a` and `b` into slot `dst`.
                I32RotrRR = I32Rotr,
                /// `i64.add` of slots `a` and `b` into slot `dst`.
                I64AddRR = I64Add,
                /// `i64.sub` of slots `a` and `b` into slot `dst`.
                I64SubRR = I64Sub,
                /// `i64.mul` of slots `a` and `b` into slot `dst`.
                I64MulRR = I64Mul,
                /// `i64.and` of slots `a` and `b` into slot `dst`.
                I64AndRR = I64And,
                /// `i64.or` of slots `a` and `b` into slot `dst`.
                I64OrRR = I64Or,
                /// `i64.xor` of slots `a` and `b` into slot `dst`.
                I64XorRR = I64Xor,
                /// `i64.shl` of slots `a` and `b` into slot `dst`.
                I64ShlRR = I64Shl,
                /// `i64.shr_s` of slots `a` and `b` into slot `dst`.
                I64ShrSRR = I64ShrS,
                /// `i64.shr_u` of slots `a` and `b` into slot `dst`.
                I64ShrURR = I64ShrU,
                /// `i64.rotl` of slots `a` and `b` into slot `dst`.
                I64RotlRR = I64Rotl,
                /// `i64.rotr` of slots `a` and `b` into slot `dst`.
                I64RotrRR = I64Rotr,
                /// `f32.add` of slots `a` and `b` into slot `dst`.
                F32AddRR = F32Add,
                /// `f32.sub` of slots `a` and `b` into slot `dst`.
                F32SubRR = F32Sub,
                /// `f32.mul` of slots `a` and `b` into slot `dst`.
                F32MulRR = F32Mul,
                /// `f32.div` of slots `a` and `b` into slot `dst`.
                F32DivRR = F32Div,
                /// `f32.min` of slots `a` and `b` into slot `dst`.
                F32MinRR = F32Min,
                /// `f32.max` of slots `a` and `b` into slot `dst`.
                F32MaxRR = F32Max,
                /// `f32.copysign` of slots `a` and `b` into slot `dst`.
                F32CopysignRR = F32Copysign,
                /// `f64.add` of slots `a` and `b` into slot `dst`.
                F64AddRR = F64Add,
                /// `f64.sub` of slots `a` and `b` into slot `dst`.
                F64SubRR = F64Sub,
                /// `f64.mul` of slots `a` and `b` into slot `dst`.
                F64MulRR = F64Mul,
                /// `f64.div` of slots `a` and `b` into slot `dst`.
                F64DivRR = F64Div,
                /// `f64.min` of slots `a` and `b` into slot `dst`.
                F64MinRR = F64Min,
                /// `f64.max` of slots `a` and `b` into slot `dst`.
                F64MaxRR = F64Max,
                /// `f64.copysign` of slots `a` and `b` into slot `dst`.
                F64CopysignRR = F64Copysign,
            }
            reg_binary_imm {
                /// `i32.eq` of slot `a` and the immediate `imm` into slot `dst`.
                I32EqRI = I32Eq,
                /// `i32.ne` of slot `a` and the immediate `imm` into slot `dst`.
                I32NeRI = I32Ne,
                /// `i32.lt_s` of slot `a` and the immediate `imm` into slot `dst`.
                I32LtSRI = I32LtS,
                /// `i32.lt_u` of slot `a` and the immediate `imm` into slot `dst`.
                I32LtURI = I32LtU,
                /// `i32.gt_s` of slot `a` and the immediate `imm` into slot `dst`.
                I32GtSRI = I32GtS,
                /// `i32.gt_u` of slot `a` and the immediate `imm` into slot `dst`.
                I32GtURI = I32GtU,
                /// `i32.le_s` of slot `a` and the immediate `imm` into slot `dst`.
                I32LeSRI = I32LeS,
                /// `i32.le_u` of slot `a` and the immediate `imm` into slot `dst`.
                I32LeURI = I32LeU,
                /// `i32.ge_s` of slot `a` and the immediate `imm` into slot `dst`.
                I32GeSRI = I32GeS,
                /// `i32.ge_u` of slot `a` and the immediate `imm` into slot `dst`.
                I32GeURI = I32GeU,
                /// `i64.eq` of slot `a` and the immediate `imm` into slot `dst`.
                I64EqRI = I64Eq,
                /// `i64.ne` of slot `a` and the immediate `imm` into slot `dst`.
                I64NeRI = I64Ne,
                /// `i64.lt_s` of slot `a` and the immediate `imm` into slot `dst`.
                I64LtSRI = I64LtS,
                /// `i64.lt_u` of slot `a` and the immediate `imm` into slot `dst`.
                I64LtURI = I64LtU,
                /// `i64.gt_s` of slot `a` and the immediate `imm` into slot `dst`.
                I64GtSRI = I64GtS,
                /// `i64.gt_u` of slot `a` and the immediate `imm` into slot `dst`.
                I64GtURI = I64GtU,
                /// `i64.le_s` of slot `a` and the immediate `imm` into slot `dst`.
                I64LeSRI = I64LeS,
                /// `i64.le_u` of slot `a` and the immediate `imm` into slot `dst`.
                I64LeURI = I64LeU,
                /// `i64.ge_s` of slot `a` and the immediate `imm` into slot `dst`.
                I64GeSRI = I64GeS,
                /// `i64.ge_u` of slot `a` and the immediate `imm` into slot `dst`.
                I64GeURI = I64GeU,
                /// `f32.eq` of slot `a` and the immediate `imm` into slot `dst`.
                F32EqRI = F32Eq,
                /// `f32.ne` of slot `a` and the immediate `imm` into slot `dst`.
                F32NeRI = F32Ne,
                /// `f32.lt` of slot `a` and the immediate `imm` into slot `dst`.
                F32LtRI = F32Lt,
                /// `f32.gt` of slot `a` and the immediate `imm` into slot `dst`.
                F32GtRI = F32Gt,
                /// `f32.le` of slot `a` and the immediate `imm` into slot `dst`.
                F32LeRI = F32Le,
                /// `f32.ge` of slot `a` and the immediate `imm` into slot `dst`.
                F32GeRI = F32Ge,
                /// `i32.add` of slot `a` and the immediate `imm` into slot `dst`.
                I32AddRI = I32Add,
                /// `i32.sub` of slot `a` and the immediate `imm` into slot `dst`.
                I32SubRI = I32Sub,
                /// `i32.mul` of slot `a` and the immediate `imm` into slot `dst`.
                I32MulRI = I32Mul,
                /// `i32.and` of slot `a` and the immediate `imm` into slot `dst`.
                I32AndRI = I32And,
                /// `i32.or` of slot `a` and the immediate `imm` into slot `dst`.
                I32OrRI = I32Or,
                /// `i32.xor` of slot `a` and the immediate `imm` into slot `dst`.
                I32XorRI = I32Xor,
                /// `i32.shl` of slot `a` and the immediate `imm` into slot `dst`.
                I32ShlRI = I32Shl,
                /// `i32.shr_s` of slot `a` and the immediate `imm` into slot `dst`.
                I32ShrSRI = I32ShrS,
                /// `i32.shr_u` of slot `a` and the immediate `imm` into slot `dst`.
                I32ShrURI = I32ShrU,
                /// `i32.rotl` of slot `a` and the immediate `imm` into slot `dst`.
                I32RotlRI = I32Rotl,
                /// `i32.rotr` of slot `a` and the immediate `imm` into slot `dst`.
                I32RotrRI = I32Rotr,
                /// `i64.add` of slot `a` and the immediate `imm` into slot `dst`.
                I64AddRI = I64Add,
                /// `i64.sub` of slot `a` and the immediate `imm` into slot `dst`.
                I64SubRI = I64Sub,
                /// `i64.mul` of slot `a` and the immediate `imm` into slot `dst`.
                I64MulRI = I64Mul,
                /// `i64.and` of slot `a` and the immediate `imm` into slot `dst`.
                I64AndRI = I64And,
                /// `i64.or` of slot `a` and the immediate `imm` into slot `dst`.
                I64OrRI = I64Or,
                /// `i64.xor` of slot `a` and the immediate `imm` into slot `dst`.
                I64XorRI = I64Xor,
                /// `i64.shl` of slot `a` and the immediate `imm` into slot `dst`.
                I64ShlRI = I64Shl,
                /// `i64.shr_s` of slot `a` and the immediate `imm` into slot `dst`.
                I64ShrSRI = I64ShrS,
                /// `i64.shr_u` of slot `a` and the immediate `imm` into slot `dst`.
                I64ShrURI = I64ShrU,
                /// `i64.rotl` of slot `a` and the immediate `imm` into slot `dst`.
                I64RotlRI = I64Rotl,
                /// `i64.rotr` of slot `a` and the immediate `imm` into slot `dst`.
                I64RotrRI = I64Rotr,
                /// `f32.add` of slot `a` and the immediate `imm` into slot `dst`.
                F32AddRI = F32Add,
                /// `f32.sub` of slot `a` and the immediate `imm` into slot `dst`.
                F32SubRI = F32Sub,
                /// `f32.mul` of slot `a` and the immediate `imm` into slot `dst`.
                F32MulRI = F32Mul,
                /// `f32.div` of slot `a` and the immediate `imm` into slot `dst`.
                F32DivRI = F32Div,
                /// `f32.min` of slot `a` and the immediate `imm` into slot `dst`.
                F32MinRI = F32Min,
                /// `f32.max` of slot `a` and the immediate `imm` into slot `dst`.
                F32MaxRI = F32Max,
                /// `f32.copysign` of slot `a` and the immediate `imm` into slot `dst`.
                F32CopysignRI = F32Copysign,
            }
            reg_binary_trap {
                /// `i32.div_s` of slots `a` and `b` into slot `dst`, or trap.
                I32DivSRR = I32DivS,
                /// `i32.div_u` of slots `a` and `b` into slot `dst`, or trap.
                I32DivURR = I32DivU,
                /// `i32.rem_s` of slots `a` and `b` into slot `dst`, or trap.
                I32RemSRR = I32RemS,
                /// `i32.rem_u` of slots `a` and `b` into slot `dst`, or trap.
                I32RemURR = I32RemU,
                /// `i64.div_s` of slots `a` and `b` into slot `dst`, or trap.
                I64DivSRR = I64DivS,
                /// `i64.div_u` of slots `a` and `b` into slot `dst`, or trap.
                I64DivURR = I64DivU,
                /// `i64.rem_s` of slots `a` and `b` into slot `dst`, or trap.
                I64RemSRR = I64RemS,
                /// `i64.rem_u` of slots `a` and `b` into slot `dst`, or trap.
                I64RemURR = I64RemU,
            }
            reg_load {
                /// `i32.load` from the address in slot `a` plus `offset` into slot `dst`.
                I32LoadR = I32Load,
                /// `i64.load` from the address in slot `a` plus `offset` into slot `dst`.
                I64LoadR = I64Load,
                /// `f32.load` from the address in slot `a` plus `offset` into slot `dst`.
                F32LoadR = F32Load,
                /// `f64.load` from the address in slot `a` plus `offset` into slot `dst`.
                F64LoadR = F64Load,
                /// `i32.load8_s` from the address in slot `a` plus `offset` into slot `dst`.
                I32Load8SR = I32Load8S,
                /// `i32.load8_u` from the address in slot `a` plus `offset` into slot `dst`.
                I32Load8UR = I32Load8U,
                /// `i32.load16_s` from the address in slot `a` plus `offset` into slot `dst`.
                I32Load16SR = I32Load16S,
                /// `i32.load16_u` from the address in slot `a` plus `offset` into slot `dst`.
                I32Load16UR = I32Load16U,
                /// `i64.load8_s` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load8SR = I64Load8S,
                /// `i64.load8_u` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load8UR = I64Load8U,
                /// `i64.load16_s` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load16SR = I64Load16S,
                /// `i64.load16_u` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load16UR = I64Load16U,
                /// `i64.load32_s` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load32SR = I64Load32S,
                /// `i64.load32_u` from the address in slot `a` plus `offset` into slot `dst`.
                I64Load32UR = I64Load32U,
            }
            reg_store {
                /// `i32.store` of slot `v` at the address in slot `a` plus `offset`.
                I32StoreRR = I32Store,
                /// `i64.store` of slot `v` at the address in slot `a` plus `offset`.
                I64StoreRR = I64Store,
                /// `f32.store` of slot `v` at the address in slot `a` plus `offset`.
                F32StoreRR = F32Store,
                /// `f64.store` of slot `v` at the address in slot `a` plus `offset`.
                F64StoreRR = F64Store,
                /// `i32.store8` of slot `v` at the address in slot `a` plus `offset`.
                I32Store8RR = I32Store8,
                /// `i32.store16` of slot `v` at the address in slot `a` plus `offset`.
                I32Store16RR = I32Store16,
                /// `i64.store8` of slot `v` at the address in slot `a` plus `offset`.
                I64Store8RR = I64Store8,
                /// `i64.store16` of slot `v` at the address in slot `a` plus `offset`.
                I64Store16RR = I64Store16,
                /// `i64.store32` of slot `v` at the address in slot `a` plus `offset`.
                I64Store32RR = I64Store32,
            }
            reg_store_imm {
                /// `i32.store` of immediate `imm` at the address in slot `a` plus `offset`.
                I32StoreRI = I32Store,
                /// `i64.store` of immediate `imm` (sign-extended) at the address in slot `a` plus `offset`.
                I64StoreRI = I64Store,
                /// `f32.store` of immediate `imm` (its bits) at the address in slot `a` plus `offset`.
                F32StoreRI = F32Store,
                /// `i32.store8` of immediate `imm` at the address in slot `a` plus `offset`.
                I32Store8RI = I32Store8,
                /// `i32.store16` of immediate `imm` at the address in slot `a` plus `offset`.
                I32Store16RI = I32Store16,
                /// `i64.store8` of immediate `imm` at the address in slot `a` plus `offset`.
                I64Store8RI = I64Store8,
                /// `i64.store16` of immediate `imm` at the address in slot `a` plus `offset`.
                I64Store16RI = I64Store16,
                /// `i64.store32` of immediate `imm` at the address in slot `a` plus `offset`.
                I64Store32RI = I64Store32,
            }
            reg_br {
                /// Continue at `ip + offset` when `i32.eq` of slots `a` and `b` holds.
                I32EqBrRR = I32Eq,
                /// Continue at `ip + offset` when `i32.ne` of slots `a` and `b` holds.
                I32NeBrRR = I32Ne,
                /// Continue at `ip + offset` when `i32.lt_s` of slots `a` and `b` holds.
                I32LtSBrRR = I32LtS,
                /// Continue at `ip + offset` when `i32.lt_u` of slots `a` and `b` holds.
                I32LtUBrRR = I32LtU,
                /// Continue at `ip + offset` when `i32.gt_s` of slots `a` and `b` holds.
                I32GtSBrRR = I32GtS,
                /// Continue at `ip + offset` when `i32.gt_u` of slots `a` and `b` holds.
                I32GtUBrRR = I32GtU,
                /// Continue at `ip + offset` when `i32.le_s` of slots `a` and `b` holds.
                I32LeSBrRR = I32LeS,
                /// Continue at `ip + offset` when `i32.le_u` of slots `a` and `b` holds.
                I32LeUBrRR = I32LeU,
                /// Continue at `ip + offset` when `i32.ge_s` of slots `a` and `b` holds.
                I32GeSBrRR = I32GeS,
                /// Continue at `ip + offset` when `i32.ge_u` of slots `a` and `b` holds.
                I32GeUBrRR = I32GeU,
                /// Continue at `ip + offset` when `i64.eq` of slots `a` and `b` holds.
                I64EqBrRR = I64Eq,
                /// Continue at `ip + offset` when `i64.ne` of slots `a` and `b` holds.
                I64NeBrRR = I64Ne,
                /// Continue at `ip + offset` when `i64.lt_s` of slots `a` and `b` holds.
                I64LtSBrRR = I64LtS,
                /// Continue at `ip + offset` when `i64.lt_u` of slots `a` and `b` holds.
                I64LtUBrRR = I64LtU,
                /// Continue at `ip + offset` when `i64.gt_s` of slots `a` and `b` holds.
                I64GtSBrRR = I64GtS,
                /// Continue at `ip + offset` when `i64.gt_u` of slots `a` and `b` holds.
                I64GtUBrRR = I64GtU,
                /// Continue at `ip + offset` when `i64.le_s` of slots `a` and `b` holds.
                I64LeSBrRR = I64LeS,
                /// Continue at `ip + offset` when `i64.le_u` of slots `a` and `b` holds.
                I64LeUBrRR = I64LeU,
                /// Continue at `ip + offset` when `i64.ge_s` of slots `a` and `b` holds.
                I64GeSBrRR = I64GeS,
                /// Continue at `ip + offset` when `i64.ge_u` of slots `a` and `b` holds.
                I64GeUBrRR = I64GeU,
                /// Continue at `ip + offset` when `f32.eq` of slots `a` and `b` holds.
                F32EqBrRR = F32Eq,
                /// Continue at `ip + offset` when `f32.ne` of slots `a` and `b` holds.
                F32NeBrRR = F32Ne,
                /// Continue at `ip + offset` when `f32.lt` of slots `a` and `b` holds.
                F32LtBrRR = F32Lt,
                /// Continue at `ip + offset` when `f32.gt` of slots `a` and `b` holds.
                F32GtBrRR = F32Gt,
                /// Continue at `ip + offset` when `f32.le` of slots `a` and `b` holds.
                F32LeBrRR = F32Le,
                /// Continue at `ip + offset` when `f32.ge` of slots `a` and `b` holds.
                F32GeBrRR = F32Ge,
                /// Continue at `ip + offset` when `f64.eq` of slots `a` and `b` holds.
                F64EqBrRR = F64Eq,
                /// Continue at `ip + offset` when `f64.ne` of slots `a` and `b` holds.
                F64NeBrRR = F64Ne,
                /// Continue at `ip + offset` when `f64.lt` of slots `a` and `b` holds.
                F64LtBrRR = F64Lt,
                /// Continue at `ip + offset` when `f64.gt` of slots `a` and `b` holds.
                F64GtBrRR = F64Gt,
                /// Continue at `ip + offset` when `f64.le` of slots `a` and `b` holds.
                F64LeBrRR = F64Le,
                /// Continue at `ip + offset` when `f64.ge` of slots `a` and `b` holds.
                F64GeBrRR = F64Ge,
            }
            reg_br_imm {
                /// Continue at `ip + offset` when `i32.eq` of slot `a` and the immediate `imm` holds.
                I32EqBrRI = I32Eq,
                /// Continue at `ip + offset` when `i32.ne` of slot `a` and the immediate `imm` holds.
                I32NeBrRI = I32Ne,
                /// Continue at `ip + offset` when `i32.lt_s` of slot `a` and the immediate `imm` holds.
                I32LtSBrRI = I32LtS,
                /// Continue at `ip + offset` when `i32.lt_u` of slot `a` and the immediate `imm` holds.
                I32LtUBrRI = I32LtU,
                /// Continue at `ip + offset` when `i32.gt_s` of slot `a` and the immediate `imm` holds.
                I32GtSBrRI = I32GtS,
                /// Continue at `ip + offset` when `i32.gt_u` of slot `a` and the immediate `imm` holds.
                I32GtUBrRI = I32GtU,
                /// Continue at `ip + offset` when `i32.le_s` of slot `a` and the immediate `imm` holds.
                I32LeSBrRI = I32LeS,
                /// Continue at `ip + offset` when `i32.le_u` of slot `a` and the immediate `imm` holds.
                I32LeUBrRI = I32LeU,
                /// Continue at `ip + offset` when `i32.ge_s` of slot `a` and the immediate `imm` holds.
                I32GeSBrRI = I32GeS,
                /// Continue at `ip + offset` when `i32.ge_u` of slot `a` and the immediate `imm` holds.
                I32GeUBrRI = I32GeU,
                /// Continue at `ip + offset` when `i64.eq` of slot `a` and the immediate `imm` holds.
                I64EqBrRI = I64Eq,
                /// Continue at `ip + offset` when `i64.ne` of slot `a` and the immediate `imm` holds.
                I64NeBrRI = I64Ne,
                /// Continue at `ip + offset` when `i64.lt_s` of slot `a` and the immediate `imm` holds.
                I64LtSBrRI = I64LtS,
                /// Continue at `ip + offset` when `i64.lt_u` of slot `a` and the immediate `imm` holds.
                I64LtUBrRI = I64LtU,
                /// Continue at `ip + offset` when `i64.gt_s` of slot `a` and the immediate `imm` holds.
                I64GtSBrRI = I64GtS,
                /// Continue at `ip + offset` when `i64.gt_u` of slot `a` and the immediate `imm` holds.
                I64GtUBrRI = I64GtU,
                /// Continue at `ip + offset` when `i64.le_s` of slot `a` and the immediate `imm` holds.
                I64LeSBrRI = I64LeS,
                /// Continue at `ip + offset` when `i64.le_u` of slot `a` and the immediate `imm` holds.
                I64LeUBrRI = I64LeU,
                /// Continue at `ip + offset` when `i64.ge_s` of slot `a` and the immediate `imm` holds.
                I64GeSBrRI = I64GeS,
                /// Continue at `ip + offset` when `i64.ge_u` of slot `a` and the immediate `imm` holds.
                I64GeUBrRI = I64GeU,
                /// Continue at `ip + offset` when `f32.eq` of slot `a` and the immediate `imm` holds.
                F32EqBrRI = F32Eq,
                /// Continue at `ip + offset` when `f32.ne` of slot `a` and the immediate `imm` holds.
                F32NeBrRI = F32Ne,
                /// Continue at `ip + offset` when `f32.lt` of slot `a` and the immediate `imm` holds.
                F32LtBrRI = F32Lt,
                /// Continue at `ip + offset` when `f32.gt` of slot `a` and the immediate `imm` holds.
                F32GtBrRI = F32Gt,
                /// Continue at `ip + offset` when `f32.le` of slot `a` and the immediate `imm` holds.
                F32LeBrRI = F32Le,
                /// Continue at `ip + offset` when `f32.ge` of slot `a` and the immediate `imm` holds.
                F32GeBrRI = F32Ge,
            }
            acc_unary {
                /// `i32.eqz` of the accumulator into slot `dst`.
                I32EqzA = I32Eqz,
                /// `i64.eqz` of the accumulator into slot `dst`.
                I64EqzA = I64Eqz,
                /// `i32.clz` of the accumulator into slot `dst`.
                I32ClzA = I32Clz,
                /// `i32.ctz` of the accumulator into slot `dst`.
                I32CtzA = I32Ctz,
                /// `i32.popcnt` of the accumulator into slot `dst`.
                I32PopcntA = I32Popcnt,
                /// `i64.clz` of the accumulator into slot `dst`.
                I64ClzA = I64Clz,
                /// `i64.ctz` of the accumulator into slot `dst`.
                I64CtzA = I64Ctz,
                /// `i64.popcnt` of the accumulator into slot `dst`.
                I64PopcntA = I64Popcnt,
                /// `f32.abs` of the accumulator into slot `dst`.
                F32AbsA = F32Abs,
                /// `f32.neg` of the accumulator into slot `dst`.
                F32NegA = F32Neg,
                /// `f32.ceil` of the accumulator into slot `dst`.
                F32CeilA = F32Ceil,
                /// `f32.floor` of the accumulator into slot `dst`.
                F32FloorA = F32Floor,
                /// `f32.trunc` of the accumulator into slot `dst`.
                F32TruncA = F32Trunc,
                /// `f32.nearest` of the accumulator into slot `dst`.
                F32NearestA = F32Nearest,
                /// `f32.sqrt` of the accumulator into slot `dst`.
                F32SqrtA = F32Sqrt,
                /// `f64.abs` of the accumulator into slot `dst`.
                F64AbsA = F64Abs,
                /// `f64.neg` of the accumulator into slot `dst`.
                F64NegA = F64Neg,
                /// `f64.ceil` of the accumulator into slot `dst`.
                F64CeilA = F64Ceil,
                /// `f64.floor` of the accumulator into slot `dst`.
                F64FloorA = F64Floor,
                /// `f64.trunc` of the accumulator into slot `dst`.
                F64TruncA = F64Trunc,
                /// `f64.nearest` of the accumulator into slot `dst`.
                F64NearestA = F64Nearest,
                /// `f64.sqrt` of the accumulator into slot `dst`.
                F64SqrtA = F64Sqrt,
                /// `i32.wrap_i64` of the accumulator into slot `dst`.
                I32WrapI64A = I32WrapI64,
                /// `i64.extend_i32_s` of the accumulator into slot `dst`.
                I64ExtendI32SA = I64ExtendI32S,
                /// `i64.extend_i32_u` of the accumulator into slot `dst`.
                I64ExtendI32UA = I64ExtendI32U,
                /// `f32.convert_i32_s` of the accumulator into slot `dst`.
                F32ConvertI32SA = F32ConvertI32S,
                /// `f32.convert_i32_u` of the accumulator into slot `dst`.
                F32ConvertI32UA = F32ConvertI32U,
                /// `f32.convert_i64_s` of the accumulator into slot `dst`.
                F32ConvertI64SA = F32ConvertI64S,
                /// `f32.convert_i64_u` of the accumulator into slot `dst`.
                F32ConvertI64UA = F32ConvertI64U,
                /// `f32.demote_f64` of the accumulator into slot `dst`.
                F32DemoteF64A = F32DemoteF64,
                /// `f64.convert_i32_s` of the accumulator into slot `dst`.
                F64ConvertI32SA = F64ConvertI32S,
                /// `f64.convert_i32_u` of the accumulator into slot `dst`.
                F64ConvertI32UA = F64ConvertI32U,
                /// `f64.convert_i64_s` of the accumulator into slot `dst`.
                F64ConvertI64SA = F64ConvertI64S,
                /// `f64.convert_i64_u` of the accumulator into slot `dst`.
                F64ConvertI64UA = F64ConvertI64U,
                /// `f64.promote_f32` of the accumulator into slot `dst`.
                F64PromoteF32A = F64PromoteF32,
                /// `i32.extend8_s` of the accumulator into slot `dst`.
                I32Extend8SA = I32Extend8S,
                /// `i32.extend16_s` of the accumulator into slot `dst`.
                I32Extend16SA = I32Extend16S,
                /// `i64.extend8_s` of the accumulator into slot `dst`.
                I64Extend8SA = I64Extend8S,
                /// `i64.extend16_s` of the accumulator into slot `dst`.
                I64Extend16SA = I64Extend16S,
                /// `i64.extend32_s` of the accumulator into slot `dst`.
                I64Extend32SA = I64Extend32S,
                /// `i32.trunc_sat_f32_s` of the accumulator into slot `dst`.
                I32TruncSatF32SA = I32TruncSatF32S,
                /// `i32.trunc_sat_f32_u` of the accumulator into slot `dst`.
                I32TruncSatF32UA = I32TruncSatF32U,
                /// `i32.trunc_sat_f64_s` of the accumulator into slot `dst`.
                I32TruncSatF64SA = I32TruncSatF64S,
                /// `i32.trunc_sat_f64_u` of the accumulator into slot `dst`.
                I32TruncSatF64UA = I32TruncSatF64U,
                /// `i64.trunc_sat_f32_s` of the accumulator into slot `dst`.
                I64TruncSatF32SA = I64TruncSatF32S,
                /// `i64.trunc_sat_f32_u` of the accumulator into slot `dst`.
                I64TruncSatF32UA = I64TruncSatF32U,
                /// `i64.trunc_sat_f64_s` of the accumulator into slot `dst`.
                I64TruncSatF64SA = I64TruncSatF64S,
                /// `i64.trunc_sat_f64_u` of the accumulator into slot `dst`.
                I64TruncSatF64UA = I64TruncSatF64U,
                /// `ref.is_null` of the accumulator into slot `dst`.
                RefIsNullA = RefIsNull,
            }
            acc_unary_trap {
                /// `ref.as_non_null` of the accumulator into slot `dst`, or trap.
                RefAsNonNullA = RefAsNonNull,
                /// `i32.trunc_f32_s` of the accumulator into slot `dst`, or trap.
                I32TruncF32SA = I32TruncF32S,
                /// `i32.trunc_f32_u` of the accumulator into slot `dst`, or trap.
                I32TruncF32UA = I32TruncF32U,
                /// `i32.trunc_f64_s` of the accumulator into slot `dst`, or trap.
                I32TruncF64SA = I32TruncF64S,
                /// `i32.trunc_f64_u` of the accumulator into slot `dst`, or trap.
                I32TruncF64UA = I32TruncF64U,
                /// `i64.trunc_f32_s` of the accumulator into slot `dst`, or trap.
                I64TruncF32SA = I64TruncF32S,
                /// `i64.trunc_f32_u` of the accumulator into slot `dst`, or trap.
                I64TruncF32UA = I64TruncF32U,
                /// `i64.trunc_f64_s` of the accumulator into slot `dst`, or trap.
                I64TruncF64SA = I64TruncF64S,
                /// `i64.trunc_f64_u` of the accumulator into slot `dst`, or trap.
                I64TruncF64UA = I64TruncF64U,
            }
            acc_binary_a {
                /// `i32.eq` of the accumulator and slot `b` into slot `dst`.
                I32EqAR = I32Eq,
                /// `i32.ne` of the accumulator and slot `b` into slot `dst`.
                I32NeAR = I32Ne,
                /// `i32.lt_s` of the accumulator and slot `b` into slot `dst`.
                I32LtSAR = I32LtS,
                /// `i32.lt_u` of the accumulator and slot `b` into slot `dst`.
                I32LtUAR = I32LtU,
                /// `i32.gt_s` of the accumulator and slot `b` into slot `dst`.
                I32GtSAR = I32GtS,
                /// `i32.gt_u` of the accumulator and slot `b` into slot `dst`.
                I32GtUAR = I32GtU,
                /// `i32.le_s` of the accumulator and slot `b` into slot `dst`.
                I32LeSAR = I32LeS,
                /// `i32.le_u` of the accumulator and slot `b` into slot `dst`.
                I32LeUAR = I32LeU,
                /// `i32.ge_s` of the accumulator and slot `b` into slot `dst`.
                I32GeSAR = I32GeS,
                /// `i32.ge_u` of the accumulator and slot `b` into slot `dst`.
                I32GeUAR = I32GeU,
                /// `i64.eq` of the accumulator and slot `b` into slot `dst`.
                I64EqAR = I64Eq,
                /// `i64.ne` of the accumulator and slot `b` into slot `dst`.
                I64NeAR = I64Ne,
                /// `i64.lt_s` of the accumulator and slot `b` into slot `dst`.
                I64LtSAR = I64LtS,
                /// `i64.lt_u` of the accumulator and slot `b` into slot `dst`.
                I64LtUAR = I64LtU,
                /// `i64.gt_s` of the accumulator and slot `b` into slot `dst`.
                I64GtSAR = I64GtS,
                /// `i64.gt_u` of the accumulator and slot `b` into slot `dst`.
                I64GtUAR = I64GtU,
                /// `i64.le_s` of the accumulator and slot `b` into slot `dst`.
                I64LeSAR = I64LeS,
                /// `i64.le_u` of the accumulator and slot `b` into slot `dst`.
                I64LeUAR = I64LeU,
                /// `i64.ge_s` of the accumulator and slot `b` into slot `dst`.
                I64GeSAR = I64GeS,
                /// `i64.ge_u` of the accumulator and slot `b` into slot `dst`.
                I64GeUAR = I64GeU,
                /// `f32.eq` of the accumulator and slot `b` into slot `dst`.
                F32EqAR = F32Eq,
                /// `f32.ne` of the accumulator and slot `b` into slot `dst`.
                F32NeAR = F32Ne,
                /// `f32.lt` of the accumulator and slot `b` into slot `dst`.
                F32LtAR = F32Lt,
                /// `f32.gt` of the accumulator and slot `b` into slot `dst`.
                F32GtAR = F32Gt,
                /// `f32.le` of the accumulator and slot `b` into slot `dst`.
                F32LeAR = F32Le,
                /// `f32.ge` of the accumulator and slot `b` into slot `dst`.
                F32GeAR = F32Ge,
                /// `f64.eq` of the accumulator and slot `b` into slot `dst`.
                F64EqAR = F64Eq,
                /// `f64.ne` of the accumulator and slot `b` into slot `dst`.
                F64NeAR = F64Ne,
                /// `f64.lt` of the accumulator and slot `b` into slot `dst`.
                F64LtAR = F64Lt,
                /// `f64.gt` of the accumulator and slot `b` into slot `dst`.
                F64GtAR = F64Gt,
                /// `f64.le` of the accumulator and slot `b` into slot `dst`.
                F64LeAR = F64Le,
                /// `f64.ge` of the accumulator and slot `b` into slot `dst`.
                F64GeAR = F64Ge,
                /// `i32.add` of the accumulator and slot `b` into slot `dst`.
                I32AddAR = I32Add,
                /// `i32.sub` of the accumulator and slot `b` into slot `dst`.
                I32SubAR = I32Sub,
                /// `i32.mul` of the accumulator and slot `b` into slot `dst`.
                I32MulAR = I32Mul,
                /// `i32.and` of the accumulator and slot `b` into slot `dst`.
                I32AndAR = I32And,
                /// `i32.or` of the accumulator and slot `b` into slot `dst`.
                I32OrAR = I32Or,
                /// `i32.xor` of the accumulator and slot `b` into slot `dst`.
                I32XorAR = I32Xor,
                /// `i32.shl` of the accumulator and slot `b` into slot `dst`.
                I32ShlAR = I32Shl,
                /// `i32.shr_s` of the accumulator and slot `b` into slot `dst`.
                I32ShrSAR = I32ShrS,
                /// `i32.shr_u` of the accumulator and slot `b` into slot `dst`.
                I32ShrUAR = I32ShrU,
                /// `i32.rotl` of the accumulator and slot `b` into slot `dst`.
                I32RotlAR = I32Rotl,
                /// `i32.rotr` of the accumulator and slot `b` into slot `dst`.
                I32RotrAR = I32Rotr,
                /// `i64.add` of the accumulator and slot `b` into slot `dst`.
                I64AddAR = I64Add,
                /// `i64.sub` of the accumulator and slot `b` into slot `dst`.
                I64SubAR = I64Sub,
                /// `i64.mul` of the accumulator and slot `b` into slot `dst`.
                I64MulAR = I64Mul,
                /// `i64.and` of the accumulator and slot `b` into slot `dst`.
                I64AndAR = I64And,
                /// `i64.or` of the accumulator and slot `b` into slot `dst`.
                I64OrAR = I64Or,
                /// `i64.xor` of the accumulator and slot `b` into slot `dst`.
                I64XorAR = I64Xor,
                /// `i64.shl` of the accumulator and slot `b` into slot `dst`.
                I64ShlAR = I64Shl,
                /// `i64.shr_s` of the accumulator and slot `b` into slot `dst`.
                I64ShrSAR = I64ShrS,
                /// `i64.shr_u` of the accumulator and slot `b` into slot `dst`.
                I64ShrUAR = I64ShrU,
                /// `i64.rotl` of the accumulator and slot `b` into slot `dst`.
                I64RotlAR = I64Rotl,
                /// `i64.rotr` of the accumulator and slot `b` into slot `dst`.
                I64RotrAR = I64Rotr,
                /// `f32.add` of the accumulator and slot `b` into slot `dst`.
                F32AddAR = F32Add,
                /// `f32.sub` of the accumulator and slot `b` into slot `dst`.
                F32SubAR = F32Sub,
                /// `f32.mul` of the accumulator and slot `b` into slot `dst`.
                F32MulAR = F32Mul,
                /// `f32.div` of the accumulator and slot `b` into slot `dst`.
                F32DivAR = F32Div,
                /// `f32.min` of the accumulator and slot `b` into slot `dst`.
                F32MinAR = F32Min,
                /// `f32.max` of the accumulator and slot `b` into slot `dst`.
                F32MaxAR = F32Max,
                /// `f32.copysign` of the accumulator and slot `b` into slot `dst`.
                F32CopysignAR = F32Copysign,
                /// `f64.add` of the accumulator and slot `b` into slot `dst`.
                F64AddAR = F64Add,
                /// `f64.sub` of the accumulator and slot `b` into slot `dst`.
                F64SubAR = F64Sub,
                /// `f64.mul` of the accumulator and slot `b` into slot `dst`.
                F64MulAR = F64Mul,
                /// `f64.div` of the accumulator and slot `b` into slot `dst`.
                F64DivAR = F64Div,
                /// `f64.min` of the accumulator and slot `b` into slot `dst`.
                F64MinAR = F64Min,
                /// `f64.max` of the accumulator and slot `b` into slot `dst`.
                F64MaxAR = F64Max,
                /// `f64.copysign` of the accumulator and slot `b` into slot `dst`.
                F64CopysignAR = F64Copysign,
            }
            acc_binary_b {
                /// `i32.sub` of slot `a` and the accumulator into slot `dst`.
                I32SubRA = I32Sub,
                /// `i32.shl` of slot `a` and the accumulator into slot `dst`.
                I32ShlRA = I32Shl,
                /// `i32.shr_s` of slot `a` and the accumulator into slot `dst`.
                I32ShrSRA = I32ShrS,
                /// `i32.shr_u` of slot `a` and the accumulator into slot `dst`.
                I32ShrURA = I32ShrU,
                /// `i32.rotl` of slot `a` and the accumulator into slot `dst`.
                I32RotlRA = I32Rotl,
                /// `i32.rotr` of slot `a` and the accumulator into slot `dst`.
                I32RotrRA = I32Rotr,
                /// `i64.sub` of slot `a` and the accumulator into slot `dst`.
                I64SubRA = I64Sub,
                /// `i64.shl` of slot `a` and the accumulator into slot `dst`.
                I64ShlRA = I64Shl,
                /// `i64.shr_s` of slot `a` and the accumulator into slot `dst`.
                I64ShrSRA = I64ShrS,
                /// `i64.shr_u` of slot `a` and the accumulator into slot `dst`.
                I64ShrURA = I64ShrU,
                /// `i64.rotl` of slot `a` and the accumulator into slot `dst`.
                I64RotlRA = I64Rotl,
                /// `i64.rotr` of slot `a` and the accumulator into slot `dst`.
                I64RotrRA = I64Rotr,
                /// `f32.add` of slot `a` and the accumulator into slot `dst`.
                F32AddRA = F32Add,
                /// `f32.sub` of slot `a` and the accumulator into slot `dst`.
                F32SubRA = F32Sub,
                /// `f32.mul` of slot `a` and the accumulator into slot `dst`.
                F32MulRA = F32Mul,
                /// `f32.div` of slot `a` and the accumulator into slot `dst`.
                F32DivRA = F32Div,
                /// `f32.min` of slot `a` and the accumulator into slot `dst`.
                F32MinRA = F32Min,
                /// `f32.max` of slot `a` and the accumulator into slot `dst`.
                F32MaxRA = F32Max,
                /// `f32.copysign` of slot `a` and the accumulator into slot `dst`.
                F32CopysignRA = F32Copysign,
                /// `f64.add` of slot `a` and the accumulator into slot `dst`.
                F64AddRA = F64Add,
                /// `f64.sub` of slot `a` and the accumulator into slot `dst`.
                F64SubRA = F64Sub,
                /// `f64.mul` of slot `a` and the accumulator into slot `dst`.
                F64MulRA = F64Mul,
                /// `f64.div` of slot `a` and the accumulator into slot `dst`.
                F64DivRA = F64Div,
                /// `f64.min` of slot `a` and the accumulator into slot `dst`.
                F64MinRA = F64Min,
                /// `f64.max` of slot `a` and the accumulator into slot `dst`.
                F64MaxRA = F64Max,
                /// `f64.copysign` of slot `a` and the accumulator into slot `dst`.
                F64CopysignRA = F64Copysign,
            }
            acc_binary_imm {
                /// `i32.eq` of the accumulator and the immediate `imm` into slot `dst`.
                I32EqAI = I32Eq,
                /// `i32.ne` of the accumulator and the immediate `imm` into slot `dst`.
                I32NeAI = I32Ne,
                /// `i32.lt_s` of the accumulator and the immediate `imm` into slot `dst`.
                I32LtSAI = I32LtS,
                /// `i32.lt_u` of the accumulator and the immediate `imm` into slot `dst`.
                I32LtUAI = I32LtU,
                /// `i32.gt_s` of the accumulator and the immediate `imm` into slot `dst`.
                I32GtSAI = I32GtS,
                /// `i32.gt_u` of the accumulator and the immediate `imm` into slot `dst`.
                I32GtUAI = I32GtU,
                /// `i32.le_s` of the accumulator and the immediate `imm` into slot `dst`.
                I32LeSAI = I32LeS,
                /// `i32.le_u` of the accumulator and the immediate `imm` into slot `dst`.
                I32LeUAI = I32LeU,
                /// `i32.ge_s` of the accumulator and the immediate `imm` into slot `dst`.
                I32GeSAI = I32GeS,
                /// `i32.ge_u` of the accumulator and the immediate `imm` into slot `dst`.
                I32GeUAI = I32GeU,
                /// `i64.eq` of the accumulator and the immediate `imm` into slot `dst`.
                I64EqAI = I64Eq,
                /// `i64.ne` of the accumulator and the immediate `imm` into slot `dst`.
                I64NeAI = I64Ne,
                /// `i64.lt_s` of the accumulator and the immediate `imm` into slot `dst`.
                I64LtSAI = I64LtS,
                /// `i64.lt_u` of the accumulator and the immediate `imm` into slot `dst`.
                I64LtUAI = I64LtU,
                /// `i64.gt_s` of the accumulator and the immediate `imm` into slot `dst`.
                I64GtSAI = I64GtS,
                /// `i64.gt_u` of the accumulator and the immediate `imm` into slot `dst`.
                I64GtUAI = I64GtU,
                /// `i64.le_s` of the accumulator and the immediate `imm` into slot `dst`.
                I64LeSAI = I64LeS,
                /// `i64.le_u` of the accumulator and the immediate `imm` into slot `dst`.
                I64LeUAI = I64LeU,
                /// `i64.ge_s` of the accumulator and the immediate `imm` into slot `dst`.
                I64GeSAI = I64GeS,
                /// `i64.ge_u` of the accumulator and the immediate `imm` into slot `dst`.
                I64GeUAI = I64GeU,
                /// `f32.eq` of the accumulator and the immediate `imm` into slot `dst`.
                F32EqAI = F32Eq,
                /// `f32.ne` of the accumulator and the immediate `imm` into slot `dst`.
                F32NeAI = F32Ne,
                /// `f32.lt` of the accumulator and the immediate `imm` into slot `dst`.
                F32LtAI = F32Lt,
                /// `f32.gt` of the accumulator and the immediate `imm` into slot `dst`.
                F32GtAI = F32Gt,
                /// `f32.le` of the accumulator and the immediate `imm` into slot `dst`.
                F32LeAI = F32Le,
                /// `f32.ge` of the accumulator and the immediate `imm` into slot `dst`.
                F32GeAI = F32Ge,
                /// `i32.add` of the accumulator and the immediate `imm` into slot `dst`.
                I32AddAI = I32Add,
                /// `i32.sub` of the accumulator and the immediate `imm` into slot `dst`.
                I32SubAI = I32Sub,
                /// `i32.mul` of the accumulator and the immediate `imm` into slot `dst`.
                I32MulAI = I32Mul,
                /// `i32.and` of the accumulator and the immediate `imm` into slot `dst`.
                I32AndAI = I32And,
                /// `i32.or` of the accumulator and the immediate `imm` into slot `dst`.
                I32OrAI = I32Or,
                /// `i32.xor` of the accumulator and the immediate `imm` into slot `dst`.
                I32XorAI = I32Xor,
                /// `i32.shl` of the accumulator and the immediate `imm` into slot `dst`.
                I32ShlAI = I32Shl,
                /// `i32.shr_s` of the accumulator and the immediate `imm` into slot `dst`.
                I32ShrSAI = I32ShrS,
                /// `i32.shr_u` of the accumulator and the immediate `imm` into slot `dst`.
                I32ShrUAI = I32ShrU,
                /// `i32.rotl` of the accumulator and the immediate `imm` into slot `dst`.
                I32RotlAI = I32Rotl,
                /// `i32.rotr` of the accumulator and the immediate `imm` into slot `dst`.
                I32RotrAI = I32Rotr,
                /// `i64.add` of the accumulator and the immediate `imm` into slot `dst`.
                I64AddAI = I64Add,
                /// `i64.sub` of the accumulator and the immediate `imm` into slot `dst`.
                I64SubAI = I64Sub,
                /// `i64.mul` of the accumulator and the immediate `imm` into slot `dst`.
                I64MulAI = I64Mul,
                /// `i64.and` of the accumulator and the immediate `imm` into slot `dst`.
                I64AndAI = I64And,
                /// `i64.or` of the accumulator and the immediate `imm` into slot `dst`.
                I64OrAI = I64Or,
                /// `i64.xor` of the accumulator and the immediate `imm` into slot `dst`.
                I64XorAI = I64Xor,
                /// `i64.shl` of the accumulator and the immediate `imm` into slot `dst`.
                I64ShlAI = I64Shl,
                /// `i64.shr_s` of the accumulator and the immediate `imm` into slot `dst`.
                I64ShrSAI = I64ShrS,
                /// `i64.shr_u` of the accumulator and the immediate `imm` into slot `dst`.
                I64ShrUAI = I64ShrU,
                /// `i64.rotl` of the accumulator and the immediate `imm` into slot `dst`.
                I64RotlAI = I64Rotl,
                /// `i64.rotr` of the accumulator and the immediate `imm` into slot `dst`.
                I64RotrAI = I64Rotr,
                /// `f32.add` of the accumulator and the immediate `imm` into slot `dst`.
                F32AddAI = F32Add,
                /// `f32.sub` of the accumulator and the immediate `imm` into slot `dst`.
                F32SubAI = F32Sub,
                /// `f32.mul` of the accumulator and the immediate `imm` into slot `dst`.
                F32MulAI = F32Mul,
                /// `f32.div` of the accumulator and the immediate `imm` into slot `dst`.
                F32DivAI = F32Div,
                /// `f32.min` of the accumulator and the immediate `imm` into slot `dst`.
                F32MinAI = F32Min,
                /// `f32.max` of the accumulator and the immediate `imm` into slot `dst`.
                F32MaxAI = F32Max,
                /// `f32.copysign` of the accumulator and the immediate `imm` into slot `dst`.
                F32CopysignAI = F32Copysign,
            }
            acc_binary_trap_a {
                /// `i32.div_s` of the accumulator and slot `b` into slot `dst`, or trap.
                I32DivSAR = I32DivS,
                /// `i32.div_u` of the accumulator and slot `b` into slot `dst`, or trap.
                I32DivUAR = I32DivU,
                /// `i32.rem_s` of the accumulator and slot `b` into slot `dst`, or trap.
                I32RemSAR = I32RemS,
                /// `i32.rem_u` of the accumulator and slot `b` into slot `dst`, or trap.
                I32RemUAR = I32RemU,
                /// `i64.div_s` of the accumulator and slot `b` into slot `dst`, or trap.
                I64DivSAR = I64DivS,
                /// `i64.div_u` of the accumulator and slot `b` into slot `dst`, or trap.
                I64DivUAR = I64DivU,
                /// `i64.rem_s` of the accumulator and slot `b` into slot `dst`, or trap.
                I64RemSAR = I64RemS,
                /// `i64.rem_u` of the accumulator and slot `b` into slot `dst`, or trap.
                I64RemUAR = I64RemU,
            }
            acc_binary_trap_b {
                /// `i32.div_s` of slot `a` and the accumulator into slot `dst`, or trap.
                I32DivSRA = I32DivS,
                /// `i32.div_u` of slot `a` and the accumulator into slot `dst`, or trap.
                I32DivURA = I32DivU,
                /// `i32.rem_s` of slot `a` and the accumulator into slot `dst`, or trap.
                I32RemSRA = I32RemS,
                /// `i32.rem_u` of slot `a` and the accumulator into slot `dst`, or trap.
                I32RemURA = I32RemU,
                /// `i64.div_s` of slot `a` and the accumulator into slot `dst`, or trap.
                I64DivSRA = I64DivS,
                /// `i64.div_u` of slot `a` and the accumulator into slot `dst`, or trap.
                I64DivURA = I64DivU,
                /// `i64.rem_s` of slot `a` and the accumulator into slot `dst`, or trap.
                I64RemSRA = I64RemS,
                /// `i64.rem_u` of slot `a` and the accumulator into slot `dst`, or trap.
                I64RemURA = I64RemU,
            }
            acc_load {
                /// `i32.load` from the address in the accumulator plus `offset` into slot `dst`.
                I32LoadA = I32Load,
                /// `i64.load` from the address in the accumulator plus `offset` into slot `dst`.
                I64LoadA = I64Load,
                /// `f32.load` from the address in the accumulator plus `offset` into slot `dst`.
                F32LoadA = F32Load,
                /// `f64.load` from the address in the accumulator plus `offset` into slot `dst`.
                F64LoadA = F64Load,
                /// `i32.load8_s` from the address in the accumulator plus `offset` into slot `dst`.
                I32Load8SA = I32Load8S,
                /// `i32.load8_u` from the address in the accumulator plus `offset` into slot `dst`.
                I32Load8UA = I32Load8U,
                /// `i32.load16_s` from the address in the accumulator plus `offset` into slot `dst`.
                I32Load16SA = I32Load16S,
                /// `i32.load16_u` from the address in the accumulator plus `offset` into slot `dst`.
                I32Load16UA = I32Load16U,
                /// `i64.load8_s` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load8SA = I64Load8S,
                /// `i64.load8_u` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load8UA = I64Load8U,
                /// `i64.load16_s` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load16SA = I64Load16S,
                /// `i64.load16_u` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load16UA = I64Load16U,
                /// `i64.load32_s` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load32SA = I64Load32S,
                /// `i64.load32_u` from the address in the accumulator plus `offset` into slot `dst`.
                I64Load32UA = I64Load32U,
            }
            acc_store_a {
                /// `i32.store` of slot `v` at the address in the accumulator plus `offset`.
                I32StoreAR = I32Store,
                /// `i64.store` of slot `v` at the address in the accumulator plus `offset`.
                I64StoreAR = I64Store,
                /// `f32.store` of slot `v` at the address in the accumulator plus `offset`.
                F32StoreAR = F32Store,
                /// `f64.store` of slot `v` at the address in the accumulator plus `offset`.
                F64StoreAR = F64Store,
                /// `i32.store8` of slot `v` at the address in the accumulator plus `offset`.
                I32Store8AR = I32Store8,
                /// `i32.store16` of slot `v` at the address in the accumulator plus `offset`.
                I32Store16AR = I32Store16,
                /// `i64.store8` of slot `v` at the address in the accumulator plus `offset`.
                I64Store8AR = I64Store8,
                /// `i64.store16` of slot `v` at the address in the accumulator plus `offset`.
                I64Store16AR = I64Store16,
                /// `i64.store32` of slot `v` at the address in the accumulator plus `offset`.
                I64Store32AR = I64Store32,
            }
            acc_store_v {
                /// `i32.store` of the accumulator at the address in slot `a` plus `offset`.
                I32StoreRA = I32Store,
                /// `i64.store` of the accumulator at the address in slot `a` plus `offset`.
                I64StoreRA = I64Store,
                /// `f32.store` of the accumulator at the address in slot `a` plus `offset`.
                F32StoreRA = F32Store,
                /// `f64.store` of the accumulator at the address in slot `a` plus `offset`.
                F64StoreRA = F64Store,
                /// `i32.store8` of the accumulator at the address in slot `a` plus `offset`.
                I32Store8RA = I32Store8,
                /// `i32.store16` of the accumulator at the address in slot `a` plus `offset`.
                I32Store16RA = I32Store16,
                /// `i64.store8` of the accumulator at the address in slot `a` plus `offset`.
                I64Store8RA = I64Store8,
                /// `i64.store16` of the accumulator at the address in slot `a` plus `offset`.
                I64Store16RA = I64Store16,
                /// `i64.store32` of the accumulator at the address in slot `a` plus `offset`.
                I64Store32RA = I64Store32,
            }
            acc_br {
                /// Continue at `ip + offset` when `i32.eq` of the accumulator and slot `b` holds.
                I32EqBrAR = I32Eq,
                /// Continue at `ip + offset` when `i32.ne` of the accumulator and slot `b` holds.
                I32NeBrAR = I32Ne,
                /// Continue at `ip + offset` when `i32.lt_s` of the accumulator and slot `b` holds.
                I32LtSBrAR = I32LtS,
                /// Continue at `ip + offset` when `i32.lt_u` of the accumulator and slot `b` holds.
                I32LtUBrAR = I32LtU,
                /// Continue at `ip + offset` when `i32.gt_s` of the accumulator and slot `b` holds.
                I32GtSBrAR = I32GtS,
                /// Continue at `ip + offset` when `i32.gt_u` of the accumulator and slot `b` holds.
                I32GtUBrAR = I32GtU,
                /// Continue at `ip + offset` when `i32.le_s` of the accumulator and slot `b` holds.
                I32LeSBrAR = I32LeS,
                /// Continue at `ip + offset` when `i32.le_u` of the accumulator and slot `b` holds.
                I32LeUBrAR = I32LeU,
                /// Continue at `ip + offset` when `i32.ge_s` of the accumulator and slot `b` holds.
                I32GeSBrAR = I32GeS,
                /// Continue at `ip + offset` when `i32.ge_u` of the accumulator and slot `b` holds.
                I32GeUBrAR = I32GeU,
                /// Continue at `ip + offset` when `i64.eq` of the accumulator and slot `b` holds.
                I64EqBrAR = I64Eq,
                /// Continue at `ip + offset` when `i64.ne` of the accumulator and slot `b` holds.
                I64NeBrAR = I64Ne,
                /// Continue at `ip + offset` when `i64.lt_s` of the accumulator and slot `b` holds.
                I64LtSBrAR = I64LtS,
                /// Continue at `ip + offset` when `i64.lt_u` of the accumulator and slot `b` holds.
                I64LtUBrAR = I64LtU,
                /// Continue at `ip + offset` when `i64.gt_s` of the accumulator and slot `b` holds.
                I64GtSBrAR = I64GtS,
                /// Continue at `ip + offset` when `i64.gt_u` of the accumulator and slot `b` holds.
                I64GtUBrAR = I64GtU,
                /// Continue at `ip + offset` when `i64.le_s` of the accumulator and slot `b` holds.
                I64LeSBrAR = I64LeS,
                /// Continue at `ip + offset` when `i64.le_u` of the accumulator and slot `b` holds.
                I64LeUBrAR = I64LeU,
                /// Continue at `ip + offset` when `i64.ge_s` of the accumulator and slot `b` holds.
                I64GeSBrAR = I64GeS,
                /// Continue at `ip + offset` when `i64.ge_u` of the accumulator and slot `b` holds.
                I64GeUBrAR = I64GeU,
                /// Continue at `ip + offset` when `f32.eq` of the accumulator and slot `b` holds.
                F32EqBrAR = F32Eq,
                /// Continue at `ip + offset` when `f32.ne` of the accumulator and slot `b` holds.
                F32NeBrAR = F32Ne,
                /// Continue at `ip + offset` when `f32.lt` of the accumulator and slot `b` holds.
                F32LtBrAR = F32Lt,
                /// Continue at `ip + offset` when `f32.gt` of the accumulator and slot `b` holds.
                F32GtBrAR = F32Gt,
                /// Continue at `ip + offset` when `f32.le` of the accumulator and slot `b` holds.
                F32LeBrAR = F32Le,
                /// Continue at `ip + offset` when `f32.ge` of the accumulator and slot `b` holds.
                F32GeBrAR = F32Ge,
                /// Continue at `ip + offset` when `f64.eq` of the accumulator and slot `b` holds.
                F64EqBrAR = F64Eq,
                /// Continue at `ip + offset` when `f64.ne` of the accumulator and slot `b` holds.
                F64NeBrAR = F64Ne,
                /// Continue at `ip + offset` when `f64.lt` of the accumulator and slot `b` holds.
                F64LtBrAR = F64Lt,
                /// Continue at `ip + offset` when `f64.gt` of the accumulator and slot `b` holds.
                F64GtBrAR = F64Gt,
                /// Continue at `ip + offset` when `f64.le` of the accumulator and slot `b` holds.
                F64LeBrAR = F64Le,
                /// Continue at `ip + offset` when `f64.ge` of the accumulator and slot `b` holds.
                F64GeBrAR = F64Ge,
            }
            acc_br_imm {
                /// Continue at `ip + offset` when `i32.eq` of the accumulator and the immediate `imm` holds.
                I32EqBrAI = I32Eq,
                /// Continue at `ip + offset` when `i32.ne` of the accumulator and the immediate `imm` holds.
                I32NeBrAI = I32Ne,
                /// Continue at `ip + offset` when `i32.lt_s` of the accumulator and the immediate `imm` holds.
                I32LtSBrAI = I32LtS,
                /// Continue at `ip + offset` when `i32.lt_u` of the accumulator and the immediate `imm` holds.
                I32LtUBrAI = I32LtU,
                /// Continue at `ip + offset` when `i32.gt_s` of the accumulator and the immediate `imm` holds.
                I32GtSBrAI = I32GtS,
                /// Continue at `ip + offset` when `i32.gt_u` of the accumulator and the immediate `imm` holds.
                I32GtUBrAI = I32GtU,
                /// Continue at `ip + offset` when `i32.le_s` of the accumulator and the immediate `imm` holds.
                I32LeSBrAI = I32LeS,
                /// Continue at `ip + offset` when `i32.le_u` of the accumulator and the immediate `imm` holds.
                I32LeUBrAI = I32LeU,
                /// Continue at `ip + offset` when `i32.ge_s` of the accumulator and the immediate `imm` holds.
                I32GeSBrAI = I32GeS,
                /// Continue at `ip + offset` when `i32.ge_u` of the accumulator and the immediate `imm` holds.
                I32GeUBrAI = I32GeU,
                /// Continue at `ip + offset` when `i64.eq` of the accumulator and the immediate `imm` holds.
                I64EqBrAI = I64Eq,
                /// Continue at `ip + offset` when `i64.ne` of the accumulator and the immediate `imm` holds.
                I64NeBrAI = I64Ne,
                /// Continue at `ip + offset` when `i64.lt_s` of the accumulator and the immediate `imm` holds.
                I64LtSBrAI = I64LtS,
                /// Continue at `ip + offset` when `i64.lt_u` of the accumulator and the immediate `imm` holds.
                I64LtUBrAI = I64LtU,
                /// Continue at `ip + offset` when `i64.gt_s` of the accumulator and the immediate `imm` holds.
                I64GtSBrAI = I64GtS,
                /// Continue at `ip + offset` when `i64.gt_u` of the accumulator and the immediate `imm` holds.
                I64GtUBrAI = I64GtU,
                /// Continue at `ip + offset` when `i64.le_s` of the accumulator and the immediate `imm` holds.
                I64LeSBrAI = I64LeS,
                /// Continue at `ip + offset` when `i64.le_u` of the accumulator and the immediate `imm` holds.
                I64LeUBrAI = I64LeU,
                /// Continue at `ip + offset` when `i64.ge_s` of the accumulator and the immediate `imm` holds.
                I64GeSBrAI = I64GeS,
                /// Continue at `ip + offset` when `i64.ge_u` of the accumulator and the immediate `imm` holds.
                I64GeUBrAI = I64GeU,
                /// Continue at `ip + offset` when `f32.eq` of the accumulator and the immediate `imm` holds.
                F32EqBrAI = F32Eq,
                /// Continue at `ip + offset` when `f32.ne` of the accumulator and the immediate `imm` holds.
                F32NeBrAI = F32Ne,
                /// Continue at `ip + offset` when `f32.lt` of the accumulator and the immediate `imm` holds.
                F32LtBrAI = F32Lt,
                /// Continue at `ip + offset` when `f32.gt` of the accumulator and the immediate `imm` holds.
                F32GtBrAI = F32Gt,
                /// Continue at `ip + offset` when `f32.le` of the accumulator and the immediate `imm` holds.
                F32LeBrAI = F32Le,
                /// Continue at `ip + offset` when `f32.ge` of the accumulator and the immediate `imm` holds.
                F32GeBrAI = F32Ge,
            }
            reg_binary_mem_b {
                /// `i32.add` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32AddRM = I32Add / I32Load,
                /// `i32.sub` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32SubRM = I32Sub / I32Load,
                /// `i32.mul` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32MulRM = I32Mul / I32Load,
                /// `i32.and` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32AndRM = I32And / I32Load,
                /// `i32.or` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32OrRM = I32Or / I32Load,
                /// `i32.xor` of slot `a` and the i32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I32XorRM = I32Xor / I32Load,
                /// `i64.add` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64AddRM = I64Add / I64Load,
                /// `i64.sub` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64SubRM = I64Sub / I64Load,
                /// `i64.mul` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64MulRM = I64Mul / I64Load,
                /// `i64.and` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64AndRM = I64And / I64Load,
                /// `i64.or` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64OrRM = I64Or / I64Load,
                /// `i64.xor` of slot `a` and the i64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                I64XorRM = I64Xor / I64Load,
                /// `f32.add` of slot `a` and the f32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F32AddRM = F32Add / F32Load,
                /// `f32.sub` of slot `a` and the f32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F32SubRM = F32Sub / F32Load,
                /// `f32.mul` of slot `a` and the f32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F32MulRM = F32Mul / F32Load,
                /// `f32.div` of slot `a` and the f32 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F32DivRM = F32Div / F32Load,
                /// `f64.add` of slot `a` and the f64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F64AddRM = F64Add / F64Load,
                /// `f64.sub` of slot `a` and the f64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F64SubRM = F64Sub / F64Load,
                /// `f64.mul` of slot `a` and the f64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F64MulRM = F64Mul / F64Load,
                /// `f64.div` of slot `a` and the f64 loaded from the address in slot `p` plus `offset`, into slot `dst`.
                F64DivRM = F64Div / F64Load,
            }
            reg_binary_mem_a {
                /// `i32.sub` of the i32 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                I32SubMR = I32Sub / I32Load,
                /// `i64.sub` of the i64 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                I64SubMR = I64Sub / I64Load,
                /// `f32.add` of the f32 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F32AddMR = F32Add / F32Load,
                /// `f32.sub` of the f32 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F32SubMR = F32Sub / F32Load,
                /// `f32.mul` of the f32 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F32MulMR = F32Mul / F32Load,
                /// `f32.div` of the f32 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F32DivMR = F32Div / F32Load,
                /// `f64.add` of the f64 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F64AddMR = F64Add / F64Load,
                /// `f64.sub` of the f64 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F64SubMR = F64Sub / F64Load,
                /// `f64.mul` of the f64 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F64MulMR = F64Mul / F64Load,
                /// `f64.div` of the f64 loaded from the address in slot `p` plus `offset` and slot `a`, into slot `dst`.
                F64DivMR = F64Div / F64Load,
            }
        }
    };
}

/// The one place that knows each group's fields and form: turns the op list,
/// written by group, into [`for_each_op!`]'s sections of uniform lines. A new
/// register group is a block in the list and two lines here: its pattern, and
/// its output line with its fields, its form and (for an accumulator form) the
/// field the accumulator stands for.
#[doc(hidden)]
#[macro_export]
macro_rules! op_sections {
    (
        $callback:ident;
        control { $( $(#[$control_doc:meta])* $control:ident $({ $($control_field:ident : $control_ty:ty),* $(,)? })? ,)* }
        unary { $( $(#[$unary_doc:meta])* $unary:ident = $unary_fn:ident ( $($unary_in:ty),* ) -> $unary_out:ty ,)* }
        unary_trap { $( $(#[$unary_trap_doc:meta])* $unary_trap:ident = $unary_trap_fn:ident ( $($unary_trap_in:ty),* ) -> $unary_trap_out:ty ,)* }
        binary { $( $(#[$binary_doc:meta])* $binary:ident = $binary_fn:ident ( $($binary_in:ty),* ) -> $binary_out:ty ,)* }
        binary_trap { $( $(#[$binary_trap_doc:meta])* $binary_trap:ident = $binary_trap_fn:ident ( $($binary_trap_in:ty),* ) -> $binary_trap_out:ty ,)* }
        load { $( $(#[$load_doc:meta])* $load:ident = $load_fn:ident ( $($load_in:ty),* ) -> $load_out:ty ,)* }
        store { $( $(#[$store_doc:meta])* $store:ident = $store_fn:ident ( $($store_in:ty),* ) -> $store_out:ty ,)* }
        simd_load { $( $(#[$simd_load_doc:meta])* $simd_load:ident = $simd_load_fn:ident ( $($simd_load_in:ty),* ) -> $simd_load_out:ty ,)* }
        simd_load_lane { $( $(#[$simd_load_lane_doc:meta])* $simd_load_lane:ident = $simd_load_lane_fn:ident ( $($simd_load_lane_in:ty),* ) -> $simd_load_lane_out:ty ,)* }
        simd_store { $( $(#[$simd_store_doc:meta])* $simd_store:ident = $simd_store_fn:ident ( $($simd_store_in:ty),* ) -> $simd_store_out:ty ,)* }
        simd_store_lane { $( $(#[$simd_store_lane_doc:meta])* $simd_store_lane:ident = $simd_store_lane_fn:ident ( $($simd_store_lane_in:ty),* ) -> $simd_store_lane_out:ty ,)* }
        simd_extract { $( $(#[$simd_extract_doc:meta])* $simd_extract:ident = $simd_extract_fn:ident ( $($simd_extract_in:ty),* ) -> $simd_extract_out:ty ,)* }
        simd_replace { $( $(#[$simd_replace_doc:meta])* $simd_replace:ident = $simd_replace_fn:ident ( $($simd_replace_in:ty),* ) -> $simd_replace_out:ty ,)* }
        simd_unary { $( $(#[$simd_unary_doc:meta])* $simd_unary:ident = $simd_unary_fn:ident ( $($simd_unary_in:ty),* ) -> $simd_unary_out:ty ,)* }
        simd_binary { $( $(#[$simd_binary_doc:meta])* $simd_binary:ident = $simd_binary_fn:ident ( $($simd_binary_in:ty),* ) -> $simd_binary_out:ty ,)* }
        simd_ternary { $( $(#[$simd_ternary_doc:meta])* $simd_ternary:ident = $simd_ternary_fn:ident ( $($simd_ternary_in:ty),* ) -> $simd_ternary_out:ty ,)* }
        simd_ternary_ir { $( $(#[$simd_ternary_ir_doc:meta])* $simd_ternary_ir:ident = $simd_ternary_ir_fn:ident ( $($simd_ternary_ir_in:ty),* ) -> $simd_ternary_ir_out:ty ,)* }
        reg_control { $( $(#[$reg_control_doc:meta])* $reg_control:ident = $reg_control_handler:ident $(< $reg_control_kind:tt >)? $(( $reg_control_by:ident ))? $(-> $reg_control_result:ident)? { $($reg_control_field:ident : $reg_control_ty:ty),* $(,)? } ,)* }
        reg_unary { $( $(#[$reg_unary_doc:meta])* $reg_unary:ident = $reg_unary_base:ident ,)* }
        reg_unary_trap { $( $(#[$reg_unary_trap_doc:meta])* $reg_unary_trap:ident = $reg_unary_trap_base:ident ,)* }
        reg_binary { $( $(#[$reg_binary_doc:meta])* $reg_binary:ident = $reg_binary_base:ident ,)* }
        reg_binary_imm { $( $(#[$reg_binary_imm_doc:meta])* $reg_binary_imm:ident = $reg_binary_imm_base:ident ,)* }
        reg_binary_trap { $( $(#[$reg_binary_trap_doc:meta])* $reg_binary_trap:ident = $reg_binary_trap_base:ident ,)* }
        reg_load { $( $(#[$reg_load_doc:meta])* $reg_load:ident = $reg_load_base:ident ,)* }
        reg_store { $( $(#[$reg_store_doc:meta])* $reg_store:ident = $reg_store_base:ident ,)* }
        reg_store_imm { $( $(#[$reg_store_imm_doc:meta])* $reg_store_imm:ident = $reg_store_imm_base:ident ,)* }
        reg_br { $( $(#[$reg_br_doc:meta])* $reg_br:ident = $reg_br_base:ident ,)* }
        reg_br_imm { $( $(#[$reg_br_imm_doc:meta])* $reg_br_imm:ident = $reg_br_imm_base:ident ,)* }
        acc_unary { $( $(#[$acc_unary_doc:meta])* $acc_unary:ident = $acc_unary_base:ident ,)* }
        acc_unary_trap { $( $(#[$acc_unary_trap_doc:meta])* $acc_unary_trap:ident = $acc_unary_trap_base:ident ,)* }
        acc_binary_a { $( $(#[$acc_binary_a_doc:meta])* $acc_binary_a:ident = $acc_binary_a_base:ident ,)* }
        acc_binary_b { $( $(#[$acc_binary_b_doc:meta])* $acc_binary_b:ident = $acc_binary_b_base:ident ,)* }
        acc_binary_imm { $( $(#[$acc_binary_imm_doc:meta])* $acc_binary_imm:ident = $acc_binary_imm_base:ident ,)* }
        acc_binary_trap_a { $( $(#[$acc_binary_trap_a_doc:meta])* $acc_binary_trap_a:ident = $acc_binary_trap_a_base:ident ,)* }
        acc_binary_trap_b { $( $(#[$acc_binary_trap_b_doc:meta])* $acc_binary_trap_b:ident = $acc_binary_trap_b_base:ident ,)* }
        acc_load { $( $(#[$acc_load_doc:meta])* $acc_load:ident = $acc_load_base:ident ,)* }
        acc_store_a { $( $(#[$acc_store_a_doc:meta])* $acc_store_a:ident = $acc_store_a_base:ident ,)* }
        acc_store_v { $( $(#[$acc_store_v_doc:meta])* $acc_store_v:ident = $acc_store_v_base:ident ,)* }
        acc_br { $( $(#[$acc_br_doc:meta])* $acc_br:ident = $acc_br_base:ident ,)* }
        acc_br_imm { $( $(#[$acc_br_imm_doc:meta])* $acc_br_imm:ident = $acc_br_imm_base:ident ,)* }
        reg_binary_mem_b { $( $(#[$reg_binary_mem_b_doc:meta])* $reg_binary_mem_b:ident = $reg_binary_mem_b_base:ident / $reg_binary_mem_b_load:ident ,)* }
        reg_binary_mem_a { $( $(#[$reg_binary_mem_a_doc:meta])* $reg_binary_mem_a:ident = $reg_binary_mem_a_base:ident / $reg_binary_mem_a_load:ident ,)* }
    ) => {
        $callback! {
            control {
                $( $(#[$control_doc])* $control = control() $({ $($control_field: $control_ty),* })?, )*
            }
            numeric {
                $( $(#[$unary_doc])* $unary = unary($unary_fn($($unary_in),*) -> $unary_out), )*
                $( $(#[$unary_trap_doc])* $unary_trap = unary_trap($unary_trap_fn($($unary_trap_in),*) -> $unary_trap_out), )*
                $( $(#[$binary_doc])* $binary = binary($binary_fn($($binary_in),*) -> $binary_out), )*
                $( $(#[$binary_trap_doc])* $binary_trap = binary_trap($binary_trap_fn($($binary_trap_in),*) -> $binary_trap_out), )*
                $( $(#[$load_doc])* $load = load($load_fn($($load_in),*) -> $load_out) { offset: u32 }, )*
                $( $(#[$store_doc])* $store = store($store_fn($($store_in),*) -> $store_out) { offset: u32 }, )*
            }
            simd {
                $( $(#[$simd_load_doc])* $simd_load = simd_load($simd_load_fn($($simd_load_in),*) -> $simd_load_out) { offset: u32 }, )*
                $( $(#[$simd_load_lane_doc])* $simd_load_lane = simd_load_lane($simd_load_lane_fn($($simd_load_lane_in),*) -> $simd_load_lane_out) { offset: u32, lane: u32 }, )*
                $( $(#[$simd_store_doc])* $simd_store = simd_store($simd_store_fn($($simd_store_in),*) -> $simd_store_out) { offset: u32 }, )*
                $( $(#[$simd_store_lane_doc])* $simd_store_lane = simd_store_lane($simd_store_lane_fn($($simd_store_lane_in),*) -> $simd_store_lane_out) { offset: u32, lane: u32 }, )*
                $( $(#[$simd_extract_doc])* $simd_extract = simd_extract($simd_extract_fn($($simd_extract_in),*) -> $simd_extract_out) { lane: u32 }, )*
                $( $(#[$simd_replace_doc])* $simd_replace = simd_replace($simd_replace_fn($($simd_replace_in),*) -> $simd_replace_out) { lane: u32 }, )*
                $( $(#[$simd_unary_doc])* $simd_unary = simd_unary($simd_unary_fn($($simd_unary_in),*) -> $simd_unary_out), )*
                $( $(#[$simd_binary_doc])* $simd_binary = simd_binary($simd_binary_fn($($simd_binary_in),*) -> $simd_binary_out), )*
                $( $(#[$simd_ternary_doc])* $simd_ternary = simd_ternary($simd_ternary_fn($($simd_ternary_in),*) -> $simd_ternary_out), )*
                $( $(#[$simd_ternary_ir_doc])* $simd_ternary_ir = simd_ternary_ir($simd_ternary_ir_fn($($simd_ternary_ir_in),*) -> $simd_ternary_ir_out), )*
            }
            reg_control {
                $( $(#[$reg_control_doc])* $reg_control = reg_control($reg_control_handler $(<$reg_control_kind>)? $(($reg_control_by))? $(-> $reg_control_result)?) { $($reg_control_field: $reg_control_ty),* }, )*
            }
            register {
                $( $(#[$reg_unary_doc])* $reg_unary = reg_unary($reg_unary_base, "r") { a: u32, dst: u32 }, )*
                $( $(#[$reg_unary_trap_doc])* $reg_unary_trap = reg_unary_trap($reg_unary_trap_base, "r") { a: u32, dst: u32 }, )*
                $( $(#[$reg_binary_doc])* $reg_binary = reg_binary($reg_binary_base, "rr") { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$reg_binary_imm_doc])* $reg_binary_imm = reg_binary_imm($reg_binary_imm_base, "ri") { a: u32, imm: u32, dst: u32 }, )*
                $( $(#[$reg_binary_trap_doc])* $reg_binary_trap = reg_binary_trap($reg_binary_trap_base, "rr") { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$reg_load_doc])* $reg_load = reg_load($reg_load_base, "r") { a: u32, offset: u32, dst: u32 }, )*
                $( $(#[$reg_store_doc])* $reg_store = reg_store($reg_store_base, "rr") { a: u32, v: u32, offset: u32 }, )*
                $( $(#[$reg_store_imm_doc])* $reg_store_imm = reg_store_imm($reg_store_imm_base, "ri") { a: u32, imm: u32, offset: u32 }, )*
                $( $(#[$reg_br_doc])* $reg_br = reg_br($reg_br_base, "br_rr") { a: u32, b: u32, offset: i32 }, )*
                $( $(#[$reg_br_imm_doc])* $reg_br_imm = reg_br_imm($reg_br_imm_base, "br_ri") { a: u32, imm: u32, offset: i32 }, )*
                $( $(#[$acc_unary_doc])* $acc_unary = acc_unary($acc_unary_base, "a", a) { a: u32, dst: u32 }, )*
                $( $(#[$acc_unary_trap_doc])* $acc_unary_trap = acc_unary_trap($acc_unary_trap_base, "a", a) { a: u32, dst: u32 }, )*
                $( $(#[$acc_binary_a_doc])* $acc_binary_a = acc_binary_a($acc_binary_a_base, "ar", a) { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$acc_binary_b_doc])* $acc_binary_b = acc_binary_b($acc_binary_b_base, "ra", b) { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$acc_binary_imm_doc])* $acc_binary_imm = acc_binary_imm($acc_binary_imm_base, "ai", a) { a: u32, imm: u32, dst: u32 }, )*
                $( $(#[$acc_binary_trap_a_doc])* $acc_binary_trap_a = acc_binary_trap_a($acc_binary_trap_a_base, "ar", a) { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$acc_binary_trap_b_doc])* $acc_binary_trap_b = acc_binary_trap_b($acc_binary_trap_b_base, "ra", b) { a: u32, b: u32, dst: u32 }, )*
                $( $(#[$acc_load_doc])* $acc_load = acc_load($acc_load_base, "a", a) { a: u32, offset: u32, dst: u32 }, )*
                $( $(#[$acc_store_a_doc])* $acc_store_a = acc_store_a($acc_store_a_base, "ar", a) { a: u32, v: u32, offset: u32 }, )*
                $( $(#[$acc_store_v_doc])* $acc_store_v = acc_store_v($acc_store_v_base, "ra", v) { a: u32, v: u32, offset: u32 }, )*
                $( $(#[$acc_br_doc])* $acc_br = acc_br($acc_br_base, "br_ar", a) { a: u32, b: u32, offset: i32 }, )*
                $( $(#[$acc_br_imm_doc])* $acc_br_imm = acc_br_imm($acc_br_imm_base, "br_ai", a) { a: u32, imm: u32, offset: i32 }, )*
                $( $(#[$reg_binary_mem_b_doc])* $reg_binary_mem_b = reg_binary_mem_b($reg_binary_mem_b_base / $reg_binary_mem_b_load, "rm") { a: u16, p: u16, dst: u16, acc: u16, offset: u32 }, )*
                $( $(#[$reg_binary_mem_a_doc])* $reg_binary_mem_a = reg_binary_mem_a($reg_binary_mem_a_base / $reg_binary_mem_a_load, "mr") { a: u16, p: u16, dst: u16, acc: u16, offset: u32 }, )*
            }
        }
    };
}
