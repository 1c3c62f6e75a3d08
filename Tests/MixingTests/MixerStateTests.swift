import Common
import Foundation
import Mixing
import Testing

@Suite struct MixerStateTests {
    @Test func roundTripsThroughJSONWithBitwiseEqualWeights() throws {
        var rng = SplitMix64(seed: 11)
        var m = try Mixer(configuration: MixerConfiguration(
            policy: .velocitune, domains: ["a", "b", "c", "d"], initialLoss: [3.1, 2.7, 2.2, 4.05],
            targetLoss: [2.0, 2.3, 1.1, 3.0], initialWeights: try InitialWeights.natural.resolve(
                domains: ["a", "b", "c", "d"], tokenCounts: [123_457, 98_765, 31_415, 27_182]),
            eta: 0.93, smoothing: 1e-3, floor: 0.01))
        for step in 1...40 {
            try m.update(step: step * 25, losses: (0..<4).map { _ in 1 + 3 * rng.nextUnitDouble() })
        }
        let data = try JSONConventions.encode(m.state)
        let decoded = try JSONConventions.decode(MixerState.self, from: data)
        #expect(decoded.weights.map(\.bitPattern) == m.state.weights.map(\.bitPattern))
        #expect(decoded == m.state)
        // A restored mixer continues exactly as the original.
        var restored = try Mixer(restoring: decoded)
        let losses = [2.5, 2.5, 2.5, 3.5]
        #expect(try restored.update(step: 2000, losses: losses).weights.map(\.bitPattern)
                == m.update(step: 2000, losses: losses).weights.map(\.bitPattern))
    }

    @Test func refusesAStateFromAnotherFormatVersion() throws {
        let m = try Mixer(configuration: MixerConfiguration(policy: .static, domains: ["a"], initialLoss: [2],
                                                           targetLoss: [1], initialWeights: [1]))
        var state = m.state
        state.formatVersion = 99
        #expect(throws: MixingError.unsupportedStateVersion(found: 99, supported: 1)) { try Mixer(restoring: state) }
    }

    @Test func initialWeightsResolveFromTheirThreeForms() throws {
        let domains = ["shell", "code", "math"]
        #expect(try InitialWeights(parsing: "natural").resolve(domains: domains, tokenCounts: [1, 2, 1]) == [0.25, 0.5, 0.25])
        #expect(try InitialWeights(parsing: "uniform").resolve(domains: domains, tokenCounts: [1, 2, 1]) == [1.0 / 3, 1.0 / 3, 1.0 / 3])
        #expect(try InitialWeights(parsing: "shell=2, math=2").resolve(domains: domains, tokenCounts: [1, 1, 1]) == [0.5, 0, 0.5])
        #expect(throws: MixingError.self) { try InitialWeights(parsing: "shell=0.5,code") }
        #expect(throws: MixingError.self) { try InitialWeights(parsing: "shell=-1").resolve(domains: domains, tokenCounts: [1, 1, 1]) }
        #expect(throws: MixingError.self) { try InitialWeights(parsing: "shell=0").resolve(domains: domains, tokenCounts: [1, 1, 1]) }
        #expect(throws: MixingError.self) { try InitialWeights(parsing: "prose=1").resolve(domains: domains, tokenCounts: [1, 1, 1]) }
    }
}
