;; A module that declares a 4 GiB memory (65536 pages): its start-up column is the
;; cost of creating a memory that size. run(n) writes n bytes spread over the
;; whole memory and sums them back, so only those pages are ever touched.
(module
  (memory 65536)
  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $w
      (loop $write
        (br_if $w (i32.ge_u (local.get $i) (local.get $n)))
        ;; byte i at address i * 65537 * 7 (mod 2^32), a spread-out walk
        (i32.store8 (i32.mul (local.get $i) (i32.const 458759)) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $write)))
    (local.set $i (i32.const 0))
    (block $r
      (loop $read
        (br_if $r (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $sum (i32.add (local.get $sum)
          (i32.load8_u (i32.mul (local.get $i) (i32.const 458759)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $read)))
    (local.get $sum)))
