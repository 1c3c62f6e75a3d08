import Foundation

/// How a series is drawn.
public enum SeriesStyle: Sendable {
    /// A solid polyline.
    case line
    /// A dashed polyline (extrapolations, references).
    case dashed
    /// Unconnected dots (observations).
    case points
}

/// One named set of (x, y) values on a chart.
public struct Series: Sendable {
    /// Legend text.
    public var name: String
    /// The values, in drawing order.
    public var points: [(x: Double, y: Double)]
    /// How the series is drawn.
    public var style: SeriesStyle
    /// Palette index: series sharing a color index share a color (e.g. a domain's points and curve).
    public var colorIndex: Int
    /// Whether the series gets a legend entry.
    public var showInLegend: Bool

    /// Creates a series.
    public init(name: String, points: [(x: Double, y: Double)], style: SeriesStyle = .line,
                colorIndex: Int, showInLegend: Bool = true) {
        self.name = name
        self.points = points
        self.style = style
        self.colorIndex = colorIndex
        self.showInLegend = showInLegend
    }
}

/// A horizontal reference line (for example a domain's target loss).
public struct ReferenceLine: Sendable {
    /// The y value.
    public var y: Double
    /// Short text drawn at the line's right end.
    public var label: String
    /// Palette index of the line's color.
    public var colorIndex: Int

    /// Creates a reference line.
    public init(y: Double, label: String, colorIndex: Int) {
        self.y = y
        self.label = label
        self.colorIndex = colorIndex
    }
}

/// A line/scatter chart rendered as a self-contained SVG element.
public struct LineChart: Sendable {
    /// Title drawn above the plot.
    public var title: String
    /// X-axis label.
    public var xLabel: String
    /// Y-axis label.
    public var yLabel: String
    /// X-axis scale.
    public var xScale: AxisScale
    /// Y-axis scale.
    public var yScale: AxisScale
    /// The data.
    public var series: [Series]
    /// Horizontal reference lines.
    public var references: [ReferenceLine]
    /// Whether the y axis starts at zero.
    public var yIncludesZero: Bool
    /// Pixel size.
    public var width: Double, height: Double

    /// Creates an empty chart; append `series` and `references` before rendering.
    public init(title: String, xLabel: String, yLabel: String, xScale: AxisScale = .linear,
                yScale: AxisScale = .linear, yIncludesZero: Bool = false, width: Double = 640, height: Double = 380) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.series = []
        self.references = []
        self.yIncludesZero = yIncludesZero
        self.width = width
        self.height = height
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) } + references.map(\.y)
        let frame = PlotFrame(width: width, height: height,
                              x: Axis(label: xLabel, scale: xScale, values: xs),
                              y: Axis(label: yLabel, scale: yScale, values: ys, includeZero: yIncludesZero))
        var body = ""
        for reference in references {
            let y = frame.py(reference.y)
            let color = Palette.color(reference.colorIndex)
            body += "<line x1=\"\(f(frame.left))\" y1=\"\(f(y))\" x2=\"\(f(frame.right))\" y2=\"\(f(y))\" stroke=\"\(color)\" stroke-width=\"1\" stroke-dasharray=\"2,3\" opacity=\"0.8\"/>"
            body += "<text x=\"\(f(frame.right - 2))\" y=\"\(f(y - 3))\" font-size=\"10\" text-anchor=\"end\" fill=\"\(color)\">\(SVG.escape(reference.label))</text>"
        }
        for s in series {
            let color = Palette.color(s.colorIndex)
            let visible = s.points.filter { $0.x.isFinite && $0.y.isFinite && (xScale == .linear || $0.x > 0) && (yScale == .linear || $0.y > 0) }
            switch s.style {
            case .points:
                for p in visible {
                    body += "<circle cx=\"\(f(frame.px(p.x)))\" cy=\"\(f(frame.py(p.y)))\" r=\"3\" fill=\"\(color)\"/>"
                }
            case .line, .dashed:
                guard !visible.isEmpty else { continue }
                let path = visible.map { "\(f(frame.px($0.x))),\(f(frame.py($0.y)))" }.joined(separator: " ")
                let dash = s.style == .dashed ? " stroke-dasharray=\"6,4\"" : ""
                body += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.8\"\(dash)/>"
            }
        }
        let legend = series.filter(\.showInLegend).map { (name: $0.name, colorIndex: $0.colorIndex, style: $0.style) }
        return SVG.document(width: width, height: height, title: title,
                            body: frame.axesSVG() + frame.clipped(body) + frame.legendSVG(legend))
    }
}

func f(_ value: Double) -> String { String(format: "%.1f", value) }
