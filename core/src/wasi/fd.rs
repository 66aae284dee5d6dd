//! The descriptor functions. Only stdio exists: 0 reads the host's stdin, 1 and
//! 2 write the host's stdout and stderr or a capture buffer. Every other
//! descriptor is unknown, since there are no preopened directories to open
//! files under.

use super::ctx::{Output, WasiCtx};
use super::errno::{self, Errno, WasiResult};
use super::memory::GuestMem;
use std::io::{self, Read, Write};

/// Largest single read from stdin; a short read is always allowed, and this
/// bounds the host buffer a huge iovec could otherwise ask for.
const READ_CHUNK: usize = 1 << 16;

impl WasiCtx {
    /// Fails with `EBADF` unless `fd` is an open stdio descriptor.
    fn stdio_fd(&self, fd: u32) -> WasiResult<usize> {
        match self.stdio.get(fd as usize) {
            Some(s) if s.open => Ok(fd as usize),
            _ => Err(errno::BADF),
        }
    }

    pub(super) fn fd_write(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        nwritten: u32,
    ) -> WasiResult<()> {
        let out = match self.stdio_fd(fd)? {
            1 => self.stdout,
            2 => self.stderr,
            // stdin is open for reading only, which POSIX answers with EBADF.
            _ => return Err(errno::BADF),
        };
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nwritten, 4)?;
        let mut total = 0u32;
        match out {
            Output::Capture => {
                let sink = if fd == 1 {
                    &mut self.stdout_buf
                } else {
                    &mut self.stderr_buf
                };
                for r in bufs {
                    let bytes = m.at(r)?;
                    sink.extend_from_slice(bytes);
                    total += bytes.len() as u32;
                }
            }
            Output::Inherit => {
                let write = |w: &mut dyn Write| -> io::Result<u32> {
                    let mut n = 0u32;
                    for r in &bufs {
                        let bytes = m.at(r.clone()).unwrap_or(&[]);
                        w.write_all(bytes)?;
                        n += bytes.len() as u32;
                    }
                    // fd_write is a system call to the program: what it wrote must be
                    // out before the call returns, not in a host buffer that an exit
                    // could lose or that would reorder stdout against stderr.
                    w.flush()?;
                    Ok(n)
                };
                total = if fd == 1 {
                    write(&mut io::stdout().lock())
                } else {
                    write(&mut io::stderr().lock())
                }
                .map_err(io_errno)?;
            }
        }
        m.write_u32(nwritten, total)
    }

    pub(super) fn fd_read(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        nread: u32,
    ) -> WasiResult<()> {
        if self.stdio_fd(fd)? != 0 {
            return Err(errno::BADF);
        }
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nread, 4)?;
        // One read into the first non-empty buffer, as readv does one read: filling
        // the next would block on a terminal or pipe after the data at hand. wasi-libc
        // passes the caller's buffer first and its own FILE buffer second, so an
        // empty first one (a one-byte read) fills the FILE buffer, as it expects.
        let n = match bufs.into_iter().find(|r| !r.is_empty()) {
            Some(r) => {
                let r = r.start..r.end.min(r.start.saturating_add(READ_CHUNK));
                io::stdin().lock().read(m.at_mut(r)?).map_err(io_errno)?
            }
            None => 0,
        };
        m.write_u32(nread, n as u32)
    }

    pub(super) fn fd_fdstat_get(&self, m: &mut GuestMem, fd: u32, ptr: u32) -> WasiResult<()> {
        let fd = self.stdio_fd(fd)?;
        // A character device without the seek and tell rights is what wasi-libc's
        // isatty() takes for a terminal, so its stdout is line-buffered, as a
        // native program's on a terminal is.
        let common = errno::RIGHT_FD_FDSTAT_SET_FLAGS | errno::RIGHT_FD_FILESTAT_GET | errno::RIGHT_POLL_FD_READWRITE;
        let rights = common
            | if fd == 0 {
                errno::RIGHT_FD_READ
            } else {
                errno::RIGHT_FD_WRITE
            };
        let mut stat = [0u8; 24];
        stat[0] = errno::FILETYPE_CHARACTER_DEVICE;
        stat[2..4].copy_from_slice(&self.stdio[fd].flags.to_le_bytes());
        stat[8..16].copy_from_slice(&rights.to_le_bytes());
        // rights_inheriting stays 0: stdio opens nothing beneath it.
        m.write(ptr, &stat)
    }

    pub(super) fn fd_fdstat_set_flags(&mut self, fd: u32, flags: u32) -> WasiResult<()> {
        let fd = self.stdio_fd(fd)?;
        if flags & !errno::FDFLAGS_ALL != 0 {
            return Err(errno::INVAL);
        }
        // Append, sync and nonblocking change nothing for streams that are always
        // written at their end and completed on return; they are only remembered.
        self.stdio[fd].flags = flags as u16;
        Ok(())
    }

    pub(super) fn fd_seek(&self, fd: u32) -> WasiResult<()> {
        self.stdio_fd(fd)?;
        Err(errno::SPIPE)
    }

    pub(super) fn fd_close(&mut self, fd: u32) -> WasiResult<()> {
        let fd = self.stdio_fd(fd)?;
        self.stdio[fd].open = false;
        Ok(())
    }

    pub(super) fn fd_filestat_get(&self, m: &mut GuestMem, fd: u32, ptr: u32) -> WasiResult<()> {
        self.stdio_fd(fd)?;
        // A stream has no device, inode, size or times worth reporting: all zero.
        let mut stat = [0u8; 64];
        stat[16] = errno::FILETYPE_CHARACTER_DEVICE;
        m.write(ptr, &stat)
    }
}

fn io_errno(e: io::Error) -> Errno {
    match e.kind() {
        io::ErrorKind::BrokenPipe => errno::PIPE,
        io::ErrorKind::Interrupted => errno::INTR,
        _ => errno::IO,
    }
}
