//! The handler protocol, as macros so every handler expands to straight-line code.
//! Exported: super's handlers for register IR follow the same protocol.

/// Tail-calls the handler of the op at `ip`.
#[macro_export]
macro_rules! dispatch {
    ($ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $carry:expr) => {{
        let ip: $crate::state::Ip = $ip;
        // SAFETY: the link step wrote a `Handler` for every op. Handlers use this
        // macro inside their `unsafe` body.
        let h = std::mem::transmute::<*const (), $crate::state::Handler<_>>((*ip).handler);
        become h(ip, $sp, $fp, $mem, $len, $cx, $carry)
    }};
}

/// Continues with the next op.
#[macro_export]
macro_rules! next {
    ($ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $carry:expr) => {
        $crate::dispatch!($ip.add(1), $sp, $fp, $mem, $len, $cx, $carry)
    };
}

/// The immediates of the op at `ip`: the link step chose this handler by the op's
/// variant, so the pattern always matches (checked in debug builds).
#[macro_export]
macro_rules! imm {
    ($ip:expr, $pat:pat => $e:expr) => {
        match (*$ip).op {
            $pat => $e,
            _ => $crate::state::mislinked(),
        }
    };
}

/// Unwraps a semantics result, or stores the trap and stops.
#[macro_export]
macro_rules! try_trap {
    ($e:expr, $cx:expr) => {
        match $e {
            Ok(v) => v,
            Err(t) => return $crate::state::trap($cx, t),
        }
    };
}

/// Pops the frame record and continues in the caller (or ends the run at the entry
/// frame); the callee left its `n` results at `fp`.
#[macro_export]
macro_rules! leave {
    ($fp:expr, $n:expr, $cx:expr, $carry:expr) => {{
        let (fp, n, cx): ($crate::state::Fp, usize, $crate::state::Cx) = ($fp, $n, $cx);
        // Every body ends in a return and the entry frame is pushed first.
        let top = (*cx).frame_top.sub(1);
        (*cx).frame_top = top;
        let frame = top.read();
        if frame.ret_ip.is_null() {
            return $crate::state::DONE;
        }
        // The callee may have grown memory or been another instance's: reload.
        let (mem, len) = (*cx).switch_to(frame.instance);
        $crate::dispatch!(
            frame.ret_ip as $crate::state::Ip,
            fp.add(n),
            frame.fp,
            mem,
            len,
            cx,
            $carry
        )
    }};
}

/// Calls the function at store address `addr`, Wasm in any instance or host, from
/// the op at `ip`; `args(np)` is where its `np` arguments are. `call_addr!(call, ..)`
/// is a call; `call_addr!(tail, ..)` a tail call, in which a Wasm function runs in
/// the current frame and a host function's results return to this function's caller.
#[macro_export]
macro_rules! call_addr {
    (@frame call, $($frame:tt)*) => { $crate::enter_frame!($($frame)*) };
    (@frame tail, $($frame:tt)*) => { $crate::reenter_frame!($($frame)*) };
    (@host_done call, $ip:expr, $args:expr, $nr:expr, $fp:expr, $cx:expr, $carry:expr) => {{
        let (mem, len) = wasmlab_core::exec::memory_view((*$cx).inst);
        $crate::next!($ip, $args.add($nr), $fp, mem, len, $cx, $carry)
    }};
    (@host_done tail, $ip:expr, $args:expr, $nr:expr, $fp:expr, $cx:expr, $carry:expr) => {{
        wasmlab_core::semantics::control::return_results($fp, $args, $nr);
        $crate::leave!($fp, $nr, $cx, $carry)
    }};
    ($kind:ident, $addr:expr, $ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $args:expr, $carry:expr) => {{
        let carry = $carry;
        use wasmlab_core::exec::Callee;
        let (addr, ip, fp, cx): (u32, $crate::state::Ip, $crate::state::Fp, $crate::state::Cx) = ($addr, $ip, $fp, $cx);
        let args_at = $args;
        let store = &mut *(*cx).store;
        match wasmlab_core::exec::callee(store, addr) {
            Callee::Wasm { instance, body } => {
                // A frame record keeps the caller's instance, so push before switching.
                let args = args_at((*body).num_params as usize);
                let (sp, fp) = $crate::call_addr!(@frame $kind, &*body, args, ip, $sp, fp, $mem, $len, cx, carry);
                let (mem, len) = (*cx).switch_to(instance);
                $crate::dispatch!((*body).threaded_ptr(), sp, fp, mem, len, cx, carry)
            }
            Callee::Host { params, results } => {
                let args = args_at(params);
                $crate::try_trap!(
                    wasmlab_core::exec::call_host(store, addr, (*cx).inst, args, (*cx).stack_end),
                    cx
                );
                $crate::call_addr!(@host_done $kind, ip, args, results, fp, cx, carry)
            }
        }
    }};
}

/// Pushes the frame record of the call at `ip` and zeroes the locals of `body`,
/// whose frame starts at `new_fp` with its arguments in place; evaluates to the
/// callee's `(sp, fp)`. When the record or the frame does not fit, tail-calls the
/// cold handlers instead, so the call's hot path makes no call itself.
#[macro_export]
macro_rules! enter_frame {
    ($body:expr, $new_fp:expr, $ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $carry:expr) => {{
        let carry = $carry;
        let (body, new_fp, cx): (&wasmlab_core::ir::FuncBody, $crate::state::Fp, $crate::state::Cx) =
            ($body, $new_fp, $cx);
        let top = (*cx).frame_top;
        if top == (*cx).frame_limit {
            become $crate::state::frames_full($ip, $sp, $fp, $mem, $len, cx, carry);
        }
        if !wasmlab_core::semantics::control::frame_fits(body, new_fp, (*cx).stack_end) {
            become $crate::state::exhausted($ip, $sp, $fp, $mem, $len, cx, carry);
        }
        // SAFETY: below `frame_limit` the vector has capacity.
        top.write(wasmlab_core::exec::Frame {
            ret_ip: $ip.add(1) as *const (),
            fp: $fp,
            instance: (*cx).inst,
        });
        (*cx).frame_top = top.add(1);
        (wasmlab_core::semantics::control::open_frame(body, new_fp), new_fp)
    }};
}

/// Makes the current frame `body`'s, for a tail call: its `num_params` arguments
/// move from `args` down to `fp` and its other locals are zeroed; the frame record
/// stays, so the callee returns to this function's caller. Evaluates to the
/// callee's `(sp, fp)`, or tail-calls the exhaustion trap when the frame does not
/// fit.
#[macro_export]
macro_rules! reenter_frame {
    ($body:expr, $args:expr, $ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $carry:expr) => {{
        let carry = $carry;
        let (body, args, fp, cx): (
            &wasmlab_core::ir::FuncBody,
            $crate::state::Fp,
            $crate::state::Fp,
            $crate::state::Cx,
        ) = ($body, $args, $fp, $cx);
        if !wasmlab_core::semantics::control::frame_fits(body, fp, (*cx).stack_end) {
            become $crate::state::exhausted($ip, $sp, fp, $mem, $len, cx, carry);
        }
        (wasmlab_core::semantics::control::reopen_frame(body, fp, args), fp)
    }};
}
