//! Name resolution for imports.

use super::{Extern, InstanceId, Store};
use crate::error::Error;
use crate::module::Module;
use std::collections::HashMap;
use std::sync::Arc;

/// Maps `(module, name)` to store entities; instantiates modules against them.
#[derive(Clone, Debug, Default)]
pub struct Linker {
    defs: HashMap<(String, String), Extern>,
}

impl Linker {
    pub fn new() -> Linker {
        Linker::default()
    }

    pub fn define(&mut self, module: &str, name: &str, ext: Extern) {
        self.defs.insert((module.to_string(), name.to_string()), ext);
    }

    pub fn get(&self, module: &str, name: &str) -> Option<Extern> {
        self.defs.get(&(module.to_string(), name.to_string())).copied()
    }

    /// Makes every export of `instance` importable as `module::export_name`
    /// (the spec tests' `register`).
    pub fn register(&mut self, store: &Store, module: &str, instance: InstanceId) {
        for (name, ext) in &store.instance(instance).exports {
            self.define(module, name, *ext);
        }
    }

    /// Resolves the imports of `module`, instantiates it and runs its start function.
    pub fn instantiate(&self, store: &mut Store, module: Arc<Module>) -> Result<InstanceId, Error> {
        let mut imports = Vec::with_capacity(module.imports.len());
        for imp in &module.imports {
            let ext = self.get(&imp.module, &imp.name).ok_or_else(|| Error::UnknownImport {
                module: imp.module.clone(),
                name: imp.name.clone(),
            })?;
            imports.push(ext);
        }
        super::instantiate::instantiate(store, module, &imports)
    }
}
