//! `poll_oneoff`, which wasi-libc's `sleep`, `nanosleep` and `clock_nanosleep`
//! are built on. Stdio is always ready (reads block in `fd_read` instead), so the
//! only waiting is for clocks.

use super::ctx::WasiCtx;
use super::errno::{self, Errno, WasiResult};
use super::memory::GuestMem;
use std::time::Duration;

const SUBSCRIPTION_SIZE: u64 = 48;
const EVENT_SIZE: usize = 32;
const TAG_CLOCK: u8 = 0;
const TAG_FD_READ: u8 = 1;
const TAG_FD_WRITE: u8 = 2;
const SUBCLOCKFLAG_ABSTIME: u16 = 1;

enum Sub {
    /// Ready now, with this event type and errno.
    Ready(u64, u8, Errno),
    /// A clock that fires after this long.
    Clock(u64, Duration),
}

fn field<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut out = [0; N];
    if let Some(src) = b.get(at..at + N) {
        out.copy_from_slice(src);
    }
    out
}

impl WasiCtx {
    pub(super) fn poll_oneoff(
        &mut self,
        m: &mut GuestMem,
        subs_ptr: u32,
        events_ptr: u32,
        nsubs: u32,
        nevents: u32,
    ) -> WasiResult<()> {
        if nsubs == 0 {
            // Waiting on nothing would block forever.
            return Err(errno::INVAL);
        }
        // Copied out because the events may be written over the subscriptions.
        let raw = m.slice(subs_ptr, nsubs as u64 * SUBSCRIPTION_SIZE)?.to_vec();
        m.range(events_ptr, nsubs as u64 * EVENT_SIZE as u64)?;
        m.range(nevents, 4)?;
        let mut subs = Vec::with_capacity(nsubs as usize);
        for s in raw.chunks_exact(SUBSCRIPTION_SIZE as usize) {
            let userdata = u64::from_le_bytes(field(s, 0));
            let tag = s.get(8).copied().unwrap_or(u8::MAX);
            let fd = u32::from_le_bytes(field(s, 16));
            subs.push(match tag {
                TAG_CLOCK => {
                    let id = u32::from_le_bytes(field(s, 16));
                    let timeout = u64::from_le_bytes(field(s, 24));
                    let flags = u16::from_le_bytes(field(s, 40));
                    let wait = if flags & SUBCLOCKFLAG_ABSTIME != 0 {
                        self.now(id).map(|now| timeout.saturating_sub(now))
                    } else {
                        self.now(id).map(|_| timeout)
                    };
                    match wait {
                        Ok(ns) => Sub::Clock(userdata, Duration::from_nanos(ns)),
                        Err(e) => Sub::Ready(userdata, tag, e),
                    }
                }
                TAG_FD_READ | TAG_FD_WRITE => {
                    let usable = match fd {
                        0 => tag == TAG_FD_READ,
                        1 | 2 => tag == TAG_FD_WRITE,
                        _ => false,
                    } && self.stdio.get(fd as usize).is_some_and(|s| s.open);
                    let e = if usable { errno::SUCCESS } else { errno::BADF };
                    Sub::Ready(userdata, tag, e)
                }
                _ => return Err(errno::INVAL),
            });
        }
        let any_ready = subs.iter().any(|s| matches!(s, Sub::Ready(..)));
        let wait = if any_ready {
            Duration::ZERO
        } else {
            subs.iter()
                .filter_map(|s| match s {
                    Sub::Clock(_, d) => Some(*d),
                    Sub::Ready(..) => None,
                })
                .min()
                .unwrap_or(Duration::ZERO)
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
        let mut events = Vec::new();
        for s in &subs {
            let (userdata, ty, e) = match *s {
                Sub::Ready(u, ty, e) => (u, ty, e),
                Sub::Clock(u, d) if d <= wait => (u, TAG_CLOCK, errno::SUCCESS),
                Sub::Clock(..) => continue,
            };
            let mut ev = [0u8; EVENT_SIZE];
            ev[0..8].copy_from_slice(&userdata.to_le_bytes());
            ev[8..10].copy_from_slice(&e.to_le_bytes());
            ev[10] = ty;
            events.extend_from_slice(&ev);
        }
        m.write(events_ptr, &events)?;
        m.write_u32(nevents, (events.len() / EVENT_SIZE) as u32)
    }
}
