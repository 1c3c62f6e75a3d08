import ArgumentParser
import Common
import ConfigFiles
import Foundation
import Mixing
import RunLog
import Simulation

/// `velocitune simulate`: runs mixing policies against known learning curves.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate mixing policies on domains with known learning curves.",
        discussion: """
            Each domain's held-out loss follows E + B*(d0 + d)^(-beta) in the tokens d it has seen \
            (plus transfer from other domains); the policy sets the weights every update_every steps. \
            Writes OUT/POLICY/metrics.jsonl per policy and prints a summary. See examples/simulate.yaml.
            """)

    @Argument(help: "Simulation config (YAML).")
    var config: String

    @Option(help: ArgumentHelp("Policies to run, comma-separated (default: the config's). One of: \(PolicyKind.allCases.filter { $0 != .replay }.map(\.rawValue).joined(separator: ", ")), or all.", valueName: "names"))
    var policy: String?

    @Option(help: "Directory for the metrics logs.")
    var out: String = "simulation"

    @Flag(help: "Print the results as one JSON object.")
    var json = false

    func run() throws {
        let parsed = try YAMLConfig.load(SimulationConfig.self, from: URL(fileURLWithPath: config))
        let simulator = try inFile(config) { try Simulator(config: parsed) }
        let policies = try selectedPolicies(default: parsed.policy ?? .velocitune)
        var results: [SimulationResult] = []
        for kind in policies {
            var events: [MetricsEvent] = []
            let result = try inFile(config) { try simulator.run(policy: kind) { events.append($0) } }
            try MetricsLog.write(events, to: URL(fileURLWithPath: out).appendingPathComponent(kind.rawValue).appendingPathComponent("metrics.jsonl"))
            results.append(result)
        }
        if json {
            print(String(decoding: try JSONConventions.encode(SimulationSummary(results: results)), as: UTF8.self), terminator: "")
            return
        }
        for result in results {
            print("policy \(result.policy.rawValue): \(result.updates) updates, metrics in \(out)/\(result.policy.rawValue)/metrics.jsonl")
            var table = TextTable(["domain", "final loss", "V", "final weight", "mean weight", "tokens"])
            for i in result.domains.indices {
                table.add([result.domains[i], Format.loss(result.finalLoss[i]), Format.share(result.finalVelocity[i]),
                           Format.share(result.finalWeights[i]), Format.share(result.averageWeights[i]),
                           Format.tokens(result.tokensSeen[i])])
            }
            print(table.text())
            print("worst-domain V \(Format.share(result.worstVelocity)), V spread \(Format.share(result.velocitySpread))\n")
        }
        if results.count > 1 {
            let replay = results[0].domains.indices.filter { results[0].roles[$0] == .replay }.map { results[0].domains[$0] }
            var table = TextTable(["policy", "worst V", "V spread", replay.isEmpty ? "mean loss" : "mean target loss"]
                                  + replay.map { "drift \($0)" } + results[0].domains.map { "V \($0)" })
            for r in results {
                table.add([r.policy.rawValue, Format.share(r.worstVelocity), Format.share(r.velocitySpread), Format.loss(r.meanTargetLoss)]
                          + r.replayDrift.map { String(format: "%+.4f", $0) } + r.finalVelocity.map(Format.share))
            }
            print(table.text())
        }
    }

    private func selectedPolicies(default kind: PolicyKind) throws -> [PolicyKind] {
        guard let policy else { return [kind] }
        if policy == "all" { return PolicyKind.allCases.filter { $0 != .replay } }
        return try policy.split(separator: ",").map { name in
            guard let kind = PolicyKind(rawValue: String(name)), kind != .replay else {
                throw CLIError.invalidInput("--policy: unknown policy \"\(name)\" (expected \(PolicyKind.allCases.filter { $0 != .replay }.map(\.rawValue).joined(separator: ", ")) or all)")
            }
            return kind
        }
    }
}

/// The `--json` document of `simulate`.
struct SimulationSummary: Encodable {
    var results: [SimulationResult]

    struct Entry: Encodable {
        var worstVelocity: Double
        var velocitySpread: Double
        var domains: [String: Domain]
        enum CodingKeys: String, CodingKey {
            case domains
            case worstVelocity = "worst_velocity"
            case velocitySpread = "velocity_spread"
        }
    }

    struct Domain: Encodable {
        var finalLoss: Double, velocity: Double, finalWeight: Double, meanWeight: Double, tokens: Double
        enum CodingKeys: String, CodingKey {
            case velocity, tokens
            case finalLoss = "final_loss"
            case finalWeight = "final_weight"
            case meanWeight = "mean_weight"
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        var policies: [String: Entry] = [:]
        for r in results {
            var domains: [String: Domain] = [:]
            for i in r.domains.indices {
                domains[r.domains[i]] = Domain(finalLoss: r.finalLoss[i], velocity: r.finalVelocity[i],
                                               finalWeight: r.finalWeights[i], meanWeight: r.averageWeights[i],
                                               tokens: r.tokensSeen[i])
            }
            policies[r.policy.rawValue] = Entry(worstVelocity: r.worstVelocity, velocitySpread: r.velocitySpread, domains: domains)
        }
        try container.encode(["policies": policies])
    }
}
