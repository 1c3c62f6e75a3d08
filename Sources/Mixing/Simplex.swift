/// Operations that keep mixture weights on the probability simplex.
public enum Simplex {
    /// Scales non-negative `values` to sum to one. Returns nil when the sum is not positive and
    /// finite (all zero, or overflowed).
    public static func normalize(_ values: [Double]) -> [Double]? {
        let total = values.reduce(0, +)
        guard total > 0, total.isFinite else { return nil }
        return values.map { $0 / total }
    }

    /// Mixes in the uniform distribution: `(1 - c) * w + c / k`.
    public static func smooth(_ weights: [Double], toward c: Double) -> [Double] {
        guard c > 0 else { return weights }
        let k = Double(weights.count)
        return weights.map { (1 - c) * $0 + c / k }
    }

    /// Raises every weight to at least `floor` and takes the mass proportionally from the
    /// weights above it, so the result still sums to one. Requires `floor * k <= 1`.
    public static func applyFloor(_ weights: [Double], floor: Double) -> [Double] {
        guard floor > 0 else { return weights }
        var pinned = Set<Int>()
        while true {
            let free = weights.indices.filter { !pinned.contains($0) }
            let freeMass = 1 - Double(pinned.count) * floor
            let freeTotal = free.reduce(0) { $0 + weights[$1] }
            let result = weights.indices.map { i -> Double in
                if pinned.contains(i) { return floor }
                return freeTotal > 0 ? weights[i] / freeTotal * freeMass : freeMass / Double(free.count)
            }
            // The largest free weight is never below the floor, so this ends within k rounds.
            let below = free.filter { result[$0] < floor }
            if below.isEmpty { return result }
            pinned.formUnion(below)
        }
    }

    /// Whether `weights` is a point of the simplex within `tolerance`.
    public static func contains(_ weights: [Double], tolerance: Double = 1e-9) -> Bool {
        weights.allSatisfy { $0.isFinite && $0 >= 0 } && abs(weights.reduce(0, +) - 1) <= tolerance
    }
}
