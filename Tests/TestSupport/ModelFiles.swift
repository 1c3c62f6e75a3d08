import Foundation

/// Pretrained model files that scripts/setup.sh --python caches (never downloaded by tests).
public enum ModelFiles {
    /// SmolLM2-135M-Instruct (Q4_1 GGUF): `$VELOCITUNE_SMOLLM2_GGUF`, or the set-up cache
    /// `~/.cache/velocitune/smollm2/SmolLM2-135M-Instruct.Q4_1.gguf`; nil when absent.
    public static var smolLM2GGUF: URL? {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["VELOCITUNE_SMOLLM2_GGUF"],
                          environment["HOME"].map { "\($0)/.cache/velocitune/smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" }].compactMap { $0 }
        return candidates.map { URL(fileURLWithPath: $0) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The message a test prints when it skips for want of the SmolLM2 file.
    public static let smolLM2Missing = "SmolLM2 GGUF not cached (scripts/setup.sh --python caches it in ~/.cache/velocitune/smollm2)"
}
