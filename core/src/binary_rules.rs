//! Binary-format rules of Wasm 2.0 that `wasmparser` relaxes because later
//! proposals (multi-memory, memory64) give the same bytes a meaning. wasmlab keeps
//! them where they do not stand in the way of what it implements of 3.0.

use crate::error::Error;

/// `memory.size` and `memory.grow` at `offset` must be followed by exactly one
/// byte: the memory index (Wasm 2.0 reserved it as a zero byte, which the
/// validator's check for an existing memory keeps), not a long LEB128.
pub fn check_reserved_zero(bytes: &[u8], offset: u64) -> Result<(), Error> {
    match bytes.get(offset as usize + 1) {
        Some(0..0x80) => Ok(()),
        _ => Err(Error::Invalid(format!(
            "zero byte expected (at offset {:#x})",
            offset + 1
        ))),
    }
}

/// The limits of 32-bit memories are u32 LEB128s: at most 5 bytes each. `range`
/// is the memory section's contents (after its size).
pub fn check_memory_section(bytes: &[u8], range: std::ops::Range<usize>) -> Result<(), Error> {
    let mut r = Reader {
        bytes: &bytes[range.clone()],
        pos: 0,
        base: range.start,
    };
    let count = r.leb(5)?;
    for _ in 0..count {
        check_limits(&mut r)?;
    }
    Ok(())
}

/// Where a module's last non-custom section ends: what it needs of its bytes once
/// loaded. The custom sections after it (debug information, names, often
/// megabytes) are read at load and not kept. A module whose section headers do not
/// parse keeps all its bytes; validation rejects it anyway.
pub fn kept_len(bytes: &[u8]) -> usize {
    let mut r = Reader {
        bytes,
        pos: 8.min(bytes.len()),
        base: 0,
    };
    let mut end = r.pos;
    while r.pos < bytes.len() {
        let Ok(id) = r.byte() else { return bytes.len() };
        let Ok(size) = r.leb(5) else { return bytes.len() };
        let Some(next) = usize::try_from(size)
            .ok()
            .and_then(|s| r.pos.checked_add(s))
            .filter(|&n| n <= bytes.len())
        else {
            return bytes.len();
        };
        if id != 0 {
            end = next;
        }
        r.pos = next;
    }
    end
}

/// Checks one memory type's limits at the reader's position.
fn check_limits(r: &mut Reader<'_>) -> Result<(), Error> {
    let flags = r.byte()?;
    // Bit 2 marks a 64-bit memory, whose limits are u64: wasmparser rejects those.
    if flags & 0x04 != 0 {
        return Ok(());
    }
    r.leb(5)?;
    if flags & 0x01 != 0 {
        r.leb(5)?;
    }
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    base: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, Error> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| Error::Invalid("unexpected end of section".into()))?;
        self.pos += 1;
        Ok(b)
    }

    /// Reads an unsigned LEB128 of at most `max_bytes` bytes.
    fn leb(&mut self, max_bytes: usize) -> Result<u64, Error> {
        let mut value = 0u64;
        for i in 0..max_bytes {
            let b = self.byte()?;
            value |= ((b & 0x7f) as u64) << (7 * i);
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Error::Invalid(format!(
            "integer representation too long (at offset {:#x})",
            self.base + self.pos - 1
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlong_memory_limit_is_malformed() {
        // count 1, flags 0, minimum 2 in six bytes
        let bytes = [0x01, 0x00, 0x82, 0x80, 0x80, 0x80, 0x80, 0x00];
        assert!(check_memory_section(&bytes, 0..bytes.len()).is_err());
        let ok = [0x01, 0x01, 0x82, 0x00, 0x02];
        assert!(check_memory_section(&ok, 0..ok.len()).is_ok());
    }

    #[test]
    fn reserved_byte_must_be_a_single_zero() {
        assert!(check_reserved_zero(&[0x3f, 0x00], 0).is_ok());
        assert!(check_reserved_zero(&[0x3f, 0x80, 0x00], 0).is_err());
    }
}
