import ArgumentParser
import Common
import Foundation
import Kernels
import Training

/// `velocitune bench` (default) / `velocitune bench train`: trainer throughput on random tokens.
struct BenchTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Measure training throughput on random tokens (median step time, tokens/s, GFLOP/s, peak memory).",
        discussion: """
            Presets (n_layer, n_head, n_embd, block_size, vocab_size; batch): tiny, small, xs, ref \
            (4, 4, 256, 256, 8192; batch 8), s. FLOPs per token = 6 * parameters + 12 * n_layer * \
            block_size * n_embd. Compare with ../shared/bench/torch_gpt_ref.py in the same session. \
            --preset smollm2 is `bench llama` (SmolLM2-135M's shape, batch 4 x 256; --last-k and \
            --lora-rank choose the training mode).
            """)

    @Option(help: "Model preset.")
    var preset: String = "ref"

    @Option(help: "Threads (BLAS and kernels).")
    var threads: Int = 1

    @Option(help: "Measured steps (after 2 warm-up steps; default 8, smollm2: 4 after 1).")
    var steps: Int?

    @Option(help: "Sequences per step (default: 8, as the PyTorch reference; smollm2: 4).")
    var batch: Int?

    @Option(help: "With --preset smollm2: train only the last K blocks and the final norm.")
    var lastK: Int?

    @Option(help: "With --preset smollm2: train LoRA adapters of this rank on every projection instead.")
    var loraRank: Int?

    @Option(help: "Matrix products: blas or swift.")
    var gemm: GemmBackend = .preferred

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard GPTConfig.presets[preset] != nil || preset == "smollm2" else {
            throw ValidationError("--preset: unknown preset \"\(preset)\" (known: \((GPTConfig.presets.keys.sorted() + ["smollm2"]).joined(separator: ", ")))")
        }
        guard preset == "smollm2" || (lastK == nil && loraRank == nil) else { throw ValidationError("--last-k and --lora-rank go with --preset smollm2") }
        guard GemmBackend.isAvailable(gemm) else { throw ValidationError("--gemm blas: this build has no OpenBLAS (built without the OpenBLAS trait)") }
        guard threads >= 1, (steps ?? 1) >= 1, (batch ?? 1) >= 1 else { throw ValidationError("--threads, --steps and --batch must be at least 1") }
    }

    func run() throws {
        if preset == "smollm2" {
            let arguments = ["--threads", "\(threads)"] + (steps.map { ["--steps", "\($0)"] } ?? []) + (batch.map { ["--batch", "\($0)"] } ?? [])
                + (lastK.map { ["--last-k", "\($0)"] } ?? []) + (loraRank.map { ["--lora-rank", "\($0)"] } ?? []) + (json ? ["--json"] : [])
            return try BenchLlama.parse(arguments).run()
        }
        let steps = self.steps ?? 8, batch = self.batch ?? 8
        let config = GPTConfig.presets[preset]!
        let context = ComputeContext(threads: threads, gemm: gemm)
        let model = try GPT(config: config, seed: 0, context: context)
        let optimizer = AdamWOptimizer(layout: model.layout)
        var rng = SplitMix64(seed: 1)
        let T = config.blockSize
        var tokens = [Int32](repeating: 0, count: batch * (T + 1))
        let clock = ContinuousClock()
        var times: [Double] = []
        var lastLoss: Float = 0
        for step in 0..<(steps + 2) {
            for i in tokens.indices { tokens[i] = Int32(rng.nextIndex(below: config.vocabSize)) }
            let started = clock.now
            model.zeroGradients()
            lastLoss = model.forwardBackward(tokens: tokens, rows: batch)
            let norm = optimizer.gradientNorm(model)
            optimizer.step(model, learningRate: 3e-4, clipScale: norm > 1 ? Float(1 / norm) : 1)
            if step >= 2 { times.append((clock.now - started).seconds) }
        }
        times.sort()
        let median = times[times.count / 2]
        let tokensPerStep = Double(batch * T)
        let tokensPerSecond = tokensPerStep / median
        let gflops = Double(config.flopsPerToken) * tokensPerSecond / 1e9
        let peak = PeakMemory.residentMegabytes()
        if json {
            let object: [String: Any] = ["preset": preset, "params": config.parameterCount, "threads": threads, "gemm": gemm.rawValue,
                                         "step_s": median, "tokens_per_s": tokensPerSecond, "gflops": gflops, "peak_rss_mb": peak,
                                         "loss": Double(lastLoss)]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print(String(format: "preset %@: %.2fM parameters, batch %d x %d, %d thread%@, %@ GEMM", preset, Double(config.parameterCount) / 1e6,
                         batch, T, threads, threads == 1 ? "" : "s", gemm.rawValue))
            print(String(format: "median step %.3f s over %d steps: %.0f tokens/s, %.1f GFLOP/s model, peak RSS %.0f MB (loss %.3f)",
                         median, times.count, tokensPerSecond, gflops, peak, lastLoss))
        }
    }
}

extension GemmBackend: ExpressibleByArgument {}

/// The process's peak resident memory.
enum PeakMemory {
    /// VmHWM from /proc/self/status, in MB (0 where unavailable).
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }
}
