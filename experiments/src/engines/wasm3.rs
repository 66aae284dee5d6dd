//! wasm3 (0.4.7, through the `wasm3` crate's raw bindings), a threaded-code
//! interpreter, as a peer.
//!
//! The crate's safe API types every call statically; a benchmark driver calls
//! whatever a module exports, so this goes through wasm3's C API instead.
//! wasm3 compiles each function on its first call: compile here only parses,
//! and instantiation parses again, since a parsed module belongs to one runtime.

use super::peer_wasi::{Cells, PeerWasi};
use super::{Compiled, Engine, Running, WasiSetup};
use std::cell::RefCell;
use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr;
use std::rc::Rc;
use wasm3::wasm3_sys as ffi;
use wasmlab_core::wasi::{FUNCS, MODULE};
use wasmlab_core::{Val, ValType};

/// wasm3's value stack, in bytes. Its default (64 KiB in the CLI) fails recursive
/// programs the other engines run.
const STACK_BYTES: u32 = 4 << 20;

pub struct Wasm3;

/// An `M3Result`: null, or a static C string saying what went wrong.
fn check(r: ffi::M3Result) -> anyhow::Result<()> {
    if r.is_null() {
        return Ok(());
    }
    // SAFETY: wasm3 results are NUL-terminated strings, static or ours (`HOST_ERROR`).
    anyhow::bail!("wasm3: {}", unsafe { CStr::from_ptr(r) }.to_string_lossy())
}

struct Env(ffi::IM3Environment);
impl Drop for Env {
    fn drop(&mut self) {
        // SAFETY: created by m3_NewEnvironment; every runtime in it is dropped first.
        unsafe { ffi::m3_FreeEnvironment(self.0) }
    }
}

impl Engine for Wasm3 {
    fn name(&self) -> String {
        "wasm3".to_string()
    }

    /// wasm3 runs Wasm 1.0 and a few 2.0 proposals, none of 3.0.
    fn supports(&self, _proposal: &str) -> bool {
        false
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        // SAFETY: plain constructor; null means out of memory.
        let env = Env(unsafe { ffi::m3_NewEnvironment() });
        anyhow::ensure!(!env.0.is_null(), "wasm3: cannot create an environment");
        let bytes: Rc<[u8]> = wasm.into();
        let mut module = ptr::null_mut();
        // SAFETY: `bytes` outlives the parsed module, freed right after.
        unsafe {
            check(ffi::m3_ParseModule(
                env.0,
                &mut module,
                bytes.as_ptr(),
                bytes.len() as u32,
            ))?;
            ffi::m3_FreeModule(module);
        }
        Ok(Box::new(Wasm3Module {
            env: Rc::new(env),
            bytes,
        }))
    }
}

struct Wasm3Module {
    env: Rc<Env>,
    bytes: Rc<[u8]>,
}

/// The cookie of one linked WASI function.
struct Link {
    wasi: Rc<RefCell<PeerWasi>>,
    name: &'static str,
    params: &'static [ValType],
}

/// A trap message of ours: wasm3 passes any non-null result up as the error.
const HOST_ERROR: &CStr = c"WASI host call trapped";

unsafe extern "C" fn host_call(
    rt: ffi::IM3Runtime,
    sp: *mut u64,
    _mem: *mut c_void,
    cookie: *mut c_void,
) -> *const c_void {
    // SAFETY: the cookie is a `Link` the instance keeps boxed for as long as its runtime.
    let link = unsafe { &*(cookie as *const Link) };
    // SAFETY: wasm3 passes one 64-bit cell per argument at `sp`, the result going to `sp[0]`.
    let cells: Cells = (0..link.params.len())
        .map(|i| {
            let c = unsafe { *sp.add(i) };
            // An i32 fills only the low half of its cell; the high half is stale.
            if link.params[i] == ValType::I32 {
                c & 0xFFFF_FFFF
            } else {
                c
            }
        })
        .collect();
    let mut len = 0u32;
    // SAFETY: memory 0 of the calling runtime, `len` bytes long, not otherwise borrowed during the call.
    let mem: &mut [u8] = unsafe {
        let base = ffi::m3_GetMemory(rt, &mut len, 0);
        if base.is_null() {
            &mut [][..]
        } else {
            std::slice::from_raw_parts_mut(base, len as usize)
        }
    };
    match link.wasi.borrow_mut().call(link.name, mem, cells.as_slice()) {
        Ok(errno) => {
            // SAFETY: the result slot, for the functions that have one.
            unsafe { *sp = errno as u64 };
            ptr::null()
        }
        Err(_) => HOST_ERROR.as_ptr().cast(),
    }
}

/// A wasm3 signature string, e.g. `i(iIi)`.
fn signature(params: &[ValType], results: &[ValType]) -> CString {
    let c = |t: &ValType| match t {
        ValType::I64 => 'I',
        ValType::F32 => 'f',
        ValType::F64 => 'F',
        _ => 'i',
    };
    let ret = results.first().map_or('v', c);
    CString::new(format!("{ret}({})", params.iter().map(c).collect::<String>())).unwrap()
}

impl Compiled for Wasm3Module {
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>> {
        // SAFETY: the environment outlives the runtime (the instance holds both, runtime dropped first).
        let rt = Runtime(unsafe { ffi::m3_NewRuntime(self.env.0, STACK_BYTES, ptr::null_mut()) });
        anyhow::ensure!(!rt.0.is_null(), "wasm3: cannot create a runtime");
        let mut module = ptr::null_mut();
        // SAFETY: the instance keeps `bytes` alive as long as the runtime that owns the module.
        unsafe {
            check(ffi::m3_ParseModule(
                self.env.0,
                &mut module,
                self.bytes.as_ptr(),
                self.bytes.len() as u32,
            ))?;
            if let Err(e) = check(ffi::m3_LoadModule(rt.0, module)) {
                ffi::m3_FreeModule(module);
                return Err(e);
            }
        }
        let wasi = match wasi {
            Some(setup) => Some(Rc::new(RefCell::new(PeerWasi::new(setup)?))),
            None => None,
        };
        let mut links = Vec::new();
        if let Some(wasi) = &wasi {
            let module_name = CString::new(MODULE).unwrap();
            for &(name, params, results) in FUNCS {
                let link = Box::new(Link {
                    wasi: wasi.clone(),
                    name,
                    params,
                });
                let (cname, sig) = (CString::new(name).unwrap(), signature(params, results));
                let cookie = &*link as *const Link as *mut c_void;
                // SAFETY: the strings are copied by wasm3; the cookie lives in `links`.
                let r = unsafe {
                    ffi::m3_LinkRawFunctionEx(
                        module,
                        module_name.as_ptr(),
                        cname.as_ptr(),
                        sig.as_ptr(),
                        Some(host_call),
                        cookie,
                    )
                };
                // Functions the module does not import are not found; that is fine.
                if r != unsafe { ffi::m3Err_functionLookupFailed } {
                    check(r)?;
                    links.push(link);
                }
            }
        }
        Ok(Box::new(Wasm3Instance {
            rt,
            _links: links,
            wasi,
            _bytes: self.bytes.clone(),
            _env: self.env.clone(),
        }))
    }
}

struct Runtime(ffi::IM3Runtime);
impl Drop for Runtime {
    fn drop(&mut self) {
        // SAFETY: created by m3_NewRuntime; frees the modules loaded into it too.
        unsafe { ffi::m3_FreeRuntime(self.0) }
    }
}

/// Field order is drop order: the runtime goes before what it points into.
struct Wasm3Instance {
    rt: Runtime,
    // Boxed: wasm3 holds each link's address as its cookie, so links must not move.
    #[allow(clippy::vec_box)]
    _links: Vec<Box<Link>>,
    wasi: Option<Rc<RefCell<PeerWasi>>>,
    _bytes: Rc<[u8]>,
    _env: Rc<Env>,
}

impl Running for Wasm3Instance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let r = self.call(func, args);
        match &self.wasi {
            Some(wasi) => wasi.borrow_mut().finish(r),
            None => r,
        }
    }

    fn stdout(&self) -> Vec<u8> {
        self.wasi
            .as_ref()
            .map(|w| w.borrow().ctx.captured_stdout().to_vec())
            .unwrap_or_default()
    }
}

impl Wasm3Instance {
    fn call(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let mut f = ptr::null_mut();
        let name = CString::new(func)?;
        // SAFETY: finds (and compiles) an export of this runtime's module.
        unsafe { check(ffi::m3_FindFunction(&mut f, self.rt.0, name.as_ptr()))? };
        // SAFETY: a found function has a type, allocated with room for `numArgs`
        // argument types past the declared three (read through a raw pointer for that).
        let (arg_types, ret) = unsafe {
            let ty = (*f).funcType;
            let n = (*ty).numArgs as usize;
            (
                std::slice::from_raw_parts(ptr::addr_of!((*ty).argTypes).cast::<u8>(), n),
                (*ty).returnType,
            )
        };
        let codes: Vec<u8> = args.iter().map(|a| type_code(a.ty())).collect();
        anyhow::ensure!(
            arg_types == codes.as_slice(),
            "`{func}` takes wasm3 types {arg_types:?}, got {args:?}"
        );
        // m3_CallWithArgs parses each argument as the decimal of its bits.
        let argv: Vec<CString> = args
            .iter()
            .map(|a| CString::new(a.to_cell().to_string()).unwrap())
            .collect();
        let ptrs: Vec<*const c_char> = argv.iter().map(|a| a.as_ptr()).collect();
        // SAFETY: `ptrs` are valid C strings for the duration of the call.
        unsafe { check(ffi::m3_CallWithArgs(f, ptrs.len() as u32, ptrs.as_ptr()))? };
        // SAFETY: the result is left in the runtime's first (64-bit) stack cell.
        let cell = unsafe { *((*self.rt.0).stack as *const u64) };
        Ok(match ret {
            0 => vec![],
            1 => vec![Val::I32(cell as u32 as i32)],
            2 => vec![Val::I64(cell as i64)],
            3 => vec![Val::F32(cell as u32)],
            4 => vec![Val::F64(cell)],
            t => anyhow::bail!("`{func}` returns wasm3 type {t}"),
        })
    }
}

/// wasm3's type codes (wasm3.h): none 0, i32 1, i64 2, f32 3, f64 4; references
/// are not supported.
fn type_code(t: ValType) -> u8 {
    match t {
        ValType::I32 => 1,
        ValType::I64 => 2,
        ValType::F32 => 3,
        ValType::F64 => 4,
        ValType::FuncRef | ValType::ExternRef => u8::MAX,
    }
}
