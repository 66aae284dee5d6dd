//! Tables of references (untyped cells: 0 is null, otherwise address + 1).

use crate::types::TableType;

/// Tables stop growing here even without a declared maximum, so a runaway
/// `table.grow` fails with -1 instead of exhausting the host.
pub const MAX_TABLE_ELEMS: u64 = 10_000_000;

#[derive(Debug)]
pub struct Table {
    pub elems: Vec<u64>,
    pub ty: TableType,
}

impl Table {
    pub fn new(ty: TableType, init: u64) -> Option<Table> {
        if ty.limits.min > MAX_TABLE_ELEMS {
            return None;
        }
        Some(Table {
            elems: vec![init; ty.limits.min as usize],
            ty,
        })
    }

    pub fn size(&self) -> u32 {
        self.elems.len() as u32
    }

    /// Grows by `delta` elements set to `init`; returns the old size or `None`.
    pub fn grow(&mut self, delta: u32, init: u64) -> Option<u32> {
        let old = self.elems.len() as u64;
        let new = old + delta as u64;
        let max = self.ty.limits.max.unwrap_or(u32::MAX as u64).min(MAX_TABLE_ELEMS);
        if new > max {
            return None;
        }
        self.elems.try_reserve_exact(delta as usize).ok()?;
        self.elems.resize(new as usize, init);
        Some(old as u32)
    }
}
