import Common
import Foundation
import Training

/// A partial set of training options from a config file: the keys it sets and their values.
/// Layers stack (model shape, then shared training options, then a run's own), each key taken
/// from the last layer that sets it.
public struct OptionLayer: Codable, Sendable {
    /// The keys this layer sets (training-option keys only).
    public var keys: Set<String>
    /// The layer decoded over the defaults.
    public var options: TrainingOptions

    /// An empty layer.
    public init() {
        keys = []
        options = TrainingOptions()
    }

    /// A layer setting `keys` to their values in `options`.
    public init(keys: Set<String>, options: TrainingOptions) {
        self.keys = keys
        self.options = options
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes training-option keys from a mapping that may hold other keys too.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        keys = Set(container.allKeys.map(\.stringValue)).intersection(Self.trainingKeys)
        options = try TrainingOptions(from: decoder)
    }

    /// Every training-option key (`smoothing` has no default value, so it is added by name).
    static let trainingKeys: Set<String> = {
        // Encoding the defaults cannot fail (every value is finite); the result is an object.
        let encoded = try! JSONSerialization.jsonObject(with: JSONConventions.encode(TrainingOptions())) as! [String: Any]
        return Set(encoded.keys).union(["smoothing"])
    }()

    /// Encodes every option (so unknown keys in the input can be detected).
    public func encode(to encoder: Encoder) throws { try options.encode(to: encoder) }

    /// `base` with every key set by `layers` replaced, later layers winning.
    public static func resolve(_ base: TrainingOptions, _ layers: [OptionLayer]) throws -> TrainingOptions {
        var merged = try JSONSerialization.jsonObject(with: JSONConventions.encode(base)) as! [String: Any]
        for layer in layers {
            let values = try JSONSerialization.jsonObject(with: JSONConventions.encode(layer.options)) as! [String: Any]
            for key in layer.keys { merged[key] = values[key] ?? NSNull() }
        }
        return try JSONDecoder().decode(TrainingOptions.self, from: JSONSerialization.data(withJSONObject: merged))
    }
}
