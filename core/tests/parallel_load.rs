//! A module with enough code has its bodies validated and translated on every
//! core: the result must not depend on it, nor must the error a bad module gets.

use wasmlab_core::predecode::{Options, PARALLEL_BYTES};
use wasmlab_core::Module;

/// `n` functions of about 60 bytes of code each: well past the amount of code
/// that is loaded in parallel. Function `i` is replaced by `bad(i)` where given.
fn module(n: usize, bad: impl Fn(usize) -> Option<&'static str>) -> Vec<u8> {
    let mut wat = String::from("(module (memory 1)\n");
    for i in 0..n {
        match bad(i) {
            Some(body) => wat.push_str(&format!("(func (result i32) {body})\n")),
            None => wat.push_str(&format!(
                "(func (param i32) (result i32) (local i32)
                  (loop $l (local.set 1 (i32.add (local.get 1) (i32.load offset={i} (local.get 0))))
                    (br_if $l (i32.lt_u (local.get 1) (i32.const {i}))))
                  (i32.mul (local.get 1) (i32.const {n})))\n"
            )),
        }
    }
    wat.push(')');
    wat::parse_str(&wat).unwrap()
}

fn load(bytes: &[u8], lazy: bool, serial: bool) -> Result<Module, wasmlab_core::Error> {
    Module::with_options(
        bytes,
        &Options {
            lazy,
            serial,
            ..Options::default()
        },
    )
}

#[test]
fn parallel_and_serial_loads_give_the_same_code() {
    let bytes = module(8000, |_| None);
    assert!(
        bytes.len() > 2 * PARALLEL_BYTES,
        "too little code to be loaded in parallel"
    );
    for lazy in [false, true] {
        let serial = load(&bytes, lazy, true).unwrap();
        let parallel = load(&bytes, lazy, false).unwrap();
        assert_eq!(serial.bodies.len(), 8000);
        assert_eq!(parallel.bodies.len(), 8000);
        for (i, (s, p)) in serial.bodies.iter().zip(&parallel.bodies).enumerate() {
            if lazy {
                serial.translate(i as u32).unwrap();
                parallel.translate(i as u32).unwrap();
            }
            let (s, p) = (s.translated().unwrap(), p.translated().unwrap());
            assert_eq!(
                format!("{:?}", s.code),
                format!("{:?}", p.code),
                "function {i}, lazy {lazy}"
            );
            assert_eq!(s.max_height, p.max_height, "function {i}, lazy {lazy}");
        }
    }
}

#[test]
fn the_first_invalid_body_in_the_module_is_the_error() {
    let bytes = module(8000, |i| match i {
        1500 => Some("(i32.add (i32.const 1))"),
        7900 => Some("(local.get 7)"),
        _ => None,
    });
    for lazy in [false, true] {
        let serial = load(&bytes, lazy, true).unwrap_err().to_string();
        let parallel = load(&bytes, lazy, false).unwrap_err().to_string();
        assert!(serial.contains("type mismatch"), "{serial}");
        assert_eq!(serial, parallel, "lazy {lazy}");
    }
}

#[test]
fn a_body_error_comes_before_a_later_malformed_section() {
    let mut bytes = module(8000, |i| (i == 4000).then_some("(i32.add (i32.const 1))"));
    // A data section whose count runs past the end of the module.
    bytes.extend([11, 2, 5, 0]);
    for serial in [true, false] {
        let e = load(&bytes, true, serial).unwrap_err().to_string();
        assert!(e.contains("type mismatch"), "serial {serial}: {e}");
    }
}
