import Controller
import Foundation
import Mixing
import Testing

@Suite struct MixingControllerTests {
    let registration = RunRegistration(domains: ["shell", "code"], initialWeights: ["shell": 1, "code": 3], lInit: ["shell": 3, "code": 2.5],
                                       lTarget: ["shell": 2, "code": 2], policy: .velocitune, updateEvery: 100)

    func controller() throws -> MixingController { MixingController(database: try ControllerDatabase.inMemory()) }

    @Test func registrationIsIdempotentAndConflictsAreRefused() async throws {
        let c = try controller()
        let first = try await c.register("run-1", registration)
        #expect(first.created && first.version.version == 0)
        #expect(first.version.weights == ["shell": 0.25, "code": 0.75])
        let again = try await c.register("run-1", registration)
        #expect(!again.created && again.version == first.version)
        var other = registration
        other.eta = 2
        await #expect { _ = try await c.register("run-1", other) } throws: { ($0 as? ControllerError)?.status == 409 && "\($0)".contains("eta") }
        var bad = registration
        bad.lTarget = nil
        await #expect { _ = try await c.register("run-2", bad) } throws: { ($0 as? ControllerError)?.status == 422 && "\($0)".contains("l_target is required") }
        await #expect { _ = try await c.register("no spaces", registration) } throws: { ($0 as? ControllerError)?.status == 400 }
    }

    @Test func reportsComputeTheMixersUpdateAndAreIdempotent() async throws {
        let c = try controller()
        _ = try await c.register("r", registration)
        let report = LossReport(step: 100, baseVersion: 0, losses: ["shell": 2.5, "code": 2.25], tokens: 1000)
        let reply = try await c.report("r", report)
        #expect(reply.created && reply.version.version == 1 && reply.version.applyFromStep == 100)
        // The same update as the Mixing module computes locally.
        var mixer = try Mixer(configuration: MixerConfiguration(policy: .velocitune, domains: ["shell", "code"], initialLoss: [3, 2.5],
                                                                targetLoss: [2, 2], initialWeights: [0.25, 0.75]))
        let local = try mixer.update(step: 100, losses: [2.5, 2.25])
        #expect(reply.version.weights == ["shell": local.weights[0], "code": local.weights[1]])
        #expect(reply.version.velocity == ["shell": 0.5, "code": 0.5])
        let replayed = try await c.report("r", report)
        #expect(!replayed.created && replayed.version == reply.version)
        #expect(try await c.versions("r").count == 2)
    }

    @Test func replayDomainsKeepTheirShareUnlessTheRegistrationSaysOtherwise() async throws {
        let c = try controller()
        let replay = RunRegistration(domains: ["shell", "prose"], initialWeights: ["shell": 0.7, "prose": 0.3], lInit: ["shell": 3, "prose": 4],
                                     lTarget: ["shell": 2, "prose": 4.2], policy: .velocitune, updateEvery: 100, replayDomains: ["prose"])
        _ = try await c.register("r", replay)
        let reply = try await c.report("r", LossReport(step: 100, baseVersion: 0, losses: ["shell": 2.8, "prose": 4.1]))
        #expect(reply.version.weights["prose"] == 0.3, "\(reply.version.weights)")
        // The defaults are part of the registration: spelling them out is the same run.
        var explicit = replay
        explicit.replayRule = .share
        explicit.replayTolerance = 0.01
        #expect(!(try await c.register("r", explicit)).created)
        explicit.replayRule = .constraint
        await #expect { _ = try await c.register("r", explicit) } throws: { ($0 as? ControllerError)?.status == 409 && "\($0)".contains("replay_rule") }
        var unknown = replay
        unknown.replayDomains = ["poetry"]
        await #expect { _ = try await c.register("u", unknown) } throws: { ($0 as? ControllerError)?.status == 422 && "\($0)".contains("poetry") }
        var all = replay
        all.replayDomains = ["shell", "prose"]
        await #expect { _ = try await c.register("a", all) } throws: { ($0 as? ControllerError)?.status == 422 && "\($0)".contains("target domain") }
    }

    @Test func aReportOnAnOlderBaseForksAndSupersedesLaterVersions() async throws {
        let c = try controller()
        _ = try await c.register("r", registration)
        let v1 = try await c.report("r", LossReport(step: 100, baseVersion: 0, losses: ["shell": 2.5, "code": 2.2])).version
        let v2 = try await c.report("r", LossReport(step: 200, baseVersion: 1, losses: ["shell": 2.3, "code": 2.1])).version
        // Repeating a report (same step and base) returns the stored version: a deterministic
        // trainer resumed from a checkpoint gets exactly the weights it had before.
        #expect(try await c.report("r", LossReport(step: 200, baseVersion: 1, losses: ["shell": 2.9, "code": 2.9])).version == v2)
        // The trainer resumed from its step-100 checkpoint (weights version 1) and reports a step
        // that was never reported on that base: the history forks.
        let fork = try await c.report("r", LossReport(step: 250, baseVersion: v1.version, losses: ["shell": 2.4, "code": 2.15])).version
        #expect(fork.version == 3 && fork.baseVersion == 1)
        let history = try await c.versions("r")
        #expect(history.map(\.version) == [0, 1, 2, 3])
        #expect(history.first { $0.version == v2.version }?.superseded == true, "kept, marked superseded")
        #expect(try await c.weights("r").version == 3, "the latest active version")
        #expect(try await c.weights("r", version: 2).superseded)
        await #expect { _ = try await c.report("r", LossReport(step: 300, baseVersion: 2, losses: ["shell": 2, "code": 2])) } throws: {
            ($0 as? ControllerError)?.status == 409
        }
    }

    @Test func invalidReportsLeaveTheRunUnchanged() async throws {
        let c = try controller()
        _ = try await c.register("r", registration)
        let cases: [(LossReport, String)] = [
            (LossReport(step: 100, baseVersion: 0, losses: ["shell": .nan, "code": 2]), "expected a finite number"),
            (LossReport(step: 100, baseVersion: 0, losses: ["shell": .infinity, "code": 2]), "finite"),
            (LossReport(step: 100, baseVersion: 0, losses: ["shell": 2]), "missing loss for domain \"code\""),
            (LossReport(step: 100, baseVersion: 0, losses: ["shell": 2, "code": 2, "math": 1]), "unknown domain \"math\""),
            (LossReport(step: -1, baseVersion: 0, losses: ["shell": 2, "code": 2]), "step must be >= 0"),
            (LossReport(step: 100, baseVersion: 7, losses: ["shell": 2, "code": 2]), "base_version 7 does not exist"),
        ]
        for (report, message) in cases {
            await #expect { _ = try await c.report("r", report) } throws: { ($0 as? ControllerError)?.status == 422 && "\($0)".contains(message) }
        }
        #expect(try await c.versions("r").count == 1)
        await #expect { _ = try await c.report("missing", cases[0].0) } throws: { ($0 as? ControllerError)?.status == 404 }
    }

    /// The constraint rule's band lives in the mixer state: the controller stores it with every
    /// version, so its weights stay those of one local mixer across reports, and a snapshot
    /// carries it to a rebuilt controller.
    @Test func theReplayConstraintsMemoryIsStoredWithEveryVersion() async throws {
        let c = try controller()
        let constrained = RunRegistration(domains: ["shell", "prose"], initialWeights: ["shell": 0.7, "prose": 0.3], lInit: ["shell": 3, "prose": 4],
                                          lTarget: ["shell": 2, "prose": 4.2], policy: .velocitune, updateEvery: 100,
                                          replayDomains: ["prose"], replayRule: .constraint)
        _ = try await c.register("r", constrained)
        var mixer = try Mixer(configuration: MixerConfiguration(policy: .velocitune, domains: ["shell", "prose"], initialLoss: [3, 4],
                                                                targetLoss: [2, 4.2], initialWeights: [0.7, 0.3], roles: [.target, .replay],
                                                                replayRule: .constraint))
        // prose rises 0.2 (5% of l_init, five times the tolerance), then sits in the widened band.
        let reports: [(shell: Double, prose: Double)] = [(2.9, 3.9), (2.8, 4.1), (2.7, 4.0), (2.65, 3.95)]
        for (i, losses) in reports.enumerated() {
            let reply = try await c.report("r", LossReport(step: 100 * (i + 1), baseVersion: i, losses: ["shell": losses.shell, "prose": losses.prose]))
            let local = try mixer.update(step: 100 * (i + 1), losses: [losses.shell, losses.prose])
            #expect(reply.version.weights == ["shell": local.weights[0], "prose": local.weights[1]], "report \(i)")
        }
        let band = try #require(mixer.state.replayMemory?.band)
        #expect(band[0] == 0 && abs(band[1] - 0.2) < 1e-12, "\(band)")
        #expect(abs(mixer.weights[1] - 0.3 * 0.55) < 1e-12, "3.95 is 55% of the way up the band [3.84, 4.04]: \(mixer.weights)")
        let snapshot = try await c.snapshot("r", history: false)
        #expect(snapshot.state.replayMemory == mixer.state.replayMemory)
        let rebuilt = try controller()
        _ = try await rebuilt.importState("r", snapshot)
        let next = LossReport(step: 500, baseVersion: 4, losses: ["shell": 2.6, "prose": 3.9])
        let original = try await c.report("r", next), restored = try await rebuilt.report("r", next)
        let local = try mixer.update(step: 500, losses: [2.6, 3.9])
        #expect(original.version.weights == restored.version.weights && original.version.weights["prose"] == local.weights[1])
    }

    @Test func aLostControllerIsRebuiltFromASnapshot() async throws {
        let c = try controller()
        _ = try await c.register("r", registration)
        _ = try await c.report("r", LossReport(step: 100, baseVersion: 0, losses: ["shell": 2.5, "code": 2.2]))
        let snapshot = try await c.snapshot("r", history: false)
        let rebuilt = try controller()
        let imported = try await rebuilt.importState("r", snapshot)
        #expect(imported.created && imported.version.weights == snapshot.current.weights)
        let repeated = try await rebuilt.importState("r", snapshot)
        #expect(!repeated.created, "repeating the import is harmless")
        // Both continue identically.
        let next = LossReport(step: 200, baseVersion: 1, losses: ["shell": 2.2, "code": 2.1])
        let original = try await c.report("r", next), restored = try await rebuilt.report("r", next)
        #expect(original.version.weights == restored.version.weights)
        // A consistent snapshot of another history of the same run is a conflict.
        let other = try controller()
        _ = try await other.register("r", registration)
        _ = try await other.report("r", LossReport(step: 100, baseVersion: 0, losses: ["shell": 2.9, "code": 2.0]))
        let elsewhere = try await other.snapshot("r", history: false)
        await #expect { _ = try await c.importState("r", elsewhere) } throws: { ($0 as? ControllerError)?.status == 409 }
        // An inconsistent one is refused whatever is stored.
        var tampered = snapshot
        tampered.current.weights = ["shell": 0.9, "code": 0.1]
        await #expect { _ = try await c.importState("r", tampered) } throws: { ($0 as? ControllerError)?.status == 422 }
    }
}
