import Artifacts
import Common
import Kernels

/// LoRA adapters of a Llama model (Hu et al. 2021): for each adapted projection `W` (OC, C) of
/// each adapted block, `A` (r, C) and `B` (OC, r), so the projection computes
/// `W x + (alpha / r) B A x` with `W` frozen. All adapters live in one flat parameter buffer (and
/// one gradient buffer) named as PEFT saves them
/// (`base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight`, then `lora_B`), block by
/// block, projections in block order.
///
/// Initialised as PEFT does: `A` uniform in ±1/sqrt(C) (Kaiming-uniform with a = sqrt(5)), `B`
/// zero, so the adapted model starts as the base model.
public final class LoRAAdapters {
    /// Rank, alpha, projections and blocks.
    public struct Configuration: Sendable, Hashable {
        /// The rank r.
        public var rank: Int
        /// alpha: the update is scaled by alpha / r.
        public var alpha: Double
        /// The adapted projections, in block order.
        public var targets: [LlamaProjection]
        /// The adapted blocks, ascending.
        public var blocks: [Int]

        /// Creates a configuration.
        public init(rank: Int, alpha: Double, targets: [LlamaProjection], blocks: [Int]) {
            self.rank = rank
            self.alpha = alpha
            self.targets = LlamaProjection.allCases.filter(targets.contains)
            self.blocks = Array(Set(blocks)).sorted()
        }

        /// The factor alpha / r of the update.
        public var scale: Float { Float(alpha / Double(rank)) }
    }

    /// One adapter: its projection, block and tensors.
    public struct Adapter: Sendable {
        /// The projection adapted.
        public var projection: LlamaProjection
        /// Its block.
        public var block: Int
        /// `lora_A` (r, C).
        public var a: ParameterTensor
        /// `lora_B` (OC, r).
        public var b: ParameterTensor
        /// The base weight's `state_dict` name (`model.layers.0.self_attn.q_proj.weight`).
        public var baseName: String
        /// C: the projection's input width.
        public var inChannels: Int { a.shape[1] }
        /// OC: the projection's output width.
        public var outChannels: Int { b.shape[0] }
    }

    /// The configuration.
    public let configuration: Configuration
    /// Every adapter, block by block, projections in block order.
    public let adapters: [Adapter]
    /// The tensors (A then B of each adapter), in buffer order.
    public let tensors: [ParameterTensor]
    /// All adapter parameters.
    public let parameters: FloatBuffer
    /// Their gradients.
    public let gradients: FloatBuffer
    private let index: [Int: Int]
    private var scratchBuffer: FloatBuffer?

    /// Creates adapters for a model of shape `config`, A drawn from `seed`, B zero.
    /// - Throws: `TrainingError.invalidConfig` for a rank below 1, no projections, or a block
    ///   outside the model.
    public init(configuration: Configuration, model config: LlamaConfig, seed: UInt64) throws(TrainingError) {
        guard configuration.rank >= 1 else { throw .invalidConfig("lora_rank must be at least 1, got \(configuration.rank)") }
        guard !configuration.targets.isEmpty else { throw .invalidConfig("lora_targets: name at least one projection") }
        if let bad = configuration.blocks.first(where: { !(0..<config.layers).contains($0) }) {
            throw .invalidConfig("LoRA block \(bad) is outside the model's \(config.layers) blocks")
        }
        self.configuration = configuration
        let r = configuration.rank, C = config.hiddenSize, F = config.intermediateSize
        let q = config.heads * config.headDim, kv = config.kvHeads * config.headDim
        var adapters: [Adapter] = [], tensors: [ParameterTensor] = []
        var offset = 0
        func add(_ name: String, _ shape: [Int]) -> ParameterTensor {
            let tensor = ParameterTensor(name: name, shape: shape, offset: offset)
            offset += tensor.count
            tensors.append(tensor)
            return tensor
        }
        for l in configuration.blocks {
            for projection in configuration.targets {
                let (input, output): (Int, Int)
                switch projection {
                case .q: (input, output) = (C, q)
                case .k, .v: (input, output) = (C, kv)
                case .o: (input, output) = (q, C)
                case .gate, .up: (input, output) = (C, F)
                case .down: (input, output) = (F, C)
                }
                let module = "model.layers.\(l).\(projection.module)"
                let a = add("base_model.model.\(module).lora_A.weight", [r, input])
                let b = add("base_model.model.\(module).lora_B.weight", [output, r])
                adapters.append(Adapter(projection: projection, block: l, a: a, b: b, baseName: module + ".weight"))
            }
        }
        self.adapters = adapters
        self.tensors = tensors
        index = Dictionary(uniqueKeysWithValues: adapters.enumerated().map { (Self.key($1.block, $1.projection), $0) })
        parameters = FloatBuffer(count: offset)
        gradients = FloatBuffer(count: offset)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, stream: 0x4C6F_5241))
        for adapter in adapters {
            let bound = 1 / Double(adapter.inChannels).squareRoot()
            parameters.view(adapter.a.offset, adapter.a.count).copy(from: (0..<adapter.a.count).map { _ in
                Float((2 * rng.nextUnitDouble() - 1) * bound)
            })
        }
    }

    /// The adapter of `projection` in block `block`, if it has one.
    public func adapter(block: Int, projection: LlamaProjection) -> Adapter? {
        index[Self.key(block, projection)].map { adapters[$0] }
    }

    /// The lowest adapted block (nil without adapters).
    public var lowestBlock: Int? { configuration.blocks.first }

    /// Two (rows, r) scratch matrices for the adapters' hidden activations and their gradients.
    func scratch(rows: Int) -> (hidden: FloatView, dhidden: FloatView) {
        let count = rows * configuration.rank
        if scratchBuffer == nil || scratchBuffer!.count < 2 * count { scratchBuffer = FloatBuffer(count: 2 * count) }
        return (scratchBuffer!.view(0, count), scratchBuffer!.view(count, count))
    }

    /// Adds every adapter's update to its base weight in `model`: `W += (alpha / r) B A`.
    public func merge(into model: Llama) {
        for adapter in adapters {
            guard let weight = model.layout.tensor(adapter.baseName) else { preconditionFailure("no base tensor \(adapter.baseName)") }
            LowRankAdapter.merge(into: model.parameters.view(weight.offset, weight.count), a: parameters.view(adapter.a.offset, adapter.a.count),
                                 b: parameters.view(adapter.b.offset, adapter.b.count), inChannels: adapter.inChannels,
                                 outChannels: adapter.outChannels, rank: configuration.rank, scale: configuration.scale, context: model.context)
        }
    }

    private static func key(_ block: Int, _ projection: LlamaProjection) -> Int {
        block * LlamaProjection.allCases.count + LlamaProjection.allCases.firstIndex(of: projection)!
    }
}
