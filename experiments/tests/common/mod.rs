//! What the behaviour tests share: a one-function module run on every back-end.

use std::sync::Arc;
use wasmlab_core::{Config, Linker, Module, Store, Val};

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

pub fn assert_all(wat: &str, args: &[i32], want: &[i32]) {
    for (backend, got) in results(wat, args) {
        assert_eq!(got, want, "{backend}, f of {args:?}");
    }
}
