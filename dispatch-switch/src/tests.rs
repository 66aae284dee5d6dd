//! Op statistics from the counting copy of the loop are exact, and the timed copy
//! records nothing.

use std::sync::Arc;
use wasmlab_core::opstats;
use wasmlab_core::{Backend, Config, FuncAddr, Linker, Module, Store, Val};

/// A store holding `wat` instantiated on `backend`, and its export `f`.
fn export_f<B: Backend + 'static>(backend: B, wat: &str) -> (Store, FuncAddr) {
    let backend = Arc::new(backend);
    let module = Arc::new(Module::for_backend(&wat::parse_str(wat).unwrap(), backend.as_ref()).unwrap());
    let mut store = Store::new(backend, Config::default());
    let id = Linker::new().instantiate(&mut store, module).unwrap();
    let f = store.export_func(id, "f").unwrap();
    (store, f)
}

#[test]
fn counts_are_exact() {
    // Per call of `f`: local_get, const32, i32.add, return.
    let wat = r#"(module (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))"#;
    let (mut store, f) = export_f(crate::CountingSwitch, wat);
    opstats::take();
    for i in 0..3 {
        assert_eq!(store.invoke(f, &[Val::I32(i)]).unwrap(), vec![Val::I32(i + 1)]);
    }
    let s = opstats::take();
    assert_eq!(s.total(), 12);
    let ops: Vec<_> = s.top_ops();
    assert_eq!(ops.len(), 4);
    for (name, n) in &ops {
        assert_eq!(*n, 3, "{name}");
    }
    let pairs = s.top_pairs();
    // Each run starts afresh: three pairs per run, none across runs.
    assert_eq!(pairs.iter().map(|p| p.1).sum::<u64>(), 9);
    assert!(pairs.contains(&("local_get → const32".to_string(), 3)), "{pairs:?}");
    assert!(pairs.contains(&("i32.add → return".to_string(), 3)), "{pairs:?}");
    assert_eq!(s.top_triples().iter().map(|t| t.1).sum::<u64>(), 6);
    assert!(s
        .top_triples()
        .contains(&("local_get → const32 → i32.add".to_string(), 3)));
}

#[test]
fn the_timed_switch_records_nothing() {
    let wat = r#"(module (func (export "f") (result i32) (i32.const 1)))"#;
    let (mut store, f) = export_f(crate::Switch, wat);
    opstats::take();
    store.invoke(f, &[]).unwrap();
    assert_eq!(opstats::take().total(), 0);
}

#[test]
fn the_loop_starts_on_a_page() {
    // Its speed follows its offset within a page (see `run::run`); the attribute
    // holding in every build keeps its times independent of what else is linked.
    let timed = crate::run::run::<false> as *const () as usize;
    let counting = crate::run::run::<true> as *const () as usize;
    assert_eq!(timed % 4096, 0, "switch loop at {timed:#x}");
    assert_eq!(counting % 4096, 0, "counting switch loop at {counting:#x}");
}
