import ArgumentParser
import Foundation
import Kernels
import Training

/// `velocitune merge`: LoRA adapters merged into their base model's weights.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge a LoRA checkpoint's adapters into its base model and write a Hugging Face directory.",
        discussion: """
            Reads --adapter (a checkpoint of a run trained with lora_rank above 0: adapter_config.json \
            and adapter_model.safetensors, PEFT's format) on --base (default: the model its \
            adapter_config.json names), adds (lora_alpha / r) B A to every adapted weight, and writes \
            --out: config.json and float32 model.safetensors, which transformers' \
            LlamaForCausalLM.from_pretrained opens and velocitune train --init or eval --checkpoint read.
            """)

    @Option(help: ArgumentHelp("A LoRA checkpoint directory (adapter_config.json, adapter_model.safetensors).", valueName: "dir"))
    var adapter: String

    @Option(help: ArgumentHelp("The base model: a Hugging Face Llama directory or a GGUF file (default: the adapters' base_model_name_or_path).", valueName: "model"))
    var base: String?

    @Option(help: ArgumentHelp("The merged model's directory.", valueName: "dir"))
    var out: String

    @Option(help: "Threads.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let model = try LoRACheckpoint.load(from: URL(fileURLWithPath: adapter), base: base.map { URL(fileURLWithPath: $0) },
                                            context: ComputeContext(threads: threads))
        let merged = try model.merged()
        try LlamaCheckpoint.save(merged, to: URL(fileURLWithPath: out))
        let c = model.adapters.configuration
        print(String(format: "merged %d adapters (rank %d, alpha %g, %@) into %@: %@", model.adapters.adapters.count, c.rank, c.alpha,
                     c.targets.map(\.rawValue).joined(separator: ","), model.basePath, out))
    }
}
