//! Checked access to the program's linear memory.
//!
//! Every pointer a program passes is untrusted: each access is bounds-checked and
//! a bad one becomes `EFAULT`, never a panic. Accesses need no alignment, since
//! the memory is a byte slice.

use super::errno::{WasiResult, FAULT, INVAL};
use std::ops::Range;

pub struct GuestMem<'a> {
    bytes: &'a mut [u8],
}

impl<'a> GuestMem<'a> {
    pub fn new(bytes: &'a mut [u8]) -> Self {
        GuestMem { bytes }
    }

    /// The byte range `ptr..ptr + len`, if it lies inside the memory.
    pub fn range(&self, ptr: u32, len: u64) -> WasiResult<Range<usize>> {
        let end = (ptr as u64).checked_add(len).ok_or(FAULT)?;
        if end > self.bytes.len() as u64 {
            return Err(FAULT);
        }
        Ok(ptr as usize..end as usize)
    }

    pub fn slice(&self, ptr: u32, len: u64) -> WasiResult<&[u8]> {
        let r = self.range(ptr, len)?;
        self.bytes.get(r).ok_or(FAULT)
    }

    pub fn slice_mut(&mut self, ptr: u32, len: u64) -> WasiResult<&mut [u8]> {
        let r = self.range(ptr, len)?;
        self.bytes.get_mut(r).ok_or(FAULT)
    }

    /// The bytes of a range [`GuestMem::range`] or [`GuestMem::iovecs`] returned.
    pub fn at(&self, r: Range<usize>) -> WasiResult<&[u8]> {
        self.bytes.get(r).ok_or(FAULT)
    }

    pub fn at_mut(&mut self, r: Range<usize>) -> WasiResult<&mut [u8]> {
        self.bytes.get_mut(r).ok_or(FAULT)
    }

    pub fn write(&mut self, ptr: u32, data: &[u8]) -> WasiResult<()> {
        self.slice_mut(ptr, data.len() as u64)?.copy_from_slice(data);
        Ok(())
    }

    pub fn write_u32(&mut self, ptr: u32, v: u32) -> WasiResult<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    pub fn write_u64(&mut self, ptr: u32, v: u64) -> WasiResult<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// The buffers of `count` iovecs (`{buf: u32, len: u32}`) at `ptr`, all checked
    /// before any is used, so a bad one fails the call before it has any effect.
    /// Like `readv`/`writev`, a total past what the result can count is `EINVAL`.
    pub fn iovecs(&self, ptr: u32, count: u32) -> WasiResult<Vec<Range<usize>>> {
        let table = self.slice(ptr, count as u64 * 8)?;
        let mut total = 0u64;
        let mut bufs = Vec::with_capacity(count as usize);
        for iov in table.chunks_exact(8) {
            let word = |i: usize| u32::from_le_bytes([iov[i], iov[i + 1], iov[i + 2], iov[i + 3]]);
            let (buf, len) = (word(0), word(4));
            bufs.push(self.range(buf, len as u64)?);
            total += len as u64;
        }
        if total > u32::MAX as u64 {
            return Err(INVAL);
        }
        Ok(bufs)
    }
}
