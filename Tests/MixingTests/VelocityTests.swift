import Mixing
import Testing

@Suite struct VelocityTests {
    @Test func isTheFractionOfTheWayLeftClampedToTheUnitInterval() {
        #expect(Velocity.of(current: 3.0, initial: 4.0, target: 2.0, epsilon: 1e-6) == 0.5)
        #expect(Velocity.of(current: 4.0, initial: 4.0, target: 2.0, epsilon: 1e-6) == 1)
        #expect(Velocity.of(current: 4.5, initial: 4.0, target: 2.0, epsilon: 1e-6) == 1, "a loss that rose clamps to 1")
        #expect(Velocity.of(current: 1.5, initial: 4.0, target: 2.0, epsilon: 1e-6) == 0, "past the target clamps to 0")
        #expect(Velocity.of(current: 2.0, initial: 4.0, target: 2.0, epsilon: 1e-6) == 0)
    }

    @Test func isZeroWhenTheTargetIsNotBelowTheInitialLoss() {
        #expect(Velocity.of(current: 3.0, initial: 2.0, target: 2.5, epsilon: 1e-6) == 0)
        #expect(Velocity.of(current: 3.0, initial: 2.0, target: 2.0, epsilon: 1e-6) == 0)
        #expect(Velocity.of(current: 3.0, initial: 2.0, target: 1.99, epsilon: 0.05) == 0, "a gap within epsilon counts as none")
        let configuration = MixerConfiguration(policy: .velocitune, domains: ["a", "b"], initialLoss: [2, 3],
                                               targetLoss: [2.5, 1], initialWeights: [0.5, 0.5])
        #expect(configuration.flaggedDomains == ["a"])
    }

    @Test func isInvariantToAffineRescalingOfLossesWhileDistanceIsNot() throws {
        let initial = [3.2, 1.6, 2.4], target = [2.0, 1.1, 1.9], now = [2.6, 1.5, 2.0]
        let a = 2.5, b = -0.7
        let scaled = { (x: [Double]) in x.map { a * $0 + b } }
        let v1 = Velocity.of(current: now, initial: initial, target: target, epsilon: 1e-9)
        let v2 = Velocity.of(current: scaled(now), initial: scaled(initial), target: scaled(target), epsilon: 1e-9)
        for i in v1.indices { #expect(abs(v1[i] - v2[i]) < 1e-12) }

        func weights(_ policy: PolicyKind, _ transform: ([Double]) -> [Double]) throws -> [Double] {
            var mixer = try Mixer(configuration: MixerConfiguration(
                policy: policy, domains: ["x", "y", "z"], initialLoss: transform(initial),
                targetLoss: transform(target), initialWeights: [0.2, 0.3, 0.5]))
            return try mixer.update(step: 10, losses: transform(now)).weights
        }
        let velocitune = try weights(.velocitune, { $0 }), velocituneScaled = try weights(.velocitune, scaled)
        for i in velocitune.indices { #expect(abs(velocitune[i] - velocituneScaled[i]) < 1e-12) }
        let distance = try weights(.distance, { $0 }), distanceScaled = try weights(.distance, scaled)
        #expect(zip(distance, distanceScaled).contains { abs($0 - $1) > 1e-3 })
    }
}
