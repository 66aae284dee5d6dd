//! Guest profiles (`wasmlab profile --guest`): the Wasm call stacks a sampler sees,
//! on every back-end, counted deterministically (a zero interval counts each
//! sampling point once: every function entry and loop header).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use wasmlab::backends;
use wasmlab_core::guest_profile::{func_name, Sampler};
use wasmlab_core::predecode::Options;
use wasmlab_core::{Config, Linker, Module, Store, Trap, Val};

const WAT: &str = r#"
(module
  (func $hot (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $acc))
  (func $cold (result i32) (i32.const 7))
  (func $middle (param i32) (result i32) (call $hot (local.get 0)))
  (func (export "run") (param i32) (result i32)
    (i32.add (call $cold) (call $middle (local.get 0)))))
"#;

/// Samples by stack of names, joined with `;`.
fn profile(backend: Arc<dyn wasmlab_core::Backend>, n: i32) -> HashMap<String, u64> {
    let wasm = wat::parse_str(WAT).unwrap();
    let opts = Options {
        metered: true,
        ..backend.predecode_options()
    };
    let module = Arc::new(Module::with_options(&wasm, &opts).unwrap());
    let sampler = Sampler::new(Duration::ZERO, 1);
    let mut store = Store::new(
        backend,
        Config {
            fuel: Some(sampler.initial_fuel()),
            ..Config::default()
        },
    );
    store.sampler = Some(Box::new(sampler));
    let inst = Linker::new().instantiate(&mut store, module.clone()).unwrap();
    let run = store.export_func(inst, "run").unwrap();
    let out = store.invoke(run, &[Val::I32(n)]).unwrap();
    let sum = (1..=n).sum::<i32>() + 7;
    assert_eq!(out, vec![Val::I32(sum)]);
    let sampler = store.sampler.take().unwrap();
    sampler
        .resolve(&module)
        .into_iter()
        .map(|(stack, c)| {
            let names: Vec<String> = stack.into_iter().map(|f| func_name(&module, f)).collect();
            (names.join(";"), c)
        })
        .collect()
}

#[test]
fn every_back_end_sees_the_wasm_call_stacks_by_name() {
    let all = backends::all();
    assert!(!all.is_empty());
    for backend in all {
        let name = backend.name();
        let p = profile(backend, 1000);
        // One sample per function entry; the loop header once per iteration.
        let want: HashMap<String, u64> = [
            ("func[3]".to_string(), 1),
            ("func[3];cold".to_string(), 1),
            ("func[3];middle".to_string(), 1),
            ("func[3];middle;hot".to_string(), 1 + 1000),
        ]
        .into_iter()
        .collect();
        assert_eq!(p, want, "{name}");
    }
}

#[test]
fn a_metered_store_without_a_sampler_still_runs_out_of_fuel() {
    let backend = backends::all().remove(0);
    let wasm = wat::parse_str(WAT).unwrap();
    let module = Arc::new(
        Module::with_options(
            &wasm,
            &Options {
                metered: true,
                ..backend.predecode_options()
            },
        )
        .unwrap(),
    );
    let mut store = Store::new(
        backend,
        Config {
            fuel: Some(100),
            ..Config::default()
        },
    );
    let inst = Linker::new().instantiate(&mut store, module).unwrap();
    let run = store.export_func(inst, "run").unwrap();
    let err = store.invoke(run, &[Val::I32(1000)]).unwrap_err();
    assert!(matches!(err, wasmlab_core::Error::Trap(Trap::OutOfFuel)), "{err}");
}
