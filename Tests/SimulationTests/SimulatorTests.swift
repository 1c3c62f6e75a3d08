import ConfigFiles
import Foundation
import Mixing
import RunLog
import Simulation
import Testing
import TestSupport

let repositoryRoot = Repository.root

@Suite struct SimulatorTests {
    func example() throws -> Simulator {
        try Simulator(config: YAMLConfig.load(SimulationConfig.self, from: repositoryRoot.appendingPathComponent("examples/simulate.yaml")))
    }

    @Test func velocituneEndsWithASmallerWorstDomainVelocityThanStatic() throws {
        let sim = try example()
        let fixed = try sim.run(policy: .static)
        let velocitune = try sim.run(policy: .velocitune)
        let budgetRatio: Double = fixed.tokensSeen.reduce(0, +) / velocitune.tokensSeen.reduce(0, +)
        #expect(abs(budgetRatio - 1) < 1e-12, "same token budget")
        #expect(velocitune.worstVelocity < fixed.worstVelocity - 0.03)
        #expect(velocitune.velocitySpread < fixed.velocitySpread)
    }

    @Test func distanceOverWeightsTheDomainWithTheLargerAbsoluteLossWhereVelocituneDoesNot() throws {
        let sim = try example()
        let code = sim.config.domains.firstIndex { $0.name == "code" }!
        let math = sim.config.domains.firstIndex { $0.name == "math" }!
        // code has the larger absolute loss and gap; math is further from its target in relative terms.
        #expect(sim.config.domains[code].initLoss > sim.config.domains[math].initLoss)
        let distance = try sim.run(policy: .distance)
        let velocitune = try sim.run(policy: .velocitune)
        #expect(distance.averageWeights[code] > 0.6, "distance gives code more than its natural 0.5")
        #expect(velocitune.averageWeights[code] < 0.5, "velocitune gives code less than its natural 0.5")
        #expect(velocitune.averageWeights[math] > distance.averageWeights[math])
        #expect(distance.finalVelocity[math] > velocitune.finalVelocity[math])
    }

    @Test func logsEvalEventsWithTheDocumentedFields() throws {
        let sim = try example()
        var events: [MetricsEvent] = []
        _ = try sim.run(policy: .velocitune) { events.append($0) }
        let evals = events.filter { $0.event == .eval }
        #expect(evals.count == sim.config.steps / sim.config.updateEvery + 1)
        #expect(evals.first?.step == 0 && evals.last?.step == sim.config.steps)
        for e in evals {
            #expect(Set(e.domainLoss!.keys) == ["code", "math"])
            #expect(Set(e.velocity!.keys) == ["code", "math"])
            #expect(abs(e.weights!.values.reduce(0, +) - 1) < 1e-9)
        }
        #expect(zip(evals, evals.dropFirst()).allSatisfy { $0.tokens < $1.tokens })
        #expect(events.first?.event == .start && events.last?.event == .end)
    }

    @Test func noiselessStaticRunFollowsTheAnalyticCurves() throws {
        let config = SimulationConfig(steps: 100, tokensPerStep: 1000, updateEvery: 10, policy: .static,
                                      initialWeights: .uniform, domains: [
            SimulatedDomain(name: "a", E: 1, B: 10, beta: 0.5, initLoss: 2, target: 1.2),
            SimulatedDomain(name: "b", E: 2, B: 5, beta: 0.3, initLoss: 3, target: 2.5),
        ])
        let result = try Simulator(config: config).run()
        // d0 solves E + B d0^-beta = init; after 50k tokens each: E + B (d0 + 5e4)^-beta.
        let d0a = pow(10.0, 2.0), d0b = pow(5.0, 1 / 0.3)
        #expect(abs(result.finalLoss[0] - (1 + 10 * pow(d0a + 5e4, -0.5))) < 1e-12)
        #expect(abs(result.finalLoss[1] - (2 + 5 * pow(d0b + 5e4, -0.3))) < 1e-12)
        #expect(result.tokensSeen == [5e4, 5e4])
    }

    @Test func rejectsInconsistentDomainsNamingTheField() {
        let bad = SimulationConfig(steps: 10, tokensPerStep: 1, updateEvery: 1, domains: [
            SimulatedDomain(name: "a", E: 2, B: 1, beta: 0.5, initLoss: 1.5, target: 1),
        ])
        #expect { try Simulator(config: bad) } throws: { "\($0)" == "domains[0].init_loss: must be above E = 2.0, got 1.5" }
        let unknown = SimulationConfig(steps: 10, tokensPerStep: 1, updateEvery: 1, domains: [
            SimulatedDomain(name: "a", E: 1, B: 1, beta: 0.5, initLoss: 2, target: 1, transfer: ["zz": 0.1]),
        ])
        #expect { try Simulator(config: unknown) } throws: { "\($0)".hasPrefix("domains[0].transfer.zz: unknown domain") }
    }

    /// A replay domain whose loss rises as the others train (forgetting) keeps its weight under
    /// either rule (under the constraint, up to its initial share); as a plain target domain (its target above l_init) it starves.
    @Test func aForgettingReplayDomainDoesNotStarve() throws {
        let config = try YAMLConfig.load(SimulationConfig.self, from: repositoryRoot.appendingPathComponent("examples/simulate-replay.yaml"))
        let prose = config.domains.firstIndex { $0.name == "prose" }!
        func run(_ edit: (inout SimulationConfig) -> Void) throws -> SimulationResult {
            var c = config
            edit(&c)
            return try Simulator(config: c).run(policy: .velocitune)
        }
        let fixed = try Simulator(config: config).mixerConfiguration().initialWeights[prose]
        let unprotected = try run { $0.domains[prose].role = nil }
        let share = try run { $0.replayRule = .share }
        let constraint = try run { $0.replayRule = .constraint }
        #expect(unprotected.averageWeights[prose] < 0.5 * fixed, "\(unprotected.averageWeights)")
        #expect(abs(share.averageWeights[prose] - fixed) < 1e-9, "\(share.averageWeights)")
        // The constraint gives prose data while it forgets, never more than its initial share.
        #expect(constraint.averageWeights[prose] > unprotected.averageWeights[prose] && constraint.averageWeights[prose] <= fixed + 1e-9,
                "\(constraint.averageWeights) vs \(unprotected.averageWeights)")
        let unprotectedDrift = unprotected.finalLoss[prose] - unprotected.initialLoss[prose]
        #expect(share.replayDrift[0] < unprotectedDrift && constraint.replayDrift[0] < unprotectedDrift)
    }
}
