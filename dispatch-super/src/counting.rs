//! Super with op counting compiled in: feeds `wasmlab opstats --fused`
//! ([`wasmlab_core::opstats`]) with the op stream super executes. Never used for
//! timing: every op goes through [`count`] before its own handler.

use crate::{link, RegisterPass};
use std::sync::Arc;
use wasmlab_core::ir::Op;
use wasmlab_core::predecode::Options;
use wasmlab_core::runtime::{FuncAddr, Store};
use wasmlab_core::{Backend, Trap, Val};
use wasmlab_threaded::state::{Cx, Fp, Handler, Ip, Mem, Sp, Status};

/// The super back-end, every family on, counting each op it runs.
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingSuper;

impl Backend for CountingSuper {
    fn name(&self) -> &'static str {
        "super-opstats"
    }

    fn predecode_options(&self) -> Options {
        Options {
            id: self.name(),
            link: Some(counting_link),
            pass: Some(Arc::new(RegisterPass(crate::Fusion::ALL))),
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        wasmlab_core::opstats::begin_run();
        wasmlab_threaded::invoke::<f64>(store, func, args)
    }
}

/// The link step of a counting run: every op's handler is [`count`].
fn counting_link(_op: &Op) -> *const () {
    count as Handler<f64> as *const ()
}

/// Records the op at `ip`, then runs it on the handler super's link step gives it.
///
/// # Safety
/// The handler contract ([`Handler`]): `count` reads nothing but the op, and hands
/// its arguments on unchanged to that op's own handler.
unsafe fn count(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the caller keeps the handler contract, so `ip` points at a linked op.
    let op = unsafe { &(*ip).op };
    wasmlab_core::opstats::record(op);
    let handler = link::handler_of(op);
    // SAFETY: `handler` is the one super's link step chose for this op, called with
    // the arguments `count` was given, as dispatch would have called it.
    unsafe { become handler(ip, sp, fp, mem, len, cx, fa) }
}

#[cfg(test)]
mod tests {
    use super::CountingSuper;
    use std::sync::Arc;
    use wasmlab_core::opstats;
    use wasmlab_core::{Config, Linker, Module, Store, Val};

    #[test]
    fn fused_counts_are_of_the_fused_ops() {
        // In register IR, a call of `f` runs i32.add_ri and return_a (the sum returned from the accumulator).
        let wat = r#"(module (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))"#;
        let backend = Arc::new(CountingSuper);
        let module = Arc::new(Module::for_backend(&wat::parse_str(wat).unwrap(), backend.as_ref()).unwrap());
        let mut store = Store::new(backend, Config::default());
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let f = store.export_func(id, "f").unwrap();
        opstats::take();
        assert_eq!(store.invoke(f, &[Val::I32(41)]).unwrap(), vec![Val::I32(42)]);
        let s = opstats::take();
        assert_eq!(s.total(), 2);
        assert_eq!(s.top_pairs(), vec![("i32.add_ri → return_a".to_string(), 1)]);
    }
}
