import Common
import Foundation

/// The bias-free projections of a Llama block that can carry a LoRA adapter, named as Hugging
/// Face's modules (and PEFT's `target_modules`).
public enum LlamaProjection: String, CaseIterable, Codable, Sendable, Hashable {
    /// Query projection `self_attn.q_proj` (NH hd, C).
    case q = "q_proj"
    /// Key projection `self_attn.k_proj` (NKV hd, C).
    case k = "k_proj"
    /// Value projection `self_attn.v_proj` (NKV hd, C).
    case v = "v_proj"
    /// Attention output `self_attn.o_proj` (C, NH hd).
    case o = "o_proj"
    /// SwiGLU gate `mlp.gate_proj` (F, C).
    case gate = "gate_proj"
    /// SwiGLU up `mlp.up_proj` (F, C).
    case up = "up_proj"
    /// SwiGLU down `mlp.down_proj` (C, F).
    case down = "down_proj"

    /// The module path inside a block: `self_attn.q_proj`, `mlp.down_proj`, ...
    public var module: String {
        switch self {
        case .q, .k, .v, .o: return "self_attn." + rawValue
        case .gate, .up, .down: return "mlp." + rawValue
        }
    }
}

/// The projections given LoRA adapters (`lora_targets`): a YAML list, or `q_proj,v_proj` on a
/// command line; kept in block order (q, k, v, o, gate, up, down) whatever the order given.
public struct LoRATargets: OptionValue, Hashable {
    /// The projections, in block order.
    public var projections: [LlamaProjection]

    /// The projections `projections` (sorted into block order, duplicates dropped).
    public init(_ projections: [LlamaProjection]) {
        self.projections = LlamaProjection.allCases.filter(projections.contains)
    }

    /// Every projection of a block (attention and MLP): Biderman et al. (2024) find LoRA on all
    /// of them, the MLP above all, learns most.
    public static let all = LoRATargets(LlamaProjection.allCases)

    /// Parses `q_proj,v_proj` (at least one name).
    public init(optionText text: String) throws(OptionError) {
        var chosen: [LlamaProjection] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let projection = LlamaProjection(rawValue: name) else { throw OptionError("\"\(name)\" is not one of \(Self.expected)") }
            chosen.append(projection)
        }
        guard !chosen.isEmpty else { throw OptionError("name at least one of \(Self.expected)") }
        self.init(chosen)
    }

    /// `q_proj,v_proj`.
    public var optionText: String { projections.map(\.rawValue).joined(separator: ",") }

    /// The names, "q_proj, k_proj, ... or down_proj" (any of them, comma separated).
    public static var expected: String {
        let names = LlamaProjection.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// Decodes a list of names or a comma-separated string.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try (try? container.decode([String].self))?.joined(separator: ",") ?? container.decode(String.self)
        do { try self.init(optionText: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(projections.map(\.rawValue))
    }
}
