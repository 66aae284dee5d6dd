//! Descriptors for host files and streams: what kind each is, and the rights it
//! gets. Stdio keeps its true kind, so a program's `isatty` and `lseek` on
//! descriptors 0–2 answer as they would natively: wasi-libc takes a character
//! device without seek rights for a terminal.

use super::errno::{self, *};
use super::table::{Desc, Kind};
use std::fs::File;
use std::os::fd::AsFd;

/// The preview-1 file type of host file metadata.
pub(super) fn filetype_cap(ft: cap_std::fs::FileType) -> u8 {
    use cap_fs_ext::FileTypeExt;
    if ft.is_file() {
        FILETYPE_REGULAR_FILE
    } else if ft.is_dir() {
        FILETYPE_DIRECTORY
    } else if ft.is_symlink() {
        FILETYPE_SYMBOLIC_LINK
    } else if ft.is_char_device() {
        FILETYPE_CHARACTER_DEVICE
    } else if ft.is_block_device() {
        FILETYPE_BLOCK_DEVICE
    } else if ft.is_socket() {
        FILETYPE_SOCKET_STREAM
    } else {
        // A pipe has no preview-1 type of its own.
        FILETYPE_UNKNOWN
    }
}

/// The rights a descriptor of file type `ty` opened for `read` and/or `write`
/// can be granted: a stream that cannot seek gets no seek, tell or positioned I/O.
pub(super) fn file_rights(ty: u8, read: bool, write: bool) -> u64 {
    let mut r = RIGHT_FD_FDSTAT_SET_FLAGS | RIGHT_FD_FILESTAT_GET | RIGHT_POLL_FD_READWRITE;
    if read {
        r |= RIGHT_FD_READ;
    }
    if write {
        r |= RIGHT_FD_WRITE;
    }
    if ty == FILETYPE_REGULAR_FILE || ty == FILETYPE_BLOCK_DEVICE {
        r |= RIGHT_FD_SEEK | RIGHT_FD_TELL | RIGHT_FD_ADVISE | RIGHT_FD_SYNC | RIGHT_FD_DATASYNC;
        r |= RIGHT_FD_FILESTAT_SET_TIMES;
        if write {
            r |= RIGHT_FD_ALLOCATE | RIGHT_FD_FILESTAT_SET_SIZE;
        }
    }
    r
}

/// A descriptor of anything but a directory: nothing is opened beneath it.
pub(super) fn file_desc(kind: Kind, filetype: u8, base: u64, flags: u16) -> Desc {
    Desc {
        kind,
        filetype,
        base,
        inheriting: 0,
        flags,
        preopen: None,
    }
}

/// A descriptor for an open host file (or stream) used for `read`/`write`.
pub(super) fn host_file(file: File, read: bool, write: bool, flags: u16) -> Desc {
    let ty = cap_std::fs::Metadata::from_file(&file).map_or(FILETYPE_UNKNOWN, |m| filetype_cap(m.file_type()));
    file_desc(Kind::File(file), ty, file_rights(ty, read, write), flags)
}

/// Host stdio descriptor `fd` (0, 1 or 2) as a descriptor of the program, or
/// `None` where the host has it closed.
pub(super) fn inherit(fd: u8) -> Option<Desc> {
    let owned = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        _ => std::io::stderr().as_fd().try_clone_to_owned(),
    }
    .ok()?;
    let append = rustix::fs::fcntl_getfl(&owned).is_ok_and(|f| f.contains(rustix::fs::OFlags::APPEND));
    let flags = if append { errno::FDFLAGS_APPEND } else { 0 };
    Some(host_file(File::from(owned), fd == 0, fd != 0, flags))
}

/// A captured stdout (1) or stderr (2): a stream that is never a terminal.
pub(super) fn capture(fd: u8) -> Desc {
    let base = file_rights(FILETYPE_UNKNOWN, false, true);
    file_desc(Kind::Capture(fd), FILETYPE_UNKNOWN, base, 0)
}

/// Stdin that reads the given bytes, then end of file: a pipe, as far as the
/// program can tell.
pub(super) fn bytes(data: Vec<u8>) -> Desc {
    let base = file_rights(FILETYPE_UNKNOWN, true, false);
    file_desc(Kind::Bytes(std::io::Cursor::new(data)), FILETYPE_UNKNOWN, base, 0)
}
