//! The runtime: a [`Store`] owns every function, memory, table, global and instance;
//! a [`Linker`] resolves imports by name and instantiates modules into a store.
//!
//! Entities live in boxes that never move, so an instance (and a running
//! back-end) can hold raw pointers to its memory, tables and globals.

mod instantiate;
mod linker;
mod memory;
mod store;
mod table;

pub use linker::Linker;
pub use memory::{Memory, PAGE_SIZE};
pub use store::{CallTarget, Caller, Config, Exn, FuncEntity, Global, HostFunc, Instance, Store};
pub use table::Table;

/// A function's address in its store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncAddr(pub u32);

/// An instance's id in its store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InstanceId(pub u32);

/// Something that can be imported or exported: an address of the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extern {
    Func(FuncAddr),
    Table(u32),
    Memory(u32),
    Global(u32),
    /// An exception tag: its identity is its address.
    Tag(u32),
}

impl Extern {
    pub fn kind(&self) -> &'static str {
        match self {
            Extern::Tag(_) => "tag",
            Extern::Func(_) => "function",
            Extern::Table(_) => "table",
            Extern::Memory(_) => "memory",
            Extern::Global(_) => "global",
        }
    }
}
