;; i32 and i64 loads and stores: a sequential walk over an i32 array at 0 and a strided walk
;; over an i64 array at 4096 (1024 entries each), each step reading and writing both.
(module
  (memory 1)

  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32) (local $v i32) (local $w i64) (local $sum i64)
    ;; Start from zeroed buffers so repeated calls on one instance give the same result.
    (block $zeroed
      (loop $zero
        (br_if $zeroed (i32.ge_u (local.get $a) (i32.const 12288)))
        (i64.store (local.get $a) (i64.const 0))
        (local.set $a (i32.add (local.get $a) (i32.const 8)))
        (br $zero)))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (local.set $a (i32.shl (i32.and (local.get $i) (i32.const 1023)) (i32.const 2)))
        (local.set $v (i32.add (i32.load (local.get $a)) (local.get $i)))
        (i32.store (local.get $a) (local.get $v))
        ;; An odd stride mod 1024 visits every i64 slot, but not in address order.
        (local.set $b (i32.add (i32.const 4096)
          (i32.shl (i32.and (i32.mul (local.get $i) (i32.const 7)) (i32.const 1023)) (i32.const 3))))
        (local.set $w (i64.xor (i64.load (local.get $b)) (i64.extend_i32_u (local.get $v))))
        (i64.store (local.get $b) (i64.add (i64.mul (local.get $w) (i64.const 3)) (i64.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    ;; Fold both arrays into the result so every store is observable.
    (local.set $a (i32.const 0))
    (block $summed
      (loop $sum_loop
        (br_if $summed (i32.ge_u (local.get $a) (i32.const 4096)))
        (local.set $sum (i64.add (local.get $sum) (i64.load32_u (local.get $a))))
        (local.set $sum (i64.xor (local.get $sum) (i64.load offset=4096 (i32.shl (local.get $a) (i32.const 1)))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (br $sum_loop)))
    (i32.wrap_i64 (i64.xor (local.get $sum) (i64.shr_u (local.get $sum) (i64.const 32))))))
