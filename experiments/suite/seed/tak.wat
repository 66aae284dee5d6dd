;; Takeuchi function: deep, irregular recursion with three arguments per call.
(module
  (func $tak (param $x i32) (param $y i32) (param $z i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $y) (local.get $x))
      (then
        (call $tak
          (call $tak (i32.sub (local.get $x) (i32.const 1)) (local.get $y) (local.get $z))
          (call $tak (i32.sub (local.get $y) (i32.const 1)) (local.get $z) (local.get $x))
          (call $tak (i32.sub (local.get $z) (i32.const 1)) (local.get $x) (local.get $y))))
      (else (local.get $z))))

  (func (export "run") (param $x i32) (param $y i32) (param $z i32) (param $iters i32) (result i32)
    (local $r i32)
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $r (call $tak (local.get $x) (local.get $y) (local.get $z)))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $r)))
