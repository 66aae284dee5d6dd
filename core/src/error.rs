//! Errors a user can meet: loading, linking, instantiating and invoking, and traps.

use std::fmt;

/// A trap: execution stopped abnormally. The `Display` text is the spec's message,
/// which the spec tests compare against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trap {
    Unreachable,
    IntegerOverflow,
    IntegerDivideByZero,
    InvalidConversionToInteger,
    MemoryOutOfBounds,
    TableOutOfBounds,
    IndirectCallTypeMismatch,
    UninitializedElement,
    UndefinedElement,
    /// `call_ref` or `return_call_ref` of a null reference.
    NullFunctionReference,
    /// `ref.as_non_null` of a null reference.
    NullReference,
    /// `throw_ref` of a null reference.
    NullExceptionReference,
    /// A Wasm exception left the outermost frame: no `try_table` caught it.
    Exception,
    /// The call-depth limit or the value stack was exhausted.
    StackExhausted,
    /// The fuel budget (`Config::fuel`) ran out.
    OutOfFuel,
    /// A host function asked the program to exit (WASI `proc_exit`).
    Exit(i32),
    /// A host function failed.
    Host(String),
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trap::Unreachable => f.write_str("unreachable"),
            Trap::IntegerOverflow => f.write_str("integer overflow"),
            Trap::IntegerDivideByZero => f.write_str("integer divide by zero"),
            Trap::InvalidConversionToInteger => f.write_str("invalid conversion to integer"),
            Trap::MemoryOutOfBounds => f.write_str("out of bounds memory access"),
            Trap::TableOutOfBounds => f.write_str("out of bounds table access"),
            Trap::IndirectCallTypeMismatch => f.write_str("indirect call type mismatch"),
            Trap::UninitializedElement => f.write_str("uninitialized element"),
            Trap::UndefinedElement => f.write_str("undefined element"),
            Trap::NullFunctionReference => f.write_str("null function reference"),
            Trap::NullReference => f.write_str("null reference"),
            Trap::NullExceptionReference => f.write_str("null exception reference"),
            Trap::Exception => f.write_str("uncaught exception"),
            Trap::StackExhausted => f.write_str("call stack exhausted"),
            Trap::OutOfFuel => f.write_str("all fuel consumed"),
            Trap::Exit(code) => write!(f, "exit with code {code}"),
            Trap::Host(msg) => write!(f, "host function failed: {msg}"),
        }
    }
}

impl std::error::Error for Trap {}

/// Everything that can go wrong between bytes and results.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not a valid module (malformed or failing validation), or use a
    /// proposal wasmlab does not support; the message says which.
    #[error("invalid module: {0}")]
    Invalid(String),
    /// An import could not be satisfied.
    #[error("unknown import: `{module}::{name}` is not defined")]
    UnknownImport { module: String, name: String },
    /// An import exists but has the wrong type.
    #[error("incompatible import type for `{module}::{name}`: {detail}")]
    IncompatibleImport {
        module: String,
        name: String,
        detail: String,
    },
    /// No export of that name, or it is not of the kind asked for.
    #[error("unknown export: {0}")]
    UnknownExport(String),
    /// Arguments given to an invocation do not match the function's parameters.
    #[error("argument mismatch: {0}")]
    ArgumentMismatch(String),
    /// Execution trapped.
    #[error("wasm trap: {0}")]
    Trap(Trap),
    /// A resource limit or other runtime failure outside the program's semantics.
    #[error("{0}")]
    Runtime(String),
}

impl Error {
    /// The trap inside, if this error is a trap.
    pub fn as_trap(&self) -> Option<&Trap> {
        match self {
            Error::Trap(t) => Some(t),
            _ => None,
        }
    }
}

// Written out rather than derived so the trap is not also reported as the error's
// source: printed error chains would repeat its message.
impl From<Trap> for Error {
    fn from(t: Trap) -> Self {
        Error::Trap(t)
    }
}

impl From<wasmparser::BinaryReaderError> for Error {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        Error::Invalid(e.to_string())
    }
}
