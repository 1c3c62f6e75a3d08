/// The portable matrix product: packed panels and a 6 x 16 register-blocked SIMD micro-kernel
/// (12 accumulators of 8 floats, FMA on AVX2 when built for x86-64-v3), in the blocking scheme of
/// GotoBLAS/BLIS. Row-major, transposes handled while packing.
///
/// Blocking: `k` in slices of `kc = 256` (a 16-column panel of B, 16 KB, stays in L1), rows of
/// `A` in blocks of `mc = 96` (96 KB of packed A in L2), columns of `B` in blocks of `nc = 2048`.
/// Single-threaded: `Gemm.multiply` hands each thread its own block of C (each packs its own panels).
enum SwiftGemm {
    static let mr = 6, nr = 16, kc = 256, mc = 96, nc = 2048

    /// C = alpha * op(A) * op(B) + beta * C on the calling thread (`Gemm.multiply` splits the
    /// work between threads).
    static func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                         a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                         beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        if k == 0 || alpha == 0 {
            scale(c, ldc: ldc, m: m, n: n, beta: beta)
            return
        }
        let packedB = UnsafeMutablePointer<Float>.allocate(capacity: kc * ((min(nc, n) + nr - 1) / nr * nr))
        let packedA = UnsafeMutablePointer<Float>.allocate(capacity: kc * ((mc + mr - 1) / mr * mr))
        defer {
            packedB.deallocate()
            packedA.deallocate()
        }
        var jc = 0
        while jc < n {
            let nb = min(nc, n - jc)
            var pc = 0
            while pc < k {
                let kb = min(kc, k - pc)
                packB(b, ldb: ldb, trans: transB, k0: pc, kb: kb, j0: jc, nb: nb, into: packedB)
                // The first k-slice applies beta; later slices accumulate.
                let betaHere: Float = pc == 0 ? beta : 1
                var ic = 0
                while ic < m {
                    let mb = min(mc, m - ic)
                    packA(a, lda: lda, trans: transA, i0: ic, mb: mb, k0: pc, kb: kb, into: packedA)
                    var jr = 0
                    while jr < nb {
                        let nCols = min(nr, nb - jr)
                        var ir = 0
                        while ir < mb {
                            let mRows = min(mr, mb - ir)
                            microKernel(kb: kb, a: packedA + ir * kb, b: packedB + jr * kb, alpha: alpha, beta: betaHere,
                                        c: c + (ic + ir) * ldc + jc + jr, ldc: ldc, rows: mRows, cols: nCols)
                            ir += mr
                        }
                        jr += nr
                    }
                    ic += mb
                }
                pc += kb
            }
            jc += nb
        }
    }

    private static func scale(_ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, beta: Float) {
        for i in 0..<m {
            for j in 0..<n { c[i * ldc + j] = beta == 0 ? 0 : beta * c[i * ldc + j] }
        }
    }

    /// Packs op(B)[k0..<k0+kb, j0..<j0+nb] into column panels of width nr: panel p holds
    /// `kb` rows of `nr` floats (zero-padded past nb).
    @inline(__always)
    private static func packB(_ b: UnsafePointer<Float>, ldb: Int, trans: Bool, k0: Int, kb: Int, j0: Int, nb: Int,
                              into packed: UnsafeMutablePointer<Float>) {
        var panel = 0
        while panel * nr < nb {
            let dst = packed + panel * nr * kb
            let cols = min(nr, nb - panel * nr)
            for p in 0..<kb {
                let row = dst + p * nr
                for j in 0..<nr {
                    if j < cols {
                        let col = j0 + panel * nr + j, kk = k0 + p
                        row[j] = trans ? b[col * ldb + kk] : b[kk * ldb + col]
                    } else {
                        row[j] = 0
                    }
                }
            }
            panel += 1
        }
    }

    /// Packs op(A)[i0..<i0+mb, k0..<k0+kb] into row panels of height mr: panel p holds `kb`
    /// columns of `mr` floats (zero-padded past mb).
    @inline(__always)
    private static func packA(_ a: UnsafePointer<Float>, lda: Int, trans: Bool, i0: Int, mb: Int, k0: Int, kb: Int,
                              into packed: UnsafeMutablePointer<Float>) {
        var panel = 0
        while panel * mr < mb {
            let dst = packed + panel * mr * kb
            let rows = min(mr, mb - panel * mr)
            for p in 0..<kb {
                for i in 0..<mr {
                    if i < rows {
                        let row = i0 + panel * mr + i, kk = k0 + p
                        dst[p * mr + i] = trans ? a[kk * lda + row] : a[row * lda + kk]
                    } else {
                        dst[p * mr + i] = 0
                    }
                }
            }
            panel += 1
        }
    }

    /// C[0..<rows, 0..<cols] = alpha * (A panel x B panel) + beta * C, accumulating a full
    /// 6 x 16 tile in registers.
    @inline(__always)
    private static func microKernel(kb: Int, a: UnsafeMutablePointer<Float>, b: UnsafeMutablePointer<Float>, alpha: Float,
                                    beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        var c40 = SIMD8<Float>(), c41 = SIMD8<Float>(), c50 = SIMD8<Float>(), c51 = SIMD8<Float>()
        var pa = a, pb = b
        for _ in 0..<kb {
            let b0 = pb.load8(0), b1 = pb.load8(8)
            var s = SIMD8<Float>(repeating: pa[0]); c00.addProduct(s, b0); c01.addProduct(s, b1)
            s = SIMD8<Float>(repeating: pa[1]); c10.addProduct(s, b0); c11.addProduct(s, b1)
            s = SIMD8<Float>(repeating: pa[2]); c20.addProduct(s, b0); c21.addProduct(s, b1)
            s = SIMD8<Float>(repeating: pa[3]); c30.addProduct(s, b0); c31.addProduct(s, b1)
            s = SIMD8<Float>(repeating: pa[4]); c40.addProduct(s, b0); c41.addProduct(s, b1)
            s = SIMD8<Float>(repeating: pa[5]); c50.addProduct(s, b0); c51.addProduct(s, b1)
            pa += mr
            pb += nr
        }
        storeRow(c, lo: c00, hi: c01, alpha: alpha, beta: beta, cols: cols)
        if rows > 1 { storeRow(c + ldc, lo: c10, hi: c11, alpha: alpha, beta: beta, cols: cols) }
        if rows > 2 { storeRow(c + 2 * ldc, lo: c20, hi: c21, alpha: alpha, beta: beta, cols: cols) }
        if rows > 3 { storeRow(c + 3 * ldc, lo: c30, hi: c31, alpha: alpha, beta: beta, cols: cols) }
        if rows > 4 { storeRow(c + 4 * ldc, lo: c40, hi: c41, alpha: alpha, beta: beta, cols: cols) }
        if rows > 5 { storeRow(c + 5 * ldc, lo: c50, hi: c51, alpha: alpha, beta: beta, cols: cols) }
    }

    /// Writes one row of a tile: `row = alpha * (lo, hi) + beta * row` over `cols` columns.
    @inline(__always)
    private static func storeRow(_ row: UnsafeMutablePointer<Float>, lo: SIMD8<Float>, hi: SIMD8<Float>, alpha: Float,
                                 beta: Float, cols: Int) {
        let alphaV = SIMD8<Float>(repeating: alpha)
        if cols == nr {
            if beta == 0 {
                row.store8(lo * alphaV, 0)
                row.store8(hi * alphaV, 8)
            } else {
                let betaV = SIMD8<Float>(repeating: beta)
                row.store8((lo * alphaV).addingProduct(row.load8(0), betaV), 0)
                row.store8((hi * alphaV).addingProduct(row.load8(8), betaV), 8)
            }
        } else {
            for j in 0..<cols {
                let value = alpha * (j < 8 ? lo[j] : hi[j - 8])
                row[j] = beta == 0 ? value : value + beta * row[j]
            }
        }
    }
}

extension SIMD8 where Scalar == Float {
    /// `self += a * b` (fused on FMA hardware).
    @inline(__always)
    mutating func addProduct(_ a: SIMD8<Float>, _ b: SIMD8<Float>) { self = self.addingProduct(a, b) }
}
