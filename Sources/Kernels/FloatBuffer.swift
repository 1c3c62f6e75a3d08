import Foundation

/// An owned, 64-byte-aligned, zero-initialised array of `Float`: parameters, gradients, optimizer
/// moments and activations each live in one, carved into named `FloatView`s. With `FloatView`,
/// the one type of this module that holds a raw pointer; kernels take views and check their sizes.
///
/// Buffers of a megabyte or more are anonymous memory maps: the kernel hands out zeroed pages
/// when they are first written, so the parts of a buffer never written (the gradients of frozen
/// tensors) take no memory.
///
/// `@unchecked Sendable`: kernels running on several threads write disjoint ranges of a buffer
/// (documented per kernel); the storage is never reallocated after creation.
public final class FloatBuffer: @unchecked Sendable {
    /// Number of floats.
    public let count: Int
    /// Start of the storage (internal: reached through views).
    let base: UnsafeMutablePointer<Float>
    /// Bytes mapped with `mmap` (0: allocated on the heap).
    private let mappedBytes: Int

    /// Buffers at least this large (bytes) are memory maps.
    static let mappingThreshold = 1 << 20

    /// Allocates `count` zeroed floats.
    public init(count: Int) {
        precondition(count >= 0, "negative buffer size")
        self.count = count
        let bytes = max(count, 1) * MemoryLayout<Float>.stride
        if bytes >= Self.mappingThreshold, let mapped = Self.mapZeroedPages(bytes) {
            mappedBytes = bytes
            base = mapped.bindMemory(to: Float.self, capacity: count)
            return
        }
        mappedBytes = 0
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        base = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        base.initialize(repeating: 0, count: max(count, 1))
    }

    /// Zero-filled, page-aligned anonymous memory of `bytes` bytes, resident only once written
    /// (nil when the system refuses the map).
    private static func mapZeroedPages(_ bytes: Int) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        guard let pointer = mmap(nil, bytes, PROT_READ | PROT_WRITE, flags, -1, 0),
              pointer != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        return pointer
    }

    /// A buffer holding `values`.
    public convenience init(_ values: [Float]) {
        self.init(count: values.count)
        copy(from: values)
    }

    deinit {
        if mappedBytes > 0 {
            munmap(UnsafeMutableRawPointer(base), mappedBytes)
        } else {
            UnsafeMutableRawPointer(base).deallocate()
        }
    }

    /// The whole buffer as a view.
    public var all: FloatView { FloatView(buffer: self, offset: 0, count: count) }

    /// The `count` floats starting at `offset`.
    public func view(_ offset: Int, _ count: Int) -> FloatView {
        precondition(offset >= 0 && count >= 0 && offset + count <= self.count, "view \(offset)..<\(offset + count) outside a buffer of \(self.count)")
        return FloatView(buffer: self, offset: offset, count: count)
    }

    /// Float `index`.
    public subscript(index: Int) -> Float {
        get {
            precondition(index >= 0 && index < count, "index \(index) outside a buffer of \(count)")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "index \(index) outside a buffer of \(count)")
            base[index] = newValue
        }
    }

    /// Sets every float to zero.
    public func zero() { base.update(repeating: 0, count: count) }

    /// The contents as an array.
    public func toArray() -> [Float] { all.toArray() }

    /// Copies `values` into the buffer starting at `offset`.
    public func copy(from values: [Float], at offset: Int = 0) { view(offset, values.count).copy(from: values) }

    /// Runs `body` on the raw storage: for the package's message-passing layer (`DataParallel`),
    /// which hands whole buffers to MPI. Nothing else should need it.
    package func withUnsafeStorage<R>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> R) rethrows -> R {
        try body(UnsafeMutableBufferPointer(start: base, count: count))
    }
}

/// `count` consecutive floats of a `FloatBuffer`: a tensor, a slice of the parameters, a region
/// of the activation arena. What kernels take, so every size is checked once per call.
public struct FloatView: Sendable {
    /// The buffer.
    public let buffer: FloatBuffer
    /// First float, in the buffer.
    public let offset: Int
    /// Number of floats.
    public let count: Int

    /// The floats `offset..<offset + count` of this view.
    public func view(_ offset: Int, _ count: Int) -> FloatView {
        precondition(offset >= 0 && count >= 0 && offset + count <= self.count, "view \(offset)..<\(offset + count) outside a view of \(self.count)")
        return FloatView(buffer: buffer, offset: self.offset + offset, count: count)
    }

    /// Float `index` of the view.
    public subscript(index: Int) -> Float {
        get { buffer[offset + checked(index)] }
        nonmutating set { buffer[offset + checked(index)] = newValue }
    }

    /// The contents as an array.
    public func toArray() -> [Float] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

    /// Overwrites the view with `values` (of the view's size).
    public func copy(from values: [Float]) {
        precondition(values.count == count, "copying \(values.count) values into a view of \(count)")
        values.withUnsafeBufferPointer { if let source = $0.baseAddress { pointer.update(from: source, count: count) } }
    }

    /// Sets every float to `value`.
    public func fill(_ value: Float) { pointer.update(repeating: value, count: count) }

    /// Whether every value is bitwise equal to `other`'s.
    public func bitwiseEqual(_ other: FloatView) -> Bool {
        count == other.count && memcmp(pointer, other.pointer, count * MemoryLayout<Float>.stride) == 0
    }

    /// The values as little-endian float32 bytes (for files).
    public var littleEndianBytes: Data {
        #if _endian(little)
        return Data(bytes: pointer, count: count * MemoryLayout<Float>.stride)
        #else
        return Data(toArray().flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) })
        #endif
    }

    /// Start of the view (kernels only).
    var pointer: UnsafeMutablePointer<Float> { buffer.base + offset }

    /// The view's start, checked to hold at least `needed` floats (kernels only).
    func pointer(holding needed: Int, _ name: StaticString) -> UnsafeMutablePointer<Float> {
        precondition(count >= needed, "\(name) holds \(count) floats, the kernel needs \(needed)")
        return pointer
    }

    private func checked(_ index: Int) -> Int {
        precondition(index >= 0 && index < count, "index \(index) outside a view of \(count)")
        return index
    }
}
