//! Operand heights in cells, where a body holds vectors: a `v128` takes two cells
//! of the value stack and every other value one, so the validator's heights
//! (counted in values) give the cells only where no vector lies below.
//!
//! A body is "wide" when a vector may appear in it: a `v128` parameter or local,
//! a SIMD operator, or a module whose types or globals name `v128` (a call or a
//! `global.get` may push one). A narrow body, the common case, keeps heights as
//! they are and pays nothing here. A wide body is validated as it is translated,
//! and after each operator the types it pushed are read back from the validator.

use crate::types::ValType;
use wasmparser::{FuncValidator, Operator, ValidatorResources};

/// The cell height at every value height of the operand stack.
pub(super) struct Widths {
    /// `prefix[h]`: the cells taken by the `h` values at the bottom. Empty
    /// while the body is narrow.
    prefix: Vec<u32>,
    active: bool,
    /// A vector was pushed.
    saw_vector: bool,
    /// The greatest cell height seen.
    pub(super) max: u32,
}

impl Widths {
    pub(super) fn new() -> Widths {
        Widths {
            prefix: Vec::new(),
            active: false,
            saw_vector: false,
            max: 0,
        }
    }

    pub(super) fn active(&self) -> bool {
        self.active
    }

    /// Whether a vector was ever on the operand stack.
    pub(super) fn saw_vector(&self) -> bool {
        self.saw_vector
    }

    /// Starts counting cells at value height `h`, with no vector below it (none can
    /// exist before the body's first SIMD operator when nothing else is wide).
    pub(super) fn activate(&mut self, h: u32) {
        self.prefix = (0..=h).collect();
        self.active = true;
        self.max = self.max.max(h);
    }

    /// The cells below value height `h`.
    #[inline]
    pub(super) fn cells(&self, h: u32) -> u32 {
        match self.active {
            true => self.prefix.get(h as usize).copied().unwrap_or(h),
            false => h,
        }
    }

    /// The cells the value at value height `h - 1` (counting from the bottom) takes.
    pub(super) fn width_below(&self, h: u32) -> u32 {
        match h {
            0 => 1,
            _ => self.cells(h) - self.cells(h - 1),
        }
    }

    /// What `op` will push, in values: asked before the validator takes it.
    pub(super) fn arity(&self, op: &Operator<'_>, fv: &FuncValidator<ValidatorResources>) -> Option<u32> {
        if !self.active {
            return None;
        }
        op.operator_arity(fv).map(|(_, pushes)| pushes)
    }

    /// After the validator took an op that pushed `pushes` values (`None`: not
    /// known), reads the types of the values it pushed.
    pub(super) fn after(&mut self, fv: &FuncValidator<ValidatorResources>, pushes: Option<u32>) {
        if !self.active {
            return;
        }
        let h = fv.operand_stack_height();
        let width = |depth: u32| match fv.get_operand_type(depth as usize) {
            Some(Some(wasmparser::ValType::V128)) => 2,
            _ => 1,
        };
        let keep = match pushes {
            Some(p) if p <= h && (h - p) < self.prefix.len() as u32 => h - p,
            // Unknown: every value read back.
            _ => 0,
        };
        self.prefix.truncate(keep as usize + 1);
        for value in keep..h {
            let last = self.prefix[self.prefix.len() - 1];
            let w = width(h - 1 - value);
            self.saw_vector |= w == 2;
            self.prefix.push(last + w);
        }
        self.max = self.max.max(self.prefix[h as usize]);
    }
}

/// Where each local lives in the frame, for a body with a `v128` parameter or
/// local: `cell[i]` is the first cell of local `i`, and `cell[n]` the cells of all
/// `n` locals. `reader` is at the body's local declarations, read once already.
pub(super) fn local_cells(
    params: &[ValType],
    mut reader: wasmparser::BinaryReader<'_>,
) -> Result<Box<[u32]>, wasmparser::BinaryReaderError> {
    let mut cells = Vec::with_capacity(params.len() + 1);
    let mut at = 0u32;
    for p in params {
        cells.push(at);
        at += p.cells() as u32;
    }
    for _ in 0..reader.read_var_u32()? {
        let count = reader.read_var_u32()?;
        let t: wasmparser::ValType = reader.read()?;
        let w = if t == wasmparser::ValType::V128 { 2 } else { 1 };
        for _ in 0..count {
            cells.push(at);
            at += w;
        }
    }
    cells.push(at);
    Ok(cells.into())
}
