import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

/// Pretrained models' tokenizers: SmolLM2's pre-tokenizer (each digit alone, then ByteLevel) and
/// tokenizers read from GGUF metadata, against Hugging Face `tokenizers`.
@Suite struct ModelTokenizerTests {
    /// Digits, whitespace runs, unicode, special tokens.
    let texts = [
        sampleText, "In 2024, 1234567 people paid $3.50 (or 3,50€) at 10:45pm; x2 y22 z222.",
        "  leading   spaces\n\n\ttabs\r\n  12  34\n", "x\u{00A0}y\u{2003}z \u{0085}n\u{2028}l", "٣٤٥ ½ ² Ⅻ digits ǅ titlecase x\u{200B}y",
        "emoji 😀😀 ok 😀1", "it's they're WE'LL 'S x'd 1's", String(repeating: "1234567890 ", count: 50),
        "<|endoftext|>between<|im_start|>user\n2+2=<|im_end|>", "",
    ]

    @Test func individualDigitsSplitEveryNumberCharacter() throws {
        func pieces(_ text: String, _ digits: Bool) -> [String] {
            var result: [String] = []
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                PreTokenizer.split(buffer, individualDigits: digits) { result.append(String(decoding: buffer[$0], as: UTF8.self)) }
            }
            return result
        }
        #expect(pieces("ab 123x  4", true) == ["ab", " ", "1", "2", "3", "x", "  ", "4"])
        #expect(pieces("ab 123x  4", false) == ["ab", " 123", "x", " ", " 4"])
        #expect(pieces("٣٤", true) == ["٣", "٤"])
    }

    @Test func aSequenceOfDigitsAndByteLevelGivesHuggingFaceIds() throws {
        guard PythonPeer.available(["tokenizers"]) else {
            print("python tokenizers not installed: skipping the Hugging Face comparison (scripts/setup.sh --python installs it)")
            return
        }
        let trained = try trainedModel(vocabularySize: 600, text: String(repeating: sampleText + " 2024 1999 ", count: 20) + texts.joined())
        var tokenBytes = trained.tokenBytes
        var ids = trained.specialTokens
        for name in ["<|im_start|>", "<|im_end|>"] where trained.specialTokens[name] == nil {
            ids[name] = UInt32(tokenBytes.count)
            tokenBytes.append(Array(name.utf8))
        }
        let model = try BPEModel(tokenBytes: tokenBytes, merges: trained.merges, mergeResults: trained.mergeResults, specialTokens: ids,
                                 preTokenizer: .byteLevelIndividualDigits)
        let dir = try Repository.temporaryDirectory("vt-digits")
        let file = dir.appendingPathComponent("tokenizer.json")
        try TokenizerFile.save(model, to: file)
        let reloaded = try TokenizerFile.load(huggingFace: file)
        #expect(reloaded.preTokenizer == .byteLevelIndividualDigits && reloaded.specialTokens == ids)
        let theirs = try huggingFace(file, texts)
        var encoder = BPEEncoder(model: reloaded)
        for (text, ids) in zip(texts, theirs) { #expect(encoder.encode(text) == ids, "text: \(text.prefix(40))") }
    }

    @Test func smolLM2FromItsGGUFGivesHuggingFaceIds() throws {
        guard let gguf = ModelFiles.smolLM2GGUF else { print(ModelFiles.smolLM2Missing + ": skipping"); return }
        let model = try TokenizerFile.load(gguf)
        #expect(model.vocabularySize == 49152 && model.preTokenizer == .byteLevelIndividualDigits)
        #expect(model.specialTokens.count == 17 && model.endOfText == 0 && model.specialTokens["<|im_start|>"] == 1)
        var encoder = BPEEncoder(model: model)
        // Invalid UTF-8 round-trips through byte tokens, except the 21 bytes SmolLM2 has no token
        // for (0xFF among them), which Hugging Face's BPE drops too.
        #expect(model.bytesWithoutToken == [4, 6, 19, 20, 22, 29, 192, 193, 241, 242, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255])
        let invalid: [UInt8] = Array("ok ".utf8) + [0xC3, 0x28, 0xE2, 0x82, 0x80, 0x80] + Array(" 12".utf8)
        #expect(try encoder.decode(encoder.encode(bytes: invalid)) == invalid)
        #expect(try encoder.decode(encoder.encode(bytes: [0x21, 0xFF, 0x04, 0x21])) == [0x21, 0x21])
        guard PythonPeer.available(["tokenizers", "gguf"]) else {
            print("python tokenizers/gguf not installed: skipping the SmolLM2 id comparison (scripts/setup.sh --python installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-smol-tok")
        let theirFile = dir.appendingPathComponent("hf-tokenizer.json"), ourFile = dir.appendingPathComponent("ours.json")
        let lossy = String(decoding: invalid, as: UTF8.self)
        let all = texts + [lossy, "!\u{04}! a\u{06}b \u{1D}"]
        let input = try JSONSerialization.data(withJSONObject: all)
        let output = try PythonPeer.runScript("scripts/hf_tokenizer_from_gguf.py", [gguf.path, theirFile.path], stdin: input)
        try #require(output.status == 0, "\(output.stderr)")
        let theirs = try JSONDecoder().decode([[UInt32]].self, from: output.stdout)
        for (text, ids) in zip(all, theirs) { #expect(encoder.encode(text) == ids, "text: \(text.prefix(40))") }
        // Their tokenizer.json and ours (written from the GGUF) load as the same tokenizer.
        let fromJSON = try TokenizerFile.load(theirFile)
        #expect(fromJSON.tokenBytes == model.tokenBytes && fromJSON.specialTokens == model.specialTokens && fromJSON.preTokenizer == model.preTokenizer)
        try TokenizerFile.save(model, to: ourFile)
        let viaOurFile = try huggingFace(ourFile, all)
        #expect(viaOurFile == theirs)
    }

    /// Hugging Face `tokenizers`' ids for `texts` with the tokenizer in `file`.
    func huggingFace(_ file: URL, _ texts: [String]) throws -> [[UInt32]] {
        let script = """
            import json, sys
            from tokenizers import Tokenizer
            tok = Tokenizer.from_file(sys.argv[1])
            print(json.dumps([tok.encode(t, add_special_tokens=False).ids for t in json.load(sys.stdin)]))
            """
        let output = try PythonPeer.run(["-c", script, file.path], stdin: try JSONSerialization.data(withJSONObject: texts))
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONDecoder().decode([[UInt32]].self, from: output.stdout)
    }
}
