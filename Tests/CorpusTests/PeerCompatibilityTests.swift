import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

/// Our tokenizer files and ids against Hugging Face `tokenizers` and GPT-2's own vocabulary.
@Suite struct PeerCompatibilityTests {
    /// Texts that exercise every branch of the pre-tokenizer.
    let texts = [
        sampleText, "it's they're WE'LL 'S x'd", "  leading   spaces\n\n\ttabs\r\n", "x\u{00A0}y\u{2003}z \u{0085}n\u{2028}l",
        "emoji 😀😀 ok", String(repeating: "=", count: 3000), String(repeating: "1234567890", count: 200),
        "٣٤٥ digits ǅ titlecase x\u{200B}y", "<|endoftext|>between<|endoftext|>",
    ]

    @Test func huggingFaceTokenizersLoadsOurFileAndGivesTheSameIds() throws {
        guard PythonPeer.available(["tokenizers"]) else {
            print("python tokenizers not installed: skipping the Hugging Face comparison (make test installs it)")
            return
        }
        let model = try trainedModel(vocabularySize: 700, text: String(repeating: sampleText, count: 30) + texts.joined())
        let dir = try Repository.temporaryDirectory("vt-hf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("tokenizer.json")
        try TokenizerFile.save(model, to: file)
        let input = try JSONSerialization.data(withJSONObject: texts)
        let script = """
            import json, sys
            from tokenizers import Tokenizer
            tok = Tokenizer.from_file(sys.argv[1])
            texts = json.load(sys.stdin)
            print(json.dumps([tok.encode(t, add_special_tokens=False).ids for t in texts]))
            print(json.dumps([tok.decode(tok.encode(t).ids, skip_special_tokens=False) == t for t in texts]))
            """
        let output = try PythonPeer.run(["-c", script, file.path], stdin: input)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n")
        let theirs = try JSONDecoder().decode([[UInt32]].self, from: Data(lines[0].utf8))
        var encoder = BPEEncoder(model: model)
        for (text, ids) in zip(texts, theirs) {
            #expect(encoder.encode(text) == ids, "text: \(text.prefix(40))")
        }
        #expect(try JSONDecoder().decode([Bool].self, from: Data(lines[1].utf8)).allSatisfy { $0 }, "HF's decoder round-trips our ids")
    }

    @Test func gpt2VocabularyGivesGPT2Ids() throws {
        guard let directory = gpt2Directory() else {
            print("GPT-2 encoder.json/vocab.bpe not found (scripts/setup.sh --python fetches them): skipping")
            return
        }
        let model = try TokenizerFile.load(gpt2Encoder: directory.appendingPathComponent("encoder.json"),
                                           merges: directory.appendingPathComponent("vocab.bpe"))
        #expect(model.vocabularySize == 50257)
        #expect(model.endOfText == 50256)
        var encoder = BPEEncoder(model: model)
        // Ids published with GPT-2 (and produced by tiktoken's "gpt2" encoding).
        #expect(encoder.encode("Hello world") == [15496, 995])
        #expect(encoder.encode("<|endoftext|>") == [50256])
        #expect(encoder.encode(" the") == [262])
        guard PythonPeer.available(["tokenizers"]) else { return }
        let script = """
            import json, sys
            from tokenizers import Tokenizer, models, pre_tokenizers
            d = sys.argv[1]
            tok = Tokenizer(models.BPE.from_file(d + "/encoder.json", d + "/vocab.bpe"))
            tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
            print(json.dumps([tok.encode(t).ids for t in json.load(sys.stdin)]))
            """
        let plain = texts.map { $0.replacingOccurrences(of: "<|endoftext|>", with: "") }
        let output = try PythonPeer.run(["-c", script, directory.path], stdin: try JSONSerialization.data(withJSONObject: plain))
        #expect(output.status == 0, "\(output.stderr)")
        let theirs = try JSONDecoder().decode([[UInt32]].self, from: output.stdout)
        for (text, ids) in zip(plain, theirs) { #expect(encoder.encode(text) == ids, "text: \(text.prefix(40))") }
    }

    private func gpt2Directory() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["VELOCITUNE_GPT2_DIR"], environment["HOME"].map { "\($0)/.cache/velocitune/gpt2" }].compactMap { $0 }
        return candidates.map { URL(fileURLWithPath: $0) }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("vocab.bpe").path)
        }
    }
}
