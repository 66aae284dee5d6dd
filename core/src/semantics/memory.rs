//! Reading and writing scalars in linear memory (little-endian, unaligned).

use crate::error::Trap;

/// A scalar that can live in linear memory.
pub trait MemScalar: Copy {
    const SIZE: usize;
    /// # Safety
    /// `p` must be valid for reading `SIZE` bytes.
    unsafe fn read(p: *const u8) -> Self;
    /// # Safety
    /// `p` must be valid for writing `SIZE` bytes.
    unsafe fn write(p: *mut u8, v: Self);
}

macro_rules! mem_scalar {
    ($($t:ty),*) => {$(
        impl MemScalar for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            #[inline(always)]
            unsafe fn read(p: *const u8) -> Self {
                // SAFETY: the caller keeps this function's `# Safety` contract.
                <$t>::from_le_bytes(unsafe { std::ptr::read_unaligned(p as *const [u8; std::mem::size_of::<$t>()]) })
            }
            #[inline(always)]
            unsafe fn write(p: *mut u8, v: Self) {
                // SAFETY: the caller keeps this function's `# Safety` contract.
                unsafe { std::ptr::write_unaligned(p as *mut [u8; std::mem::size_of::<$t>()], v.to_le_bytes()) }
            }
        }
    )*};
}

mem_scalar!(i8, u8, i16, u16, i32, u32, i64, u64, u128, f32, f64);

/// The effective address of an access of `size` bytes, or the out-of-bounds trap.
/// The sum is done in 64 bits so `addr + offset` cannot wrap.
#[inline(always)]
pub fn effective_address(addr: u32, offset: u32, size: usize, mem_len: usize) -> Result<usize, Trap> {
    let ea = addr as u64 + offset as u64;
    if ea + size as u64 > mem_len as u64 {
        return Err(Trap::MemoryOutOfBounds);
    }
    Ok(ea as usize)
}

/// A 64-bit address or table index narrowed to 32 bits for the 32-bit op that
/// follows: itself when it fits, else `u32::MAX`. A 64-bit memory stays below
/// 4 GiB − 64 KiB (`runtime::memory::MAX_PAGES_64`) and a table below
/// `u32::MAX` elements, so `u32::MAX` (plus any offset, size or count) is past
/// the end exactly when the 64-bit value was: the op traps where it should.
#[inline(always)]
pub fn narrow_index(v: u64) -> u64 {
    v.min(u32::MAX as u64)
}

/// The address of an array element, `base + (index << shift)`, wrapping in 32 bits
/// exactly as the `i32.shl` and `i32.add` that compute it in Wasm.
#[inline(always)]
pub fn indexed_address(base: u32, index: u32, shift: u16) -> u32 {
    base.wrapping_add(index.wrapping_shl(shift as u32))
}

/// Loads a `T` at `addr + offset` from the memory at `base` of `len` bytes.
///
/// # Safety
/// `base` must be valid for `len` bytes.
#[inline(always)]
pub unsafe fn load<T: MemScalar>(base: *const u8, len: usize, addr: u32, offset: u32) -> Result<T, Trap> {
    let ea = effective_address(addr, offset, T::SIZE, len)?;
    // SAFETY: `effective_address` proved ea + SIZE <= len.
    Ok(unsafe { T::read(base.add(ea)) })
}

/// Stores a `T` at `addr + offset`.
///
/// # Safety
/// `base` must be valid for `len` bytes.
#[inline(always)]
pub unsafe fn store<T: MemScalar>(base: *mut u8, len: usize, addr: u32, offset: u32, v: T) -> Result<(), Trap> {
    let ea = effective_address(addr, offset, T::SIZE, len)?;
    // SAFETY: `effective_address` proved ea + SIZE <= len.
    unsafe { T::write(base.add(ea), v) };
    Ok(())
}
