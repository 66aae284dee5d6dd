;; Doubly recursive Fibonacci: a call-dominated kernel (two calls per activation).
(module
  (func $fib (param $n i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call $fib (i32.sub (local.get $n) (i32.const 1)))
          (call $fib (i32.sub (local.get $n) (i32.const 2)))))))

  ;; Recompute fib(n) every iteration and return the last result, so each pass does the full work.
  (func (export "run") (param $n i32) (param $iters i32) (result i32)
    (local $r i32)
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $r (call $fib (local.get $n)))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $r)))
