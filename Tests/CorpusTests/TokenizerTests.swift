import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

/// A small corpus to train tokenizers on in tests.
let sampleText = """
    The quick brown fox jumps over the lazy dog. It's 2024; they're 42 years old!
    def add(a, b):\n    return a + b  # adds\n\n    if x >= 10:\n\t\tprint("ten")\n
    Solve -7*w = -4*w + 12 for w.\n-4\nÜber naïve café — 東京 😀 \u{00A0}nbsp
    """

func trainedModel(vocabularySize: Int = 400, text: String = String(repeating: sampleText, count: 20)) throws -> BPEModel {
    var counts = PieceCounts()
    counts.add(document: Array(text.utf8))
    return try BPETrainer(vocabularySize: vocabularySize).train(counts)
}

func pieces(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var result: [String] = []
    bytes.withUnsafeBufferPointer { buffer in
        PreTokenizer.split(buffer) { result.append(String(decoding: bytes[$0], as: UTF8.self)) }
    }
    return result
}

@Suite struct PreTokenizerTests {
    @Test func splitsLikeTheGPT2Expression() {
        #expect(pieces("Hello world") == ["Hello", " world"])
        #expect(pieces("it's they're I'LL") == ["it", "'s", " they", "'re", " I", "'", "LL"])
        #expect(pieces("a  b") == ["a", " ", " b"])
        #expect(pieces("x\n\ny") == ["x", "\n", "\n", "y"])
        #expect(pieces("end   ") == ["end", "   "])
        #expect(pieces("f(x)=42;") == ["f", "(", "x", ")=", "42", ";"])
        #expect(pieces(" 3.14 ") == [" 3", ".", "14", " "])
        #expect(pieces("\tif") == ["\t", "if"])
        #expect(pieces("東京 café") == ["東京", " café"])
    }

    @Test func whitespaceBeforeAWordLeavesItsLastSpaceToTheWord() {
        // \s+(?!\S): a run of spaces before a word keeps its last space for the word.
        #expect(pieces("a   b") == ["a", "  ", " b"])
        #expect(pieces("\n b") == ["\n", " b"])
        #expect(pieces("x \n\ny") == ["x", " \n", "\n", "y"])
    }

    @Test func piecesTileAnyBytesIncludingInvalidUTF8() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let bytes = (0..<Int(rng.nextIndex(below: 300))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            var covered = 0
            bytes.withUnsafeBufferPointer { buffer in
                PreTokenizer.split(buffer) { range in
                    #expect(range.lowerBound == covered && !range.isEmpty)
                    covered = range.upperBound
                }
            }
            #expect(covered == bytes.count)
        }
    }
}

@Suite struct BPETests {
    @Test func encodeDecodeRoundTripsArbitraryBytes() throws {
        let model = try trainedModel()
        var encoder = BPEEncoder(model: model)
        var rng = SplitMix64(seed: 9)
        for length in [0, 1, 2, 7, 100, 5000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            #expect(try encoder.decode(encoder.encode(bytes: bytes, allowSpecial: false)) == bytes)
        }
        let text = sampleText + "<|endoftext|>" + sampleText
        let ids = encoder.encode(text)
        #expect(ids.contains(model.endOfText!))
        #expect(try encoder.decode(ids) == Array(text.utf8))
        #expect(!encoder.encode(text, allowSpecial: false).contains(model.endOfText!))
    }

    @Test func trainingIsDeterministicAndReachesTheVocabularySize() throws {
        let a = try trainedModel(vocabularySize: 350)
        let b = try trainedModel(vocabularySize: 350)
        #expect(a.vocabularySize == 350)
        #expect(a.tokenBytes == b.tokenBytes)
        #expect(a.merges.map { [$0.left, $0.right] } == b.merges.map { [$0.left, $0.right] })
        // The learned merges compress the text they were trained on.
        var encoder = BPEEncoder(model: a)
        #expect(Double(encoder.encode(sampleText).count) < 0.6 * Double(sampleText.utf8.count))
        #expect(a.specialTokens == [SpecialTokens.endOfText: 349])
    }

    @Test func stopsEarlyWhenNoPairRepeats() throws {
        let model = try trainedModel(vocabularySize: 10_000, text: "abcabc")
        #expect(model.vocabularySize < 10_000)
        #expect(throws: TokenizerError.self) { try trainedModel(vocabularySize: 200) }
    }

    @Test func scanningAndHeapMergingAgree() throws {
        let model = try trainedModel(vocabularySize: 600)
        var rng = SplitMix64(seed: 13)
        let alphabet = Array("aaabbbcd eeffthe quick 1234567890====....".utf8)
        for _ in 0..<200 {
            let bytes = (0..<(49 + rng.nextIndex(below: 400))).map { _ in alphabet[rng.nextIndex(below: alphabet.count)] }
            var viaHeap: [UInt32] = []
            bytes.withUnsafeBufferPointer { model.encodePiece($0, into: &viaHeap) }
            // The same bytes in chunks short enough for scanning must give the same tokens when
            // no merge crosses a chunk: compare against scanning the whole piece directly.
            var viaScan = bytes.map { model.byteTokens[Int($0)] }
            scan(model, &viaScan)
            #expect(viaHeap == viaScan)
        }
    }

    /// Reference BPE: merge the lowest-rank pair everywhere, repeat.
    private func scan(_ model: BPEModel, _ symbols: inout [UInt32]) {
        while symbols.count > 1 {
            var best: (rank: UInt64, index: Int)?
            for i in 0..<(symbols.count - 1) {
                if let entry = model.mergeTable[BPEModel.pairKey(symbols[i], symbols[i + 1])], best == nil || entry >> 32 < best!.rank {
                    best = (entry >> 32, i)
                }
            }
            guard let best else { return }
            let entry = model.mergeTable[BPEModel.pairKey(symbols[best.index], symbols[best.index + 1])]!
            let (l, r) = (symbols[best.index], symbols[best.index + 1])
            var out: [UInt32] = []
            var i = 0
            while i < symbols.count {
                if i + 1 < symbols.count && symbols[i] == l && symbols[i + 1] == r { out.append(UInt32(truncatingIfNeeded: entry)); i += 2 } else { out.append(symbols[i]); i += 1 }
            }
            symbols = out
        }
    }

    @Test func huggingFaceFileRoundTrips() throws {
        let model = try trainedModel()
        let url = try Repository.temporaryDirectory("vt-tok").appendingPathComponent("tokenizer.json")
        try TokenizerFile.save(model, to: url)
        let loaded = try TokenizerFile.load(huggingFace: url)
        #expect(loaded.tokenBytes == model.tokenBytes)
        #expect(loaded.merges.map { [$0.left, $0.right] } == model.merges.map { [$0.left, $0.right] })
        #expect(loaded.specialTokens == model.specialTokens)
        #expect(try String(contentsOf: url, encoding: .utf8) == TokenizerFile.huggingFaceJSON(loaded))
    }

    @Test func malformedTokenizerFilesAreRejectedWithTheirPath() throws {
        let file = try Repository.temporaryDirectory("vt-bad-tokenizer").appendingPathComponent("tokenizer.json")
        for text in ["not json", #"{"model": {"type": "WordPiece"}}"#,
                     #"{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}, "pre_tokenizer": {"type": "ByteLevel"}}"#] {
            try text.write(to: file, atomically: false, encoding: .utf8)
            #expect { try TokenizerFile.load(huggingFace: file) } throws: { "\($0)".contains(file.path) }
        }
    }
}
