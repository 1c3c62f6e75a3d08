import Artifacts
import Foundation
import Mixing
import RunLog
import Testing
import TestSupport
@testable import Pipeline
@testable import Training

@Suite(.serialized) struct PolicyRunTests {
    /// Every policy trains end to end; dynamic ones move the weights, on the simplex, every
    /// update_every steps; every evaluation logs weights and (with targets) velocities.
    @Test func everyPolicyRunsEndToEnd() throws {
        let fixture = try Fixture.make()
        let targets = try fixture.targets()
        var records: [PolicyKind: RunRecord] = [:]
        for policy in [PolicyKind.static, .velocitune, .distance, .noTarget, .linear] {
            var o = Fixture.tinyOptions()
            o.mixer = policy
            let run = try fixture.train(o, name: policy.rawValue, targets: targets)
            let record = try RunRecord(directory: run)
            #expect(record.isComplete)
            let evals = record.evaluations
            // Evaluations every eval_every (10) steps, and at every update (5) for dynamic policies.
            #expect(evals.map(\.step) == (policy == .static ? [0, 10, 20, 30] : [0, 5, 10, 15, 20, 25, 30]))
            for e in evals {
                #expect(abs(e.weights!.values.reduce(0, +) - 1) < 1e-9)
                #expect(e.velocity != nil, "\(policy) logs velocities")
            }
            let changes = record.schedule.stages.count
            #expect(policy == .static ? changes == 1 : changes > 3, "\(policy): \(changes) weight stages")
            records[policy] = record
        }
        // Velocitune gives more weight to the domains that are furthest (in relative terms) from
        // their targets at the first update.
        let first = records[.velocitune]!.evaluations[1]
        let velocity = first.velocity!, weights = first.weights!
        let slowest = velocity.max { $0.value < $1.value }!.key, fastest = velocity.min { $0.value < $1.value }!.key
        let initial = records[.static]!.evaluations[0].weights!
        #expect(weights[slowest]! / initial[slowest]! >= weights[fastest]! / initial[fastest]!)
    }

    @Test func replayReproducesARecordedScheduleAndItsAverage() throws {
        let fixture = try Fixture.make()
        var o = Fixture.tinyOptions()
        o.mixer = .velocitune
        let source = try RunRecord(directory: fixture.train(o, name: "source", targets: fixture.targets()))
        var r = Fixture.tinyOptions()
        r.mixer = .replay
        let replayed = try RunRecord(directory: fixture.train(r, name: "replay", replay: source.schedule))
        #expect(replayed.schedule == source.schedule, "the same weights from the same steps")
        let averaged = try RunRecord(directory: fixture.train(r, name: "average", replay: WeightSchedule(stages: [.init(fromStep: 0, weights: source.averageWeights)])))
        #expect(averaged.schedule.stages.count == 1)
        for (a, b) in zip(averaged.schedule.stages[0].weights, source.averageWeights) { #expect(abs(a - b) < 1e-12) }
    }

    /// A velocitune run interrupted between weight updates resumes to bitwise-identical losses
    /// and weights.
    @Test func resumeWithChangingWeightsIsExact() throws {
        let fixture = try Fixture.make()
        let targets = try fixture.targets()
        var o = Fixture.tinyOptions()
        o.mixer = .velocitune
        let straight = try fixture.train(o, name: "straight", targets: targets)
        #expect(throws: TrainingError.self) { _ = try fixture.train(o, name: "split", targets: targets, stopAt: 13) }
        let split = try fixture.train(o, name: "split", targets: targets, resume: true)
        let a = try MetricsLog.read(straight.appendingPathComponent("metrics.jsonl")).filter { $0.event != .start && $0.event != .checkpoint }
        let b = try MetricsLog.read(split.appendingPathComponent("metrics.jsonl")).filter { $0.event != .start && $0.event != .checkpoint }
        #expect(a.map(\.loss) == b.map(\.loss))
        #expect(a.map(\.weights) == b.map(\.weights))
        #expect(a.map(\.domainLoss) == b.map(\.domainLoss))
    }
}
