//! `fd_readdir`: a directory's entries as preview-1 `dirent` records.
//!
//! The cookie of an entry is its position in the listing (`.` is 0, `..` is 1,
//! then the host's entries in the host's order), and each record's `d_next` is the
//! cookie of the one after it. Each call lists the directory afresh, so a cookie
//! stays valid across calls as long as the directory does not change.

use super::ctx::WasiCtx;
use super::errno::{self, *};
use super::memory::GuestMem;
use super::stdio::filetype_cap;
use std::os::unix::fs::DirEntryExt;

/// Bytes of a `dirent` record before its name.
const DIRENT_SIZE: usize = 24;

impl WasiCtx {
    pub(super) fn fd_readdir(
        &mut self,
        m: &mut GuestMem,
        fd: u32,
        buf: u32,
        buf_len: u32,
        cookie: u64,
        used: u32,
    ) -> WasiResult<()> {
        let d = self.table.get(fd)?;
        let dir = d.dir()?;
        d.need(RIGHT_FD_READDIR)?;
        m.range(buf, buf_len as u64)?;
        m.range(used, 4)?;
        let own = {
            use cap_std::fs::MetadataExt;
            dir.dir_metadata().map_err(|e| errno::from_io(&e))?.ino()
        };
        let mut entries: Vec<(u64, u8, Vec<u8>)> = vec![
            (own, FILETYPE_DIRECTORY, b".".to_vec()),
            (own, FILETYPE_DIRECTORY, b"..".to_vec()),
        ];
        for e in dir.entries().map_err(|e| errno::from_io(&e))? {
            let e = e.map_err(|e| errno::from_io(&e))?;
            let ty = e.file_type().map_or(FILETYPE_UNKNOWN, filetype_cap);
            entries.push((e.ino(), ty, e.file_name().into_encoded_bytes()));
        }
        let start = usize::try_from(cookie).unwrap_or(usize::MAX);
        let cap = buf_len as usize;
        let mut out = Vec::with_capacity(cap.min(1 << 16));
        for (i, (ino, ty, name)) in entries.iter().enumerate().skip(start) {
            if out.len() >= cap {
                break;
            }
            let mut rec = [0u8; DIRENT_SIZE];
            rec[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
            rec[8..16].copy_from_slice(&ino.to_le_bytes());
            rec[16..20].copy_from_slice(&(name.len() as u32).to_le_bytes());
            rec[20] = *ty;
            out.extend_from_slice(&rec);
            out.extend_from_slice(name);
        }
        // A record that does not fit is cut at the buffer's end: a full buffer
        // tells the program to ask again with a larger one or a later cookie.
        out.truncate(cap);
        m.write(buf, &out)?;
        m.write_u32(used, out.len() as u32)
    }
}
