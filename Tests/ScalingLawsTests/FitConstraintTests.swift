import Foundation
import ScalingLaws
import Testing

@Suite struct FitConstraintTests {
    @Test func parametersRespectTheirBoundsAndFlatCurvesAreFlagged() throws {
        // A curve that has stopped improving: the best E would be the last loss itself.
        let points = [3.0, 2.6, 2.45, 2.44, 2.44, 2.44].enumerated().map {
            LossPoint(tokens: 1e6 * pow(2, Double($0.offset)), loss: $0.element)
        }
        let fit = try ScalingLawFitter().fitPowerLaw(points)
        #expect(fit.law.E >= 0)
        #expect(fit.law.E < 2.44)
        #expect(fit.law.beta > 0 && fit.law.beta <= 2)
        #expect(fit.law.B > 0)
        #expect(fit.diagnostics.warnings.contains { $0.contains("within 1% of the smallest observed loss") })
    }

    @Test func eStaysAtZeroWhenTheDataWantsItNegative() throws {
        // A pure power law through the origin, shifted down: the unconstrained E would be < 0.
        let points = (0..<6).map { i -> LossPoint in
            let t = 1e6 * pow(10, Double(i) * 0.5)
            return LossPoint(tokens: t, loss: 50 * pow(t, -0.2) - 0.3)
        }
        let fit = try ScalingLawFitter().fitPowerLaw(points)
        #expect(fit.law.E == 0)
        #expect(fit.diagnostics.warnings.contains { $0.contains("lower bound") })
    }

    @Test func heldOutLastErrorNeedsAFifthPoint() throws {
        let law = PowerLaw(E: 1, B: 10, beta: 0.3)
        let four = (1...4).map { LossPoint(tokens: Double($0) * 1e6, loss: law.loss(atTokens: Double($0) * 1e6)) }
        #expect(try ScalingLawFitter().fitPowerLaw(four).diagnostics.heldOutLastRelativeError == nil)
        let five = (1...5).map { LossPoint(tokens: Double($0) * 1e6, loss: law.loss(atTokens: Double($0) * 1e6)) }
        #expect(try ScalingLawFitter().fitPowerLaw(five).diagnostics.heldOutLastRelativeError != nil)
    }

    @Test func refusesBadInputWithTypedErrors() {
        let good = (1...5).map { LossPoint(tokens: Double($0) * 1e6, loss: 3 - 0.1 * Double($0)) }
        #expect(throws: FitError.tooFewPoints(count: 3, required: 4)) {
            try ScalingLawFitter().fitPowerLaw(Array(good.prefix(3)))
        }
        var zeroTokens = good
        zeroTokens[2].tokens = 0
        #expect(throws: FitError.nonPositiveTokens(index: 2, tokens: 0)) { try ScalingLawFitter().fitPowerLaw(zeroTokens) }
        var nan = good
        nan[1].loss = .nan
        #expect {
            try ScalingLawFitter().fitPowerLaw(nan)
        } throws: { error in
            guard case let .invalidValue(index, field, _) = error as? FitError else { return false }
            return index == 1 && field == "loss"
        }
        var infinite = good
        infinite[0].tokens = .infinity
        #expect { try ScalingLawFitter().fitPowerLaw(infinite) } throws: { ($0 as? FitError).map { "\($0)".contains("tokens") } ?? false }
        let oneSize = (1...8).map { LossPoint(tokens: Double($0) * 1e6, loss: 3 - 0.1 * Double($0), parameters: 1e7) }
        #expect(throws: FitError.singleModelSize) { try ScalingLawFitter().fitChinchilla(oneSize) }
    }

    @Test func reportsNonConvergenceInsteadOfReturningAnUnfinishedFit() {
        let points = (1...6).map { LossPoint(tokens: Double($0) * 1e6, loss: 3 / Double($0).squareRoot() + 1) }
        let starved = ScalingLawFitter(options: FitOptions(maxIterations: 1))
        #expect { try starved.fitPowerLaw(points) } throws: { error in
            guard case .didNotConverge = error as? FitError else { return false }
            return true
        }
    }
}
