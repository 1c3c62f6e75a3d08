import Artifacts
import Testing
@testable import Pipeline

/// The proxy's runs derive from the run's options: what they keep, what they drop.
struct ProxyPlanTests {
    /// A 1,000-step run with a cosine schedule whose mixer options a proxy must not inherit.
    static func steeredRun() -> TrainingOptions {
        var run = TrainingOptions()
        run.maxSteps = 1000
        run.warmupSteps = 20
        run.schedule = .cosine
        run.mixer = .velocitune
        run.targetRefit = true
        run.testTokens = 4096
        return run
    }

    @Test func trunkAndBranchesDropTheRunsMixerOptions() {
        let run = Self.steeredRun()
        let plan = ProxyPlan(run: run, share: 0.2)
        let runs = [plan.trunkOptions(run)] + plan.branches.indices.map { plan.branchOptions($0, run: run) }
        for options in runs {
            #expect(options.mixer == .static && !options.targetRefit && !options.targetCurve && options.testTokens == 0)
            #expect(options.seed != run.seed, "the proxy samples an independent sub-sample")
            #expect(options.lr == run.lr && options.warmupSteps == run.warmupSteps)
        }
        var curved = run
        (curved.targetRefit, curved.targetCurve) = (false, true)
        #expect(plan.trunkOptions(curved) == plan.trunkOptions(run), "the proxy does not depend on how the run steers")
    }

    @Test func aConstantRunGetsAllOfTheShareAsTrunk() {
        var run = Self.steeredRun()
        run.schedule = .constant
        let plan = ProxyPlan(run: run, share: 0.2)
        #expect(plan.branches.isEmpty && plan.trunkSteps == 200 && plan.trainingSteps == 200)
        #expect(plan.trunkOptions(run).schedule == .constant)
    }

    @Test func aDecayingRunsProxyStaysWithinItsShare() {
        for schedule in [LearningRateSchedule.cosine, .wsd] {
            var run = Self.steeredRun()
            run.schedule = schedule
            let plan = ProxyPlan(run: run, share: 0.2)
            #expect(plan.trainingSteps <= 200 && !plan.branches.isEmpty)
            #expect(plan.trunkSteps == 150 && plan.branches.map(\.fromStep) == [75, 150] && plan.branches.map(\.decaySteps) == [17, 33])
            for (index, branch) in plan.branches.enumerated() {
                let options = plan.branchOptions(index, run: run)
                #expect(branch.fromStep <= plan.trunkSteps && options.maxSteps == branch.fromStep + branch.decaySteps)
                #expect(options.minLr == run.minLr && options.schedule == .wsd)
            }
        }
    }
}
