;; Integer ALU loop. The state $x stays odd through every step (odd multiplier, xors and adds of
;; even values), so counting its low bit yields exactly $iters while all the arithmetic stays live.
(module
  (func (export "run") (param $iters i32) (result i32)
    (local $x i32) (local $y i32) (local $count i32)
    (local.set $x (i32.const 1))
    (local.set $y (i32.const 0x12345678))
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $x (i32.mul (local.get $x) (i32.const 0x9E3779B1)))
        (local.set $x (i32.xor (local.get $x)
          (i32.shl (i32.shr_u (local.get $x) (i32.const 15)) (i32.const 1))))
        (local.set $x (i32.add (local.get $x) (i32.shl (local.get $x) (i32.const 2))))
        ;; A data-dependent compare feeds back into both values.
        (local.set $x (i32.add (local.get $x)
          (i32.shl (i32.gt_u (local.get $x) (local.get $y)) (i32.const 1))))
        (local.set $y (i32.xor (i32.add (local.get $y) (local.get $x)) (i32.shr_s (local.get $y) (i32.const 3))))
        (local.set $count (i32.add (local.get $count) (i32.and (local.get $x) (i32.const 1))))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $count)))
