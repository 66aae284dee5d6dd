//! Wasm types as the runtime sees them, converted once from `wasmparser`'s.

use crate::error::Error;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
    /// A 128-bit vector (SIMD): two cells in the value stack.
    V128,
    /// `funcref`: `(ref null func)`.
    FuncRef,
    /// `externref`: `(ref null extern)`.
    ExternRef,
    /// Every other reference type (typed function references): never
    /// `(ref null func)` or `(ref null extern)`, which are the two above.
    Ref(RefType),
}

/// A reference type beyond `funcref` and `externref`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RefType {
    pub nullable: bool,
    pub heap: HeapType,
}

/// What a reference points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeapType {
    Func,
    Extern,
    /// The bottom of the function types: only null has it.
    NoFunc,
    /// The bottom of `extern`: only null has it.
    NoExtern,
    /// Functions of one type.
    Concrete(TypeId),
    /// Exceptions (`exnref` is `(ref null exn)`).
    Exn,
    /// The bottom of `exn`: only null has it.
    NoExn,
}

impl HeapType {
    /// Function references, as opposed to external ones.
    pub fn is_func(self) -> bool {
        matches!(self, HeapType::Func | HeapType::NoFunc | HeapType::Concrete(_))
    }

    /// `self` is `want` or one of its subtypes.
    fn matches(self, want: HeapType) -> bool {
        use HeapType as H;
        self == want
            || matches!(
                (self, want),
                (H::Concrete(_), H::Func)
                    | (H::NoFunc, H::Func | H::Concrete(_))
                    | (H::NoExtern, H::Extern)
                    | (H::NoExn, H::Exn)
            )
    }
}

impl ValType {
    /// How many cells of the value stack a value of this type takes.
    #[inline]
    pub fn cells(self) -> usize {
        match self {
            ValType::V128 => 2,
            _ => 1,
        }
    }

    pub fn is_ref(self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef | ValType::Ref(_))
    }

    /// The reference type `(ref null? heap)`, in its one spelling.
    pub fn reference(nullable: bool, heap: HeapType) -> ValType {
        match (nullable, heap) {
            (true, HeapType::Func) => ValType::FuncRef,
            (true, HeapType::Extern) => ValType::ExternRef,
            _ => ValType::Ref(RefType { nullable, heap }),
        }
    }

    /// A reference type's parts.
    pub fn as_ref_type(self) -> Option<RefType> {
        match self {
            ValType::FuncRef => Some(RefType {
                nullable: true,
                heap: HeapType::Func,
            }),
            ValType::ExternRef => Some(RefType {
                nullable: true,
                heap: HeapType::Extern,
            }),
            ValType::Ref(r) => Some(r),
            _ => None,
        }
    }

    /// `self` is `want` or one of its subtypes: what an immutable global import
    /// or a value passed to a parameter of type `want` must be.
    pub fn matches(self, want: ValType) -> bool {
        match (self.as_ref_type(), want.as_ref_type()) {
            (Some(have), Some(want)) => (want.nullable || !have.nullable) && have.heap.matches(want.heap),
            _ => self == want,
        }
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = match self {
            ValType::I32 => return f.write_str("i32"),
            ValType::I64 => return f.write_str("i64"),
            ValType::F32 => return f.write_str("f32"),
            ValType::F64 => return f.write_str("f64"),
            ValType::V128 => return f.write_str("v128"),
            ValType::FuncRef => return f.write_str("funcref"),
            ValType::ExternRef => return f.write_str("externref"),
            ValType::Ref(r) => r,
        };
        f.write_str(if r.nullable { "(ref null " } else { "(ref " })?;
        match r.heap {
            HeapType::Func => f.write_str("func")?,
            HeapType::Extern => f.write_str("extern")?,
            HeapType::NoFunc => f.write_str("nofunc")?,
            HeapType::NoExtern => f.write_str("noextern")?,
            HeapType::Concrete(id) => write!(f, "(func {})", id.func_type())?,
            HeapType::Exn => f.write_str("exn")?,
            HeapType::NoExn => f.write_str("noexn")?,
        }
        f.write_str(")")
    }
}

/// A function type's identity, the same in every module of the process: two
/// types get the same id exactly when they are equal, the types their references
/// name compared the same way. Without GC's recursive groups a type names only
/// types defined before it, so equality by structure is type equivalence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypeId(u32);

#[derive(Default)]
struct Canon {
    ids: std::collections::HashMap<FuncType, u32>,
    types: Vec<FuncType>,
}

static CANON: std::sync::LazyLock<std::sync::Mutex<Canon>> = std::sync::LazyLock::new(Default::default);

fn canon() -> std::sync::MutexGuard<'static, Canon> {
    // The table is only ever appended to, so a panic elsewhere leaves it whole.
    CANON.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl TypeId {
    /// The id of `ty`: interned on first sight, for the life of the process.
    pub fn of(ty: &FuncType) -> TypeId {
        let mut c = canon();
        if let Some(&id) = c.ids.get(ty) {
            return TypeId(id);
        }
        let id = c.types.len() as u32;
        c.types.push(ty.clone());
        c.ids.insert(ty.clone(), id);
        TypeId(id)
    }

    pub fn func_type(self) -> FuncType {
        canon().types[self.0 as usize].clone()
    }
}

/// `t` as the runtime sees it; `types` are the module's function types so far,
/// which its concrete references name.
pub(crate) fn val_type(t: wasmparser::ValType, types: &[FuncType]) -> Result<ValType, Error> {
    use wasmparser::ValType as W;
    Ok(match t {
        W::I32 => ValType::I32,
        W::I64 => ValType::I64,
        W::F32 => ValType::F32,
        W::F64 => ValType::F64,
        W::V128 => ValType::V128,
        W::Ref(r) => ref_type(r, types)?,
    })
}

pub(crate) fn ref_type(r: wasmparser::RefType, types: &[FuncType]) -> Result<ValType, Error> {
    use wasmparser::{AbstractHeapType as A, HeapType as W, UnpackedIndex};
    let unsupported = || Error::Invalid(format!("reference type {r} is not supported"));
    let heap = match r.heap_type() {
        W::Abstract { shared: false, ty } => match ty {
            A::Func => HeapType::Func,
            A::Extern => HeapType::Extern,
            A::NoFunc => HeapType::NoFunc,
            A::NoExtern => HeapType::NoExtern,
            A::Exn => HeapType::Exn,
            A::NoExn => HeapType::NoExn,
            _ => return Err(unsupported()),
        },
        W::Concrete(UnpackedIndex::Module(idx)) => {
            HeapType::Concrete(TypeId::of(types.get(idx as usize).ok_or_else(unsupported)?))
        }
        _ => return Err(unsupported()),
    };
    Ok(ValType::reference(r.is_nullable(), heap))
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    pub params: Box<[ValType]>,
    pub results: Box<[ValType]>,
}

/// The cells that values of `types` take, one after another.
pub fn cells_of(types: &[ValType]) -> usize {
    types.iter().map(|t| t.cells()).sum()
}

impl FuncType {
    /// The cells its parameters take.
    pub fn param_cells(&self) -> usize {
        cells_of(&self.params)
    }

    /// The cells its results take.
    pub fn result_cells(&self) -> usize {
        cells_of(&self.results)
    }

    pub fn new(params: impl Into<Box<[ValType]>>, results: impl Into<Box<[ValType]>>) -> Self {
        FuncType {
            params: params.into(),
            results: results.into(),
        }
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ");
        write!(f, "[{}] -> [{}]", list(&self.params), list(&self.results))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub min: u64,
    pub max: Option<u64>,
}

impl Limits {
    /// Import subtyping: `self` (what is provided) fits `want` (what is imported).
    pub fn fits(&self, want: &Limits) -> bool {
        self.min >= want.min
            && match (self.max, want.max) {
                (_, None) => true,
                (Some(have), Some(want)) => have <= want,
                (None, Some(_)) => false,
            }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableType {
    pub elem: ValType,
    pub limits: Limits,
    /// Indexed by i64 rather than i32 (memory64's 64-bit tables).
    pub addr64: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryType {
    pub limits: Limits,
    /// Addressed by i64 rather than i32 (memory64).
    pub addr64: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalType {
    pub content: ValType,
    pub mutable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternType {
    Func(FuncType),
    Table(TableType),
    Memory(MemoryType),
    Global(GlobalType),
    /// An exception tag: the types of its payload (the parameters; no results).
    Tag(FuncType),
}

impl ExternType {
    pub fn kind(&self) -> &'static str {
        match self {
            ExternType::Tag(_) => "tag",
            ExternType::Func(_) => "function",
            ExternType::Table(_) => "table",
            ExternType::Memory(_) => "memory",
            ExternType::Global(_) => "global",
        }
    }
}
