import Common
import Foundation

/// Reads and writes byte-level BPE tokenizers in Hugging Face's `tokenizer.json` format (BPE
/// model, ByteLevel pre-tokenizer and decoder), and reads GPT-2's `encoder.json` + `vocab.bpe`.
public enum TokenizerFile {
    /// The `tokenizer.json` text for `model`: vocabulary in id order, merges as "left right"
    /// strings, special tokens as added tokens. Deterministic.
    public static func huggingFaceJSON(_ model: BPEModel) -> String {
        let specialIDs = Set(model.specialTokens.values)
        var out = "{\n  \"version\": \"1.0\",\n  \"truncation\": null,\n  \"padding\": null,\n  \"added_tokens\": ["
        let specials = model.specialTokens.sorted { $0.value < $1.value }
        out += specials.map { text, id in
            "\n    {\"id\": \(id), \"content\": \(quoted(text)), \"single_word\": false, \"lstrip\": false, \"rstrip\": false, \"normalized\": false, \"special\": true}"
        }.joined(separator: ",")
        out += specials.isEmpty ? "],\n" : "\n  ],\n"
        out += """
              "normalizer": null,
              "pre_tokenizer": \(preTokenizerJSON(model.preTokenizer)),
              "post_processor": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
              "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
              "model": {
                "type": "BPE",
                "dropout": null,
                "unk_token": null,
                "continuing_subword_prefix": null,
                "end_of_word_suffix": null,
                "fuse_unk": false,
                "byte_fallback": false,
                "ignore_merges": false,
                "vocab": {
            """
        var entries: [String] = []
        entries.reserveCapacity(model.tokenBytes.count)
        // Special tokens are in the vocabulary too, under their text (as in Hugging Face's own
        // files): `tokenizers` gives an added token whose content the vocabulary lacks a new id.
        for (id, bytes) in model.tokenBytes.enumerated() {
            let text = specialIDs.contains(UInt32(id)) ? String(decoding: bytes, as: UTF8.self) : ByteLevelAlphabet.encode(bytes)
            entries.append("\n      \(quoted(text)): \(id)")
        }
        out += entries.joined(separator: ",") + "\n    },\n    \"merges\": ["
        out += model.merges.map { merge in
            "\n      " + quoted(ByteLevelAlphabet.encode(model.tokenBytes[Int(merge.left)]) + " "
                + ByteLevelAlphabet.encode(model.tokenBytes[Int(merge.right)]))
        }.joined(separator: ",")
        out += "\n    ]\n  }\n}\n"
        return out
    }

    /// Writes `model` to `url` atomically.
    public static func save(_ model: BPEModel, to url: URL) throws {
        try AtomicFile.write(huggingFaceJSON(model), to: url)
    }

    /// Reads a Hugging Face `tokenizer.json` with a byte-level BPE model.
    public static func load(huggingFace url: URL) throws(TokenizerError) -> BPEModel {
        let path = url.path
        let root: [String: Any]
        do {
            let data = try Data(contentsOf: url)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw TokenizerError.file(path, "expected a JSON object at the top level")
            }
            root = object
        } catch let error as TokenizerError {
            throw error
        } catch {
            throw .file(path, "cannot read tokenizer JSON: \(error.localizedDescription)")
        }
        guard let model = root["model"] as? [String: Any], model["type"] as? String == "BPE" else {
            throw .unsupported("\(path): model.type must be \"BPE\"")
        }
        guard let preTokenizer = preTokenization(root["pre_tokenizer"]) else {
            throw .unsupported("\(path): the pre-tokenizer must be ByteLevel without add_prefix_space, alone or after Digits(individual_digits: true) in a Sequence")
        }
        if let normalizer = root["normalizer"], !(normalizer is NSNull) {
            throw .unsupported("\(path): normalizers are not supported")
        }
        guard let vocab = model["vocab"] as? [String: Any] else { throw .file(path, "model.vocab must be an object") }
        var textVocabulary: [String: UInt32] = [:]
        for (text, value) in vocab {
            guard let id = (value as? NSNumber)?.uint32Value else { throw .file(path, "model.vocab[\(quoted(text))] must be an integer id") }
            textVocabulary[text] = id
        }
        var mergeTexts: [(String, String)] = []
        for (index, entry) in ((model["merges"] as? [Any]) ?? []).enumerated() {
            if let text = entry as? String {
                let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw .file(path, "model.merges[\(index)]: expected \"left right\", got \(quoted(text))") }
                mergeTexts.append((String(parts[0]), String(parts[1])))
            } else if let pair = entry as? [String], pair.count == 2 {
                mergeTexts.append((pair[0], pair[1]))
            } else {
                throw .file(path, "model.merges[\(index)]: expected a \"left right\" string or a pair")
            }
        }
        var specials: [String: UInt32] = [:]
        for token in (root["added_tokens"] as? [[String: Any]]) ?? [] {
            guard let content = token["content"] as? String, let id = (token["id"] as? NSNumber)?.uint32Value else {
                throw .file(path, "added_tokens entries need content and id")
            }
            specials[content] = id
        }
        return try build(path: path, vocabulary: textVocabulary, merges: mergeTexts, specials: specials, preTokenizer: preTokenizer)
    }

    /// The pre-tokenization a `tokenizer.json` `pre_tokenizer` object describes, if supported:
    /// `ByteLevel` (no prefix space, regex on), optionally preceded by `Digits` with individual
    /// digits in a `Sequence`.
    static func preTokenization(_ value: Any?) -> PreTokenization? {
        guard let object = value as? [String: Any], let type = object["type"] as? String else { return nil }
        func isByteLevel(_ object: [String: Any]) -> Bool {
            object["type"] as? String == "ByteLevel" && (object["add_prefix_space"] as? Bool) != true && (object["use_regex"] as? Bool) != false
        }
        if type == "ByteLevel" { return isByteLevel(object) ? .byteLevel : nil }
        guard type == "Sequence", let steps = object["pretokenizers"] as? [[String: Any]] else { return nil }
        switch steps.count {
        case 1: return isByteLevel(steps[0]) ? .byteLevel : nil
        case 2:
            guard steps[0]["type"] as? String == "Digits", steps[0]["individual_digits"] as? Bool == true, isByteLevel(steps[1]) else { return nil }
            return .byteLevelIndividualDigits
        default: return nil
        }
    }

    /// The `pre_tokenizer` JSON for `preTokenizer`.
    static func preTokenizerJSON(_ preTokenizer: PreTokenization) -> String {
        let byteLevel = #"{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true}"#
        switch preTokenizer {
        case .byteLevel: return byteLevel
        case .byteLevelIndividualDigits:
            return #"{"type": "Sequence", "pretokenizers": [{"type": "Digits", "individual_digits": true}, "# + byteLevel + "]}"
        }
    }

    /// Reads GPT-2's `encoder.json` (token string to id) and `vocab.bpe` (merges, one per line
    /// after a `#version` header). `<|endoftext|>` becomes a special token.
    public static func load(gpt2Encoder encoderURL: URL, merges mergesURL: URL) throws(TokenizerError) -> BPEModel {
        let vocabulary: [String: UInt32]
        do {
            let data = try Data(contentsOf: encoderURL)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: NSNumber] else {
                throw TokenizerError.file(encoderURL.path, "expected an object of token to id")
            }
            vocabulary = object.mapValues(\.uint32Value)
        } catch let error as TokenizerError {
            throw error
        } catch {
            throw .file(encoderURL.path, "cannot read: \(error.localizedDescription)")
        }
        let text: String
        do { text = try String(contentsOf: mergesURL, encoding: .utf8) } catch {
            throw .file(mergesURL.path, "cannot read: \(error.localizedDescription)")
        }
        var merges: [(String, String)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#version") || line.isEmpty { continue }
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { throw .file(mergesURL.path, "line \(number + 1): expected two tokens, got \(quoted(String(line)))") }
            merges.append((String(parts[0]), String(parts[1])))
        }
        var specials: [String: UInt32] = [:]
        if let id = vocabulary[SpecialTokens.endOfText] { specials[SpecialTokens.endOfText] = id }
        return try build(path: encoderURL.path, vocabulary: vocabulary, merges: merges, specials: specials)
    }

    static func build(path: String, vocabulary: [String: UInt32], merges: [(String, String)],
                      specials: [String: UInt32], preTokenizer: PreTokenization = .byteLevel) throws(TokenizerError) -> BPEModel {
        let size = Int((Array(vocabulary.values) + Array(specials.values)).max().map { $0 + 1 } ?? 0)
        var tokenBytes = [[UInt8]?](repeating: nil, count: size)
        for (text, id) in vocabulary where specials[text] != id {
            guard let bytes = ByteLevelAlphabet.decode(text) else {
                throw .unsupported("\(path): vocabulary entry \(quoted(text)) is not in the byte-level alphabet")
            }
            tokenBytes[Int(id)] = bytes
        }
        for (text, id) in specials { tokenBytes[Int(id)] = Array(text.utf8) }
        if let missing = tokenBytes.firstIndex(where: { $0 == nil }) {
            throw .file(path, "token ids are not contiguous: id \(missing) is missing")
        }
        var pairs: [(left: UInt32, right: UInt32)] = []
        var results: [UInt32] = []
        for (rank, merge) in merges.enumerated() {
            guard let left = vocabulary[merge.0], let right = vocabulary[merge.1],
                  let result = vocabulary[merge.0 + merge.1] else {
                throw .file(path, "merge \(rank + 1) (\(quoted(merge.0 + " " + merge.1))) uses or makes a token missing from the vocabulary")
            }
            pairs.append((left, right))
            results.append(result)
        }
        do {
            return try BPEModel(tokenBytes: tokenBytes.map { $0! }, merges: pairs, mergeResults: results, specialTokens: specials,
                                preTokenizer: preTokenizer)
        } catch {
            throw .file(path, error.description)
        }
    }

    /// A JSON string literal for `text`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
