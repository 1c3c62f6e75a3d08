import Artifacts
import Charts
import Common
import Foundation
import ScalingLaws

extension TargetsFile {
    /// The charts of the fits: for schedule-aware targets (version 2), one chart per domain with
    /// the proxy's observations (trunk and branches) and the law along them, the predicted static
    /// curve under the run's schedule (dashed) with the target's interval at the end, and where
    /// known the curve a static run actually followed; for version 1 files, the power-law chart.
    /// `reached` gives, per domain, a reference run's held-out losses by step.
    public func chart(reached: [String: [(step: Int, loss: Double)]] = [:]) -> String {
        guard let schedule, domains.contains(where: { $0.scheduleFit != nil }) else {
            let curves = domains.compactMap { d in
                d.fit.map { FitCurve(name: d.name, fit: $0, prediction: d.lTarget, interval: d.interval, actual: reached[d.name]?.last?.loss) }
            }
            return FitChart.svg(curves, atTokens: budgetTokens)
        }
        let tokensPerStep = budgetTokens / Double(max(schedule.totalSteps, 1))
        return domains.enumerated().compactMap { index, d -> String? in
            guard let fit = d.scheduleFit else { return nil }
            var chart = LineChart(title: "\(d.name): \(fit.law.method.rawValue) law", xLabel: "training tokens", yLabel: "held-out loss")
            for curve in fit.curves.indices {
                let observed = fit.observations.filter { $0.curve == curve }
                guard let first = observed.first?.step, let last = observed.last?.step else { continue }
                let name = curve == 0 ? "proxy trunk" : "cool-down \(curve)"
                chart.series.append(Series(name: name, points: observed.map { (Double($0.step) * tokensPerStep, $0.loss) }, style: .points,
                                           colorIndex: curve, showInLegend: d.name == domains.first?.name))
                let along = stride(from: first, through: last, by: max((last - first) / 40, 1)).map {
                    (Double($0) * tokensPerStep, fit.predict(curve: fit.curves[curve], at: $0))
                }
                chart.series.append(Series(name: "\(name) fit", points: along, colorIndex: curve, showInLegend: false))
            }
            if let predicted = d.curve {
                chart.series.append(Series(name: "predicted static run", points: predicted.filter { $0.step > 0 }.map { (Double($0.step) * tokensPerStep, $0.loss) },
                                           style: .dashed, colorIndex: 4, showInLegend: index == 0))
            }
            if let interval = d.interval, interval.lower.isFinite, interval.upper.isFinite {
                chart.series.append(Series(name: "interval", points: [(budgetTokens, interval.lower), (budgetTokens, interval.upper)],
                                           colorIndex: 4, showInLegend: false))
            }
            if let run = reached[d.name], !run.isEmpty {
                chart.series.append(Series(name: "static run (reached)", points: run.filter { $0.step > 0 }.map { (Double($0.step) * tokensPerStep, $0.loss) },
                                           colorIndex: 6, showInLegend: index == 0))
            }
            return chart.svg()
        }.joined()
    }
}
