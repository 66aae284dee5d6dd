//! The preview-1 numbers: errno values, file types, rights, flags and clock ids,
//! as `wasi_snapshot_preview1.witx` defines them, and the mapping of host I/O
//! errors onto errno.

use std::io;

/// A preview-1 `errno`; the function result the program sees.
pub type Errno = u16;

/// What the preview-1 functions return internally: `Err` is the errno to report.
pub type WasiResult<T> = Result<T, Errno>;

pub const SUCCESS: Errno = 0;
pub const TOOBIG: Errno = 1;
pub const ACCES: Errno = 2;
pub const AGAIN: Errno = 6;
pub const BADF: Errno = 8;
pub const BUSY: Errno = 10;
pub const EXIST: Errno = 20;
pub const FAULT: Errno = 21;
pub const FBIG: Errno = 22;
pub const ILSEQ: Errno = 25;
pub const INTR: Errno = 27;
pub const INVAL: Errno = 28;
pub const IO: Errno = 29;
pub const ISDIR: Errno = 31;
pub const LOOP: Errno = 32;
pub const MFILE: Errno = 33;
pub const MLINK: Errno = 34;
pub const NAMETOOLONG: Errno = 37;
pub const NFILE: Errno = 41;
pub const NODEV: Errno = 43;
pub const NOENT: Errno = 44;
pub const NOMEM: Errno = 48;
pub const NOSPC: Errno = 51;
pub const NOSYS: Errno = 52;
pub const NOTDIR: Errno = 54;
pub const NOTEMPTY: Errno = 55;
pub const NOTSOCK: Errno = 57;
pub const NOTSUP: Errno = 58;
pub const NOTTY: Errno = 59;
pub const NXIO: Errno = 60;
pub const OVERFLOW: Errno = 61;
pub const PERM: Errno = 63;
pub const PIPE: Errno = 64;
pub const RANGE: Errno = 68;
pub const ROFS: Errno = 69;
pub const SPIPE: Errno = 70;
pub const TXTBSY: Errno = 74;
pub const XDEV: Errno = 75;
pub const NOTCAPABLE: Errno = 76;

pub const FILETYPE_UNKNOWN: u8 = 0;
pub const FILETYPE_BLOCK_DEVICE: u8 = 1;
pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;
pub const FILETYPE_DIRECTORY: u8 = 3;
pub const FILETYPE_REGULAR_FILE: u8 = 4;
pub const FILETYPE_SOCKET_STREAM: u8 = 6;
pub const FILETYPE_SYMBOLIC_LINK: u8 = 7;

pub const RIGHT_FD_DATASYNC: u64 = 1 << 0;
pub const RIGHT_FD_READ: u64 = 1 << 1;
pub const RIGHT_FD_SEEK: u64 = 1 << 2;
pub const RIGHT_FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
pub const RIGHT_FD_SYNC: u64 = 1 << 4;
pub const RIGHT_FD_TELL: u64 = 1 << 5;
pub const RIGHT_FD_WRITE: u64 = 1 << 6;
pub const RIGHT_FD_ADVISE: u64 = 1 << 7;
pub const RIGHT_FD_ALLOCATE: u64 = 1 << 8;
pub const RIGHT_PATH_CREATE_DIRECTORY: u64 = 1 << 9;
pub const RIGHT_PATH_CREATE_FILE: u64 = 1 << 10;
pub const RIGHT_PATH_LINK_SOURCE: u64 = 1 << 11;
pub const RIGHT_PATH_LINK_TARGET: u64 = 1 << 12;
pub const RIGHT_PATH_OPEN: u64 = 1 << 13;
pub const RIGHT_FD_READDIR: u64 = 1 << 14;
pub const RIGHT_PATH_READLINK: u64 = 1 << 15;
pub const RIGHT_PATH_RENAME_SOURCE: u64 = 1 << 16;
pub const RIGHT_PATH_RENAME_TARGET: u64 = 1 << 17;
pub const RIGHT_PATH_FILESTAT_GET: u64 = 1 << 18;
pub const RIGHT_PATH_FILESTAT_SET_SIZE: u64 = 1 << 19;
pub const RIGHT_PATH_FILESTAT_SET_TIMES: u64 = 1 << 20;
pub const RIGHT_FD_FILESTAT_GET: u64 = 1 << 21;
pub const RIGHT_FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
pub const RIGHT_FD_FILESTAT_SET_TIMES: u64 = 1 << 23;
pub const RIGHT_PATH_SYMLINK: u64 = 1 << 24;
pub const RIGHT_PATH_REMOVE_DIRECTORY: u64 = 1 << 25;
pub const RIGHT_PATH_UNLINK_FILE: u64 = 1 << 26;
pub const RIGHT_POLL_FD_READWRITE: u64 = 1 << 27;
/// The rights that act beneath a directory.
pub const RIGHTS_PATH: u64 = RIGHT_PATH_CREATE_DIRECTORY
    | RIGHT_PATH_CREATE_FILE
    | RIGHT_PATH_LINK_SOURCE
    | RIGHT_PATH_LINK_TARGET
    | RIGHT_PATH_OPEN
    | RIGHT_PATH_READLINK
    | RIGHT_PATH_RENAME_SOURCE
    | RIGHT_PATH_RENAME_TARGET
    | RIGHT_PATH_FILESTAT_GET
    | RIGHT_PATH_FILESTAT_SET_SIZE
    | RIGHT_PATH_FILESTAT_SET_TIMES
    | RIGHT_PATH_SYMLINK
    | RIGHT_PATH_REMOVE_DIRECTORY
    | RIGHT_PATH_UNLINK_FILE;
/// Every right preview 1 defines.
pub const RIGHTS_ALL: u64 = (1 << 30) - 1;

/// What a directory can be asked to do: its own few `fd_*` rights and every
/// path right.
pub const RIGHTS_DIR: u64 = RIGHT_FD_FDSTAT_SET_FLAGS
    | RIGHT_FD_SYNC
    | RIGHT_FD_DATASYNC
    | RIGHT_FD_READDIR
    | RIGHT_FD_FILESTAT_GET
    | RIGHT_FD_FILESTAT_SET_TIMES
    | RIGHTS_PATH;

pub const FDFLAGS_APPEND: u16 = 1;
pub const FDFLAGS_DSYNC: u16 = 2;
pub const FDFLAGS_NONBLOCK: u16 = 4;
pub const FDFLAGS_RSYNC: u16 = 8;
pub const FDFLAGS_SYNC: u16 = 16;
/// Every defined `fdflags` bit.
pub const FDFLAGS_ALL: u32 = 0x1f;

pub const OFLAGS_CREAT: u16 = 1;
pub const OFLAGS_DIRECTORY: u16 = 2;
pub const OFLAGS_EXCL: u16 = 4;
pub const OFLAGS_TRUNC: u16 = 8;

pub const LOOKUP_SYMLINK_FOLLOW: u32 = 1;

pub const FSTFLAGS_ATIM: u16 = 1;
pub const FSTFLAGS_ATIM_NOW: u16 = 2;
pub const FSTFLAGS_MTIM: u16 = 4;
pub const FSTFLAGS_MTIM_NOW: u16 = 8;

pub const WHENCE_SET: u8 = 0;
pub const WHENCE_CUR: u8 = 1;
pub const WHENCE_END: u8 = 2;

pub const CLOCK_REALTIME: u32 = 0;
pub const CLOCK_MONOTONIC: u32 = 1;

/// The errno a host I/O error becomes. The host's own error number decides where
/// there is one; cap-std's refusal of a path that would leave its directory has
/// none and comes as `PermissionDenied`; wasmtime reports it as `EPERM`, and so
/// does this. (`ENOTCAPABLE` is kept for a descriptor that lacks a right.)
pub fn from_io(e: &io::Error) -> Errno {
    if let Some(raw) = e.raw_os_error() {
        return from_raw(raw);
    }
    match e.kind() {
        io::ErrorKind::PermissionDenied => PERM,
        io::ErrorKind::NotFound => NOENT,
        io::ErrorKind::AlreadyExists => EXIST,
        io::ErrorKind::InvalidInput => INVAL,
        io::ErrorKind::Interrupted => INTR,
        io::ErrorKind::BrokenPipe => PIPE,
        io::ErrorKind::WouldBlock => AGAIN,
        io::ErrorKind::Unsupported => NOTSUP,
        io::ErrorKind::OutOfMemory => NOMEM,
        io::ErrorKind::NotADirectory => NOTDIR,
        io::ErrorKind::IsADirectory => ISDIR,
        io::ErrorKind::DirectoryNotEmpty => NOTEMPTY,
        io::ErrorKind::InvalidFilename => NAMETOOLONG,
        io::ErrorKind::CrossesDevices => XDEV,
        io::ErrorKind::StorageFull => NOSPC,
        io::ErrorKind::FileTooLarge => FBIG,
        io::ErrorKind::ReadOnlyFilesystem => ROFS,
        io::ErrorKind::ResourceBusy => BUSY,
        io::ErrorKind::NotSeekable => SPIPE,
        io::ErrorKind::TooManyLinks => MLINK,
        io::ErrorKind::ArgumentListTooLong => TOOBIG,
        _ => IO,
    }
}

/// A host (Linux, POSIX) error number as preview 1 numbers it.
fn from_raw(raw: i32) -> Errno {
    use rustix::io::Errno as E;
    let e = E::from_raw_os_error(raw);
    let table: &[(E, Errno)] = &[
        (E::TOOBIG, TOOBIG),
        (E::ACCESS, ACCES),
        (E::AGAIN, AGAIN),
        (E::BADF, BADF),
        (E::BUSY, BUSY),
        (E::EXIST, EXIST),
        (E::FAULT, FAULT),
        (E::FBIG, FBIG),
        (E::ILSEQ, ILSEQ),
        (E::INTR, INTR),
        (E::INVAL, INVAL),
        (E::IO, IO),
        (E::ISDIR, ISDIR),
        (E::LOOP, LOOP),
        (E::MFILE, MFILE),
        (E::MLINK, MLINK),
        (E::NAMETOOLONG, NAMETOOLONG),
        (E::NFILE, NFILE),
        (E::NODEV, NODEV),
        (E::NOENT, NOENT),
        (E::NOMEM, NOMEM),
        (E::NOSPC, NOSPC),
        (E::NOSYS, NOSYS),
        (E::NOTDIR, NOTDIR),
        (E::NOTEMPTY, NOTEMPTY),
        (E::NOTSOCK, NOTSOCK),
        (E::NOTSUP, NOTSUP),
        (E::NOTTY, NOTTY),
        (E::NXIO, NXIO),
        (E::OVERFLOW, OVERFLOW),
        (E::PERM, PERM),
        (E::PIPE, PIPE),
        (E::RANGE, RANGE),
        (E::ROFS, ROFS),
        (E::SPIPE, SPIPE),
        (E::TXTBSY, TXTBSY),
        (E::XDEV, XDEV),
    ];
    table.iter().find(|(h, _)| *h == e).map_or(IO, |&(_, w)| w)
}
