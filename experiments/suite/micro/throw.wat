;; The cost of a throw: `run(iters)` throws `iters` exceptions, each from 10
;; frames below its handler, and sums their payloads.
(module
  (tag $e (param i32))
  (func $dive (param $n i32) (param $v i32)
    (if (i32.eqz (local.get $n))
      (then (throw $e (local.get $v))))
    (call $dive (i32.sub (local.get $n) (i32.const 1)) (local.get $v)))
  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop $next
      (local.set $sum
        (i32.add (local.get $sum)
          (block $caught (result i32)
            (try_table (catch $e $caught)
              (call $dive (i32.const 10) (local.get $i)))
            (i32.const 0))))
      (local.tee $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $iters))))
    (local.get $sum)))
