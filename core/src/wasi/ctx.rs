//! The WASI context: the program's view of the world (arguments, environment,
//! stdio, clocks, randomness) and the one entry point that dispatches a call.

use super::errno::{self, WasiResult};
use super::memory::GuestMem;
use super::{WasiError, FUNCS, MODULE};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Where the program's stdout or stderr goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// Written through to the host's own stream.
    Inherit,
    /// Kept in a buffer the embedder reads afterwards.
    Capture,
}

/// The state of one of the stdio descriptors 0, 1 and 2, the only ones there are.
#[derive(Clone, Copy, Debug)]
pub(super) struct Stdio {
    pub open: bool,
    /// The `fdflags` last set, reported back by `fd_fdstat_get`.
    pub flags: u16,
}

/// The state of one WASI program.
#[derive(Debug)]
pub struct WasiCtx {
    args: Vec<String>,
    /// `KEY=VALUE`, the form `environ_get` hands out.
    env: Vec<String>,
    pub(super) stdout: Output,
    pub(super) stderr: Output,
    pub(super) stdout_buf: Vec<u8>,
    pub(super) stderr_buf: Vec<u8>,
    pub(super) stdio: [Stdio; 3],
    /// The monotonic clock's zero.
    pub(super) start: Instant,
    rng: u64,
}

/// The seed of `random_get`. Benchmarks must be reproducible, so randomness is a
/// fixed-seed PRNG: every run of a program sees the same bytes. It is not
/// cryptographically secure and must not be mistaken for a source of entropy.
const RANDOM_SEED: u64 = 0x5EED_0F3A_5D1A_B0C4;

impl WasiCtx {
    /// `args[0]` is the program name. Stdout and stderr are inherited, and so is
    /// stdin.
    pub fn new(args: Vec<String>, env: Vec<(String, String)>) -> WasiCtx {
        WasiCtx {
            args,
            env: env.into_iter().map(|(k, v)| format!("{k}={v}")).collect(),
            stdout: Output::Inherit,
            stderr: Output::Inherit,
            stdout_buf: Vec::new(),
            stderr_buf: Vec::new(),
            stdio: [Stdio { open: true, flags: 0 }; 3],
            start: Instant::now(),
            rng: RANDOM_SEED,
        }
    }

    /// Captures stdout into a buffer instead of writing it.
    pub fn capture_stdout(mut self) -> WasiCtx {
        self.stdout = Output::Capture;
        self
    }

    /// Captures stderr into a buffer instead of writing it.
    pub fn capture_stderr(mut self) -> WasiCtx {
        self.stderr = Output::Capture;
        self
    }

    /// What the program wrote to a captured stdout so far (empty when inherited).
    pub fn captured_stdout(&self) -> &[u8] {
        &self.stdout_buf
    }

    /// What the program wrote to a captured stderr so far (empty when inherited).
    pub fn captured_stderr(&self) -> &[u8] {
        &self.stderr_buf
    }

    /// Calls preview-1 function `name` (its import name in `wasi_snapshot_preview1`)
    /// with its arguments as untyped cells (an i32 zero-extended, an i64 as is) on
    /// linear memory `mem`. Returns the function's errno (0 is success), or `Err`
    /// for `proc_exit` and for a call that must stop the program: a function not
    /// in [`FUNCS`] or a wrong number of arguments.
    pub fn call(&mut self, name: &str, mem: &mut [u8], args: &[u64]) -> Result<u32, WasiError> {
        let Some(&(_, params, _)) = FUNCS.iter().find(|f| f.0 == name) else {
            return Err(WasiError::Unsupported(format!("`{MODULE}::{name}` is not supported")));
        };
        if args.len() != params.len() {
            return Err(WasiError::Unsupported(format!(
                "`{MODULE}::{name}` takes {} argument(s), {} given",
                params.len(),
                args.len()
            )));
        }
        // Cells of an i32 may arrive sign-extended from some engines: keep the low half.
        let a = |i: usize| args.get(i).copied().unwrap_or(0) as u32;
        let m = &mut GuestMem::new(mem);
        let r = match name {
            "args_get" => strings_get(m, &self.args, a(0), a(1)),
            "args_sizes_get" => strings_sizes_get(m, &self.args, a(0), a(1)),
            "environ_get" => strings_get(m, &self.env, a(0), a(1)),
            "environ_sizes_get" => strings_sizes_get(m, &self.env, a(0), a(1)),
            "clock_res_get" => self.clock_res_get(m, a(0), a(1)),
            "clock_time_get" => self.clock_time_get(m, a(0), a(2)),
            "random_get" => self.random_get(m, a(0), a(1)),
            "fd_write" => self.fd_write(m, a(0), a(1), a(2), a(3)),
            "fd_read" => self.fd_read(m, a(0), a(1), a(2), a(3)),
            "fd_fdstat_get" => self.fd_fdstat_get(m, a(0), a(1)),
            "fd_fdstat_set_flags" => self.fd_fdstat_set_flags(a(0), a(1)),
            "fd_prestat_get" | "fd_prestat_dir_name" => Err(errno::BADF),
            "fd_seek" => self.fd_seek(a(0)),
            "fd_close" => self.fd_close(a(0)),
            "fd_filestat_get" => self.fd_filestat_get(m, a(0), a(1)),
            "path_open" => path_open(m, a(2), a(3)),
            "proc_exit" => return Err(WasiError::Exit(a(0) as i32)),
            "proc_raise" => Err(errno::NOSYS),
            "sched_yield" => Ok(()),
            "poll_oneoff" => self.poll_oneoff(m, a(0), a(1), a(2), a(3)),
            _ => {
                return Err(WasiError::Unsupported(format!(
                    "`{MODULE}::{name}` is listed but not implemented"
                )))
            }
        };
        Ok(match r {
            Ok(()) => errno::SUCCESS as u32,
            Err(e) => e as u32,
        })
    }

    fn clock_res_get(&self, m: &mut GuestMem, id: u32, res: u32) -> WasiResult<()> {
        check_clock(id)?;
        // std::time reads clock_gettime / QueryPerformanceCounter: nanosecond units.
        m.write_u64(res, 1)
    }

    fn clock_time_get(&self, m: &mut GuestMem, id: u32, time: u32) -> WasiResult<()> {
        let ns = self.now(id)?;
        m.write_u64(time, ns)
    }

    /// The time of clock `id` in nanoseconds.
    pub(super) fn now(&self, id: u32) -> WasiResult<u64> {
        check_clock(id)?;
        let ns = if id == errno::CLOCK_REALTIME {
            SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
        } else {
            self.start.elapsed().as_nanos()
        };
        Ok(u64::try_from(ns).unwrap_or(u64::MAX))
    }

    fn random_get(&mut self, m: &mut GuestMem, buf: u32, len: u32) -> WasiResult<()> {
        let out = m.slice_mut(buf, len as u64)?;
        for chunk in out.chunks_mut(8) {
            let bytes = splitmix64(&mut self.rng).to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
        Ok(())
    }
}

fn check_clock(id: u32) -> WasiResult<()> {
    // The CPU-time clocks have no portable std source; POSIX answers an unknown
    // clock with EINVAL, and wasi-libc passes that on.
    match id {
        errno::CLOCK_REALTIME | errno::CLOCK_MONOTONIC => Ok(()),
        _ => Err(errno::INVAL),
    }
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The count of `list` and the bytes its NUL-terminated strings take.
fn strings_sizes(list: &[String]) -> WasiResult<(u32, u32)> {
    let count = u32::try_from(list.len()).map_err(|_| errno::OVERFLOW)?;
    let bytes: u64 = list.iter().map(|s| s.len() as u64 + 1).sum();
    let bytes = u32::try_from(bytes).map_err(|_| errno::OVERFLOW)?;
    Ok((count, bytes))
}

fn strings_sizes_get(m: &mut GuestMem, list: &[String], count: u32, size: u32) -> WasiResult<()> {
    let (n, bytes) = strings_sizes(list)?;
    // Both out-pointers are checked first so a bad second one leaves nothing written.
    m.range(count, 4)?;
    m.range(size, 4)?;
    m.write_u32(count, n)?;
    m.write_u32(size, bytes)
}

/// Lays out `list` as C does argv: a table of pointers at `ptrs`, each to a
/// NUL-terminated string packed into `buf`.
fn strings_get(m: &mut GuestMem, list: &[String], ptrs: u32, buf: u32) -> WasiResult<()> {
    let (n, bytes) = strings_sizes(list)?;
    let mut table = Vec::with_capacity(n as usize * 4);
    let mut strings = Vec::with_capacity(bytes as usize);
    for s in list {
        let at = (buf as u64 + strings.len() as u64) as u32;
        table.extend_from_slice(&at.to_le_bytes());
        strings.extend_from_slice(s.as_bytes());
        strings.push(0);
    }
    m.range(ptrs, table.len() as u64)?;
    m.write(buf, &strings)?;
    m.write(ptrs, &table)
}

fn path_open(m: &mut GuestMem, path: u32, path_len: u32) -> WasiResult<()> {
    m.range(path, path_len as u64)?;
    // There are no preopened directories, so no descriptor grants the right to
    // open anything.
    Err(errno::NOTCAPABLE)
}
