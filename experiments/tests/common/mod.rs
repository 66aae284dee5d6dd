//! What the behaviour tests share: modules run on every back-end.
#![allow(dead_code)] // Each test file uses some of these.

use std::sync::Arc;
use wasmlab_core::{Config, InstanceId, Linker, Module, Store, Val};

/// `f` of a one-function module, called with each argument in turn.
pub fn results(wat: &str, args: &[i32]) -> Vec<(&'static str, Vec<i32>)> {
    let bytes = wat::parse_str(wat).unwrap();
    wasmlab::backends::all()
        .into_iter()
        .map(|b| {
            let module = Arc::new(Module::for_backend(&bytes, b.as_ref()).unwrap());
            let mut store = Store::new(b.clone(), Config::default());
            let id = Linker::new().instantiate(&mut store, module).unwrap();
            let f = store.export_func(id, "f").unwrap();
            let got = args
                .iter()
                .map(|&a| match store.invoke(f, &[Val::I32(a)]).unwrap()[..] {
                    [Val::I32(r)] => r,
                    ref other => panic!("{}: f({a}) gave {other:?}", b.name()),
                })
                .collect();
            (b.name(), got)
        })
        .collect()
}

/// `wat` instantiated in a store of every back-end, translated lazily and
/// eagerly, under `config` otherwise: each with its name ("super (lazy true)").
pub fn instances(wat: &str, config: &Config) -> Vec<(String, Store, InstanceId)> {
    let wasm = wat::parse_str(wat).unwrap();
    let mut all = Vec::new();
    for backend in wasmlab::backends::all() {
        for lazy in [true, false] {
            let name = format!("{} (lazy {lazy})", backend.name());
            let config = Config {
                lazy_predecode: lazy,
                ..config.clone()
            };
            let mut store = Store::new(backend.clone(), config);
            let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
            let id = Linker::new().instantiate(&mut store, module).unwrap();
            all.push((name, store, id));
        }
    }
    all
}

pub fn assert_all(wat: &str, args: &[i32], want: &[i32]) {
    for (backend, got) in results(wat, args) {
        assert_eq!(got, want, "{backend}, f of {args:?}");
    }
}

/// On every back-end: instantiates `first` registered as `name`, then `second`
/// (which imports from it), and calls `second`'s `run()`; each back-end's name
/// and results.
pub fn run_linked(first: &str, name: &str, second: &str) -> Vec<(&'static str, Vec<Val>)> {
    let (a, b) = (wat::parse_str(first).unwrap(), wat::parse_str(second).unwrap());
    wasmlab::backends::all()
        .into_iter()
        .map(|backend| {
            let backend_name = backend.name();
            let mut store = Store::new(backend, Config::default());
            let mut linker = Linker::new();
            let ma = Arc::new(Module::for_store(&a, &store).unwrap());
            let ia = linker.instantiate(&mut store, ma).unwrap();
            linker.register(&store, name, ia);
            let mb = Arc::new(Module::for_store(&b, &store).unwrap());
            let ib = linker.instantiate(&mut store, mb).unwrap();
            let run = store.export_func(ib, "run").unwrap();
            (backend_name, store.invoke(run, &[]).unwrap())
        })
        .collect()
}
