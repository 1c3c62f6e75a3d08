import Common
import Foundation
import Mixing
import Testing

/// Targets refitted during the run: a power law in each domain's own learning-rate area, fitted
/// to the recent half of the run's updates and extrapolated to a static run's end.
@Suite struct TargetRefitTests {
    let domains = ["shell", "code", "math"]
    let scale = [9.0, 8.0, 6.0], exponent = [0.08, 0.05, 0.12]
    let budget = 10_000.0

    /// Proxy targets that miss on purpose (too high, as the demo's do).
    func configuration(policy: PolicyKind = .velocitune, minimumPoints: Int = TargetRefitDefaults.minimumPoints) -> MixerConfiguration {
        MixerConfiguration(policy: policy, domains: domains, initialLoss: [9, 8, 6], targetLoss: [8, 7.2, 5],
                           initialWeights: [0.5, 0.3, 0.2], targetRefit: TargetRefit(budgetArea: budget, minimumPoints: minimumPoints))
    }

    /// Runs `updates` updates 500 steps apart at a constant rate (area = steps), each domain's loss
    /// exactly `scale * S^-exponent` in its own area `S` (steps times its weight over its initial
    /// weight, the weights being whatever the mixer set).
    func run(_ mixer: inout Mixer, updates: ClosedRange<Int>, area: inout [Double]) throws {
        for update in updates {
            let step = 500 * update
            area = area.indices.map { area[$0] + 500 * mixer.weights[$0] / mixer.state.configuration.initialWeights[$0] }
            let losses = area.indices.map { scale[$0] * pow(area[$0], -exponent[$0]) }
            try mixer.update(step: step, losses: losses, learningRateArea: Double(step))
        }
    }

    @Test func aSteeredRunsRefitPredictsTheStaticRunsEnd() throws {
        var mixer = try Mixer(configuration: configuration())
        var area = [0.0, 0.0, 0.0]
        try run(&mixer, updates: 1...12, area: &area)
        #expect(mixer.state.schedule.stages.count > 2, "the weights moved, so the domains' areas differ from the run's")
        let targets = try #require(mixer.targets(atStep: 6000))
        for i in domains.indices {
            let staticEnd = scale[i] * pow(budget, -exponent[i])
            #expect(abs(targets[i] / staticEnd - 1) < 1e-9, "\(domains[i]): \(targets[i]) vs \(staticEnd)")
        }
    }

    @Test func theProxyTargetsHoldUntilTheWindowHasEnoughPoints() throws {
        var mixer = try Mixer(configuration: configuration())
        var area = [0.0, 0.0, 0.0]
        // Updates at 500 and 1000: the window of step 1000 holds both, one fewer than three.
        try run(&mixer, updates: 1...2, area: &area)
        #expect(mixer.targets(atStep: 1000) == [8, 7.2, 5])
        // At 1500 the window (750 on) holds 1000 and 1500 only; at 2000 it holds 1000 to 2000.
        try run(&mixer, updates: 3...3, area: &area)
        #expect(mixer.targets(atStep: 1500) == [8, 7.2, 5])
        try run(&mixer, updates: 4...4, area: &area)
        #expect(mixer.targets(atStep: 2000) != [8, 7.2, 5])
        #expect(mixer.state.refitMemory?.points.map(\.step) == [1000, 1500, 2000])
    }

    @Test func aDomainWhoseLossDoesNotFallKeepsItsProxyTarget() throws {
        var mixer = try Mixer(configuration: configuration(policy: .static))
        for update in 1...6 {
            let step = 500 * update
            try mixer.update(step: step, losses: [9 - 0.1 * Double(update), 8 - 0.1 * Double(update), 5 + 0.01 * Double(update)],
                             learningRateArea: Double(step))
        }
        let targets = try #require(mixer.targets(atStep: 3000))
        #expect(targets[2] == 5, "math's loss rises: its proxy target stays")
        #expect(targets[0] != 8 && targets[1] != 7.2)
    }

    @Test func anUpdateWithoutTheAreaOrWithAShrinkingAreaIsRefusedAndChangesNothing() throws {
        var mixer = try Mixer(configuration: configuration())
        try mixer.update(step: 500, losses: [8.5, 7.5, 5.5], learningRateArea: 500)
        let before = mixer.state
        #expect(throws: MixingError.self) { try mixer.update(step: 1000, losses: [8.4, 7.4, 5.4]) }
        #expect(throws: MixingError.self) { try mixer.update(step: 1000, losses: [8.4, 7.4, 5.4], learningRateArea: 400) }
        #expect(mixer.state == before)
    }

    @Test func aRestoredMixerRefitsExactlyAsTheOriginal() throws {
        var mixer = try Mixer(configuration: configuration())
        var area = [0.0, 0.0, 0.0]
        try run(&mixer, updates: 1...5, area: &area)
        var restored = try Mixer(restoring: JSONConventions.decode(MixerState.self, from: JSONConventions.encode(mixer.state)))
        var restoredArea = area
        try run(&mixer, updates: 6...9, area: &area)
        try run(&restored, updates: 6...9, area: &restoredArea)
        #expect(restored.weights.map(\.bitPattern) == mixer.weights.map(\.bitPattern))
        #expect(restored.state == mixer.state)
    }

    @Test func aReplayDomainKeepsItsTargetAndASavedRefitNeedsItsConfiguration() throws {
        var replaying = configuration()
        replaying.roles = [.target, .target, .replay]
        var mixer = try Mixer(configuration: replaying)
        var area = [0.0, 0.0, 0.0]
        try run(&mixer, updates: 1...8, area: &area)
        let targets = try #require(mixer.targets(atStep: 4000))
        #expect(targets[2] == 5, "a replay domain is not steered to a target: not refitted")
        #expect(targets[0] != 8 && targets[1] != 7.2)
        var orphan = mixer.state
        orphan.configuration.targetRefit = nil
        #expect(throws: MixingError.self) { try Mixer(restoring: orphan) }
    }

    @Test func theRefitCannotBeCombinedWithATargetCurveOrGoWithoutTargets() throws {
        var curved = configuration()
        curved.targetCurve = TargetCurve(steps: [0, 10_000], losses: [[9, 8, 6], [8, 7.2, 5]])
        #expect(throws: MixingError.self) { try Mixer(configuration: curved) }
        var untargeted = configuration(policy: .noTarget)
        untargeted.targetLoss = nil
        #expect(throws: MixingError.self) { try Mixer(configuration: untargeted) }
        var narrow = configuration()
        narrow.targetRefit?.window = 0
        #expect(throws: MixingError.self) { try Mixer(configuration: narrow) }
    }
}
