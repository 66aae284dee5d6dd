;; A switch-dispatch loop: one br_table over eight cases per iteration. The next case is a hash
;; of the accumulator and the counter, so targets are spread evenly and hard to predict (a hash
;; of the accumulator alone can settle into a fixed point).
(module
  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $acc i32) (local $s i32)
    (local.set $acc (i32.const 0x2545F491))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (block $next
          (block $c7 (block $c6 (block $c5 (block $c4 (block $c3 (block $c2 (block $c1 (block $c0
            (br_table $c0 $c1 $c2 $c3 $c4 $c5 $c6 $c7 (local.get $s)))
            (local.set $acc (i32.add (local.get $acc) (local.get $i)))
            (br $next))
            (local.set $acc (i32.xor (local.get $acc) (i32.shl (local.get $i) (i32.const 3))))
            (br $next))
            (local.set $acc (i32.mul (local.get $acc) (i32.const 5)))
            (br $next))
            (local.set $acc (i32.sub (local.get $acc) (i32.const 0x01234567)))
            (br $next))
            (local.set $acc (i32.rotl (local.get $acc) (i32.const 7)))
            (br $next))
            (local.set $acc (i32.xor (local.get $acc) (i32.shr_u (local.get $acc) (i32.const 11))))
            (br $next))
            (local.set $acc (i32.add (local.get $acc) (i32.shl (local.get $acc) (i32.const 4))))
            (br $next))
          (local.set $acc (i32.add (i32.xor (local.get $acc) (i32.const -1)) (local.get $i))))
        (local.set $s (i32.shr_u
          (i32.mul (i32.xor (local.get $acc) (local.get $i)) (i32.const 0x9E3779B1)) (i32.const 29)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    (local.get $acc)))
