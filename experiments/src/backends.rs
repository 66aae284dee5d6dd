//! The back-ends compiled into this build (cargo features), selectable by name.

use std::sync::Arc;
use wasmlab_core::Backend;

/// Every back-end built, reference first.
// Which pushes exist depends on the features built.
#[allow(unused_mut, clippy::vec_init_then_push)]
pub fn all() -> Vec<Arc<dyn Backend>> {
    let mut v: Vec<Arc<dyn Backend>> = Vec::new();
    #[cfg(feature = "switch")]
    v.push(Arc::new(wasmlab_switch::Switch));
    #[cfg(feature = "threaded")]
    v.push(Arc::new(wasmlab_threaded::Threaded));
    #[cfg(feature = "super")]
    v.push(Arc::new(wasmlab_super::Super::new()));
    v
}

/// The names of the back-ends built.
pub fn names() -> Vec<&'static str> {
    all().iter().map(|b| b.name()).collect()
}

/// The back-end called `name` (an ablation variant too), or the first one built
/// when `name` is `None`.
pub fn by_name(name: Option<&str>) -> anyhow::Result<Arc<dyn Backend>> {
    let all = all();
    match name {
        None => all
            .into_iter()
            .next()
            .ok_or_else(|| anyhow::anyhow!("no back-end was built; enable a cargo feature")),
        Some(n) => all
            .into_iter()
            .chain(ablations())
            .find(|b| b.name() == n)
            .ok_or_else(|| {
                let ablation = if ablations().is_empty() {
                    ""
                } else {
                    "; `super-no-<family>` and `super-unfused` for ablation"
                };
                anyhow::anyhow!(
                    "no back-end named `{n}` in this build (built: {}{ablation})",
                    names().join(", ")
                )
            }),
    }
}

/// The superinstruction back-end with one fusion family switched off, for ablation
/// (`super-no-<family>` for each of [`wasmlab_super::Fusion::FAMILIES`]), and with
/// none on (`super-unfused`).
#[cfg(feature = "super")]
pub fn ablations() -> Vec<Arc<dyn Backend>> {
    wasmlab_super::Super::ablations()
        .into_iter()
        .map(|s| Arc::new(s) as Arc<dyn Backend>)
        .collect()
}

#[cfg(not(feature = "super"))]
pub fn ablations() -> Vec<Arc<dyn Backend>> {
    Vec::new()
}
