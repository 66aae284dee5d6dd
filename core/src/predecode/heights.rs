//! Operand-stack heights of a body that was validated at load, without
//! validating it again: what a lazily predecoded body's translation needs of a
//! validator. The heights are the validator's own, op for op, unreachable code
//! included (there a pop below the block's height pops nothing, as the
//! validator's polymorphic stack does), so the code is the same either way
//! (`experiments/tests/trusted_translation.rs`).

use wasmparser::{
    BlockType, ContType, FrameKind, FuncType, ModuleArity, Operator, RefType, SubType, ValidatorResources,
    WasmModuleResources,
};

/// One open block: how it ends, where its operands start, whether the code
/// after a branch out of it is running.
struct Frame {
    ty: BlockType,
    kind: FrameKind,
    start: u32,
    unreachable: bool,
}

/// The heights of one body as its ops are read in order.
pub(crate) struct Heights<'r> {
    resources: &'r ValidatorResources,
    frames: Vec<Frame>,
    height: u32,
    /// The greatest height after any op so far.
    pub(crate) max: u32,
}

impl<'r> Heights<'r> {
    /// The heights of a body of function type `type_index`.
    pub(crate) fn new(resources: &'r ValidatorResources, type_index: u32) -> Heights<'r> {
        Heights {
            resources,
            frames: vec![Frame {
                ty: BlockType::FuncType(type_index),
                kind: FrameKind::Block,
                start: 0,
                unreachable: false,
            }],
            height: 0,
            max: 0,
        }
    }

    /// Takes `op` into account; returns the height before it. `None` where the
    /// body does not validate (an op with no arity here, or unbalanced blocks),
    /// which cannot be for a body validated at load.
    pub(crate) fn op(&mut self, op: &Operator<'_>) -> Option<u32> {
        use Operator as O;
        let before = self.height;
        match *op {
            O::Block { blockty }
            | O::Loop { blockty }
            | O::TryTable {
                try_table: wasmparser::TryTable { ty: blockty, .. },
            } => {
                let (params, _) = self.block_type_arity(blockty)?;
                let kind = match op {
                    O::Loop { .. } => FrameKind::Loop,
                    O::TryTable { .. } => FrameKind::TryTable,
                    _ => FrameKind::Block,
                };
                self.enter(blockty, kind, params, params)?;
            }
            O::If { blockty } => {
                let (params, _) = self.block_type_arity(blockty)?;
                self.enter(blockty, FrameKind::If, params + 1, params)?;
            }
            O::Else => {
                let (params, _) = self.block_type_arity(self.frames.last()?.ty)?;
                let frame = self.frames.last_mut()?;
                frame.kind = FrameKind::Else;
                frame.unreachable = false;
                self.height = frame.start + params;
            }
            O::End => {
                let frame = self.frames.pop()?;
                let (_, results) = self.block_type_arity(frame.ty)?;
                self.height = frame.start + results;
            }
            O::Br { .. }
            | O::BrTable { .. }
            | O::Return
            | O::Unreachable
            | O::Throw { .. }
            | O::ThrowRef
            | O::ReturnCall { .. }
            | O::ReturnCallIndirect { .. }
            | O::ReturnCallRef { .. } => {
                let frame = self.frames.last_mut()?;
                frame.unreachable = true;
                self.height = frame.start;
            }
            _ => {
                let (pop, push) = op.operator_arity(&*self)?;
                self.height = self.popped(pop)? + push;
            }
        }
        self.max = self.max.max(self.height);
        Some(before)
    }

    /// The height after popping `n` operands: in unreachable code, never below
    /// the block's start.
    fn popped(&self, n: u32) -> Option<u32> {
        let frame = self.frames.last()?;
        match frame.unreachable {
            true => Some(self.height.saturating_sub(n).max(frame.start)),
            false => self.height.checked_sub(n),
        }
    }

    /// Opens a block that pops `pop` operands (its parameters, and an `if`'s
    /// condition) and starts with `params` of them.
    fn enter(&mut self, ty: BlockType, kind: FrameKind, pop: u32, params: u32) -> Option<()> {
        let start = self.popped(pop)?;
        self.frames.push(Frame {
            ty,
            kind,
            start,
            unreachable: false,
        });
        self.height = start + params;
        Some(())
    }
}

impl ModuleArity for Heights<'_> {
    fn sub_type_at(&self, type_idx: u32) -> Option<&SubType> {
        self.resources.sub_type_at(type_idx)
    }

    fn tag_type_arity(&self, at: u32) -> Option<(u32, u32)> {
        let ty: &FuncType = self.resources.tag_at(at)?;
        Some((ty.params().len() as u32, ty.results().len() as u32))
    }

    fn type_index_of_function(&self, function_idx: u32) -> Option<u32> {
        self.resources.type_index_of_function(function_idx)
    }

    fn func_type_of_cont_type(&self, _c: &ContType) -> Option<&FuncType> {
        None
    }

    fn sub_type_of_ref_type(&self, _rt: &RefType) -> Option<&SubType> {
        None
    }

    fn control_stack_height(&self) -> u32 {
        self.frames.len() as u32
    }

    fn label_block(&self, depth: u32) -> Option<(BlockType, FrameKind)> {
        let i = self.frames.len().checked_sub(depth as usize + 1)?;
        let frame = &self.frames[i];
        Some((frame.ty, frame.kind))
    }
}
