;; Direct calls of a small leaf function; the loop body is little more than the call itself.
(module
  (func $mix (param $acc i32) (param $i i32) (result i32)
    (i32.mul (i32.xor (local.get $acc) (local.get $i)) (i32.const 0x01000193)))

  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $acc i32)
    (local.set $acc (i32.const 0x811C9DC5))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (local.set $acc (call $mix (local.get $acc) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    (local.get $acc)))
