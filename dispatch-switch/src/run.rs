//! The dispatch loop, generated from the op list: numeric, load and store ops get
//! their arms from the list; control ops are written out below.

use std::ptr;
use wasmlab_core::exec::{self, Frame, Stack};
use wasmlab_core::ir::{FuncBody, Op};
use wasmlab_core::kinds::{self, Binary};
use wasmlab_core::runtime::{FuncAddr, FuncEntity, Instance, Store, PAGE_SIZE};
use wasmlab_core::semantics;

/// A binary op's semantics on two cells.
#[inline(always)]
fn apply<O: Binary>(a: u64, b: u64) -> O::R {
    O::apply(O::A::from_cell(a), O::B::from_cell(b))
}
use wasmlab_core::value::Cell;
use wasmlab_core::{Trap, Val};

macro_rules! switch_loop {
    (
        control { $($control:tt)* }
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
/// Runs Wasm function `func` to completion. `COUNT` selects the copy that records
/// op statistics; the normal copy (`false`) contains no counting code.
///
/// # Safety
/// `store` must be live and `stack` not in use by another run. Every pointer
/// arithmetic below stays in bounds because validation fixed each function's stack
/// effect and `enter` checks the whole frame fits before a body starts.
#[allow(unused_unsafe)]
pub(crate) unsafe fn run<const COUNT: bool>(store: &mut Store, stack: &mut Stack, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> { unsafe {
    let (inst_id, body_idx) = match store.funcs[func.0 as usize] {
        FuncEntity::Wasm { instance, body, .. } => (instance, body),
        FuncEntity::Host { .. } => unreachable!("Store::invoke calls host functions itself"),
    };
    let result_types = store.func_type(func).results.clone();
    let stack_end = stack.end();
    let base = stack.base();
    let max_depth = stack.max_depth;
    stack.frames.clear();

    let mut inst: *mut Instance = &mut *store.instances[inst_id as usize];
    let mut bodies: *const FuncBody = (&*inst).module.bodies.as_ptr();
    let (mut mem, mut mem_len) = exec::memory_view(inst);
    let mut globals: *const *mut u64 = (&*inst).globals.as_ptr();

    for (i, a) in args.iter().enumerate() {
        *base.add(i) = a.to_cell();
    }
    let mut sp = base.add(args.len());
    let mut fp: *mut u64 = ptr::null_mut();
    let mut ip: *const Op;

    // Enters `body` with its arguments on top of the stack; the caller resumes at `ret`.
    macro_rules! enter {
        ($body:expr, $ret:expr) => {{
            let body: &FuncBody = $body;
            let new_fp = sp.sub(body.num_params as usize);
            if stack.frames.len() >= max_depth || (stack_end.offset_from(new_fp) as usize) < body.frame_cells() {
                return Err(Trap::StackExhausted);
            }
            stack.frames.push(Frame { ret_ip: $ret as *const (), fp, instance: inst });
            ptr::write_bytes(new_fp.add(body.num_params as usize), 0, (body.num_locals - body.num_params) as usize);
            fp = new_fp;
            sp = fp.add(body.num_locals as usize);
            ip = body.code.as_ptr();
        }};
    }
    // Switches the hot instance state after a call or return crossed instances.
    macro_rules! switch_instance {
        ($to:expr) => {{
            let to: *mut Instance = $to;
            if to != inst {
                inst = to;
                bodies = (&*inst).module.bodies.as_ptr();
                globals = (&*inst).globals.as_ptr();
            }
            (mem, mem_len) = exec::memory_view(inst);
        }};
    }
    // Calls the function at store address `addr`, from the op at `ip`.
    macro_rules! call_addr {
        ($addr:expr) => {{
            let addr: u32 = $addr;
            match store.funcs[addr as usize] {
                FuncEntity::Wasm { instance, body, .. } => {
                    let callee: *mut Instance = &mut *store.instances[instance as usize];
                    let body: *const FuncBody = &(&*callee).module.bodies[body as usize];
                    enter!(&*body, ip.add(1));
                    switch_instance!(callee);
                }
                FuncEntity::Host { ty, .. } => {
                    let ty = store.type_of(ty);
                    let (np, nr) = (ty.params.len(), ty.results.len());
                    let args = sp.sub(np);
                    if (stack_end.offset_from(args) as usize) < nr {
                        return Err(Trap::StackExhausted);
                    }
                    exec::call_host(store, addr, inst, args)?;
                    sp = args.add(nr);
                    (mem, mem_len) = exec::memory_view(inst);
                    ip = ip.add(1);
                }
            }
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.sub(1);
            *sp
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            *sp = $v;
            sp = sp.add(1);
        }};
    }
    macro_rules! next {
        () => {
            ip = ip.add(1)
        };
    }
    macro_rules! jump {
        ($offset:expr) => {
            ip = ip.offset($offset as isize)
        };
    }
    // Moves the top `keep` cells down over `drop` cells.
    macro_rules! drop_keep {
        ($drop:expr, $keep:expr) => {{
            let keep = $keep as usize;
            let src = sp.sub(keep);
            let dst = src.sub($drop as usize);
            ptr::copy(src, dst, keep);
            sp = dst.add(keep);
        }};
    }

    enter!(&*bodies.add(body_idx as usize), ptr::null::<Op>());

    if COUNT {
        wasmlab_core::opstats::begin_run();
    }
    loop {
        if COUNT {
            wasmlab_core::opstats::record(&*ip);
        }
        match *ip {
            $( Op::$uname => {
                let a = <$ua as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$ufn(a));
                next!();
            } )*
            $( Op::$utname => {
                let a = <$uta as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$utfn(a)?);
                next!();
            } )*
            $( Op::$bname => {
                let b = <$bb as Cell>::from_cell(pop!());
                let a = <$ba as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$bfn(a, b));
                next!();
            } )*
            $( Op::$btname => {
                let b = <$btb as Cell>::from_cell(pop!());
                let a = <$bta as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$btfn(a, b)?);
                next!();
            } )*
            $( Op::$lname { offset } => {
                let addr = *sp.sub(1) as u32;
                let v = semantics::load::<$lmem>(mem, mem_len, addr, offset)?;
                *sp.sub(1) = Cell::into_cell(v as $lres);
                next!();
            } )*
            $( Op::$sname { offset } => {
                let v = <$sval as Cell>::from_cell(pop!());
                let addr = pop!() as u32;
                semantics::store::<$smem>(mem, mem_len, addr, offset, v as $smem)?;
                next!();
            } )*

            $( Op::$llname { a, b } => {
                push!(Cell::into_cell(apply::<kinds::$llbase>(*fp.add(a as usize), *fp.add(b as usize))));
                next!();
            } )*
            $( Op::$llsname { a, b, dst } => {
                *fp.add(dst as usize) = Cell::into_cell(apply::<kinds::$llsbase>(*fp.add(a as usize), *fp.add(b as usize)));
                next!();
            } )*
            $( Op::$liname { a, imm } => {
                push!(Cell::into_cell(apply::<kinds::$libase>(*fp.add(a as usize), imm as u64)));
                next!();
            } )*
            $( Op::$lisname { a, imm, dst } => {
                *fp.add(dst as usize) = Cell::into_cell(apply::<kinds::$lisbase>(*fp.add(a as usize), imm as u64));
                next!();
            } )*
            $( Op::$brllname { a, b, offset } => {
                if Cell::into_cell(apply::<kinds::$brllbase>(*fp.add(a as usize), *fp.add(b as usize))) != 0 {
                    jump!(offset)
                } else {
                    next!()
                }
            } )*
            $( Op::$brliname { a, imm, offset } => {
                if Cell::into_cell(apply::<kinds::$brlibase>(*fp.add(a as usize), imm as u64)) != 0 {
                    jump!(offset)
                } else {
                    next!()
                }
            } )*

            $( Op::$siname { imm } => {
                *sp.sub(1) = Cell::into_cell(apply::<kinds::$sibase>(*sp.sub(1), imm as i32 as i64 as u64));
                next!();
            } )*

            $( Op::$lltname { a, b, dst } => {
                let a = <kinds::$lltbase as kinds::BinaryTrap>::A::from_cell(*fp.add(a as usize));
                let b = <kinds::$lltbase as kinds::BinaryTrap>::B::from_cell(*fp.add(b as usize));
                *fp.add(dst as usize) = Cell::into_cell(<kinds::$lltbase as kinds::BinaryTrap>::apply(a, b)?);
                next!();
            } )*

            $( Op::$ldname { a, offset } => {
                let addr = *fp.add(a as usize) as u32;
                let v = semantics::load::<<kinds::$ldbase as kinds::Load>::Mem>(mem, mem_len, addr, offset)?;
                push!(<kinds::$ldbase as kinds::Load>::extend(v));
                next!();
            } )*
            $( Op::$ldiname { a, imm, offset } => {
                let addr = (*fp.add(a as usize) as u32).wrapping_add(imm);
                let v = semantics::load::<<kinds::$ldibase as kinds::Load>::Mem>(mem, mem_len, addr, offset)?;
                push!(<kinds::$ldibase as kinds::Load>::extend(v));
                next!();
            } )*
            $( Op::$ldsname { a, offset, dst } => {
                let addr = *fp.add(a as usize) as u32;
                let v = semantics::load::<<kinds::$ldsbase as kinds::Load>::Mem>(mem, mem_len, addr, offset)?;
                *fp.add(dst as usize) = <kinds::$ldsbase as kinds::Load>::extend(v);
                next!();
            } )*
            $( Op::$stname { a, v, offset } => {
                let addr = *fp.add(a as usize) as u32;
                let v = <kinds::$stbase as kinds::Store>::wrap(*fp.add(v as usize));
                semantics::store(mem, mem_len, addr, offset, v)?;
                next!();
            } )*

            $( Op::$ssname { dst } => {
                let b = pop!();
                let a = pop!();
                *fp.add(dst as usize) = Cell::into_cell(apply::<kinds::$ssbase>(a, b));
                next!();
            } )*

            $( Op::$brssname { offset } => {
                let b = pop!();
                let a = pop!();
                if Cell::into_cell(apply::<kinds::$brssbase>(a, b)) != 0 { jump!(offset) } else { next!() }
            } )*
            $( Op::$brsiname { imm, offset } => {
                let a = pop!();
                if Cell::into_cell(apply::<kinds::$brsibase>(a, imm as u64)) != 0 { jump!(offset) } else { next!() }
            } )*

            Op::Unreachable => return Err(Trap::Unreachable),
            Op::Fuel => {
                exec::consume_fuel(&mut *store)?;
                next!()
            }
            Op::Jump { offset } => jump!(offset),
            Op::Br { offset, drop, keep } => {
                drop_keep!(drop, keep);
                jump!(offset);
            }
            Op::BrIfNez { offset } => {
                if pop!() as u32 != 0 { jump!(offset) } else { next!() }
            }
            Op::BrIfEqz { offset } => {
                if pop!() as u32 == 0 { jump!(offset) } else { next!() }
            }
            Op::BrIf { offset, drop, keep } => {
                if pop!() as u32 != 0 {
                    drop_keep!(drop, keep);
                    jump!(offset);
                } else {
                    next!();
                }
            }
            Op::BrTable { len } => {
                let i = (pop!() as u32).min(len);
                ip = ip.add(1 + i as usize);
            }
            Op::Return { results } => {
                let n = results as usize;
                ptr::copy(sp.sub(n), fp, n);
                sp = fp.add(n);
                // Every body ends in a return, and the entry frame is pushed first.
                let frame = stack.frames.pop().unwrap_unchecked();
                if frame.ret_ip.is_null() {
                    break;
                }
                ip = frame.ret_ip as *const Op;
                fp = frame.fp;
                switch_instance!(frame.instance);
            }
            Op::Call { func } => enter!(&*bodies.add(func as usize), ip.add(1)),
            Op::CallImport { func } => call_addr!(*(&*inst).funcs.get_unchecked(func as usize)),
            Op::CallIndirect { ty, table } => {
                let idx = pop!() as u32;
                call_addr!(exec::resolve_indirect(store, inst, table, ty, idx)?)
            }
            Op::Drop => {
                sp = sp.sub(1);
                next!();
            }
            Op::Select => {
                let c = pop!() as u32;
                let b = pop!();
                if c == 0 {
                    *sp.sub(1) = b;
                }
                next!();
            }
            Op::LocalGet { idx } => {
                push!(*fp.add(idx as usize));
                next!();
            }
            Op::LocalSet { idx } => {
                *fp.add(idx as usize) = pop!();
                next!();
            }
            Op::LocalTee { idx } => {
                *fp.add(idx as usize) = *sp.sub(1);
                next!();
            }
            Op::GlobalGet { idx } => {
                push!(**globals.add(idx as usize));
                next!();
            }
            Op::GlobalSet { idx } => {
                **globals.add(idx as usize) = pop!();
                next!();
            }
            Op::Const32 { value } => {
                push!(value as u64);
                next!();
            }
            Op::Const64 { value } => {
                push!(value);
                next!();
            }
            Op::RefFunc { func } => {
                push!((&*inst).funcs[func as usize] as u64 + 1);
                next!();
            }
            Op::MemorySize => {
                push!((mem_len / PAGE_SIZE) as u64);
                next!();
            }
            Op::MemoryGrow => {
                let delta = *sp.sub(1) as u32;
                *sp.sub(1) = exec::memory_grow(inst, delta) as u64;
                (mem, mem_len) = exec::memory_view(inst);
                next!();
            }
            Op::MemoryFill => {
                let (n, val, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_fill(inst, dst, val, n)?;
                next!();
            }
            Op::MemoryCopy => {
                let (n, src, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_copy(inst, dst, src, n)?;
                next!();
            }
            Op::MemoryInit { data } => {
                let (n, src, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_init(inst, data, dst, src, n)?;
                next!();
            }
            Op::DataDrop { data } => {
                exec::data_drop(inst, data);
                next!();
            }
            Op::TableGet { table } => {
                let i = *sp.sub(1) as u32;
                *sp.sub(1) = exec::table_get(inst, table, i)?;
                next!();
            }
            Op::TableSet { table } => {
                let (val, i) = (pop!(), pop!() as u32);
                exec::table_set(inst, table, i, val)?;
                next!();
            }
            Op::TableSize { table } => {
                push!(exec::table_size(inst, table) as u64);
                next!();
            }
            Op::TableGrow { table } => {
                let n = pop!() as u32;
                let init = *sp.sub(1);
                *sp.sub(1) = exec::table_grow(inst, table, init, n) as u64;
                next!();
            }
            Op::TableFill { table } => {
                let (n, val, dst) = (pop!() as u32, pop!(), pop!() as u32);
                exec::table_fill(inst, table, dst, val, n)?;
                next!();
            }
            Op::TableCopy { dst, src } => {
                let (n, s, d) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::table_copy(inst, dst, src, d, s, n)?;
                next!();
            }
            Op::TableInit { table, elem } => {
                let (n, s, d) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::table_init(inst, table, elem, d, s, n)?;
                next!();
            }
            Op::ElemDrop { elem } => {
                exec::elem_drop(inst, elem);
                next!();
            }
            Op::LocalCopy { from, to } => {
                *fp.add(to as usize) = *fp.add(from as usize);
                next!();
            }
            Op::LocalSetConst { dst, value } => {
                *fp.add(dst as usize) = value;
                next!();
            }
        }
    }
    Ok(result_types.iter().enumerate().map(|(i, t)| Val::from_cell(*t, *base.add(i))).collect())
}}
    };
}

wasmlab_core::for_each_op!(switch_loop);
