//! The path functions (`path_*`). Every path is resolved by cap-std beneath the
//! directory descriptor it is given: `..` past that directory, an absolute path
//! and a symlink that leads out all fail there (`EPERM`) without touching
//! anything outside. This file never resolves a path itself.

// The functions take preview 1's own argument lists, one parameter each.
#![allow(clippy::too_many_arguments)]

use super::ctx::WasiCtx;
use super::errno::{self, *};
use super::fd::filestat;
use super::memory::GuestMem;
use super::stdio::{file_desc, file_rights, filetype_cap};
use super::table::{Desc, Kind};
use cap_fs_ext::{DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt, OpenOptionsSyncExt};
use cap_std::fs::{Dir, OpenOptions};
use std::io;

fn io_err(e: io::Error) -> Errno {
    errno::from_io(&e)
}

/// The guest's path string at `ptr`: UTF-8, as preview 1 requires.
fn read_path(m: &GuestMem, ptr: u32, len: u32) -> WasiResult<String> {
    let bytes = m.slice(ptr, len as u64)?;
    let s = std::str::from_utf8(bytes).map_err(|_| ILSEQ)?;
    if s.contains('\0') {
        return Err(INVAL);
    }
    Ok(s.to_string())
}

/// A trailing slash asks for a directory: where `path` names something else
/// (following symlinks), `ENOTDIR`, as POSIX and wasmtime answer. Elsewhere the
/// operation itself decides.
fn slash_names_dir(dir: &Dir, path: &str) -> WasiResult<()> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.len() == path.len() || trimmed.is_empty() {
        return Ok(());
    }
    match dir.metadata(trimmed) {
        Ok(md) if !md.is_dir() => Err(NOTDIR),
        _ => Ok(()),
    }
}

impl WasiCtx {
    /// The directory of descriptor `fd`, which must hold `right`.
    fn dir_with(&self, fd: u32, right: u64) -> WasiResult<&Dir> {
        let d = self.table.get(fd)?;
        let dir = d.dir()?;
        d.need(right)?;
        Ok(dir)
    }

    /// The source and target of a link or rename: each directory with its right
    /// and its path (`[fd, path, len]`); a source with a trailing slash must be a
    /// directory.
    fn two_paths(
        &self,
        m: &GuestMem,
        old: [u32; 3],
        new: [u32; 3],
        rights: (u64, u64),
    ) -> WasiResult<(&Dir, String, &Dir, String)> {
        let old_dir = self.dir_with(old[0], rights.0)?;
        let new_dir = self.dir_with(new[0], rights.1)?;
        let old_path = read_path(m, old[1], old[2])?;
        let new_path = read_path(m, new[1], new[2])?;
        slash_names_dir(old_dir, &old_path)?;
        Ok((old_dir, old_path, new_dir, new_path))
    }

    pub(super) fn path_open(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        dirflags: u32,
        path: u32,
        path_len: u32,
        oflags: u32,
        base: u64,
        inheriting: u64,
        fdflags: u32,
        fd_out: u32,
    ) -> WasiResult<()> {
        let parent = self.table.get(fd)?;
        let dir = match &parent.kind {
            Kind::Dir(d) => d,
            // As under wasmtime: a file where a directory belongs is `ENOTDIR`.
            Kind::File(_) if parent.filetype == FILETYPE_REGULAR_FILE => return Err(NOTDIR),
            _ => return Err(BADF),
        };
        parent.need(RIGHT_PATH_OPEN)?;
        let oflags = u16::try_from(oflags).map_err(|_| INVAL)?;
        let fdflags = u16::try_from(fdflags)
            .ok()
            .filter(|f| u32::from(*f) & !FDFLAGS_ALL == 0)
            .ok_or(INVAL)?;
        // Synchronous I/O is not offered, as under wasmtime.
        if fdflags & (FDFLAGS_DSYNC | FDFLAGS_RSYNC | FDFLAGS_SYNC) != 0 {
            return Err(NOTSUP);
        }
        if oflags & OFLAGS_CREAT != 0 {
            parent.need(RIGHT_PATH_CREATE_FILE)?;
        }
        if oflags & OFLAGS_TRUNC != 0 {
            parent.need(RIGHT_PATH_FILESTAT_SET_SIZE)?;
        }
        let path = read_path(m, path, path_len)?;
        m.range(fd_out, 4)?;
        slash_names_dir(dir, &path)?;
        // What is opened beneath a directory gets at most what it may hand down.
        let base = base & parent.inheriting;
        let inheriting = inheriting & parent.inheriting;
        let follow = if dirflags & LOOKUP_SYMLINK_FOLLOW != 0 {
            FollowSymlinks::Yes
        } else {
            FollowSymlinks::No
        };
        // As under wasmtime, the read and write rights alone choose the open mode.
        let read = base & (RIGHT_FD_READ | RIGHT_FD_READDIR) != 0;
        let write = base & RIGHT_FD_WRITE != 0 || fdflags & FDFLAGS_APPEND != 0;
        let desc = if oflags & OFLAGS_DIRECTORY != 0 {
            if oflags & (OFLAGS_CREAT | OFLAGS_EXCL | OFLAGS_TRUNC) != 0 {
                return Err(INVAL);
            }
            // An unfollowed symlink is `ELOOP`, whatever it points to, as when
            // opening a file; a trailing slash follows it.
            if follow == FollowSymlinks::No
                && !path.ends_with('/')
                && dir.symlink_metadata(&path).is_ok_and(|md| md.is_symlink())
            {
                return Err(LOOP);
            }
            let sub = match follow {
                FollowSymlinks::Yes => dir.open_dir(&path),
                FollowSymlinks::No => dir.open_dir_nofollow(&path),
            }
            .map_err(io_err)?;
            if write {
                return Err(ISDIR);
            }
            dir_desc(sub, base, inheriting, fdflags)
        } else {
            let mut o = OpenOptions::new();
            // Creating or truncating needs a writable open; the rights checked on
            // each call still keep a read-only descriptor from writing.
            let create = oflags & OFLAGS_CREAT != 0;
            let trunc = oflags & OFLAGS_TRUNC != 0;
            let write_mode = write || create || trunc;
            // Append is set after the open: the open options refuse it together
            // with truncation, which POSIX allows.
            o.read(read || !write_mode)
                .write(write_mode)
                .create(create)
                .create_new(create && oflags & OFLAGS_EXCL != 0)
                .truncate(trunc);
            o.follow(follow).maybe_dir(true);
            o.nonblock(fdflags & FDFLAGS_NONBLOCK != 0);
            let f = dir.open_with(&path, &o).map_err(io_err)?;
            if fdflags & FDFLAGS_APPEND != 0 {
                let fl = rustix::fs::fcntl_getfl(&f).map_err(|e| errno::from_io(&e.into()))?;
                rustix::fs::fcntl_setfl(&f, fl | rustix::fs::OFlags::APPEND).map_err(|e| errno::from_io(&e.into()))?;
            }
            let md = f.metadata().map_err(io_err)?;
            if md.is_dir() {
                if write {
                    return Err(ISDIR);
                }
                dir_desc(Dir::from_std_file(f.into_std()), base, inheriting, fdflags)
            } else {
                let ty = filetype_cap(md.file_type());
                file_desc(
                    Kind::File(f.into_std()),
                    ty,
                    base & file_rights(ty, read, write),
                    fdflags,
                )
            }
        };
        let new = self.table.insert(desc)?;
        m.write_u32(fd_out, new)
    }

    pub(super) fn path_create_directory(&mut self, m: &mut GuestMem, fd: u32, path: u32, len: u32) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_CREATE_DIRECTORY)?;
        let path = read_path(m, path, len)?;
        dir.create_dir(path).map_err(io_err)
    }

    pub(super) fn path_remove_directory(&mut self, m: &mut GuestMem, fd: u32, path: u32, len: u32) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_REMOVE_DIRECTORY)?;
        let path = read_path(m, path, len)?;
        dir.remove_dir(path).map_err(io_err)
    }

    pub(super) fn path_unlink_file(&mut self, m: &mut GuestMem, fd: u32, path: u32, len: u32) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_UNLINK_FILE)?;
        let path = read_path(m, path, len)?;
        dir.remove_file_or_symlink(path).map_err(io_err)
    }

    pub(super) fn path_filestat_get(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        flags: u32,
        path: u32,
        len: u32,
        out: u32,
    ) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_FILESTAT_GET)?;
        let path = read_path(m, path, len)?;
        m.range(out, 64)?;
        let md = if flags & LOOKUP_SYMLINK_FOLLOW != 0 {
            dir.metadata(path)
        } else {
            dir.symlink_metadata(path)
        }
        .map_err(io_err)?;
        m.write(out, &filestat(&md))
    }

    pub(super) fn path_filestat_set_times(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        flags: u32,
        path: u32,
        len: u32,
        atim: u64,
        mtim: u64,
        fst: u32,
    ) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_FILESTAT_SET_TIMES)?;
        let path = read_path(m, path, len)?;
        slash_names_dir(dir, &path)?;
        let fst = u16::try_from(fst).map_err(|_| INVAL)?;
        let atime = time_spec(atim, fst, FSTFLAGS_ATIM, FSTFLAGS_ATIM_NOW)?;
        let mtime = time_spec(mtim, fst, FSTFLAGS_MTIM, FSTFLAGS_MTIM_NOW)?;
        if flags & LOOKUP_SYMLINK_FOLLOW != 0 {
            dir.set_times(path, atime, mtime)
        } else {
            dir.set_symlink_times(path, atime, mtime)
        }
        .map_err(io_err)
    }

    pub(super) fn path_link(
        &mut self,
        m: &mut GuestMem,
        old_fd: u32,
        old_flags: u32,
        old_path: u32,
        old_len: u32,
        new_fd: u32,
        new_path: u32,
        new_len: u32,
    ) -> WasiResult<()> {
        let (old_dir, old, new_dir, new) = self.two_paths(
            m,
            [old_fd, old_path, old_len],
            [new_fd, new_path, new_len],
            (RIGHT_PATH_LINK_SOURCE, RIGHT_PATH_LINK_TARGET),
        )?;
        // Following a symlink at the source could name a file outside the sandbox
        // by a path cap-std never resolved.
        if old_flags & LOOKUP_SYMLINK_FOLLOW != 0 {
            return Err(INVAL);
        }
        old_dir.hard_link(old, new_dir, new).map_err(io_err)
    }

    pub(super) fn path_rename(
        &mut self,
        m: &mut GuestMem,
        old_fd: u32,
        old_path: u32,
        old_len: u32,
        new_fd: u32,
        new_path: u32,
        new_len: u32,
    ) -> WasiResult<()> {
        let (old_dir, old, new_dir, new) = self.two_paths(
            m,
            [old_fd, old_path, old_len],
            [new_fd, new_path, new_len],
            (RIGHT_PATH_RENAME_SOURCE, RIGHT_PATH_RENAME_TARGET),
        )?;
        // Moving a non-directory to a name with a trailing slash is `ENOTDIR`.
        if new.ends_with('/')
            && old_dir
                .symlink_metadata(old.trim_end_matches('/'))
                .is_ok_and(|md| !md.is_dir())
        {
            return Err(NOTDIR);
        }
        old_dir.rename(old, new_dir, new).map_err(io_err)
    }

    pub(super) fn path_symlink(
        &mut self,
        m: &mut GuestMem,
        old_path: u32,
        old_len: u32,
        fd: u32,
        new_path: u32,
        new_len: u32,
    ) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_SYMLINK)?;
        let target = read_path(m, old_path, old_len)?;
        let link = read_path(m, new_path, new_len)?;
        // cap-std refuses an absolute target (EPERM): anything outside the
        // sandbox that followed the link would resolve it from the host's root.
        dir.symlink(target, link).map_err(io_err)
    }

    pub(super) fn path_readlink(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        path: u32,
        len: u32,
        buf: u32,
        buf_len: u32,
        used: u32,
    ) -> WasiResult<()> {
        let dir = self.dir_with(fd, RIGHT_PATH_READLINK)?;
        let path = read_path(m, path, len)?;
        m.range(used, 4)?;
        slash_names_dir(dir, &path)?;
        // An absolute target is refused (EPERM), as it is when followed.
        let target = dir.read_link(path).map_err(io_err)?;
        let bytes = target.as_os_str().as_encoded_bytes();
        // A buffer too small gets the target's first bytes, as readlink(2) gives.
        let n = bytes.len().min(buf_len as usize);
        m.write(buf, &bytes[..n])?;
        m.write_u32(used, n as u32)
    }
}

/// A directory descriptor opened beneath another.
fn dir_desc(dir: Dir, base: u64, inheriting: u64, flags: u16) -> Desc {
    Desc {
        kind: Kind::Dir(dir),
        filetype: FILETYPE_DIRECTORY,
        // A directory opened beneath another may also be read (`fd_readdir`
        // aside, nothing reads it), as under wasmtime.
        base: base & (RIGHTS_DIR | RIGHT_FD_READ),
        inheriting,
        flags,
        preopen: None,
    }
}

/// One time of `path_filestat_set_times`: absent, now, or the given nanoseconds.
fn time_spec(t: u64, fst: u16, set: u16, now: u16) -> WasiResult<Option<cap_fs_ext::SystemTimeSpec>> {
    use cap_fs_ext::SystemTimeSpec;
    match (fst & set != 0, fst & now != 0) {
        (true, true) => Err(INVAL),
        (true, false) => {
            let at = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(t);
            Ok(Some(SystemTimeSpec::Absolute(cap_std::time::SystemTime::from_std(at))))
        }
        (false, true) => Ok(Some(SystemTimeSpec::SymbolicNow)),
        (false, false) => Ok(None),
    }
}
