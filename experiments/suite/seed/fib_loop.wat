;; Iterative Fibonacci: a tight loop of local traffic and adds, no calls inside the hot loop.
(module
  (func $fib (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $t i32)
    (local.set $b (i32.const 1))
    (block $done
      (loop $step
        (br_if $done (i32.le_s (local.get $n) (i32.const 0)))
        (local.set $t (i32.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $step)))
    (local.get $a))

  (func (export "run") (param $n i32) (param $iters i32) (result i32)
    (local $r i32)
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $r (call $fib (local.get $n)))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $r)))
