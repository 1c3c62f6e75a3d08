import Common
import Foundation

/// The plotting area of a chart: margins, axes, grid, labels and legend.
struct PlotFrame {
    var width: Double
    var height: Double
    var x: Axis
    var y: Axis
    let left = 64.0, top = 34.0, rightMargin = 16.0, bottomMargin = 46.0
    var right: Double { width - rightMargin }
    var bottom: Double { height - bottomMargin }

    func px(_ value: Double) -> Double { left + x.fraction(value) * (right - left) }
    func py(_ value: Double) -> Double { bottom - y.fraction(value) * (bottom - top) }

    /// Grid lines, tick labels, axis labels and the frame.
    func axesSVG() -> String {
        var s = "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\" fill=\"#fff\" stroke=\"#999\"/>"
        for tick in x.ticks() {
            let p = px(tick.value)
            s += "<line x1=\"\(f(p))\" y1=\"\(f(top))\" x2=\"\(f(p))\" y2=\"\(f(bottom))\" stroke=\"#eee\"/>"
            s += "<text x=\"\(f(p))\" y=\"\(f(bottom + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\">\(tick.label)</text>"
        }
        for tick in y.ticks() {
            let p = py(tick.value)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(p))\" x2=\"\(f(right))\" y2=\"\(f(p))\" stroke=\"#eee\"/>"
            s += "<text x=\"\(f(left - 5))\" y=\"\(f(p + 3))\" font-size=\"10\" text-anchor=\"end\" fill=\"#444\">\(tick.label)</text>"
        }
        s += "<text x=\"\(f((left + right) / 2))\" y=\"\(f(height - 10))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">\(SVG.escape(x.label))</text>"
        s += "<text transform=\"translate(14,\(f((top + bottom) / 2))) rotate(-90)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">\(SVG.escape(y.label))</text>"
        return s
    }

    /// The plot area's border alone (drawn over filled content).
    func frameSVG() -> String {
        "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\" fill=\"none\" stroke=\"#999\"/>"
    }

    /// Wraps plot content in a clip path so out-of-range values do not spill over the axes.
    func clipped(_ content: String) -> String {
        // A deterministic id (FNV-1a of the content), so identical charts render identically and
        // several charts can share one HTML page.
        let id = "clip" + String(FNV1a.hash(content), radix: 16)
        return "<clipPath id=\"\(id)\"><rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\"/></clipPath><g clip-path=\"url(#\(id))\">\(content)</g>"
    }

    /// A legend laid out left to right above the plot.
    func legendSVG(_ entries: [(name: String, colorIndex: Int, style: SeriesStyle)]) -> String {
        var s = ""
        var cursor = left
        for entry in entries {
            let color = Palette.color(entry.colorIndex)
            switch entry.style {
            case .points:
                s += "<circle cx=\"\(f(cursor + 6))\" cy=\"24\" r=\"3\" fill=\"\(color)\"/>"
            case .line, .dashed:
                let dash = entry.style == .dashed ? " stroke-dasharray=\"4,3\"" : ""
                s += "<line x1=\"\(f(cursor))\" y1=\"24\" x2=\"\(f(cursor + 14))\" y2=\"24\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
            }
            s += "<text x=\"\(f(cursor + 18))\" y=\"27\" font-size=\"10\" fill=\"#222\">\(SVG.escape(entry.name))</text>"
            cursor += 26 + Double(entry.name.count) * 5.6
        }
        return s
    }
}

/// SVG document helpers.
enum SVG {
    /// Escapes text for XML content and attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A complete `<svg>` element with a title.
    static func document(width: Double, height: Double, title: String, body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica,Arial,sans-serif\">"
            + "<title>\(escape(title))</title>"
            + "<text x=\"\(Int(width / 2))\" y=\"13\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#111\">\(escape(title))</text>"
            + body + "</svg>"
    }
}

/// A colour-blind-friendly categorical palette (Okabe-Ito, then Tableau tones).
public enum Palette {
    static let colors = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
                         "#8c564b", "#7f7f7f"]

    /// The colour of palette slot `index` (wrapping around).
    public static func color(_ index: Int) -> String { colors[((index % colors.count) + colors.count) % colors.count] }
}
