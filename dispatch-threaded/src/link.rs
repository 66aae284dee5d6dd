//! The link step: each op's handler, chosen by variant. Numeric, load and store ops
//! map to their shape's generic handler, generated from the op list.

use crate::state::Handler;
use crate::{control as c, fused as f, shapes as s, tables as t};
use wasmlab_core::ir::Op;
use wasmlab_core::kinds;

macro_rules! define_link {
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
        /// The handler that runs `op`.
        pub fn handler(op: &Op) -> *const () {
            let h: Handler = match op {
                $( Op::$uname => s::unary::<kinds::$uname>, )*
                $( Op::$utname => s::unary_trap::<kinds::$utname>, )*
                $( Op::$bname => s::binary::<kinds::$bname>, )*
                $( Op::$btname => s::binary_trap::<kinds::$btname>, )*
                $( Op::$lname { .. } => s::load::<kinds::$lname>, )*
                $( Op::$sname { .. } => s::store::<kinds::$sname>, )*
                $( Op::$llname { .. } => f::ll::<kinds::$llbase>, )*
                $( Op::$llsname { .. } => f::lls::<kinds::$llsbase>, )*
                $( Op::$liname { .. } => f::li::<kinds::$libase>, )*
                $( Op::$lisname { .. } => f::lis::<kinds::$lisbase>, )*
                $( Op::$brllname { .. } => f::br_ll::<kinds::$brllbase>, )*
                $( Op::$brliname { .. } => f::br_li::<kinds::$brlibase>, )*
                $( Op::$siname { .. } => f::si::<kinds::$sibase>, )*
                $( Op::$lltname { .. } => f::lls_trap::<kinds::$lltbase>, )*
                $( Op::$ldname { .. } => f::load_l::<kinds::$ldbase>, )*
                $( Op::$stname { .. } => f::store_ll::<kinds::$stbase>, )*
                $( Op::$ssname { .. } => f::ss::<kinds::$ssbase>, )*
                $( Op::$brssname { .. } => f::br_ss::<kinds::$brssbase>, )*
                $( Op::$brsiname { .. } => f::br_si::<kinds::$brsibase>, )*
                $( Op::$ldiname { .. } => f::load_li::<kinds::$ldibase>, )*
                $( Op::$ldsname { .. } => f::load_ls::<kinds::$ldsbase>, )*
                Op::LocalCopy { .. } => f::local_copy,
                Op::LocalSetConst { .. } => f::local_set_const,
                Op::Unreachable => c::unreachable,
                Op::Fuel => c::fuel,
                Op::Jump { .. } => c::jump,
                Op::Br { .. } => c::br,
                Op::BrIfNez { .. } => c::br_if_nez,
                Op::BrIfEqz { .. } => c::br_if_eqz,
                Op::BrIf { .. } => c::br_if,
                Op::BrTable { .. } => c::br_table,
                Op::Return { .. } => c::ret,
                Op::Call { .. } => c::call,
                Op::CallImport { .. } => c::call_import,
                Op::CallIndirect { .. } => c::call_indirect,
                Op::Drop => c::drop,
                Op::Select => c::select,
                Op::LocalGet { .. } => c::local_get,
                Op::LocalSet { .. } => c::local_set,
                Op::LocalTee { .. } => c::local_tee,
                Op::GlobalGet { .. } => c::global_get,
                Op::GlobalSet { .. } => c::global_set,
                Op::Const32 { .. } => c::const32,
                Op::Const64 { .. } => c::const64,
                Op::RefFunc { .. } => c::ref_func,
                Op::MemorySize => c::memory_size,
                Op::MemoryGrow => c::memory_grow,
                Op::MemoryFill => t::memory_fill,
                Op::MemoryCopy => t::memory_copy,
                Op::MemoryInit { .. } => t::memory_init,
                Op::DataDrop { .. } => t::data_drop,
                Op::TableGet { .. } => t::table_get,
                Op::TableSet { .. } => t::table_set,
                Op::TableSize { .. } => t::table_size,
                Op::TableGrow { .. } => t::table_grow,
                Op::TableFill { .. } => t::table_fill,
                Op::TableCopy { .. } => t::table_copy,
                Op::TableInit { .. } => t::table_init,
                Op::ElemDrop { .. } => t::elem_drop,
            };
            h as *const ()
        }
    };
}

wasmlab_core::for_each_op!(define_link);
