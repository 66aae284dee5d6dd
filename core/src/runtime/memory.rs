//! Linear memory.
//!
//! A memory's bytes live in one reservation of address space made when it is
//! created: the most it may ever grow to, plus a guard region behind it. Pages are
//! committed as the memory grows and come zeroed from the OS on first touch, so a
//! large initial size costs neither time nor resident memory, growth never copies,
//! and the base address never moves. Where the reservation cannot be had, the
//! bytes live in an ordinary heap buffer that grows by copying.

use crate::types::MemoryType;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

pub const PAGE_SIZE: usize = 65536;

/// Address space reserved behind the largest size a memory may reach. A 32-bit
/// address plus a 32-bit offset stays inside reservation and guard, so a later
/// bounds check by fault needs no compare.
const GUARD_BYTES: usize = 4 << 30;

/// The most pages a 64-bit memory (memory64) may reach: one short of 4 GiB. Its
/// addresses are narrowed to 32 bits before each access, and every address from
/// 4 GiB − 1 up is then past the end, so the 32-bit bounds check traps exactly
/// where the 64-bit one would (`semantics::narrow_index`).
pub const MAX_PAGES_64: u64 = 65535;

/// A linear memory. `data.len()` is always a whole number of pages.
#[derive(Debug)]
pub struct Memory {
    pub data: Bytes,
    pub ty: MemoryType,
    /// The most pages this memory may reach: its type's maximum, the 4 GiB of a
    /// 32-bit memory ([`MAX_PAGES_64`] for a 64-bit one), or the store's
    /// configured limit, whichever is least.
    pub max_pages: u64,
}

impl Memory {
    /// Allocates `ty.limits.min` zeroed pages, or `None` if that exceeds `limit_pages`
    /// or the allocation fails.
    pub fn new(ty: MemoryType, limit_pages: u64) -> Option<Memory> {
        let most = if ty.addr64 { MAX_PAGES_64 } else { 65536 };
        let max_pages = ty.limits.max.unwrap_or(most).min(most).min(limit_pages);
        if ty.limits.min > max_pages {
            return None;
        }
        let bytes = ty.limits.min as usize * PAGE_SIZE;
        let data = Bytes::new(bytes, max_pages as usize * PAGE_SIZE)?;
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
        self.data.grow_to(new as usize * PAGE_SIZE)?;
        Some(old)
    }

    /// Whether the bytes live in a reservation (the base never moves), rather than
    /// in a heap buffer.
    pub fn is_reserved(&self) -> bool {
        matches!(self.data.backing, Backing::Reserved { .. })
    }
}

/// The bytes of a linear memory, used as a byte slice.
pub struct Bytes {
    /// Start of the bytes: the reservation's, or the heap buffer's.
    ptr: NonNull<u8>,
    /// Bytes in use (committed, readable and writable).
    len: usize,
    backing: Backing,
}

enum Backing {
    /// An address-space reservation of this many bytes, committed up to `len`.
    Reserved { reserved: usize },
    /// A heap buffer, whose pointer and length `ptr` and `len` mirror.
    Heap(Vec<u8>),
}

// SAFETY: `Bytes` owns its reservation or buffer exclusively, as a `Vec<u8>` owns
// its buffer; moving it to another thread moves that ownership.
unsafe impl Send for Bytes {}
// SAFETY: shared access only reads through `&[u8]`, as for a `Vec<u8>`.
unsafe impl Sync for Bytes {}

impl Bytes {
    /// Bytes in use.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The base address: fixed for the memory's life when reserved.
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// Says that `ranges` (the active data segments) are about to be written.
    /// Where the pages they touch cover whole 2 MiB-aligned blocks of a
    /// reservation, those blocks get huge pages, so the kernel zeroes them in
    /// hundreds of times fewer faults (flite's 17 MB of data: 9 ms of page faults
    /// at instantiation with 4 KiB pages). Only blocks whose every page the
    /// segments touch are advised, so resident memory is what it would be anyway.
    /// Advice only: where the kernel has no huge pages, nothing changes.
    pub fn will_fill(&mut self, ranges: &mut [std::ops::Range<usize>]) {
        const PAGE: usize = 4096;
        const HUGE: usize = 2 << 20;
        if !matches!(self.backing, Backing::Reserved { .. }) {
            return;
        }
        ranges.sort_unstable_by_key(|r| r.start);
        let base = self.ptr.as_ptr() as usize;
        let advise = |touched: std::ops::Range<usize>| {
            let start = (base + touched.start).next_multiple_of(HUGE);
            let end = (base + touched.end.min(self.len)) / HUGE * HUGE;
            #[cfg(target_os = "linux")]
            if start < end {
                // SAFETY: `start..end` lies inside `0..len` of the reservation
                // this `Bytes` owns (committed pages); the advice changes how the
                // kernel backs them, not their contents or their mapping.
                unsafe {
                    let _ = rustix::mm::madvise(start as *mut _, end - start, rustix::mm::Advice::LinuxHugepage);
                }
            }
        };
        // Runs of touched pages: each range widened to whole pages, merged with
        // the run before when they meet.
        let mut run: Option<std::ops::Range<usize>> = None;
        for r in ranges.iter().filter(|r| r.start < r.end) {
            let pages = r.start / PAGE * PAGE..r.end.next_multiple_of(PAGE);
            run = match run {
                Some(cur) if pages.start <= cur.end => Some(cur.start..cur.end.max(pages.end)),
                Some(cur) => {
                    advise(cur);
                    Some(pages)
                }
                None => Some(pages),
            };
        }
        if let Some(cur) = run {
            advise(cur);
        }
    }

    /// `len` zeroed bytes, growable to `max` without moving when the address
    /// space can be reserved.
    fn new(len: usize, max: usize) -> Option<Bytes> {
        Self::reserve(len, max).or_else(|| Self::heap(len))
    }

    fn reserve(len: usize, max: usize) -> Option<Bytes> {
        use rustix::mm::{mmap_anonymous, MapFlags, ProtFlags};
        let reserved = max.checked_add(GUARD_BYTES)?;
        // SAFETY: a fresh anonymous mapping at an address the kernel picks aliases
        // nothing; it is inaccessible until committed below.
        let base = unsafe {
            mmap_anonymous(
                std::ptr::null_mut(),
                reserved,
                ProtFlags::empty(),
                MapFlags::PRIVATE | MapFlags::NORESERVE,
            )
        }
        .ok()?;
        let mut b = Bytes {
            ptr: NonNull::new(base.cast())?,
            len: 0,
            backing: Backing::Reserved { reserved },
        };
        b.grow_to(len)?;
        Some(b)
    }

    fn heap(len: usize) -> Option<Bytes> {
        let mut v = Vec::new();
        v.try_reserve_exact(len).ok()?;
        v.resize(len, 0);
        Some(Bytes {
            ptr: NonNull::new(v.as_mut_ptr())?,
            len,
            backing: Backing::Heap(v),
        })
    }

    /// Makes the first `new` bytes usable, the added ones zero; `None` when the
    /// host cannot give them.
    fn grow_to(&mut self, new: usize) -> Option<()> {
        match &mut self.backing {
            Backing::Reserved { reserved } => {
                if new > *reserved - GUARD_BYTES {
                    return None;
                }
                if new > self.len {
                    // SAFETY: `len..new` lies inside the reservation made in
                    // `reserve`, which this `Bytes` owns; its pages were never
                    // accessible, so no reference to them exists. Anonymous pages
                    // read as zero until written.
                    unsafe {
                        let at = self.ptr.as_ptr().add(self.len);
                        rustix::mm::mprotect(
                            at.cast(),
                            new - self.len,
                            rustix::mm::MprotectFlags::READ | rustix::mm::MprotectFlags::WRITE,
                        )
                        .ok()?;
                    }
                }
            }
            Backing::Heap(v) => {
                v.try_reserve_exact(new.saturating_sub(v.len())).ok()?;
                v.resize(new, 0);
                self.ptr = NonNull::new(v.as_mut_ptr())?;
            }
        }
        self.len = new;
        Some(())
    }
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: `ptr..ptr + len` is committed and owned by `self` (reservation
        // or heap buffer, see `grow_to`), and `&self` keeps it from being
        // changed or freed while the slice lives.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for Bytes {
    fn deref_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `deref`; `&mut self` makes the slice the only access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Bytes {
    fn drop(&mut self) {
        if let Backing::Reserved { reserved } = self.backing {
            // SAFETY: the reservation was mapped by `reserve` with this base and
            // size, and nothing borrows it once its owner is dropped.
            unsafe {
                let _ = rustix::mm::munmap(self.ptr.as_ptr().cast(), reserved);
            }
        }
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = match self.backing {
            Backing::Reserved { .. } => "reserved",
            Backing::Heap(_) => "heap",
        };
        write!(f, "Bytes({} bytes, {how})", self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Limits;

    fn ty(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType {
            limits: Limits { min, max },
            addr64: false,
        }
    }

    /// Resident memory of this process in KiB (Linux), for the cost of untouched pages.
    fn rss_kib() -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    #[test]
    fn a_4_gib_memory_costs_no_resident_memory_until_touched() {
        let before = rss_kib();
        let mut m = Memory::new(ty(65536, None), 65536).unwrap();
        assert!(m.is_reserved(), "the address space reservation failed: {:?}", m.data);
        assert_eq!(m.data.len(), 4 << 30);
        assert_eq!(m.data[(4 << 30) - 1], 0);
        m.data[12345] = 7;
        if let (Some(b), Some(a)) = (before, rss_kib()) {
            assert!(a.saturating_sub(b) < 50 * 1024, "RSS grew from {b} KiB to {a} KiB");
        }
        assert_eq!(m.grow(1), None, "no page past 4 GiB");
    }

    #[test]
    fn growth_keeps_the_base_and_the_contents_and_zeroes_new_pages() {
        let mut m = Memory::new(ty(1, Some(100)), 65536).unwrap();
        let base = m.data.as_mut_ptr();
        m.data[0] = 1;
        m.data[PAGE_SIZE - 1] = 2;
        assert_eq!(m.grow(9), Some(1));
        assert_eq!(m.pages(), 10);
        assert_eq!(m.data.as_mut_ptr(), base, "the base moved");
        assert_eq!((m.data[0], m.data[PAGE_SIZE - 1]), (1, 2));
        assert!(m.data[PAGE_SIZE..].iter().all(|&b| b == 0));
        assert_eq!(m.grow(91), None, "past the maximum");
        assert_eq!(m.grow(90), Some(10));
        assert_eq!(m.grow(0), Some(100));
    }

    #[test]
    fn the_store_limit_caps_growth_and_the_initial_size() {
        assert!(Memory::new(ty(11, None), 10).is_none());
        let mut m = Memory::new(ty(2, None), 10).unwrap();
        assert_eq!(m.grow(9), None);
        assert_eq!(m.grow(8), Some(2));
    }

    #[test]
    fn the_heap_fallback_behaves_alike() {
        let mut b = Bytes::heap(PAGE_SIZE).unwrap();
        b[5] = 9;
        b.grow_to(3 * PAGE_SIZE).unwrap();
        assert_eq!((b.len(), b[5], b[2 * PAGE_SIZE]), (3 * PAGE_SIZE, 9, 0));
    }

    /// The ranges of this process's mappings advised for huge pages (`hg` in
    /// `/proc/self/smaps`), or `None` where there is no such file.
    fn huge_advised() -> Option<Vec<std::ops::Range<usize>>> {
        let smaps = std::fs::read_to_string("/proc/self/smaps").ok()?;
        let mut out = Vec::new();
        let mut current = None;
        for line in smaps.lines() {
            let head = line.split_whitespace().next().unwrap_or("");
            if let Some((a, b)) = head.split_once('-').filter(|_| !head.ends_with(':')) {
                if let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16)) {
                    current = Some(a..b);
                }
            } else if let Some(flags) = line.strip_prefix("VmFlags:") {
                if flags.split_whitespace().any(|f| f == "hg") {
                    out.extend(current.clone());
                }
            }
        }
        Some(out)
    }

    #[test]
    fn data_that_fills_whole_blocks_gets_huge_pages_there_only() {
        const MIB: usize = 1 << 20;
        let mut m = Memory::new(ty(192, None), 65536).unwrap(); // 12 MiB
        let base = m.data.as_mut_ptr() as usize;
        // Two runs of touched pages, [1000, 5 MiB + 5) and [5 MiB + 8 KiB, 11 MiB):
        // segments that meet or share a page join a run; the page in between
        // is touched by neither.
        let mut ranges = vec![5 * MIB + 8192..11 * MIB, 1000..3 * MIB, 3 * MIB + 7..5 * MIB + 5];
        m.data.will_fill(&mut ranges);
        for r in &ranges {
            m.data[r.clone()].fill(0xab);
        }
        assert_eq!(m.data[999], 0);
        assert_eq!(m.data[1000], 0xab);
        assert_eq!(m.data[3 * MIB + 6], 0);
        assert_eq!(m.data[5 * MIB + 5], 0);
        assert_eq!(m.data[11 * MIB - 1], 0xab);
        let Some(advised) = huge_advised() else { return };
        let blocks = |r: std::ops::Range<usize>| {
            let start = (base + r.start).next_multiple_of(2 * MIB);
            let end = (base + r.end) / (2 * MIB) * (2 * MIB);
            (start..end).step_by(2 * MIB).collect::<Vec<_>>()
        };
        let expected: Vec<usize> = [blocks(0..5 * MIB + 4096), blocks(5 * MIB + 8192..11 * MIB)].concat();
        let inside = |a: usize| advised.iter().any(|r| r.contains(&a) && r.contains(&(a + 2 * MIB - 1)));
        for block in (base..base + 12 * MIB).step_by(4096).filter(|a| a % (2 * MIB) == 0) {
            assert_eq!(inside(block), expected.contains(&block), "block at {:#x}", block - base);
        }
        assert!(!expected.is_empty());
    }
}
