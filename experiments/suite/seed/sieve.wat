;; Sieve of Eratosthenes over a byte array at address 0: byte loads and stores in nested loops.
(module
  (memory 1)

  (func $sieve (param $limit i32) (result i32)
    (local $i i32) (local $j i32) (local $count i32)
    ;; Clear the flags every pass: the previous pass left them set.
    (local.set $i (i32.const 0))
    (block $cleared
      (loop $clear
        (br_if $cleared (i32.ge_u (local.get $i) (local.get $limit)))
        (i32.store8 (local.get $i) (i32.const 0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $clear)))
    (local.set $i (i32.const 2))
    (block $marked
      (loop $outer
        (br_if $marked (i32.ge_u (i32.mul (local.get $i) (local.get $i)) (local.get $limit)))
        (if (i32.eqz (i32.load8_u (local.get $i)))
          (then
            (local.set $j (i32.mul (local.get $i) (local.get $i)))
            (block $inner_done
              (loop $inner
                (br_if $inner_done (i32.ge_u (local.get $j) (local.get $limit)))
                (i32.store8 (local.get $j) (i32.const 1))
                (local.set $j (i32.add (local.get $j) (local.get $i)))
                (br $inner)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (local.set $i (i32.const 2))
    (block $counted
      (loop $count_loop
        (br_if $counted (i32.ge_u (local.get $i) (local.get $limit)))
        (local.set $count (i32.add (local.get $count) (i32.eqz (i32.load8_u (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count_loop)))
    (local.get $count))

  (func (export "run") (param $limit i32) (param $iters i32) (result i32)
    (local $r i32) (local $pages i32)
    ;; Grow once if the flags do not fit (one byte per number below $limit).
    (local.set $pages (i32.shr_u (i32.add (local.get $limit) (i32.const 0xFFFF)) (i32.const 16)))
    (if (i32.gt_u (local.get $pages) (memory.size))
      (then (if (i32.eq (memory.grow (i32.sub (local.get $pages) (memory.size))) (i32.const -1))
        (then (unreachable)))))
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $iters) (i32.const 0)))
        (local.set $r (call $sieve (local.get $limit)))
        (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
        (br $again)))
    (local.get $r)))
