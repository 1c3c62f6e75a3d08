import Common
import Foundation
import Mixing
import Testing

@Suite struct PolicyTests {
    let domains = ["shell", "code", "math"]
    let initialLoss = [3.0, 2.5, 2.0]
    let targetLoss = [2.0, 2.0, 1.0]
    let w0 = [0.5, 0.3, 0.2]

    func mixer(_ policy: PolicyKind, eta: Double = 1, smoothing: Double? = nil, floor: Double = 0,
               schedule: WeightSchedule? = nil) throws -> Mixer {
        try Mixer(configuration: MixerConfiguration(policy: policy, domains: domains, initialLoss: initialLoss,
                                                    targetLoss: targetLoss, initialWeights: w0, eta: eta,
                                                    smoothing: smoothing, floor: floor, schedule: schedule))
    }

    func normalized(_ x: [Double]) -> [Double] { let s = x.reduce(0, +); return x.map { $0 / s } }

    func expectClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        for i in a.indices { #expect(abs(a[i] - b[i]) <= tolerance, "index \(i): \(a[i]) vs \(b[i])", sourceLocation: sourceLocation) }
    }

    @Test func staticNeverMoves() throws {
        var m = try mixer(.static)
        for step in 1...5 { try m.update(step: step * 10, losses: [2.5, 2.1, 1.9]) }
        #expect(m.weights == w0)
        #expect(m.state.version == 5)
    }

    @Test func velocituneMultipliesByExpEtaVelocity() throws {
        var m = try mixer(.velocitune, eta: 0.7)
        let losses = [2.5, 2.25, 1.9]          // V = 0.5, 0.5, 0.9
        let update = try m.update(step: 100, losses: losses)
        expectClose(try #require(update.velocity), [0.5, 0.5, 0.9])
        expectClose(update.weights, normalized(zip(w0, [0.5, 0.5, 0.9]).map { $0 * exp(0.7 * $1) }))
    }

    @Test func successiveUpdatesCompound() throws {
        var m = try mixer(.velocitune)
        try m.update(step: 100, losses: [2.5, 2.25, 1.9])   // V1 = 0.5, 0.5, 0.9
        try m.update(step: 200, losses: [2.2, 2.0, 1.5])    // V2 = 0.2, 0.0, 0.5
        let expected = normalized(w0.indices.map { w0[$0] * exp([0.5, 0.5, 0.9][$0] + [0.2, 0.0, 0.5][$0]) })
        expectClose(m.weights, expected)
        #expect(m.state.schedule.stages.map(\.fromStep) == [0, 100, 200])
    }

    @Test func distanceUsesTheGapAboveTargetWithDefaultSmoothing() throws {
        var m = try mixer(.distance)
        let losses = [2.5, 1.8, 1.9]                        // gaps 0.5, 0 (below), 0.9
        let raw = normalized([0.5 * exp(0.5), 0.3 * exp(0), 0.2 * exp(0.9)])
        let smoothed = raw.map { (1 - 1e-4) * $0 + 1e-4 / 3 }
        expectClose(try m.update(step: 50, losses: losses).weights, smoothed)
    }

    @Test func noTargetUsesLossOverInitialLoss() throws {
        var m = try mixer(.noTarget)
        let losses = [2.4, 2.0, 1.5]
        let v = [0.8, 0.8, 0.75]
        expectClose(try m.update(step: 50, losses: losses).weights, normalized(w0.indices.map { w0[$0] * exp(v[$0]) }))
    }

    @Test func linearUsesOnePlusEtaVelocity() throws {
        var m = try mixer(.linear, eta: 2)
        expectClose(try m.update(step: 50, losses: [2.5, 2.25, 1.9]).weights,
                    normalized([0.5 * 2, 0.3 * 2, 0.2 * 2.8]))
    }

    @Test func replayFollowsTheScheduleAndAveragesOverTime() throws {
        let schedule = WeightSchedule(stages: [.init(fromStep: 0, weights: w0),
                                               .init(fromStep: 100, weights: [0.2, 0.2, 0.6]),
                                               .init(fromStep: 300, weights: [0.1, 0.1, 0.8])])
        var m = try mixer(.replay, schedule: schedule)
        #expect(try m.update(step: 50, losses: [2.9, 2.4, 1.9]).weights == w0)
        #expect(try m.update(step: 100, losses: [2.9, 2.4, 1.9]).weights == [0.2, 0.2, 0.6])
        #expect(try m.update(step: 350, losses: [2.9, 2.4, 1.9]).weights == [0.1, 0.1, 0.8])
        // Recorded weights are not smoothed or floored again, whatever the configuration says.
        var floored = try mixer(.replay, smoothing: 0.1, floor: 0.15, schedule: schedule)
        #expect(try floored.update(step: 350, losses: [2.9, 2.4, 1.9]).weights == [0.1, 0.1, 0.8])
        // 100 steps at w0, 200 at the second, 100 at the third, out of 400.
        expectClose(schedule.timeAverage(totalSteps: 400),
                    [(0.5 * 100 + 0.2 * 200 + 0.1 * 100) / 400, (0.3 * 100 + 0.2 * 200 + 0.1 * 100) / 400,
                     (0.2 * 100 + 0.6 * 200 + 0.8 * 100) / 400])
    }

    @Test func weightsStayOnTheSimplexAfterEveryUpdateOfEveryPolicy() throws {
        var rng = SplitMix64(seed: 3)
        for policy in PolicyKind.allCases where policy != .replay {
            for options in [(eta: 1.0, smoothing: nil as Double?, floor: 0.0), (eta: 5.0, smoothing: 0.01, floor: 0.05)] {
                var m = try mixer(policy, eta: options.eta, smoothing: options.smoothing, floor: options.floor)
                for step in 1...300 {
                    let losses = (0..<3).map { _ in 0.5 + 3.5 * rng.nextUnitDouble() }
                    let w = try m.update(step: step, losses: losses).weights
                    #expect(Simplex.contains(w, tolerance: 1e-12), "\(policy) step \(step): \(w)")
                    #expect(w.allSatisfy { $0 >= options.floor - 1e-15 }, "\(policy) floor violated: \(w)")
                }
            }
        }
    }

    @Test func floorAndSmoothingKeepEveryDomainAlive() throws {
        var m = try mixer(.velocitune, eta: 10, floor: 0.05)
        for step in 1...50 { try m.update(step: step, losses: [3.0, 2.0, 1.0]) }   // V = 1, 0, 0
        #expect(abs(m.weights[1] - 0.05) < 1e-12 && abs(m.weights[2] - 0.05) < 1e-12)
        let floored = Simplex.applyFloor([0.9, 0.08, 0.02], floor: 0.05)
        let expected: [Double] = [0.9 * 0.95 / 0.98, 0.08 * 0.95 / 0.98, 0.05]
        expectClose(floored, expected)
        expectClose(Simplex.smooth([1, 0], toward: 0.1), [0.95, 0.05])
    }

    @Test func badLossesAreRejectedAndLeaveWeightsUnchanged() throws {
        var m = try mixer(.velocitune)
        try m.update(step: 10, losses: [2.5, 2.2, 1.5])
        let before = m.state
        for bad in [[Double.nan, 2, 1], [2, .infinity, 1], [2, 2, -1], [2, 2]] {
            #expect(throws: MixingError.self) { try m.update(step: 20, losses: bad) }
        }
        #expect { try m.update(step: 20, losses: ["shell": 2, "code": 2]) } throws: { "\($0)".contains("missing loss for domain \"math\"") }
        #expect { try m.update(step: 20, losses: ["shell": 2, "code": 2, "math": 1, "prose": 3]) } throws: { "\($0)".contains("unknown domain \"prose\"") }
        #expect(m.state == before)
    }

    @Test func configurationIsValidated() {
        func invalid(_ c: MixerConfiguration) -> Bool { (try? Mixer(configuration: c)) == nil }
        #expect(invalid(MixerConfiguration(policy: .velocitune, domains: ["a", "a"], initialLoss: [1, 1], targetLoss: [0, 0], initialWeights: [0.5, 0.5])))
        #expect(invalid(MixerConfiguration(policy: .velocitune, domains: ["a", "b"], initialLoss: [1], targetLoss: [0, 0], initialWeights: [0.5, 0.5])))
        #expect(invalid(MixerConfiguration(policy: .velocitune, domains: ["a", "b"], initialLoss: [1, 1], targetLoss: [0, 0], initialWeights: [0.7, 0.7])))
        #expect(invalid(MixerConfiguration(policy: .velocitune, domains: ["a", "b"], initialLoss: [1, .nan], targetLoss: [0, 0], initialWeights: [0.5, 0.5])))
        #expect(invalid(MixerConfiguration(policy: .velocitune, domains: ["a", "b"], initialLoss: [1, 1], targetLoss: [0, 0], initialWeights: [0.5, 0.5], floor: 0.6)))
        #expect(invalid(MixerConfiguration(policy: .replay, domains: ["a", "b"], initialLoss: [1, 1], targetLoss: [0, 0], initialWeights: [0.5, 0.5])))
    }
}
