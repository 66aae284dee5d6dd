//! Dynamic op statistics: counts of each executed IR op and of each adjacent pair
//! and triple, the input for choosing superinstructions.
//!
//! A back-end's counting loop calls [`record`] once per dispatched op; its normal
//! loop never does (see `dispatch-switch`). Counts accumulate per thread until
//! [`take`]. Pairs and triples are in execution order, so they cross branches,
//! calls and returns.

use crate::ir::Op;
use std::cell::RefCell;
use std::collections::HashMap;

/// Counts gathered by counting runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpStats {
    /// Indexed by [`Op::index`].
    pub ops: Vec<u64>,
    pub pairs: HashMap<(u16, u16), u64>,
    pub triples: HashMap<(u16, u16, u16), u64>,
    prev: Option<(Option<u16>, u16)>,
}

thread_local! {
    static STATS: RefCell<OpStats> = RefCell::new(OpStats::default());
}

/// Counts one executed op.
#[inline(never)]
pub fn record(op: &Op) {
    let k = op.index() as u16;
    STATS.with(|s| {
        let s = &mut *s.borrow_mut();
        if s.ops.is_empty() {
            s.ops = vec![0; Op::names().len()];
        }
        s.ops[k as usize] += 1;
        if let Some((p2, p1)) = s.prev {
            *s.pairs.entry((p1, k)).or_default() += 1;
            if let Some(p2) = p2 {
                *s.triples.entry((p2, p1, k)).or_default() += 1;
            }
        }
        s.prev = Some((s.prev.map(|(_, p1)| p1), k));
    });
}

/// Marks the start of a run: the first op of a run pairs with nothing.
pub fn begin_run() {
    STATS.with(|s| s.borrow_mut().prev = None);
}

/// The counts so far on this thread, resetting them.
pub fn take() -> OpStats {
    STATS.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

impl OpStats {
    pub fn total(&self) -> u64 {
        self.ops.iter().sum()
    }

    /// Adds another run's counts.
    pub fn merge(&mut self, other: &OpStats) {
        if self.ops.len() < other.ops.len() {
            self.ops.resize(other.ops.len(), 0);
        }
        for (a, b) in self.ops.iter_mut().zip(&other.ops) {
            *a += b;
        }
        for (k, v) in &other.pairs {
            *self.pairs.entry(*k).or_default() += v;
        }
        for (k, v) in &other.triples {
            *self.triples.entry(*k).or_default() += v;
        }
    }

    /// Ops by count, most frequent first: (name, count).
    pub fn top_ops(&self) -> Vec<(String, u64)> {
        let mut v: Vec<_> = self
            .ops
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(i, c)| (name(i as u16), *c))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    pub fn top_pairs(&self) -> Vec<(String, u64)> {
        let mut v: Vec<_> = self
            .pairs
            .iter()
            .map(|((a, b), c)| (format!("{} → {}", name(*a), name(*b)), *c))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    pub fn top_triples(&self) -> Vec<(String, u64)> {
        let mut v: Vec<_> = self
            .triples
            .iter()
            .map(|((a, b, c), n)| (format!("{} → {} → {}", name(*a), name(*b), name(*c)), *n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

fn name(i: u16) -> String {
    Op::names()[i as usize].clone()
}
