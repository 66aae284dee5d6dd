;; Euclid's algorithm by remainder: exercises i32.rem_u, which interpreters must guard against
;; division by zero.
(module
  (func $gcd (param $a i32) (param $b i32) (result i32)
    (local $t i32)
    (block $done
      (loop $step
        (br_if $done (i32.eqz (local.get $b)))
        (local.set $t (i32.rem_u (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (br $step)))
    (local.get $a))

  (func (export "run") (param $a i32) (param $b i32) (param $iters i32) (result i32)
    (local $r i32)
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $r (call $gcd (local.get $a) (local.get $b)))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $r)))
