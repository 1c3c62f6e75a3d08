import Foundation

/// A grouped bar chart: for each category (e.g. a domain), one bar per group (e.g. a run).
public struct BarChart: Sendable {
    /// Title drawn above the plot.
    public var title: String
    /// Y-axis label.
    public var yLabel: String
    /// Category names along the x axis.
    public var categories: [String]
    /// Group names (legend), one bar per category each.
    public var groups: [String]
    /// `values[g][c]`: the bar of group g in category c.
    public var values: [[Double]]
    /// `errors[g][c]`: the half-length of bar (g, c)'s error bar (e.g. a standard deviation over
    /// seeds); nil: no error bars.
    public var errors: [[Double]]?
    /// Pixel size.
    public var width: Double, height: Double

    /// Creates a chart.
    public init(title: String, yLabel: String, categories: [String], groups: [String], values: [[Double]],
                errors: [[Double]]? = nil, width: Double = 640, height: Double = 320) {
        self.errors = errors
        self.title = title
        self.yLabel = yLabel
        self.categories = categories
        self.groups = groups
        self.values = values
        self.width = width
        self.height = height
    }

    /// The chart as an `<svg>` element. The y axis starts just below the smallest bar, so small
    /// differences between groups stay visible; the axis ticks give the scale.
    public func svg() -> String {
        let all = values.indices.flatMap { g in values[g].indices.flatMap { c in [values[g][c] - error(g, c), values[g][c] + error(g, c)] } }
            .filter(\.isFinite)
        let low = all.min() ?? 0, high = all.max() ?? 1
        var frame = PlotFrame(width: width, height: height, x: Axis(label: "", scale: .linear, values: [0, Double(max(categories.count, 1))]),
                              y: Axis(label: yLabel, scale: .linear, values: [low - 0.1 * (high - low + 1e-9), high]))
        frame.x.lower = 0
        frame.x.upper = Double(max(categories.count, 1))
        var body = ""
        // Horizontal grid and y labels only (categories label the x axis).
        body += "<rect x=\"\(f(frame.left))\" y=\"\(f(frame.top))\" width=\"\(f(frame.right - frame.left))\" height=\"\(f(frame.bottom - frame.top))\" fill=\"#fff\" stroke=\"#999\"/>"
        for tick in frame.y.ticks() {
            let y = frame.py(tick.value)
            body += "<line x1=\"\(f(frame.left))\" y1=\"\(f(y))\" x2=\"\(f(frame.right))\" y2=\"\(f(y))\" stroke=\"#eee\"/>"
            body += "<text x=\"\(f(frame.left - 5))\" y=\"\(f(y + 3))\" font-size=\"10\" text-anchor=\"end\" fill=\"#444\">\(tick.label)</text>"
        }
        body += "<text transform=\"translate(14,\(f((frame.top + frame.bottom) / 2))) rotate(-90)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">\(SVG.escape(yLabel))</text>"
        let slot = (frame.right - frame.left) / Double(max(categories.count, 1))
        let barWidth = slot * 0.8 / Double(max(groups.count, 1))
        for (c, category) in categories.enumerated() {
            let x0 = frame.left + Double(c) * slot + slot * 0.1
            for g in groups.indices where c < values[g].count && values[g][c].isFinite {
                let y = frame.py(values[g][c])
                let x = x0 + Double(g) * barWidth
                let spread = error(g, c)
                let tip = spread > 0 ? String(format: " +- %.4f", spread) : ""
                body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barWidth * 0.92))\" height=\"\(f(max(frame.bottom - y, 0)))\" fill=\"\(Palette.color(g))\"><title>\(SVG.escape(groups[g])) \(SVG.escape(category)): \(String(format: "%.4f", values[g][c]))\(tip)</title></rect>"
                if spread > 0 {
                    let mid = x + barWidth * 0.46, top = frame.py(values[g][c] + spread), bottom = frame.py(values[g][c] - spread)
                    body += "<path d=\"M\(f(mid)) \(f(top))V\(f(bottom))M\(f(mid - 3)) \(f(top))h6M\(f(mid - 3)) \(f(bottom))h6\" stroke=\"#222\" fill=\"none\"/>"
                }
            }
            body += "<text x=\"\(f(x0 + slot * 0.4))\" y=\"\(f(frame.bottom + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\">\(SVG.escape(category))</text>"
        }
        let legend = groups.enumerated().map { (name: $0.element, colorIndex: $0.offset, style: SeriesStyle.line) }
        return SVG.document(width: width, height: height, title: title, body: body + frame.legendSVG(legend))
    }

    private func error(_ g: Int, _ c: Int) -> Double {
        guard let errors, g < errors.count, c < errors[g].count, errors[g][c].isFinite else { return 0 }
        return abs(errors[g][c])
    }
}
