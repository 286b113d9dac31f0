;; The linear-scan kernels assembled by build-scan-wasm.ts, in text form for reading (the script is
;; the source of truth; keep them in step). First the SIMD kernel (needs i8x16.popcnt), then the
;; scalar one.
(module
  (import "env" "memory" (memory 1))
  (func (export "scan")
    (param $q i32) (param $p i32) (param $groups i32) (param $maxd i32) (param $out i32) (param $cap i32)
    (result i32)
    (local $q0 v128) (local $q1 v128) (local $thr v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $ab v128) (local $cd v128) (local $m v128)
    (local $g i32) (local $n i32)
    (local.set $q0 (v128.load (local.get $q)))
    (local.set $q1 (v128.load offset=16 (local.get $q)))
    (local.set $thr (i32x4.splat (local.get $maxd)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        ;; per-byte popcount of hash XOR query, the two 16-byte halves added (<= 16 per byte)
        (local.set $a (i8x16.add
          (i8x16.popcnt (v128.xor (v128.load (local.get $p)) (local.get $q0)))
          (i8x16.popcnt (v128.xor (v128.load offset=16 (local.get $p)) (local.get $q1)))))
        ;; ... $b, $c, $d the same at offsets 32, 64, 96
        ;; transpose-and-add: $ab = evens(a||b) + odds(a||b); $cd likewise; then once more, so
        ;; lanes 4h..4h+3 belong to hash h; two pairwise widenings give one i32 lane per hash.
        (local.set $m (i32x4.le_u
          (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u
            (i8x16.add
              (i8x16.shuffle 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 (local.get $ab) (local.get $cd))
              (i8x16.shuffle 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 31 (local.get $ab) (local.get $cd)))))
          (local.get $thr)))
        (if (v128.any_true (local.get $m))
          (then
            (i32.store (local.get $out) (local.get $g))
            (i32.store offset=4 (local.get $out) (i32x4.bitmask (local.get $m)))
            (local.set $out (i32.add (local.get $out) (i32.const 8)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (br_if $done (i32.eq (local.get $n) (local.get $cap)))))
        (local.set $p (i32.add (local.get $p) (i32.const 128)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next)))
    (local.get $n)))

;; The scalar kernel (the default; a separate module so engines without SIMD can run it): same
;; signature and output, native 64-bit popcounts, second half read only when the first is close.
(module
  (import "env" "memory" (memory 1))
  (func (export "scan")
    (param $q i32) (param $p i32) (param $groups i32) (param $maxd i32) (param $out i32) (param $cap i32)
    (result i32)
    (local $q0 i64) (local $q1 i64) (local $q2 i64) (local $q3 i64)
    (local $g i32) (local $n i32) (local $m i32) (local $d i32)
    (local.set $q0 (i64.load (local.get $q)))
    ;; ... $q1, $q2, $q3 at offsets 8, 16, 24
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $g) (local.get $groups)))
        (local.set $m (i32.const 0))
        ;; for each hash k = 0..3 of the group (unrolled; k = 0 shown):
        (local.set $d (i32.wrap_i64 (i64.add
          (i64.popcnt (i64.xor (i64.load (local.get $p)) (local.get $q0)))
          (i64.popcnt (i64.xor (i64.load offset=8 (local.get $p)) (local.get $q1))))))
        (if (i32.le_u (local.get $d) (local.get $maxd))
          (then
            (if (i32.le_u
                  (i32.add (local.get $d) (i32.wrap_i64 (i64.add
                    (i64.popcnt (i64.xor (i64.load offset=16 (local.get $p)) (local.get $q2)))
                    (i64.popcnt (i64.xor (i64.load offset=24 (local.get $p)) (local.get $q3))))))
                  (local.get $maxd))
              (then (local.set $m (i32.or (local.get $m) (i32.const 1)))))))
        (if (local.get $m)
          (then
            (i32.store (local.get $out) (local.get $g))
            (i32.store offset=4 (local.get $out) (local.get $m))
            (local.set $out (i32.add (local.get $out) (i32.const 8)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (br_if $done (i32.eq (local.get $n) (local.get $cap)))))
        (local.set $p (i32.add (local.get $p) (i32.const 128)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $next)))
    (local.get $n)))
