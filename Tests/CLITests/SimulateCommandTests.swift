import Foundation
import Testing
import TestSupport

@Suite struct SimulateCommandTests {
    @Test func runsTheExampleAndWritesOneLogPerPolicy() throws {
        let out = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["simulate", "examples/simulate.yaml", "--policy", "static,velocitune,distance",
                                        "--out", out.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: [String: [String: Any]]]
        let policies = summary["policies"]!
        let worst = { (name: String) in policies[name]!["worst_velocity"] as! Double }
        #expect(worst("velocitune") < worst("static"))
        for policy in ["static", "velocitune", "distance"] {
            let log = try String(contentsOf: out.appendingPathComponent("\(policy)/metrics.jsonl"), encoding: .utf8)
            #expect(log.split(separator: "\n").contains { $0.contains("\"event\":\"eval\"") && $0.contains("\"velocity\"") })
        }
    }

    @Test func configErrorsNameTheFileLineAndField() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let config = dir.appendingPathComponent("bad.yaml")
        try "steps: 100\ntokens_per_step: 1000\nupdate_every: 10\ndomains:\n  - name: a\n    E: 1\n    B: lots\n".write(to: config, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["simulate", config.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:7:") && result.stderr.contains("domains[0].B") && result.stderr.contains("expected a number"))
        let unknownPolicy = try CLIRunner.run(["simulate", "examples/simulate.yaml", "--policy", "greedy", "--out", dir.path])
        #expect(unknownPolicy.status == 2 && unknownPolicy.stderr.contains("unknown policy \"greedy\""))
    }
}
