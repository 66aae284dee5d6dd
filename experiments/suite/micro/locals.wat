;; Local-variable traffic: eight live locals updated through local.tee and then rotated one
;; place each iteration, so nearly every instruction is a local.get, local.set or local.tee.
(module
  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $t i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2))
    (local.set $c (i32.const 3)) (local.set $d (i32.const 4))
    (local.set $e (i32.const 5)) (local.set $f (i32.const 6))
    (local.set $g (i32.const 7)) (local.set $h (i32.const 8))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (local.set $a (i32.add (local.get $a) (local.tee $h (i32.xor (local.get $h) (local.get $i)))))
        (local.set $b (i32.sub (local.get $b) (local.tee $g (i32.add (local.get $g) (local.get $a)))))
        (local.set $c (i32.xor (local.get $c) (local.tee $f (i32.rotl (local.get $f) (local.get $b)))))
        (local.set $d (i32.add (local.get $d) (local.tee $e (i32.xor (local.get $e) (local.get $c)))))
        (local.set $t (local.get $a))
        (local.set $a (local.get $b))
        (local.set $b (local.get $c))
        (local.set $c (local.get $d))
        (local.set $d (local.get $e))
        (local.set $e (local.get $f))
        (local.set $f (local.get $g))
        (local.set $g (local.get $h))
        (local.set $h (local.get $t))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    (i32.xor
      (i32.xor (i32.xor (local.get $a) (local.get $b)) (i32.xor (local.get $c) (local.get $d)))
      (i32.xor (i32.xor (local.get $e) (local.get $f)) (i32.xor (local.get $g) (local.get $h))))))
