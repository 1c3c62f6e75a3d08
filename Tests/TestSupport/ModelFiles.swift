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

    /// A tiny random Llama (3 blocks, C 32, 4 query and 2 key/value heads of 8, SwiGLU 48, tied
    /// embeddings, 64 positions) of `vocabulary` tokens, saved by `transformers`' `save_pretrained`
    /// in `dir/tiny`; nil when torch and transformers are not installed.
    public static func tinyLlama(in dir: URL, vocabulary: Int) throws -> URL? {
        guard PythonPeer.available(["torch", "transformers", "safetensors"]) else { return nil }
        let url = dir.appendingPathComponent("tiny")
        let output = try PythonPeer.runScript("scripts/llama_reference.py", ["tiny", url.path, "3", "1", "32", "48", "3", "4", "2", "8", String(vocabulary), "1"])
        guard output.status == 0 else { throw ModelFileError(message: "llama_reference.py tiny: \(output.stderr)") }
        return url
    }
}

/// A model file a test needed could not be made.
public struct ModelFileError: Error, CustomStringConvertible {
    /// What failed.
    public var message: String
    /// The message.
    public var description: String { message }
}
