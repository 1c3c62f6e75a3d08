import Controller
import Foundation
import Testing

/// Finding 10 of issue 14 (registration items): idempotency compared the registration's bytes,
/// so -0.0 against 0.0 or an explicit default against an omitted one was a conflict (409); the
/// run ids `.` and `..` were valid.
@Suite struct RegistrationIdempotencyTests {
    let base = RunRegistration(domains: ["shell", "code"], lInit: ["shell": 3, "code": 2.5], lTarget: ["shell": 2, "code": 0],
                               policy: .velocitune, updateEvery: 100)

    func controller() throws -> MixingController { MixingController(database: try ControllerDatabase.inMemory()) }

    @Test func theSameRunWrittenDifferentlyIsTheSameRegistration() async throws {
        let c = try controller()
        #expect(try await c.register("r", base).created)
        var explicit = base
        explicit.eta = 1
        explicit.floor = 0
        explicit.epsilon = 1e-6
        explicit.smoothing = 0
        explicit.applyDelay = 0
        explicit.initialWeights = ["shell": 2, "code": 2]
        var negativeZero = base
        negativeZero.lTarget = ["shell": 2, "code": -0.0]
        for same in [explicit, negativeZero] {
            let again = try await c.register("r", same)
            #expect(!again.created && again.version.version == 0)
        }
        var different = base
        different.initialWeights = ["shell": 1, "code": 3]
        await #expect { _ = try await c.register("r", different) } throws: {
            ($0 as? ControllerError)?.status == 409 && "\($0)".contains("initial_weights")
        }
        var otherDelay = base
        otherDelay.applyDelay = 5
        await #expect { _ = try await c.register("r", otherDelay) } throws: { "\($0)".contains("apply_delay is 0 in the stored registration, 5 in this one") }
        // The stored registration is the first body, as it was given.
        #expect(try await c.snapshot("r", history: false).registration == base)
    }

    @Test func dotAndDotDotAreNotRunIDs() async throws {
        let c = try controller()
        for id in [".", ".."] {
            await #expect { _ = try await c.register(id, base) } throws: { ($0 as? ControllerError)?.status == 400 }
        }
        #expect(try await c.register("...", base).created, "three dots name no directory")
    }
}
