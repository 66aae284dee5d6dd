//! What the passes over finished register IR share: finding the jumps they may
//! rewrite, and re-pointing every branch once ops have moved.

use wasmlab_core::ir::Op;

/// The jumps of `code` that are not `br_table` entries (whose handlers read them
/// as jumps, right after the table): their positions and targets.
pub(crate) fn plain_jumps(code: &[Op]) -> Vec<(usize, usize)> {
    let mut jumps = Vec::new();
    let mut entries_left = 0usize;
    for (i, op) in code.iter().enumerate() {
        if entries_left > 0 {
            entries_left -= 1;
            continue;
        }
        match *op {
            Op::BrTable { len } | Op::BrTableR { len, .. } | Op::BrTableA { len, .. } => {
                entries_left = len as usize + 1
            }
            Op::Jump { offset } => jumps.push((i, (i as i64 + offset as i64) as usize)),
            _ => {}
        }
    }
    jumps
}

/// The new code from `out`, each op with the old position whose branch offset it
/// carries; `new_pos` says where each old position (and the end) landed.
pub(crate) fn repoint(out: &[(Op, usize)], new_pos: &[usize]) -> Vec<Op> {
    out.iter()
        .enumerate()
        .map(|(at, &(mut op, from))| {
            if let Some(offset) = op.branch_offset() {
                let to = (from as i64 + offset as i64) as usize;
                op.set_branch_offset(new_pos[to] as i32 - at as i32);
            }
            op
        })
        .collect()
}
