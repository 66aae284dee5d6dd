;; memory.fill and memory.copy in a loop. Regions overlap often, so an engine must give
;; memmove semantics; the lengths are small enough that per-instruction overhead still shows.
(module
  (memory 1)

  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $dst i32) (local $src i32) (local $p i32) (local $acc i32)
    ;; Start from zeroed memory so repeated calls on one instance give the same result.
    (memory.fill (i32.const 0) (i32.const 0) (i32.const 65536))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (local.set $dst (i32.and (i32.mul (local.get $i) (i32.const 4099)) (i32.const 0x7FFF)))
        (memory.fill (local.get $dst) (i32.and (local.get $i) (i32.const 255)) (i32.const 256))
        (local.set $src (i32.and (i32.mul (local.get $i) (i32.const 2053)) (i32.const 0x7FFF)))
        (memory.copy (i32.and (i32.add (local.get $src) (i32.const 300)) (i32.const 0x7FFF))
          (local.get $src) (i32.const 1024))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    ;; Every write lands below 0x8000 + 1024; fold that region into the result.
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $p) (i32.const 0x8400)))
        (local.set $acc (i32.add (i32.rotl (local.get $acc) (i32.const 5)) (i32.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $sum)))
    (local.get $acc)))
