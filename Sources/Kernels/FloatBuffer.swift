/// An owned, 64-byte-aligned, zero-initialised array of `Float` that kernels address through raw
/// pointers. The one place this module allocates: parameters, gradients, optimizer moments and
/// activations each live in a `FloatBuffer` carved into named views.
///
/// `@unchecked Sendable`: kernels running on several threads write disjoint ranges of a buffer
/// (documented per kernel); the buffer itself is never reallocated after creation.
public final class FloatBuffer: @unchecked Sendable {
    /// Number of floats.
    public let count: Int
    /// Start of the storage.
    public let base: UnsafeMutablePointer<Float>

    /// Allocates `count` zeroed floats.
    public init(count: Int) {
        precondition(count >= 0, "negative buffer size")
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        base = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        base.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { UnsafeMutableRawPointer(base).deallocate() }

    /// A pointer to float `offset`.
    @inline(__always)
    public func pointer(at offset: Int) -> UnsafeMutablePointer<Float> {
        precondition(offset >= 0 && offset <= count, "offset \(offset) outside a buffer of \(count)")
        return base + offset
    }

    /// Sets every float to zero.
    public func zero() { base.update(repeating: 0, count: count) }

    /// Copies the contents into an array (for checkpoints and tests).
    public func toArray() -> [Float] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Copies `values` into the buffer starting at `offset`.
    public func copy(from values: UnsafeBufferPointer<Float>, at offset: Int = 0) {
        precondition(offset + values.count <= count, "copy past the end of the buffer")
        (base + offset).update(from: values.baseAddress!, count: values.count)
    }
}
