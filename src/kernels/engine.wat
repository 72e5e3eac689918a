;; The engine's kernels as WebAssembly SIMD, over arrays that the engine lays out in the imported memory (see
;; src/kernels/wasm.ts): the integer sums of uint8 embedding rows (`bag`) and one tower's dense layers (`tower`:
;; the hidden layer with relu, then the small output layer, in float64).
;; Compiled at build time by scripts/build-wasm.mjs with wabt (the WebAssembly Binary Toolkit as JS).
;;
;; Exactness: every h[k] is computed as the scalar JS path does it, h[k] = hb[k], then for i = 0, 1, ... in
;; order, skipping x[i] == 0 (+0 and -0, as JS `xi === 0`), h[k] = h[k] + x[i] * hk[i*hidden + k]. f64x2
;; lanes are independent IEEE float64 multiplies and adds (WebAssembly never fuses them), so vectorising over
;; k gives the same bits. The output layer is a plain scalar float64 loop in the JS order.
(module
  (import "env" "memory" (memory 1))

  ;; h[k .. k+8) for k = $k: four f64x2 accumulators held across the whole pass over i.
  (func $block8 (param $x i32) (param $xend i32) (param $p i32) (param $stride i32) (param $hb i32) (param $h i32)
    (local $xi f64) (local $v v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $a0 (v128.load offset=0 (local.get $hb)))
    (local.set $a1 (v128.load offset=16 (local.get $hb)))
    (local.set $a2 (v128.load offset=32 (local.get $hb)))
    (local.set $a3 (v128.load offset=48 (local.get $hb)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $x) (local.get $xend)))
        (local.set $xi (f64.load (local.get $x)))
        (if (f64.ne (local.get $xi) (f64.const 0))
          (then
            (local.set $v (f64x2.splat (local.get $xi)))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $v) (v128.load offset=0 (local.get $p)))))
            (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $v) (v128.load offset=16 (local.get $p)))))
            (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $v) (v128.load offset=32 (local.get $p)))))
            (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $v) (v128.load offset=48 (local.get $p)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (br $rows)))
    (v128.store offset=0 (local.get $h) (local.get $a0))
    (v128.store offset=16 (local.get $h) (local.get $a1))
    (v128.store offset=32 (local.get $h) (local.get $a2))
    (v128.store offset=48 (local.get $h) (local.get $a3)))

  ;; h[k .. k+2) for k = $k.
  (func $block2 (param $x i32) (param $xend i32) (param $p i32) (param $stride i32) (param $hb i32) (param $h i32)
    (local $xi f64) (local $a v128)
    (local.set $a (v128.load (local.get $hb)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $x) (local.get $xend)))
        (local.set $xi (f64.load (local.get $x)))
        (if (f64.ne (local.get $xi) (f64.const 0))
          (then
            (local.set $a (f64x2.add (local.get $a) (f64x2.mul (f64x2.splat (local.get $xi)) (v128.load (local.get $p)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (br $rows)))
    (v128.store (local.get $h) (local.get $a)))

  ;; h[k] for k = $k (the last one when hidden is odd).
  (func $block1 (param $x i32) (param $xend i32) (param $p i32) (param $stride i32) (param $hb i32) (param $h i32)
    (local $xi f64) (local $a f64)
    (local.set $a (f64.load (local.get $hb)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $x) (local.get $xend)))
        (local.set $xi (f64.load (local.get $x)))
        (if (f64.ne (local.get $xi) (f64.const 0))
          (then
            (local.set $a (f64.add (local.get $a) (f64.mul (local.get $xi) (f64.load (local.get $p)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (br $rows)))
    (f64.store (local.get $h) (local.get $a)))

  ;; acc[e] += sum over r < n of table[rows[r]*dim + e], e < dim: the integer sums of quantised uint8 embedding rows
  ;; (exact in any order). rows holds int32 row indices; acc int32; dims in chunks of 16 and 8 with i32x4 sums held
  ;; across all rows, the rest scalar.
  (func (export "bag") (param $rows i32) (param $n i32) (param $table i32) (param $dim i32) (param $acc i32)
    (local $end i32) (local $e i32) (local $p i32) (local $q i32) (local $s i32) (local $v v128) (local $w v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $end (i32.add (local.get $rows) (i32.shl (local.get $n) (i32.const 2))))
    (block $done16
      (loop $e16
        (br_if $done16 (i32.gt_u (i32.add (local.get $e) (i32.const 16)) (local.get $dim)))
        (local.set $a0 (v128.const i32x4 0 0 0 0))
        (local.set $a1 (v128.const i32x4 0 0 0 0))
        (local.set $a2 (v128.const i32x4 0 0 0 0))
        (local.set $a3 (v128.const i32x4 0 0 0 0))
        (local.set $q (i32.add (local.get $table) (local.get $e)))
        (local.set $p (local.get $rows))
        (block $dr
          (loop $r
            (br_if $dr (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $v (v128.load (i32.add (local.get $q) (i32.mul (i32.load (local.get $p)) (local.get $dim)))))
            (local.set $w (i16x8.extend_low_i8x16_u (local.get $v)))
            (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_u (local.get $w))))
            (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_u (local.get $w))))
            (local.set $w (i16x8.extend_high_i8x16_u (local.get $v)))
            (local.set $a2 (i32x4.add (local.get $a2) (i32x4.extend_low_i16x8_u (local.get $w))))
            (local.set $a3 (i32x4.add (local.get $a3) (i32x4.extend_high_i16x8_u (local.get $w))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $r)))
        (local.set $q (i32.add (local.get $acc) (i32.shl (local.get $e) (i32.const 2))))
        (v128.store offset=0 (local.get $q) (i32x4.add (v128.load offset=0 (local.get $q)) (local.get $a0)))
        (v128.store offset=16 (local.get $q) (i32x4.add (v128.load offset=16 (local.get $q)) (local.get $a1)))
        (v128.store offset=32 (local.get $q) (i32x4.add (v128.load offset=32 (local.get $q)) (local.get $a2)))
        (v128.store offset=48 (local.get $q) (i32x4.add (v128.load offset=48 (local.get $q)) (local.get $a3)))
        (local.set $e (i32.add (local.get $e) (i32.const 16)))
        (br $e16)))
    (block $done8
      (loop $e8
        (br_if $done8 (i32.gt_u (i32.add (local.get $e) (i32.const 8)) (local.get $dim)))
        (local.set $a0 (v128.const i32x4 0 0 0 0))
        (local.set $a1 (v128.const i32x4 0 0 0 0))
        (local.set $q (i32.add (local.get $table) (local.get $e)))
        (local.set $p (local.get $rows))
        (block $dr
          (loop $r
            (br_if $dr (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $w (i16x8.extend_low_i8x16_u
              (v128.load64_zero (i32.add (local.get $q) (i32.mul (i32.load (local.get $p)) (local.get $dim))))))
            (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_u (local.get $w))))
            (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_u (local.get $w))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $r)))
        (local.set $q (i32.add (local.get $acc) (i32.shl (local.get $e) (i32.const 2))))
        (v128.store offset=0 (local.get $q) (i32x4.add (v128.load offset=0 (local.get $q)) (local.get $a0)))
        (v128.store offset=16 (local.get $q) (i32x4.add (v128.load offset=16 (local.get $q)) (local.get $a1)))
        (local.set $e (i32.add (local.get $e) (i32.const 8)))
        (br $e8)))
    (block $done1
      (loop $e1
        (br_if $done1 (i32.ge_u (local.get $e) (local.get $dim)))
        (local.set $s (i32.const 0))
        (local.set $q (i32.add (local.get $table) (local.get $e)))
        (local.set $p (local.get $rows))
        (block $dr
          (loop $r
            (br_if $dr (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $s (i32.add (local.get $s)
              (i32.load8_u (i32.add (local.get $q) (i32.mul (i32.load (local.get $p)) (local.get $dim))))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $r)))
        (local.set $q (i32.add (local.get $acc) (i32.shl (local.get $e) (i32.const 2))))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (local.get $s)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        (br $e1))))

  ;; One tower: h = hb + x . hk (inSize x hidden, row-major), then out[c] = ob[c] + sum over k with h[k] > 0
  ;; of h[k] * ok[k*outs + c]. All pointers are byte offsets of float64 arrays.
  (func (export "tower")
    (param $x i32) (param $inSize i32) (param $hk i32) (param $hb i32) (param $h i32) (param $hidden i32)
    (param $ok i32) (param $ob i32) (param $outs i32) (param $out i32)
    (local $xend i32) (local $stride i32) (local $k i32) (local $c i32) (local $s f64) (local $hv f64)
    (local.set $xend (i32.add (local.get $x) (i32.shl (local.get $inSize) (i32.const 3))))
    (local.set $stride (i32.shl (local.get $hidden) (i32.const 3)))
    (block $end8
      (loop $k8
        (br_if $end8 (i32.gt_u (i32.add (local.get $k) (i32.const 8)) (local.get $hidden)))
        (call $block8 (local.get $x) (local.get $xend)
          (i32.add (local.get $hk) (i32.shl (local.get $k) (i32.const 3))) (local.get $stride)
          (i32.add (local.get $hb) (i32.shl (local.get $k) (i32.const 3)))
          (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $k (i32.add (local.get $k) (i32.const 8)))
        (br $k8)))
    (block $end2
      (loop $k2
        (br_if $end2 (i32.gt_u (i32.add (local.get $k) (i32.const 2)) (local.get $hidden)))
        (call $block2 (local.get $x) (local.get $xend)
          (i32.add (local.get $hk) (i32.shl (local.get $k) (i32.const 3))) (local.get $stride)
          (i32.add (local.get $hb) (i32.shl (local.get $k) (i32.const 3)))
          (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $k (i32.add (local.get $k) (i32.const 2)))
        (br $k2)))
    (if (i32.lt_u (local.get $k) (local.get $hidden))
      (then
        (call $block1 (local.get $x) (local.get $xend)
          (i32.add (local.get $hk) (i32.shl (local.get $k) (i32.const 3))) (local.get $stride)
          (i32.add (local.get $hb) (i32.shl (local.get $k) (i32.const 3)))
          (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 3))))))
    ;; Output layer, scalar, in the JS order.
    (block $endc
      (loop $cs
        (br_if $endc (i32.ge_u (local.get $c) (local.get $outs)))
        (local.set $s (f64.load (i32.add (local.get $ob) (i32.shl (local.get $c) (i32.const 3)))))
        (local.set $k (i32.const 0))
        (block $endk
          (loop $ks
            (br_if $endk (i32.ge_u (local.get $k) (local.get $hidden)))
            (local.set $hv (f64.load (i32.add (local.get $h) (i32.shl (local.get $k) (i32.const 3)))))
            (if (f64.gt (local.get $hv) (f64.const 0))
              (then
                (local.set $s (f64.add (local.get $s) (f64.mul (local.get $hv)
                  (f64.load (i32.add (local.get $ok)
                    (i32.shl (i32.add (i32.mul (local.get $k) (local.get $outs)) (local.get $c)) (i32.const 3)))))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks)))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 3))) (local.get $s))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $cs)))))
