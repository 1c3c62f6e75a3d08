import Foundation

/// A stacked-area chart of shares that sum to one at each x (for example mixture weights over
/// training), rendered as an SVG element.
public struct StackedAreaChart: Sendable {
    /// Title drawn above the plot.
    public var title: String
    /// X-axis label.
    public var xLabel: String
    /// Y-axis label.
    public var yLabel: String
    /// Name of each layer, bottom first.
    public var layers: [String]
    /// The x values.
    public var xs: [Double]
    /// `values[i][j]`: share of layer `j` at `xs[i]`.
    public var values: [[Double]]
    /// Pixel size.
    public var width: Double, height: Double

    /// Creates a chart from parallel x values and per-layer shares.
    public init(title: String, xLabel: String, yLabel: String = "weight", layers: [String], xs: [Double],
                values: [[Double]], width: Double = 640, height: Double = 300) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.layers = layers
        self.xs = xs
        self.values = values
        self.width = width
        self.height = height
    }

    /// The chart as an `<svg>` element. Weights are drawn as steps: a value holds until the
    /// next x, which is how a mixture schedule applies.
    public func svg() -> String {
        var frame = PlotFrame(width: width, height: height,
                              x: Axis(label: xLabel, scale: .linear, values: xs),
                              y: Axis(label: yLabel, scale: .linear, values: [0, 1], includeZero: true))
        frame.y.lower = 0
        frame.y.upper = 1
        if let first = xs.first, let last = xs.last, last > first { frame.x.lower = first; frame.x.upper = last }
        var body = ""
        guard !xs.isEmpty else { return SVG.document(width: width, height: height, title: title, body: frame.axesSVG()) }
        // Step coordinates: each value spans [xs[i], xs[i+1]).
        var stepXs: [Double] = []
        var stepRows: [[Double]] = []
        for i in xs.indices {
            let end = i + 1 < xs.count ? xs[i + 1] : xs[i]
            stepXs += [xs[i], end]
            stepRows += [values[i], values[i]]
        }
        var lowerEdge = [Double](repeating: 0, count: stepXs.count)
        for layer in layers.indices {
            let upperEdge = stepRows.indices.map { lowerEdge[$0] + (stepRows[$0].indices.contains(layer) ? stepRows[$0][layer] : 0) }
            let top = stepXs.indices.map { "\(f(frame.px(stepXs[$0]))),\(f(frame.py(upperEdge[$0])))" }
            let bottom = stepXs.indices.reversed().map { "\(f(frame.px(stepXs[$0]))),\(f(frame.py(lowerEdge[$0])))" }
            body += "<polygon points=\"\((top + bottom).joined(separator: " "))\" fill=\"\(Palette.color(layer))\" fill-opacity=\"0.75\" stroke=\"none\"/>"
            lowerEdge = upperEdge
        }
        let legend = layers.enumerated().map { (name: $0.element, colorIndex: $0.offset, style: SeriesStyle.line) }
        return SVG.document(width: width, height: height, title: title,
                            body: frame.axesSVG() + frame.clipped(body) + frame.frameSVG() + frame.legendSVG(legend))
    }
}
