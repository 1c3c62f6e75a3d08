import Artifacts
import Foundation

/// What a run trains, from its options: every tensor (the default); only the last
/// `train_last_blocks` blocks of a Llama, with the final norm (`train_final_norm`) and the LM head
/// (`train_head`) when asked; or LoRA adapters (`lora_rank` above 0) on the `lora_targets`
/// projections of every block (of the last `train_last_blocks` blocks when set), the base model
/// frozen. Frozen tensors get no gradients and no AdamW moments.
public enum TrainingMode {
    /// The model a run trains: `model` (freshly loaded, created, or restored from a checkpoint)
    /// with what `options` leave untrained frozen, wrapped with new LoRA adapters (A drawn from
    /// `options.seed`) when the options ask for them and it has none. `basePath` is what adapter
    /// checkpoints name as their base model.
    /// - Throws: `TrainingError.invalidConfig` naming the option: part of a GPT (which trains every
    ///   tensor), more blocks than the model has, or restored adapters that differ from the
    ///   options.
    public static func prepare(_ model: any LanguageModel, options: TrainingOptions, basePath: String?) throws(TrainingError) -> any LanguageModel {
        let k = options.trainLastBlocks
        if let lora = model as? LoRAModel {
            let wanted = try configuration(options, layers: lora.base.config.layers)
            guard options.loraRank > 0, lora.adapters.configuration == wanted else {
                throw .invalidConfig("lora_rank, lora_alpha, lora_targets: the checkpoint's adapters (\(describe(lora.adapters.configuration))) are not the ones these options ask for")
            }
            return lora
        }
        guard k > 0 || options.loraRank > 0 else { return model }
        guard let llama = model as? Llama else {
            let key = options.loraRank > 0 ? "lora_rank" : "train_last_blocks"
            throw .invalidConfig("\(key): only Llama models can train part of their tensors (this is a \(model.shape.architecture) model)")
        }
        guard k <= llama.config.layers else {
            throw .invalidConfig("train_last_blocks: the model has \(llama.config.layers) blocks, got \(k)")
        }
        if options.loraRank > 0 {
            let adapters = try LoRAAdapters(configuration: configuration(options, layers: llama.config.layers), model: llama.config, seed: options.seed)
            return try LoRAModel(base: llama, adapters: adapters, basePath: basePath ?? "")
        }
        try llama.setTrainable(llama.layout.lastBlocks(k, finalNorm: options.trainFinalNorm, head: options.trainHead))
        return llama
    }

    /// The adapters `options` describe for a model of `layers` blocks.
    static func configuration(_ options: TrainingOptions, layers: Int) throws(TrainingError) -> LoRAAdapters.Configuration {
        let k = options.trainLastBlocks
        guard k <= layers else { throw .invalidConfig("train_last_blocks: the model has \(layers) blocks, got \(k)") }
        return LoRAAdapters.Configuration(rank: options.loraRank, alpha: options.loraAlpha, targets: options.loraTargets.projections,
                                          blocks: Array((k > 0 ? layers - k : 0)..<layers))
    }

    private static func describe(_ c: LoRAAdapters.Configuration) -> String {
        "rank \(c.rank), alpha \(c.alpha), \(c.targets.map(\.rawValue).joined(separator: ",")), blocks \(c.blocks.first ?? 0)-\(c.blocks.last ?? 0)"
    }
}
