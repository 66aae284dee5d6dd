//! The descriptor functions (`fd_*`) other than `fd_readdir` (in `dir.rs`).

use super::ctx::WasiCtx;
use super::errno::{self, *};
use super::memory::GuestMem;
use super::table::{Desc, Kind};
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::os::unix::fs::FileExt;

/// Largest single read; a short read is always allowed, and this bounds the host
/// buffer a huge iovec could otherwise ask for.
const READ_CHUNK: usize = 1 << 16;

fn io_err(e: io::Error) -> Errno {
    errno::from_io(&e)
}

/// The host file behind `d`: `EBADF` for a directory or a buffer, as under
/// wasmtime.
fn file_of(d: &Desc) -> WasiResult<&File> {
    match &d.kind {
        Kind::File(f) => Ok(f),
        Kind::Dir(_) | Kind::Capture(_) | Kind::Bytes(_) => Err(BADF),
    }
}

/// The file behind `d` for positioned I/O: a stream cannot seek (`ESPIPE`).
fn seekable(d: &Desc) -> WasiResult<&File> {
    match &d.kind {
        Kind::File(f) if seeks(d.filetype) => Ok(f),
        Kind::File(_) | Kind::Capture(_) | Kind::Bytes(_) => Err(SPIPE),
        Kind::Dir(_) => Err(BADF),
    }
}

fn seeks(filetype: u8) -> bool {
    filetype == FILETYPE_REGULAR_FILE || filetype == FILETYPE_BLOCK_DEVICE
}

impl WasiCtx {
    pub(super) fn fd_write(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        nwritten: u32,
    ) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        if d.is_dir() {
            return Err(BADF);
        }
        d.need(RIGHT_FD_WRITE)?;
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nwritten, 4)?;
        let total = match &d.kind {
            Kind::Capture(which) => {
                let sink = if *which == 1 {
                    &mut self.stdout_buf
                } else {
                    &mut self.stderr_buf
                };
                let mut n = 0u32;
                for r in bufs {
                    let bytes = m.at(r)?;
                    sink.extend_from_slice(bytes);
                    n += bytes.len() as u32;
                }
                n
            }
            Kind::File(f) => write_all(f, m, &bufs).map_err(io_err)?,
            Kind::Dir(_) | Kind::Bytes(_) => return Err(BADF),
        };
        m.write_u32(nwritten, total)
    }

    pub(super) fn fd_pwrite(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        offset: u64,
        nwritten: u32,
    ) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let f = seekable(d)?;
        d.need(RIGHT_FD_WRITE | RIGHT_FD_SEEK)?;
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nwritten, 4)?;
        let mut total = 0u64;
        for r in bufs {
            let bytes = m.at(r)?;
            let at = offset.checked_add(total).ok_or(INVAL)?;
            f.write_all_at(bytes, at).map_err(io_err)?;
            total += bytes.len() as u64;
        }
        m.write_u32(nwritten, total as u32)
    }

    pub(super) fn fd_read(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        nread: u32,
    ) -> WasiResult<()> {
        let d = self.table.get_mut(fd)?;
        if d.is_dir() {
            return Err(BADF);
        }
        d.need(RIGHT_FD_READ)?;
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nread, 4)?;
        // As readv: buffers fill in order until a read comes back short. A terminal
        // or pipe returns what it has at hand, so the next buffer is not waited for.
        let total = read_bufs(m, &bufs, |buf, _| match &mut d.kind {
            Kind::File(f) => f.read(buf),
            Kind::Bytes(c) => c.read(buf),
            Kind::Capture(_) | Kind::Dir(_) => Err(io::ErrorKind::Unsupported.into()),
        })?;
        m.write_u32(nread, total as u32)
    }

    pub(super) fn fd_pread(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        iovs: u32,
        iovs_len: u32,
        offset: u64,
        nread: u32,
    ) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let f = seekable(d)?;
        d.need(RIGHT_FD_READ | RIGHT_FD_SEEK)?;
        let bufs = m.iovecs(iovs, iovs_len)?;
        m.range(nread, 4)?;
        let total = read_bufs(m, &bufs, |buf, done| {
            let at = offset.checked_add(done as u64).ok_or(io::ErrorKind::InvalidInput)?;
            f.read_at(buf, at)
        })?;
        m.write_u32(nread, total as u32)
    }

    pub(super) fn fd_seek(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        offset: i64,
        whence: u32,
        newoffset: u32,
    ) -> WasiResult<()> {
        let d = self.table.get_mut(fd)?;
        // A query of the position needs only the right to tell.
        let right = if whence == WHENCE_CUR as u32 && offset == 0 {
            RIGHT_FD_TELL
        } else {
            RIGHT_FD_SEEK
        };
        let pos = match whence {
            w if w == WHENCE_SET as u32 => SeekFrom::Start(u64::try_from(offset).map_err(|_| INVAL)?),
            w if w == WHENCE_CUR as u32 => SeekFrom::Current(offset),
            w if w == WHENCE_END as u32 => SeekFrom::End(offset),
            _ => return Err(INVAL),
        };
        let new = match &mut d.kind {
            Kind::Dir(_) => return Err(BADF),
            Kind::Capture(_) | Kind::Bytes(_) => return Err(SPIPE),
            Kind::File(_) if !seeks(d.filetype) => return Err(SPIPE),
            Kind::File(f) => {
                if d.base & right == 0 {
                    return Err(BADF);
                }
                m.range(newoffset, 8)?;
                f.seek(pos).map_err(io_err)?
            }
        };
        m.write_u64(newoffset, new)
    }

    pub(super) fn fd_tell(&mut self, m: &mut GuestMem, fd: u32, offset: u32) -> WasiResult<()> {
        self.fd_seek(m, fd, 0, WHENCE_CUR as u32, offset)
    }

    pub(super) fn fd_close(&mut self, fd: u32) -> WasiResult<()> {
        self.table.remove(fd).map(drop)
    }

    pub(super) fn fd_renumber(&mut self, from: u32, to: u32) -> WasiResult<()> {
        self.table.renumber(from, to)
    }

    pub(super) fn fd_sync(&mut self, fd: u32, data_only: bool) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let f = file_of(d)?;
        d.need(if data_only { RIGHT_FD_DATASYNC } else { RIGHT_FD_SYNC })?;
        if data_only { f.sync_data() } else { f.sync_all() }.map_err(io_err)
    }

    pub(super) fn fd_advise(&mut self, fd: u32, offset: u64, len: u64, advice: u32) -> WasiResult<()> {
        use rustix::fs::Advice as A;
        let d = self.table.get(fd)?;
        let advice = match advice {
            0 => A::Normal,
            1 => A::Sequential,
            2 => A::Random,
            3 => A::WillNeed,
            4 => A::DontNeed,
            5 => A::NoReuse,
            _ => return Err(INVAL),
        };
        let f = file_of(d)?;
        d.need(RIGHT_FD_ADVISE)?;
        let len = std::num::NonZeroU64::new(len);
        rustix::fs::fadvise(f, offset, len, advice).map_err(|e| errno::from_io(&e.into()))
    }

    pub(super) fn fd_allocate(&mut self, fd: u32, offset: u64, len: u64) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let f = file_of(d)?;
        d.need(RIGHT_FD_ALLOCATE)?;
        let _ = (f, offset, len);
        // As under wasmtime: preallocation is not offered (a program falls back to
        // writing or `fd_filestat_set_size`).
        Err(NOTSUP)
    }

    pub(super) fn fd_fdstat_get(&self, m: &mut GuestMem, fd: u32, ptr: u32) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let mut stat = [0u8; 24];
        stat[0] = d.filetype;
        stat[2..4].copy_from_slice(&d.flags.to_le_bytes());
        stat[8..16].copy_from_slice(&d.base.to_le_bytes());
        stat[16..24].copy_from_slice(&d.inheriting.to_le_bytes());
        m.write(ptr, &stat)
    }

    pub(super) fn fd_fdstat_set_flags(&mut self, fd: u32, flags: u32) -> WasiResult<()> {
        let d = self.table.get_mut(fd)?;
        // Streams (stdio among them) keep their flags, as under wasmtime.
        if !matches!(d.kind, Kind::File(_)) || !seeks(d.filetype) {
            return Err(BADF);
        }
        d.need(RIGHT_FD_FDSTAT_SET_FLAGS)?;
        // Only append and nonblock can change on an open descriptor (as fcntl's
        // F_SETFL); the sync flags are fixed at open.
        if flags & !u32::from(FDFLAGS_APPEND | FDFLAGS_NONBLOCK) != 0 {
            return Err(INVAL);
        }
        let flags = flags as u16;
        if let Kind::File(f) = &d.kind {
            use rustix::fs::OFlags;
            let mut fl = rustix::fs::fcntl_getfl(f).map_err(|e| errno::from_io(&e.into()))?;
            fl.set(OFlags::APPEND, flags & FDFLAGS_APPEND != 0);
            fl.set(OFlags::NONBLOCK, flags & FDFLAGS_NONBLOCK != 0);
            rustix::fs::fcntl_setfl(f, fl).map_err(|e| errno::from_io(&e.into()))?;
        }
        d.flags = flags;
        Ok(())
    }

    /// Rights can only be dropped, never regained.
    pub(super) fn fd_fdstat_set_rights(&mut self, fd: u32, base: u64, inheriting: u64) -> WasiResult<()> {
        let d = self.table.get_mut(fd)?;
        if base & !d.base != 0 || inheriting & !d.inheriting != 0 {
            return Err(NOTCAPABLE);
        }
        d.base = base;
        d.inheriting = inheriting;
        Ok(())
    }

    pub(super) fn fd_filestat_get(&self, m: &mut GuestMem, fd: u32, ptr: u32) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        d.need(RIGHT_FD_FILESTAT_GET)?;
        let stat = match &d.kind {
            Kind::File(f) => filestat(&cap_std::fs::Metadata::from_file(f).map_err(io_err)?),
            Kind::Dir(dir) => filestat(&dir.dir_metadata().map_err(io_err)?),
            // A buffer has no device, inode, size or times worth reporting.
            Kind::Capture(_) | Kind::Bytes(_) => {
                let mut s = [0u8; 64];
                s[16] = d.filetype;
                s
            }
        };
        m.write(ptr, &stat)
    }

    pub(super) fn fd_filestat_set_size(&mut self, fd: u32, size: u64) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let f = file_of(d)?;
        d.need(RIGHT_FD_FILESTAT_SET_SIZE)?;
        f.set_len(size).map_err(io_err)
    }

    pub(super) fn fd_filestat_set_times(&mut self, fd: u32, atim: u64, mtim: u64, fst: u32) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        if matches!(d.kind, Kind::Capture(_) | Kind::Bytes(_)) {
            return Err(BADF);
        }
        d.need(RIGHT_FD_FILESTAT_SET_TIMES)?;
        let times = timestamps(atim, mtim, fst)?;
        let r = match &d.kind {
            Kind::File(f) => rustix::fs::futimens(f, &times),
            Kind::Dir(dir) => match dir.open(".") {
                Ok(f) => rustix::fs::futimens(&f, &times),
                Err(e) => return Err(io_err(e)),
            },
            Kind::Capture(_) | Kind::Bytes(_) => return Err(BADF),
        };
        r.map_err(|e| errno::from_io(&e.into()))
    }

    pub(super) fn fd_prestat_get(&self, m: &mut GuestMem, fd: u32, ptr: u32) -> WasiResult<()> {
        let name = self.table.get(fd)?.preopen.as_ref().ok_or(BADF)?;
        let mut prestat = [0u8; 8];
        // Tag 0: a directory, the only kind of preopen.
        prestat[4..8].copy_from_slice(&(name.len() as u32).to_le_bytes());
        m.write(ptr, &prestat)
    }

    pub(super) fn fd_prestat_dir_name(&self, m: &mut GuestMem, fd: u32, path: u32, len: u32) -> WasiResult<()> {
        // wasmtime answers a descriptor that is not a preopen with `ENOTDIR` here,
        // and with `EBADF` in `fd_prestat_get`.
        let name = self.table.get(fd)?.preopen.as_ref().ok_or(NOTDIR)?;
        if (len as usize) < name.len() {
            return Err(NAMETOOLONG);
        }
        m.write(path, name.as_bytes())
    }
}

/// Reads into `bufs` in order with `read(buffer, bytes so far)`, each at most
/// `READ_CHUNK` long, until a read comes back short: the bytes read.
fn read_bufs(
    m: &mut GuestMem,
    bufs: &[Range<usize>],
    mut read: impl FnMut(&mut [u8], usize) -> io::Result<usize>,
) -> WasiResult<usize> {
    let mut total = 0usize;
    for r in bufs.iter().filter(|r| !r.is_empty()) {
        let r = r.start..r.end.min(r.start.saturating_add(READ_CHUNK));
        let want = r.len();
        let n = read(m.at_mut(r)?, total).map_err(io_err)?;
        total += n;
        if n < want {
            break;
        }
    }
    Ok(total)
}

/// Writes every buffer of `bufs` to `f` in full: the count, or the error that
/// stopped it before anything was written.
fn write_all(mut f: &File, m: &GuestMem, bufs: &[Range<usize>]) -> io::Result<u32> {
    let mut n = 0u32;
    for r in bufs {
        let bytes = m.at(r.clone()).unwrap_or(&[]);
        match f.write_all(bytes) {
            Ok(()) => n += bytes.len() as u32,
            Err(e) if n == 0 => return Err(e),
            // What was written stays written: report it, as a short write.
            Err(_) => break,
        }
    }
    Ok(n)
}

/// The `filestat` record of host metadata.
pub(super) fn filestat(md: &cap_std::fs::Metadata) -> [u8; 64] {
    use cap_std::fs::MetadataExt;
    let ns = |s: i64, n: i64| (s as u64).wrapping_mul(1_000_000_000).wrapping_add(n as u64);
    let mut s = [0u8; 64];
    s[0..8].copy_from_slice(&md.dev().to_le_bytes());
    s[8..16].copy_from_slice(&md.ino().to_le_bytes());
    s[16] = super::stdio::filetype_cap(md.file_type());
    s[24..32].copy_from_slice(&md.nlink().to_le_bytes());
    s[32..40].copy_from_slice(&md.size().to_le_bytes());
    s[40..48].copy_from_slice(&ns(md.atime(), md.atime_nsec()).to_le_bytes());
    s[48..56].copy_from_slice(&ns(md.mtime(), md.mtime_nsec()).to_le_bytes());
    s[56..64].copy_from_slice(&ns(md.ctime(), md.ctime_nsec()).to_le_bytes());
    s
}

/// The `utimensat` times for preview-1 `fstflags`: a time and its `_NOW` flag
/// together are `EINVAL`; an absent time stays as it is.
pub(super) fn timestamps(atim: u64, mtim: u64, fst: u32) -> WasiResult<rustix::fs::Timestamps> {
    let fst = u16::try_from(fst).map_err(|_| INVAL)?;
    let one = |t: u64, set: u16, now: u16| -> WasiResult<rustix::fs::Timespec> {
        let (s, n) = match (fst & set != 0, fst & now != 0) {
            (true, true) => return Err(INVAL),
            (true, false) => ((t / 1_000_000_000) as i64, (t % 1_000_000_000) as i64),
            (false, true) => (0, rustix::fs::UTIME_NOW),
            (false, false) => (0, rustix::fs::UTIME_OMIT),
        };
        Ok(rustix::fs::Timespec {
            tv_sec: s,
            tv_nsec: n as _,
        })
    };
    Ok(rustix::fs::Timestamps {
        last_access: one(atim, FSTFLAGS_ATIM, FSTFLAGS_ATIM_NOW)?,
        last_modification: one(mtim, FSTFLAGS_MTIM, FSTFLAGS_MTIM_NOW)?,
    })
}
