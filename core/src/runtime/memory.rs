//! Linear memory.

use crate::types::MemoryType;

pub const PAGE_SIZE: usize = 65536;

/// A linear memory. `data.len()` is always a whole number of pages.
#[derive(Debug)]
pub struct Memory {
    pub data: Vec<u8>,
    pub ty: MemoryType,
    /// The most pages this memory may reach: its type's maximum, the 4 GiB of a
    /// 32-bit memory, or the store's configured limit, whichever is least.
    pub max_pages: u64,
}

impl Memory {
    /// Allocates `ty.limits.min` zeroed pages, or `None` if that exceeds `limit_pages`
    /// or the allocation fails.
    pub fn new(ty: MemoryType, limit_pages: u64) -> Option<Memory> {
        let max_pages = ty.limits.max.unwrap_or(65536).min(65536).min(limit_pages);
        if ty.limits.min > max_pages {
            return None;
        }
        let mut data = Vec::new();
        let bytes = ty.limits.min as usize * PAGE_SIZE;
        data.try_reserve_exact(bytes).ok()?;
        data.resize(bytes, 0);
        Some(Memory { data, ty, max_pages })
    }

    pub fn pages(&self) -> u64 {
        (self.data.len() / PAGE_SIZE) as u64
    }

    /// Grows by `delta` pages; returns the old size in pages, or `None` (Wasm's -1)
    /// when the maximum would be exceeded or the host has no memory to give.
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        let bytes = new as usize * PAGE_SIZE;
        self.data.try_reserve_exact(bytes - self.data.len()).ok()?;
        self.data.resize(bytes, 0);
        Some(old)
    }
}
