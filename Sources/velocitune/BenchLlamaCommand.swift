import ArgumentParser
import Artifacts
import Common
import Foundation
import Kernels
import Training

/// `velocitune bench llama`: Llama training throughput (full fine-tuning or the last k blocks) on
/// random tokens.
struct BenchLlama: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llama",
        abstract: "Measure Llama training throughput on random tokens (median step time with AdamW, tokens/s, peak memory).",
        discussion: """
            --preset smollm2 is SmolLM2-135M's shape with random weights (the speed does not depend \
            on them); --model loads a Hugging Face directory or GGUF file instead. --last-k trains only \
            the last k blocks and the final norm (the backward pass stops below them); --lora-rank \
            trains LoRA adapters on every projection (of the last k blocks with --last-k), the base \
            frozen. AdamW moments cover the trained tensors only. \
            scripts/bench-llama.sh runs this side by side with PyTorch eager, alternating runs.
            """)

    @Option(help: "Model shape: smollm2.")
    var preset: String = "smollm2"

    @Option(help: "A Hugging Face directory or GGUF file to load instead of the preset.")
    var model: String?

    @Option(help: "Threads (BLAS and kernels).")
    var threads: Int = 1

    @Option(help: "Measured steps (after 1 warm-up step).")
    var steps: Int = 4

    @Option(help: "Sequences per step.")
    var batch: Int = 4

    @Option(help: "Tokens per sequence.")
    var time: Int = 256

    @Option(help: "Train only the last K blocks and the final norm (default: every tensor).")
    var lastK: Int?

    @Option(help: "Train LoRA adapters of rank R (alpha 2R) on every projection instead, the base model frozen.")
    var loraRank: Int?

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard model != nil || preset == "smollm2" else { throw ValidationError("--preset: unknown preset \"\(preset)\" (known: smollm2)") }
        guard threads >= 1, steps >= 1, batch >= 1, time >= 1 else { throw ValidationError("--threads, --steps, --batch and --time must be at least 1") }
        if let lastK, lastK < 0 { throw ValidationError("--last-k must be at least 0") }
        if let loraRank, loraRank < 1 { throw ValidationError("--lora-rank must be at least 1") }
    }

    func run() throws {
        let context = ComputeContext(threads: threads)
        let llama = try model.map { try LlamaCheckpoint.load(from: URL(fileURLWithPath: $0), context: context) }
            ?? Llama(config: .smolLM2_135M, seed: 0, context: context)
        var options = TrainingOptions()
        options.trainLastBlocks = lastK ?? 0
        if let loraRank { (options.loraRank, options.loraAlpha) = (loraRank, Double(2 * loraRank)) }
        let trained = try TrainingMode.prepare(llama, options: options, basePath: model)
        let optimizer = AdamWOptimizer(model: trained)
        var rng = SplitMix64(seed: 1)
        var tokens = [Int32](repeating: 0, count: batch * (time + 1))
        let clock = ContinuousClock()
        var times: [Double] = []
        var lastLoss: Float = 0
        var cpuStart = 0.0, wallStart = clock.now
        for step in 0..<(steps + 1) {
            if step == 1 { cpuStart = ProcessCPU.seconds(); wallStart = clock.now }
            for i in tokens.indices { tokens[i] = Int32(rng.nextIndex(below: llama.config.vocabSize)) }
            let started = clock.now
            trained.zeroGradients()
            lastLoss = trained.forwardBackward(tokens: tokens, rows: batch, lossScale: 1)
            let norm = optimizer.gradientNorm(trained)
            optimizer.step(trained, learningRate: 3e-4, clipScale: norm > 1 ? Float(1 / norm) : 1)
            if step >= 1 { times.append((clock.now - started).seconds) }
        }
        // CPU time over wall time: below `threads`, other processes held the cores.
        let coresUsed = (ProcessCPU.seconds() - cpuStart) / (clock.now - wallStart).seconds
        times.sort()
        let median = times[times.count / 2]
        let tokensPerSecond = Double(batch * time) / median
        let gflops = Double(llama.config.flopsPerToken(time: time)) * tokensPerSecond / 1e9
        let peak = PeakMemory.residentMegabytes()
        let blocks = lastK.map { "last \($0) blocks" }
        let mode = loraRank.map { "LoRA rank \($0)" + (blocks.map { ", \($0)" } ?? "") } ?? blocks ?? "full"
        if json {
            let object: [String: Any] = ["model": model ?? preset, "params": llama.config.parameterCount, "trained_params": trained.trainableParameterCount,
                                         "threads": threads, "mode": mode,
                                         "batch": batch, "time": time, "step_s": median, "tokens_per_s": tokensPerSecond, "gflops": gflops,
                                         "peak_rss_mb": peak, "loss": Double(lastLoss), "cores_used": coresUsed]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print(String(format: "%@: %.1fM parameters, %@ (%.2fM trained), batch %d x %d, %d thread%@", model ?? preset,
                         Double(llama.config.parameterCount) / 1e6, mode, Double(trained.trainableParameterCount) / 1e6, batch, time, threads,
                         threads == 1 ? "" : "s"))
            print(String(format: "median step %.3f s over %d steps: %.1f tokens/s, %.1f GFLOP/s model, peak RSS %.0f MB (loss %.3f), %.2f cores used",
                         median, times.count, tokensPerSecond, gflops, peak, lastLoss, coresUsed))
        }
    }
}

/// The process's CPU time.
enum ProcessCPU {
    /// User plus system CPU seconds used so far by every thread of the process.
    static func seconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
