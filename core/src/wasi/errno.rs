//! The preview-1 numbers this implementation uses: errno values, file types,
//! rights, fd flags and clock ids, as `wasi_snapshot_preview1.witx` defines them.

/// A preview-1 `errno`; the function result the program sees.
pub type Errno = u16;

/// What the preview-1 functions return internally: `Err` is the errno to report.
pub type WasiResult<T> = Result<T, Errno>;

pub const SUCCESS: Errno = 0;
pub const BADF: Errno = 8;
pub const FAULT: Errno = 21;
pub const INTR: Errno = 27;
pub const INVAL: Errno = 28;
pub const IO: Errno = 29;
pub const NOSYS: Errno = 52;
pub const OVERFLOW: Errno = 61;
pub const PIPE: Errno = 64;
pub const SPIPE: Errno = 70;
pub const NOTCAPABLE: Errno = 76;

pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;

pub const RIGHT_FD_READ: u64 = 1 << 1;
pub const RIGHT_FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
pub const RIGHT_FD_WRITE: u64 = 1 << 6;
pub const RIGHT_FD_FILESTAT_GET: u64 = 1 << 21;
pub const RIGHT_POLL_FD_READWRITE: u64 = 1 << 27;

/// Every defined `fdflags` bit (append, dsync, nonblock, rsync, sync).
pub const FDFLAGS_ALL: u32 = 0x1f;

pub const CLOCK_REALTIME: u32 = 0;
pub const CLOCK_MONOTONIC: u32 = 1;
