;; Calls through a table of four same-typed functions; the callee changes every iteration, so
;; the signature check and target lookup cannot be cached per call site.
(module
  (type $op (func (param i32 i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) $add $xor $mul $sub)

  (func $add (type $op) (i32.add (local.get 0) (local.get 1)))
  (func $xor (type $op) (i32.xor (local.get 0) (local.get 1)))
  (func $mul (type $op) (i32.mul (local.get 0) (i32.or (local.get 1) (i32.const 1))))
  (func $sub (type $op) (i32.sub (local.get 0) (local.get 1)))

  (func (export "run") (param $iters i32) (result i32)
    (local $i i32) (local $acc i32)
    (local.set $acc (i32.const 1))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $iters)))
        (local.set $acc
          (call_indirect (type $op)
            (local.get $acc) (local.get $i) (i32.and (local.get $i) (i32.const 3))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    (local.get $acc)))
