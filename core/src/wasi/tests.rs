use super::*;
use crate::error::Error;
use crate::runtime::{Caller, FuncAddr, FuncEntity};
use crate::{Backend, Module};
use std::time::{Duration, Instant};

const EFAULT: u32 = 21;
const EBADF: u32 = 8;
const EINVAL: u32 = 28;

fn ctx() -> WasiCtx {
    WasiCtx::new(
        vec!["prog".into(), "a1".into(), "xyz".into()],
        vec![("HOME".into(), "/h".into())],
    )
    .capture_stdout()
    .capture_stderr()
    .stdin_bytes(b"in".to_vec())
}

fn put(mem: &mut [u8], at: usize, v: u32) {
    mem[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn get(mem: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(mem[at..at + 4].try_into().unwrap())
}

fn get64(mem: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(mem[at..at + 8].try_into().unwrap())
}

#[test]
fn fd_write_concatenates_iovecs_into_captured_stdout() {
    let mut c = ctx();
    let mut mem = vec![0u8; 256];
    mem[100..103].copy_from_slice(b"abc");
    mem[200..205].copy_from_slice(b"defgh");
    put(&mut mem, 0, 100);
    put(&mut mem, 4, 3);
    put(&mut mem, 8, 200);
    put(&mut mem, 12, 5);
    assert_eq!(c.call("fd_write", &mut mem, &[1, 0, 2, 16]), Ok(0));
    assert_eq!(get(&mem, 16), 8);
    assert_eq!(c.captured_stdout(), b"abcdefgh");
    assert_eq!(c.captured_stderr(), b"");
    assert_eq!(c.call("fd_write", &mut mem, &[2, 8, 1, 16]), Ok(0));
    assert_eq!(get(&mem, 16), 5);
    assert_eq!(c.captured_stderr(), b"defgh");
    assert_eq!(c.captured_stdout(), b"abcdefgh");
}

#[test]
fn args_and_environ_are_laid_out_as_c_expects() {
    let mut c = ctx();
    let mut mem = vec![0xAAu8; 256];
    assert_eq!(c.call("args_sizes_get", &mut mem, &[0, 4]), Ok(0));
    assert_eq!(get(&mem, 0), 3);
    assert_eq!(get(&mem, 4), 5 + 3 + 4);
    assert_eq!(c.call("args_get", &mut mem, &[16, 64]), Ok(0));
    assert_eq!([get(&mem, 16), get(&mem, 20), get(&mem, 24)], [64, 69, 72]);
    assert_eq!(&mem[64..76], b"prog\0a1\0xyz\0");
    assert_eq!(mem[76], 0xAA, "nothing past the strings is written");

    assert_eq!(c.call("environ_sizes_get", &mut mem, &[0, 4]), Ok(0));
    assert_eq!((get(&mem, 0), get(&mem, 4)), (1, 8));
    assert_eq!(c.call("environ_get", &mut mem, &[128, 160]), Ok(0));
    assert_eq!(get(&mem, 128), 160);
    assert_eq!(&mem[160..168], b"HOME=/h\0");
}

#[test]
fn bad_pointers_are_efault_and_have_no_effect() {
    let mut c = ctx();
    let mut mem = vec![0u8; 64];
    // The iovec table itself out of bounds, straddling the end, and wrapping.
    assert_eq!(c.call("fd_write", &mut mem, &[1, 1000, 1, 0]), Ok(EFAULT));
    assert_eq!(c.call("fd_write", &mut mem, &[1, 60, 1, 0]), Ok(EFAULT));
    assert_eq!(
        c.call("fd_write", &mut mem, &[1, u32::MAX as u64, u32::MAX as u64, 0]),
        Ok(EFAULT)
    );
    // A buffer out of bounds after a good one: the good one is not written either.
    put(&mut mem, 0, 32);
    put(&mut mem, 4, 4);
    put(&mut mem, 8, 62);
    put(&mut mem, 12, 4);
    assert_eq!(c.call("fd_write", &mut mem, &[1, 0, 2, 16]), Ok(EFAULT));
    // nwritten out of bounds.
    assert_eq!(c.call("fd_write", &mut mem, &[1, 0, 1, 61]), Ok(EFAULT));
    assert_eq!(c.captured_stdout(), b"");
    assert_eq!(c.call("args_get", &mut mem, &[0, 60]), Ok(EFAULT));
    assert_eq!(c.call("args_sizes_get", &mut mem, &[0, 64]), Ok(EFAULT));
    assert_eq!(get(&mem, 0), 32, "the good out-pointer was not written");
    assert_eq!(c.call("random_get", &mut mem, &[32, 33]), Ok(EFAULT));
    assert_eq!(c.call("clock_time_get", &mut mem, &[1, 0, 57]), Ok(EFAULT));
    assert_eq!(c.call("fd_fdstat_get", &mut mem, &[1, 41]), Ok(EFAULT));
    assert_eq!(c.call("fd_filestat_get", &mut mem, &[1, 1]), Ok(EFAULT));
    assert_eq!(c.call("poll_oneoff", &mut mem, &[0, 0, 2, 0]), Ok(EFAULT));
    assert_eq!(c.call("fd_read", &mut mem, &[0, 64, 1, 0]), Ok(EFAULT));
}

#[test]
fn proc_exit_stops_the_program_with_its_code() {
    let mut c = ctx();
    assert_eq!(c.call("proc_exit", &mut [], &[3]), Err(WasiError::Exit(3)));
    assert_eq!(
        c.call("proc_exit", &mut [], &[u32::MAX as u64]),
        Err(WasiError::Exit(-1))
    );
}

#[test]
fn every_listed_function_is_dispatched_and_checked_for_arity() {
    for &(name, params, _) in FUNCS {
        let mut c = ctx();
        let args = vec![0u64; params.len()];
        let r = c.call(name, &mut [0u8; 64], &args);
        if name == "proc_exit" {
            assert_eq!(r, Err(WasiError::Exit(0)));
        } else {
            assert!(r.is_ok(), "{name}: {r:?}");
        }
        let more = vec![0u64; params.len() + 1];
        assert!(matches!(c.call(name, &mut [], &more), Err(WasiError::Unsupported(_))));
    }
    assert!(matches!(
        ctx().call("path_symlink", &mut [], &[]),
        Err(WasiError::Unsupported(_))
    ));
}

/// Every function on hostile arguments and memories: none may panic.
#[test]
fn no_input_panics() {
    let cells = [0, 1, 2, 3, 60, 63, 64, 0x7fff_ffff, u32::MAX as u64, u64::MAX];
    let mut seed = 1u64;
    for &(name, params, _) in FUNCS {
        for _ in 0..300 {
            let args: Vec<u64> = params
                .iter()
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    cells[(seed >> 33) as usize % cells.len()]
                })
                .collect();
            // Reading the test's stdin could block; fd 0 reads are tested as EFAULT above.
            if name == "fd_read" && args[0] as u32 == 0 {
                continue;
            }
            for size in [0, 7, 64] {
                let _ = ctx().call(name, &mut vec![0u8; size], &args);
            }
        }
    }
}

#[test]
fn random_get_is_reproducible() {
    let (mut a, mut b) = (ctx(), ctx());
    let (mut ma, mut mb) = (vec![0u8; 64], vec![0u8; 64]);
    assert_eq!(a.call("random_get", &mut ma, &[0, 13]), Ok(0));
    assert_eq!(a.call("random_get", &mut ma, &[32, 13]), Ok(0));
    assert_eq!(b.call("random_get", &mut mb, &[0, 13]), Ok(0));
    assert_eq!(b.call("random_get", &mut mb, &[32, 13]), Ok(0));
    assert_eq!(ma, mb);
    assert_ne!(ma[0..13], ma[32..45], "successive calls continue the stream");
    assert!(ma[0..13].iter().filter(|&&x| x == 0).count() < 4);
    assert_eq!(ma[13..32], [0; 19]);
}

#[test]
fn captured_stdio_is_a_stream_and_nothing_else_exists() {
    let mut c = ctx();
    let mut mem = vec![0u8; 64];
    assert_eq!(c.call("fd_fdstat_get", &mut mem, &[1, 0]), Ok(0));
    assert_eq!(
        mem[0], 0,
        "a capture buffer is no terminal: filetype unknown, as a pipe"
    );
    let rights = get64(&mem, 8);
    let (read, seek, write, tell) = (1 << 1, 1 << 2, 1 << 6, 1 << 5);
    assert_eq!(rights & (read | seek | write | tell), write);
    assert_eq!(c.call("fd_fdstat_get", &mut mem, &[0, 0]), Ok(0));
    assert_eq!(get64(&mem, 8) & (read | write), read);
    // Streams keep their flags (as under wasmtime); a file's are tested in tests/wasi.
    assert_eq!(c.call("fd_fdstat_set_flags", &mut mem, &[1, 1]), Ok(EBADF));
    assert_eq!(c.call("fd_filestat_get", &mut mem, &[2, 0]), Ok(0));
    assert_eq!(mem[16], 0);
    assert_eq!(c.call("fd_seek", &mut mem, &[1, 0, 0, 0]), Ok(70));
    for fd in [3, 4, 1000] {
        assert_eq!(c.call("fd_fdstat_get", &mut mem, &[fd, 0]), Ok(EBADF));
        assert_eq!(c.call("fd_prestat_get", &mut mem, &[fd, 0]), Ok(EBADF));
        assert_eq!(c.call("fd_seek", &mut mem, &[fd, 0, 0, 0]), Ok(EBADF));
        assert_eq!(c.call("fd_close", &mut mem, &[fd]), Ok(EBADF));
        assert_eq!(c.call("fd_read", &mut mem, &[fd, 0, 0, 0]), Ok(EBADF));
    }
    mem[40..44].copy_from_slice(b"a.tx");
    let open = [3, 0, 40, 4, 0, 0, 0, 0, 0];
    assert_eq!(
        c.call("path_open", &mut mem, &open),
        Ok(EBADF),
        "no preopen, no directory"
    );
    assert_eq!(
        c.call("sock_shutdown", &mut mem, &[1, 1]),
        Ok(57),
        "stdout is no socket"
    );
    assert_eq!(
        c.call("fd_write", &mut mem, &[0, 0, 0, 0]),
        Ok(EBADF),
        "stdin has no write right"
    );
    assert_eq!(c.call("fd_close", &mut mem, &[1]), Ok(0));
    assert_eq!(c.call("fd_close", &mut mem, &[1]), Ok(EBADF));
    assert_eq!(c.call("fd_write", &mut mem, &[1, 0, 0, 0]), Ok(EBADF));
}

#[test]
fn stdin_bytes_read_then_end_of_file() {
    let mut c = ctx();
    let mut mem = vec![0u8; 64];
    put(&mut mem, 0, 32);
    put(&mut mem, 4, 16);
    assert_eq!(c.call("fd_read", &mut mem, &[0, 0, 1, 8]), Ok(0));
    assert_eq!(get(&mem, 8), 2);
    assert_eq!(&mem[32..34], b"in");
    assert_eq!(c.call("fd_read", &mut mem, &[0, 0, 1, 8]), Ok(0));
    assert_eq!(get(&mem, 8), 0, "end of file");
}

#[test]
fn clocks() {
    let mut c = ctx();
    let mut mem = vec![0u8; 64];
    assert_eq!(c.call("clock_time_get", &mut mem, &[0, 1, 0]), Ok(0));
    let year_2020_ns = 1_577_836_800u64 * 1_000_000_000;
    assert!(get64(&mem, 0) > year_2020_ns);
    assert_eq!(c.call("clock_time_get", &mut mem, &[1, 1, 0]), Ok(0));
    assert_eq!(c.call("clock_time_get", &mut mem, &[1, 1, 8]), Ok(0));
    assert!(get64(&mem, 8) >= get64(&mem, 0));
    assert_eq!(c.call("clock_res_get", &mut mem, &[1, 16]), Ok(0));
    assert!(get64(&mem, 16) > 0);
    assert_eq!(
        c.call("clock_time_get", &mut mem, &[2, 1, 0]),
        Ok(EBADF),
        "no CPU-time clocks"
    );
    assert_eq!(
        c.call("clock_time_get", &mut mem, &[4, 1, 0]),
        Ok(EINVAL),
        "no such clock"
    );
}

#[test]
fn poll_oneoff_sleeps_on_a_relative_clock() {
    let mut c = ctx();
    let mut mem = vec![0u8; 256];
    mem[0..8].copy_from_slice(&0x1234u64.to_le_bytes());
    mem[8] = 0; // clock
    put(&mut mem, 16, 1); // monotonic
    mem[24..32].copy_from_slice(&2_000_000u64.to_le_bytes());
    let t = Instant::now();
    assert_eq!(c.call("poll_oneoff", &mut mem, &[0, 64, 1, 128]), Ok(0));
    assert!(t.elapsed() >= Duration::from_millis(2));
    assert_eq!(get(&mem, 128), 1);
    assert_eq!(get64(&mem, 64), 0x1234);
    assert_eq!(mem[72..74], [0, 0], "no error");
    assert_eq!(c.call("poll_oneoff", &mut mem, &[0, 64, 0, 128]), Ok(EINVAL));
}

struct NoBackend;

impl Backend for NoBackend {
    fn name(&self) -> &'static str {
        "none"
    }
    fn invoke(&self, _: &mut Store, _: FuncAddr, _: &[Val]) -> Result<Vec<Val>, Trap> {
        Err(Trap::Host("these tests run no Wasm code".into()))
    }
}

/// `define` against a real instance: the module's imports must type-check against
/// FUNCS, and the host functions must reach the instance's memory. The module's own
/// code would need a back-end, so the test makes its `_start`'s calls itself.
#[test]
fn define_wires_the_context_to_an_instance() {
    let wasm = wat::parse_str(
        r#"(module
            (import "wasi_snapshot_preview1" "fd_write"
                (func $fd_write (param i32 i32 i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
            (memory (export "memory") 1)
            (data (i32.const 0) "\08\00\00\00\06\00\00\00hello\n")
            (func (export "_start")
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 20)))
                (call $proc_exit (i32.const 0))))"#,
    )
    .unwrap();
    let mut store = Store::new(Arc::new(NoBackend), Default::default());
    let mut linker = Linker::new();
    let wasi = Arc::new(Mutex::new(WasiCtx::new(vec!["hello".into()], vec![]).capture_stdout()));
    define(&mut store, &mut linker, wasi.clone());
    let module = Arc::new(Module::new(&wasm).unwrap());
    let id = linker.instantiate(&mut store, module).unwrap();

    let Some(Extern::Func(fd_write)) = linker.get(MODULE, "fd_write") else {
        panic!("fd_write is not defined")
    };
    let FuncEntity::Host { func, .. } = &store.funcs[fd_write.0 as usize] else {
        panic!("fd_write is not a host function")
    };
    let func = func.clone();
    let mut results = [Val::I32(-1)];
    let args = [1, 0, 1, 20].map(Val::I32);
    let mut caller = Caller {
        store: &mut store,
        instance: Some(id),
    };
    func(&mut caller, &args, &mut results).unwrap();
    assert_eq!(results, [Val::I32(0)]);
    assert_eq!(wasi.lock().unwrap().captured_stdout(), b"hello\n");
    let Some(Extern::Memory(mem)) = store.export(id, "memory") else {
        panic!("no memory export")
    };
    assert_eq!(store.memories[mem as usize].data[20], 6, "nwritten");

    // Without a calling instance there is no memory: pointers fault, exit still works.
    assert_eq!(store.invoke(fd_write, &args).unwrap(), [Val::I32(EFAULT as i32)]);
    let Some(Extern::Func(exit)) = linker.get(MODULE, "proc_exit") else {
        panic!("proc_exit is not defined")
    };
    match store.invoke(exit, &[Val::I32(0)]) {
        Err(Error::Trap(Trap::Exit(0))) => {}
        other => panic!("proc_exit(0) gave {other:?}"),
    }
}
