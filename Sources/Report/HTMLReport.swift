import Charts
import Common
import Foundation
import Artifacts

/// The report of one or several runs: a single self-contained XHTML file (inline SVG and CSS,
/// no scripts, no network) with a summary table and chart, the weight trajectories, per-domain
/// held-out losses with l_init and l_target marked, velocities, and the scaling-law fits with the
/// loss a static run actually reached at the budget.
public enum HTMLReport {
    /// Renders the report. `targets` (typically the experiment's targets.json) adds the fits section.
    public static func render(runs: [RunRecord], targets: TargetsFile?, title: String = "Velocitune report") -> String {
        let domains = runs.first?.domains ?? []
        var sections: [String] = []
        let table = ComparisonTable(runs: runs)
        let seeds = SeedComparison(runs: runs)
        // With seeds, the charts over training show each group's first seed; the summary shows them all.
        let shown = seeds.hasSeeds ? seeds.groups.map { $0.runs[0] } : runs
        let split = runs.allSatisfy(\.comparesOnTestSplit) ? "test split (never steered on)" : "held-out split (test where the run evaluated it)"
        var summary = """
            <p>How to read this: one row per run; each domain's final loss on the \(split), lower is better; "mean target loss" \
            averages the non-replay domains; "replay drift" is a replay domain's final loss minus its loss before training \
            (forgetting: closer to 0 is better); "progress spread" is the largest minus the smallest share of the way each \
            domain went from l_init to its target (0: balanced); "mean V" is the learning velocity averaged over domains and \
            steps (smaller: targets approached sooner); "settle" is the share of steps before the weights stop moving.</p>
            \(htmlTable(header: table.header, rows: table.rows))
            """
        if seeds.hasSeeds {
            summary += """
                <p>Over seeds: each measure's mean +- standard deviation. Below, each policy minus \(escape(seeds.reference?.name ?? "static")) \
                seed by seed with a 95% Student-t interval; "not significant" marks an interval that contains 0, a difference \
                these seeds cannot tell from noise.</p>
                \(htmlTable(header: seeds.summary.header, rows: seeds.summary.rows))
                \(seeds.differences.isEmpty ? "" : htmlTable(header: seeds.differenceTable.header, rows: seeds.differenceTable.rows))
                """
            let values = seeds.groups.map { g in domains.indices.map { d in SampleSummary(g.runs.map { $0.comparisonLoss[d] }).mean } }
            let errors = seeds.groups.map { g in domains.indices.map { d in SampleSummary(g.runs.map { $0.comparisonLoss[d] }).standardDeviation } }
            summary += BarChart(title: "Final loss by domain (mean over seeds, bars: +- sd)", yLabel: "loss", categories: domains,
                                groups: seeds.groups.map(\.name), values: values, errors: errors).svg()
        } else {
            summary += BarChart(title: "Final loss by domain", yLabel: "loss", categories: domains, groups: runs.map(\.name),
                                values: runs.map(\.comparisonLoss)).svg()
        }
        sections.append(section("summary", "Summary", summary))
        let seedNote = seeds.hasSeeds ? " One seed per run is shown (the first of each)." : ""
        sections.append(section("weights", "Mixture weights", "<p>How to read this: the sampling weight of each domain over training (stacked; each update applies from its step on); a static mixture is flat.\(seedNote)</p>"
            + shown.map { run in
                let evals = run.evaluations.filter { $0.weights != nil }
                return StackedAreaChart(title: "\(run.group) (\(run.policy))", xLabel: "training tokens", layers: run.domains,
                                        xs: evals.map { Double($0.tokens) } + [Double(run.tokens)],
                                        values: (evals + evals.suffix(1)).map { e in run.domains.map { e.weights?[$0] ?? 0 } }).svg()
            }.joined()))
        sections.append(section("loss", "Held-out loss by domain", "<p>How to read this: each domain's validation loss (the split the mixers steer on) against training tokens, one line per run; dotted lines mark l_init and l_target.\(seedNote)</p>"
            + domains.enumerated().map { d, domain in
                var chart = LineChart(title: domain, xLabel: "training tokens", yLabel: "held-out loss")
                for (r, run) in shown.enumerated() {
                    chart.series.append(Series(name: run.group, points: run.evaluations.compactMap { e in e.domainLoss?[domain].map { (Double(e.tokens), $0) } },
                                               colorIndex: r))
                }
                if let first = runs.first {
                    chart.references.append(ReferenceLine(y: first.initialLoss[d], label: "l_init", colorIndex: 7))
                    if let target = first.targetLoss?[d] { chart.references.append(ReferenceLine(y: target, label: "l_target", colorIndex: 3)) }
                }
                return chart.svg()
            }.joined()))
        if runs.contains(where: { $0.targetLoss != nil }) {
            sections.append(section("velocity", "Learning velocity", "<p>How to read this: V per domain at each evaluation (1: no progress yet, 0: target reached); Velocitune gives more data to domains with larger V.\(seedNote)</p>"
                + domains.enumerated().map { d, domain in
                    var chart = LineChart(title: domain, xLabel: "training tokens", yLabel: "velocity V", yIncludesZero: true)
                    for (r, run) in shown.enumerated() where run.targetLoss != nil {
                        let points = run.evaluations.compactMap { e -> (x: Double, y: Double)? in
                            guard let loss = e.domainLoss?[domain], let v = run.velocity(domain: d, loss: loss) else { return nil }
                            return (Double(e.tokens), v)
                        }
                        chart.series.append(Series(name: run.group, points: points, colorIndex: r))
                    }
                    return chart.svg()
                }.joined()))
        }
        if let targets, targets.domains.contains(where: { $0.fit != nil || $0.scheduleFit != nil }) {
            sections.append(section("fits", "Targets: predicted and reached", fitsSection(targets, runs: runs)))
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head><meta charset="utf-8"/><title>\(escape(title))</title>
            <style>
            body { font-family: Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1340px; color: #222; }
            section { margin-bottom: 2.5em; } svg { margin: 0.4em; vertical-align: top; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 13px; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 9px; text-align: right; } th:first-child, td:first-child { text-align: left; }
            </style></head>
            <body>
            <h1>\(escape(title))</h1>
            <p>\(runs.count) run\(runs.count == 1 ? "" : "s"): \(runs.map { "\(escape($0.name)) (\(escape($0.policy)))" }.joined(separator: ", ")).</p>
            \(sections.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The targets' check against the static run, and the fits with the curves predicted and
    /// reached.
    private static func fitsSection(_ targets: TargetsFile, runs: [RunRecord]) -> String {
        let check = TargetCheck(targets: targets, runs: runs)
        let reference = runs.first { $0.displayName == check?.reference }
        var reached: [String: [(step: Int, loss: Double)]] = [:]
        if let reference {
            for d in reference.domains {
                reached[d] = reference.evaluations.compactMap { e in e.domainLoss?[d].map { (e.step, $0) } }
            }
        }
        let rows = (check?.rows ?? []).map { r in
            "<tr><td>\(escape(r.domain))</td><td>\(format(targets.domains.first { $0.name == r.domain }?.lInit))</td><td>\(format(r.predicted))</td>"
                + "<td>[\(format(r.interval?.lower)), \(format(r.interval?.upper))]</td><td>\(format(r.reached))</td>"
                + "<td>\(String(format: "%+.2f%%", 100 * r.relativeError))</td><td>\(r.intervalHolds.map { $0 ? "yes" : "no" } ?? "n/a")</td></tr>"
        }.joined()
        let how: String
        if let schedule = targets.schedule, let method = targets.method {
            how = """
                Targets predicted under the run's own schedule (\(schedule.kind.rawValue), \(schedule.totalSteps) steps) by the \
                \(method.rawValue) law, fitted to a proxy on \(Int(((targets.proxy?.fraction ?? 0) * 100).rounded()))% of one run's \
                tokens (a constant-rate trunk and its cool-down branches).
                """
        } else {
            how = "Targets from a constant-learning-rate proxy: L(D) = E + B D<sup>-beta</sup> per domain, extrapolated to \(Units.count(targets.budgetTokens)) tokens."
        }
        return """
            <p>How to read this: each target is where a static run is predicted to end; the table checks it against the static run \
            \(escape(check?.reference ?? "(none)")) of this report, and the charts show the proxy's held-out losses, the fitted law, \
            the curve predicted for the run (dashed) and the curve the static run followed. \(how)</p>
            <table><tr><th>domain</th><th>l_init</th><th>predicted l_target</th><th>90% interval</th><th>reached</th><th>error</th><th>interval holds</th></tr>\(rows)</table>
            \(targets.chart(reached: reached))
            """
    }

    private static func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\"><h2>\(escape(title))</h2>\n\(body)\n</section>"
    }

    private static func htmlTable(header: [String], rows: [[String]]) -> String {
        "<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
            + rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined() + "</table>"
    }

    private static func format(_ value: Double?) -> String { value.map { $0.isFinite ? String(format: "%.4f", $0) : "n/a" } ?? "n/a" }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
