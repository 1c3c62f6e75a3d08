import Charts
import Common
import Foundation
import ScalingLaws

/// One domain's fit as drawn on a chart.
public struct FitCurve: Sendable {
    /// Domain name.
    public var name: String
    /// The fit (its points are drawn as dots).
    public var fit: ScalingLawFit
    /// The extrapolated value at the chart's target tokens.
    public var prediction: Double
    /// Its interval, drawn as a vertical bar.
    public var interval: PredictionInterval?
    /// The loss a real run reached at the target tokens, drawn as a hollow mark (if known).
    public var actual: Double?
    /// Model size used for two-variable fits.
    public var parameters: Double?

    /// Creates a curve description.
    public init(name: String, fit: ScalingLawFit, prediction: Double, interval: PredictionInterval?, actual: Double? = nil,
                parameters: Double? = nil) {
        self.name = name
        self.fit = fit
        self.prediction = prediction
        self.interval = interval
        self.actual = actual
        self.parameters = parameters
    }
}

/// The chart of scaling-law fits: points, fitted curves (solid), extrapolations (dashed),
/// intervals and predictions at the target, and where known the loss actually reached.
public enum FitChart {
    /// The chart as an `<svg>` element.
    public static func svg(_ curves: [FitCurve], atTokens tokens: Double, title: String? = nil) -> String {
        var chart = LineChart(title: title ?? "Scaling-law fits, extrapolated to \(Units.count(tokens)) tokens",
                              xLabel: "training tokens", yLabel: "held-out loss", xScale: .logarithmic)
        for (index, c) in curves.enumerated() {
            let observed = c.fit.points.filter { c.parameters == nil || $0.parameters == c.parameters }
            chart.series.append(Series(name: c.name, points: observed.map { ($0.tokens, $0.loss) }, style: .points, colorIndex: index))
            let first = c.fit.points.map(\.tokens).min()!, last = c.fit.points.map(\.tokens).max()!
            func curve(_ from: Double, _ to: Double) -> [(x: Double, y: Double)] {
                (0...60).map { i in
                    let t = from * pow(to / from, Double(i) / 60)
                    return (t, c.fit.predict(atTokens: t, parameters: c.parameters))
                }
            }
            chart.series.append(Series(name: "\(c.name) fit", points: curve(first, last), colorIndex: index, showInLegend: false))
            if tokens > last {
                chart.series.append(Series(name: "\(c.name) extrapolation", points: curve(last, tokens), style: .dashed, colorIndex: index,
                                           showInLegend: false))
            }
            if let interval = c.interval, interval.lower.isFinite, interval.upper.isFinite {
                chart.series.append(Series(name: "\(c.name) interval", points: [(tokens, interval.lower), (tokens, interval.upper)],
                                           colorIndex: index, showInLegend: false))
            }
            chart.series.append(Series(name: "\(c.name) target", points: [(tokens, c.prediction)], style: .points, colorIndex: index,
                                       showInLegend: false))
            if let actual = c.actual {
                chart.references.append(ReferenceLine(y: actual, label: "\(c.name) reached \(String(format: "%.3f", actual))", colorIndex: index))
            }
        }
        return chart.svg()
    }


}
