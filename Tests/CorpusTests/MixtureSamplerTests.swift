import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

@Suite struct MixtureSamplerTests {
    /// Three domains whose tokens encode (domain, position), so every drawn row can be traced.
    func domains(_ sizes: [Int] = [1 + 8 * 50, 1 + 8 * 23, 1 + 8 * 7]) throws -> [(name: String, shard: TokenShard)] {
        let dir = try Repository.temporaryDirectory("vt-sampler")
        return try sizes.enumerated().map { d, size in
            let url = dir.appendingPathComponent("d\(d).bin")
            try TokenShard.encode(tokens: (0..<size).map { UInt32(d * 10_000 + $0) }, documentCount: 1, vocabularySize: 100_000).write(to: url)
            return (["shell", "code", "math"][d], try TokenShard(contentsOf: url))
        }
    }

    @Test func rowsAreWindowsOfTPlusOneTokensAndPassesNeverRepeatOrSkip() throws {
        var sampler = try MixtureSampler(domains: domains(), sequenceLength: 8, seed: 1)
        var seen: [Int: [Int]] = [:]
        var rng = SplitMix64(seed: 2)
        for _ in 0..<40 {
            let weights = (0..<3).map { _ in rng.nextUnitDouble() }
            let batch = try sampler.nextBatch(rows: 4, weights: weights)
            for (row, d) in batch.domains.enumerated() {
                let tokens = batch.tokens[(row * 9)..<((row + 1) * 9)].map { Int($0) - d * 10_000 }
                #expect(tokens.first! % 8 == 0 && tokens == Array(tokens.first!...(tokens.first! + 8)), "a stride-T window of T+1 tokens")
                seen[d, default: []].append(tokens.first! / 8)
            }
        }
        for (d, count) in [50, 23, 7].enumerated() {
            let drawn = seen[d] ?? []
            // Each complete pass is a permutation of all sequences; the current pass has no repeats.
            for pass in stride(from: 0, to: drawn.count, by: count) {
                let slice = drawn[pass..<min(pass + count, drawn.count)]
                #expect(Set(slice).count == slice.count)
                if slice.count == count { #expect(Set(slice) == Set(0..<count)) }
            }
            #expect(sampler.state.passes[d] == drawn.count / count)
        }
    }

    @Test func resumingFromASavedStateGivesExactlyTheSameBatches() throws {
        let weights = (0..<30).map { step in [1.0, Double(step % 5), step > 20 ? 0 : 0.5] }
        var uninterrupted = try MixtureSampler(domains: domains(), sequenceLength: 8, seed: 42)
        var expected: [[Int32]] = []
        for w in weights { expected.append(try uninterrupted.nextBatch(rows: 5, weights: w).tokens) }
        var first = try MixtureSampler(domains: domains(), sequenceLength: 8, seed: 42)
        for w in weights.prefix(13) { _ = try first.nextBatch(rows: 5, weights: w) }
        let saved = try JSONConventions.decode(SamplerState.self, from: JSONConventions.encode(first.state))
        var resumed = try MixtureSampler(restoring: saved, domains: domains())
        for (i, w) in weights.enumerated().dropFirst(13) { #expect(try resumed.nextBatch(rows: 5, weights: w).tokens == expected[i]) }
        #expect(resumed.state == uninterrupted.state)
    }

    @Test func realizedCountsStayWithinOneRowOfTheWeights() throws {
        var rng = SplitMix64(seed: 77)
        for k in [2, 3, 5, 8] {
            let sizes = (0..<k).map { _ in 1 + 4 * 1000 }
            let dir = try Repository.temporaryDirectory("vt-prop")
            let streams = try sizes.enumerated().map { d, size -> (name: String, shard: TokenShard) in
                let url = dir.appendingPathComponent("\(d).bin")
                try TokenShard.encode(tokens: Array(repeating: 1, count: size), documentCount: 1, vocabularySize: 10).write(to: url)
                return ("d\(d)", try TokenShard(contentsOf: url))
            }
            var sampler = try MixtureSampler(domains: streams, sequenceLength: 4, seed: 0)
            var owed = [Double](repeating: 0, count: k)
            var worst = 0.0
            for step in 0..<400 {
                // Weights change every 10 steps, sometimes with zeros.
                if step % 10 == 0 { owed = owed.map { _ in 0 } }
                var weights = (0..<k).map { _ in rng.nextUnitDouble() }
                if step % 7 == 0 { weights[0] = 0 }
                let total = weights.reduce(0, +)
                let before = sampler.state.rowsDrawn
                _ = try sampler.nextBatch(rows: 3, weights: weights)
                for i in 0..<k { owed[i] += 3 * weights[i] / total - Double(sampler.state.rowsDrawn[i] - before[i]) }
                worst = max(worst, sampler.state.deficits.map(abs).max()!)
            }
            #expect(worst < 1, "k = \(k): deficit reached \(worst)")
        }
    }

    @Test func zeroWeightDomainsAreNeverDrawnAndBadWeightsAreRefused() throws {
        var sampler = try MixtureSampler(domains: domains(), sequenceLength: 8, seed: 0)
        for _ in 0..<20 { #expect(!(try sampler.nextBatch(rows: 4, weights: [0.3, 0, 0.7]).domains.contains(1))) }
        for bad in [[0.0, 0, 0], [1, -0.1, 0], [Double.nan, 1, 1], [1, 1]] {
            #expect(throws: CorpusError.self) { try sampler.nextBatch(rows: 1, weights: bad) }
        }
        var tiny = try MixtureSampler(domains: domains([1 + 8 * 4, 5, 1 + 8 * 3]), sequenceLength: 8, seed: 0)
        #expect { try tiny.nextBatch(rows: 1, weights: [1, 1, 1]) } throws: { "\($0)".contains("fewer than 9 training tokens") }
    }
}
