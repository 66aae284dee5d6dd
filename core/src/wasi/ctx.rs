//! The WASI context: the program's view of the world (arguments, environment,
//! descriptors, clocks, randomness) and the one entry point that dispatches a call.

use super::errno::{self, WasiResult};
use super::memory::GuestMem;
use super::table::{Desc, Table};
use super::{stdio, WasiError, FUNCS, MODULE};
use cap_std::fs::Dir;
use std::io;
use std::path::Path;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Where the program's stdout or stderr goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// Written through to the host's own stream.
    Inherit,
    /// Kept in a buffer the embedder reads afterwards.
    Capture,
}

/// The state of one WASI program.
pub struct WasiCtx {
    pub(super) args: Vec<String>,
    /// `KEY=VALUE`, the form `environ_get` hands out.
    pub(super) env: Vec<String>,
    pub(super) table: Table,
    pub(super) stdout_buf: Vec<u8>,
    pub(super) stderr_buf: Vec<u8>,
    /// The monotonic clock's zero.
    pub(super) start: Instant,
    rng: u64,
}

impl std::fmt::Debug for WasiCtx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasiCtx")
            .field("args", &self.args)
            .field("env", &self.env)
            .finish_non_exhaustive()
    }
}

/// The seed of `random_get`. Benchmarks must be reproducible, so randomness is a
/// fixed-seed PRNG: every run of a program sees the same bytes. It is not
/// cryptographically secure and must not be mistaken for a source of entropy.
const RANDOM_SEED: u64 = 0x5EED_0F3A_5D1A_B0C4;

impl WasiCtx {
    /// `args[0]` is the program name. Stdin, stdout and stderr are the host's own,
    /// with their true kinds; nothing is preopened.
    pub fn new(args: Vec<String>, env: Vec<(String, String)>) -> WasiCtx {
        let mut table = Table::default();
        for fd in 0..3u8 {
            if let Some(d) = stdio::inherit(fd) {
                table.set(fd as u32, d);
            }
        }
        WasiCtx {
            args,
            env: env.into_iter().map(|(k, v)| format!("{k}={v}")).collect(),
            table,
            stdout_buf: Vec::new(),
            stderr_buf: Vec::new(),
            start: Instant::now(),
            rng: RANDOM_SEED,
        }
    }

    /// Captures stdout into a buffer instead of writing it.
    pub fn capture_stdout(mut self) -> WasiCtx {
        self.table.set(1, stdio::capture(1));
        self
    }

    /// Captures stderr into a buffer instead of writing it.
    pub fn capture_stderr(mut self) -> WasiCtx {
        self.table.set(2, stdio::capture(2));
        self
    }

    /// Stdin reads `data`, then end of file.
    pub fn stdin_bytes(mut self, data: Vec<u8>) -> WasiCtx {
        self.table.set(0, stdio::bytes(data));
        self
    }

    /// Stdin reads this host file (or stream), with its true kind.
    pub fn stdin_file(mut self, file: std::fs::File) -> WasiCtx {
        self.table.set(0, stdio::host_file(file, true, false, 0));
        self
    }

    /// Gives the program host directory `host` under the name `guest`: the next
    /// free descriptor, found by wasi-libc through `fd_prestat_get`. Nothing
    /// outside `host` is reachable through it (see `path.rs`).
    pub fn preopen_dir(mut self, host: impl AsRef<Path>, guest: &str) -> io::Result<WasiCtx> {
        let dir = Dir::open_ambient_dir(host.as_ref(), cap_std::ambient_authority())?;
        let desc = Desc {
            kind: super::table::Kind::Dir(dir),
            filetype: errno::FILETYPE_DIRECTORY,
            base: errno::RIGHTS_DIR,
            inheriting: errno::RIGHTS_ALL,
            flags: 0,
            preopen: Some(guest.to_string()),
        };
        // Preopens follow stdio even where a stdio descriptor is closed, as
        // wasi-libc scans upwards from 3.
        let fd = (3..).find(|&fd| self.table.get(fd).is_err()).unwrap_or(3);
        self.table.set(fd, desc);
        Ok(self)
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
        let w = |i: usize| args.get(i).copied().unwrap_or(0);
        let m = &mut GuestMem::new(mem);
        let r = match name {
            "args_get" => strings_get(m, &self.args, a(0), a(1)),
            "args_sizes_get" => strings_sizes_get(m, &self.args, a(0), a(1)),
            "environ_get" => strings_get(m, &self.env, a(0), a(1)),
            "environ_sizes_get" => strings_sizes_get(m, &self.env, a(0), a(1)),
            "clock_res_get" => self.clock_res_get(m, a(0), a(1)),
            "clock_time_get" => self.clock_time_get(m, a(0), a(2)),
            "random_get" => self.random_get(m, a(0), a(1)),
            "fd_advise" => self.fd_advise(a(0), w(1), w(2), a(3)),
            "fd_allocate" => self.fd_allocate(a(0), w(1), w(2)),
            "fd_close" => self.fd_close(a(0)),
            "fd_datasync" => self.fd_sync(a(0), true),
            "fd_sync" => self.fd_sync(a(0), false),
            "fd_fdstat_get" => self.fd_fdstat_get(m, a(0), a(1)),
            "fd_fdstat_set_flags" => self.fd_fdstat_set_flags(a(0), a(1)),
            "fd_fdstat_set_rights" => self.fd_fdstat_set_rights(a(0), w(1), w(2)),
            "fd_filestat_get" => self.fd_filestat_get(m, a(0), a(1)),
            "fd_filestat_set_size" => self.fd_filestat_set_size(a(0), w(1)),
            "fd_filestat_set_times" => self.fd_filestat_set_times(a(0), w(1), w(2), a(3)),
            "fd_pread" => self.fd_pread(m, a(0), a(1), a(2), w(3), a(4)),
            "fd_pwrite" => self.fd_pwrite(m, a(0), a(1), a(2), w(3), a(4)),
            "fd_prestat_get" => self.fd_prestat_get(m, a(0), a(1)),
            "fd_prestat_dir_name" => self.fd_prestat_dir_name(m, a(0), a(1), a(2)),
            "fd_read" => self.fd_read(m, a(0), a(1), a(2), a(3)),
            "fd_readdir" => self.fd_readdir(m, a(0), a(1), a(2), w(3), a(4)),
            "fd_renumber" => self.fd_renumber(a(0), a(1)),
            "fd_seek" => self.fd_seek(m, a(0), w(1) as i64, a(2), a(3)),
            "fd_tell" => self.fd_tell(m, a(0), a(1)),
            "fd_write" => self.fd_write(m, a(0), a(1), a(2), a(3)),
            "path_create_directory" => self.path_create_directory(m, a(0), a(1), a(2)),
            "path_filestat_get" => self.path_filestat_get(m, a(0), a(1), a(2), a(3), a(4)),
            "path_filestat_set_times" => self.path_filestat_set_times(m, a(0), a(1), a(2), a(3), w(4), w(5), a(6)),
            "path_link" => self.path_link(m, a(0), a(1), a(2), a(3), a(4), a(5), a(6)),
            "path_open" => self.path_open(m, a(0), a(1), a(2), a(3), a(4), w(5), w(6), a(7), a(8)),
            "path_readlink" => self.path_readlink(m, a(0), a(1), a(2), a(3), a(4), a(5)),
            "path_remove_directory" => self.path_remove_directory(m, a(0), a(1), a(2)),
            "path_rename" => self.path_rename(m, a(0), a(1), a(2), a(3), a(4), a(5)),
            "path_symlink" => self.path_symlink(m, a(0), a(1), a(2), a(3), a(4)),
            "path_unlink_file" => self.path_unlink_file(m, a(0), a(1), a(2)),
            "poll_oneoff" => self.poll_oneoff(m, a(0), a(1), a(2), a(3)),
            "proc_exit" => return Err(WasiError::Exit(a(0) as i32)),
            // Signals cannot be delivered to a program that has no handlers.
            "proc_raise" => Err(errno::NOTSUP),
            "sched_yield" => {
                std::thread::yield_now();
                Ok(())
            }
            "sock_accept" | "sock_recv" | "sock_send" | "sock_shutdown" => self.sock(a(0)),
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
        // std::time reads clock_gettime: nanosecond units.
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

    /// There are no sockets: a descriptor that exists is not one.
    fn sock(&self, fd: u32) -> WasiResult<()> {
        self.table.get(fd)?;
        Err(errno::NOTSOCK)
    }
}

fn check_clock(id: u32) -> WasiResult<()> {
    // The CPU-time clocks (2, 3) are not offered: `EBADF`, as under wasmtime.
    match id {
        errno::CLOCK_REALTIME | errno::CLOCK_MONOTONIC => Ok(()),
        2 | 3 => Err(errno::BADF),
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
