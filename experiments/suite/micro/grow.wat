;; memory.grow one page at a time: the cost of growing a linear memory (a copy of
;; the whole memory on each growth where memory is a plain heap buffer; a
;; permission change where it is a reservation). Each new page is written once.
;; run(pages) grows a 1-page memory `pages` times and returns the sum of the
;; sizes memory.grow reported, so a failed growth (-1) shows in the result.
(module
  (memory 1)
  (func (export "run") (param $pages i32) (result i32)
    (local $i i32) (local $old i32) (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $pages)))
        (local.set $old (memory.grow (i32.const 1)))
        (local.set $sum (i32.add (local.get $sum) (local.get $old)))
        ;; touch the new page
        (i32.store8 (i32.shl (local.get $old) (i32.const 16)) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum)))
