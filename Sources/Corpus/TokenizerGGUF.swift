import Foundation

extension TokenizerFile {
    /// A tokenizer from a Hugging Face `tokenizer.json`, or from a GGUF file's metadata when the
    /// name ends in `.gguf`.
    public static func load(_ url: URL) throws(TokenizerError) -> BPEModel {
        url.pathExtension.lowercased() == "gguf" ? try load(gguf: url) : try load(huggingFace: url)
    }

    /// Pre-tokenizer names (`tokenizer.ggml.pre`) that llama.cpp splits like GPT-2's expression
    /// after isolating each number character.
    static let individualDigitPreTokenizers: Set<String> = ["smollm", "starcoder", "refact", "codeshell", "exaone", "minerva"]
    /// Pre-tokenizer names that llama.cpp splits with GPT-2's expression alone.
    static let byteLevelPreTokenizers: Set<String> = ["gpt-2", "gpt2"]

    /// Reads the byte-level BPE tokenizer in a GGUF file's metadata: `tokenizer.ggml.model`
    /// "gpt2", `tokenizer.ggml.tokens` (byte-level alphabet strings, by id),
    /// `tokenizer.ggml.merges` ("left right"), `tokenizer.ggml.token_type` (3 control and 4
    /// user-defined tokens become special tokens, matched in text as Hugging Face's added tokens)
    /// and `tokenizer.ggml.pre` (see `individualDigitPreTokenizers`; absent means GPT-2's).
    /// - Throws: `TokenizerError` naming the file and the key.
    public static func load(gguf url: URL) throws(TokenizerError) -> BPEModel {
        let file: GGUFFile
        do { file = try GGUFFile(contentsOf: url) } catch {
            switch error { case let .file(path, message): throw .file(path, message) }
        }
        let path = file.path
        guard let model = file["tokenizer.ggml.model"]?.string else { throw .file(path, "missing metadata tokenizer.ggml.model") }
        guard model == "gpt2" else {
            throw .unsupported("\(path): tokenizer.ggml.model is \"\(model)\"; only byte-level BPE (\"gpt2\") is supported")
        }
        let preTokenizer: PreTokenization
        switch file["tokenizer.ggml.pre"]?.string {
        case nil: preTokenizer = .byteLevel
        case let name? where byteLevelPreTokenizers.contains(name): preTokenizer = .byteLevel
        case let name? where individualDigitPreTokenizers.contains(name): preTokenizer = .byteLevelIndividualDigits
        case let name?:
            throw .unsupported("\(path): tokenizer.ggml.pre \"\(name)\" is not supported (\((byteLevelPreTokenizers.union(individualDigitPreTokenizers)).sorted().joined(separator: ", ")))")
        }
        guard let tokens = file["tokenizer.ggml.tokens"]?.array?.map({ $0.string }), !tokens.contains(nil) else {
            throw .file(path, "missing metadata tokenizer.ggml.tokens (an array of strings)")
        }
        guard let mergeValues = file["tokenizer.ggml.merges"]?.array else { throw .file(path, "missing metadata tokenizer.ggml.merges") }
        let types = file["tokenizer.ggml.token_type"]?.array?.map(\.integer) ?? []
        guard types.isEmpty || types.count == tokens.count, !types.contains(nil) else {
            throw .file(path, "tokenizer.ggml.token_type has \(types.count) entries for \(tokens.count) tokens")
        }
        var vocabulary: [String: UInt32] = [:], specials: [String: UInt32] = [:]
        for (id, token) in tokens.enumerated() {
            let text = token!
            if !types.isEmpty, types[id] == 3 || types[id] == 4 {
                specials[text] = UInt32(id)
            }
            if vocabulary[text] == nil { vocabulary[text] = UInt32(id) }
        }
        var merges: [(String, String)] = []
        merges.reserveCapacity(mergeValues.count)
        for (index, value) in mergeValues.enumerated() {
            let parts = value.string?.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard let parts, parts.count == 2 else { throw .file(path, "tokenizer.ggml.merges[\(index)]: expected \"left right\"") }
            merges.append((String(parts[0]), String(parts[1])))
        }
        return try build(path: path, vocabulary: vocabulary, merges: merges, specials: specials, preTokenizer: preTokenizer)
    }
}
