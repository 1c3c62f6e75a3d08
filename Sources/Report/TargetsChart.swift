import Artifacts

extension TargetsFile {
    /// The chart of the fits (with the losses a run actually reached at the budget, if given).
    public func chart(actual: [String: Double] = [:]) -> String {
        let curves = domains.compactMap { d in
            d.fit.map { FitCurve(name: d.name, fit: $0, prediction: d.lTarget, interval: d.interval, actual: actual[d.name]) }
        }
        return FitChart.svg(curves, atTokens: budgetTokens)
    }
}
