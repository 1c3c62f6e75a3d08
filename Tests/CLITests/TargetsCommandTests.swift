import Foundation
import Testing
import TestSupport

/// `velocitune fit --targets` (a CSV of someone else's proxy) and `velocitune targets
/// --from-log` (a proxy's metrics.jsonl): schedule-aware targets from proxies that ran elsewhere.
@Suite(.serialized) struct TargetsCommandTests {
    /// The loss of a known multi-power law (L0 = 0) after `t` updates of normalised rates `r`.
    static func law(_ r: [Double], _ t: Int) -> Double {
        let (A, alpha, B, C, beta, gamma) = (9.0, 0.08, 0.4, 0.6, 0.6, 0.6)
        var prefix = [0.0]
        for rate in r { prefix.append(prefix.last! + rate) }
        var drop = 0.0
        for k in 1..<max(t, 1) where r[k - 1] != r[k] {
            drop += (r[k - 1] - r[k]) * (1 - pow(C * pow(r[k], -gamma) * (prefix[t] - prefix[k]) + 1, -beta))
        }
        return A * pow(prefix[t], -alpha) - B * drop
    }

    /// A proxy CSV: a 600-step constant trunk and branches from 300 (60 steps) and 600 (120 steps)
    /// decaying to 10% of the 1e-3 peak (warm-up 100 steps, 1,000 tokens per step), sampled like
    /// a proxy is evaluated; and the cosine run of 4,000 steps they predict.
    static func proxyCSV() -> (csv: String, cosineEnd: Double) {
        let warmup = 100
        func rates(_ steps: Int, _ rate: (Int) -> Double) -> [Double] { (0..<steps).map { $0 < warmup ? 1 : rate($0) } }
        let runs: [(String, [Double], Int, Int)] = [
            ("trunk", rates(600) { _ in 1 }, 0, 25),
            ("cool1", rates(360) { $0 < 300 ? 1 : 1 - 0.9 * Double($0 - 299) / 60 }, 300, 8),
            ("cool2", rates(720) { $0 < 600 ? 1 : 1 - 0.9 * Double($0 - 599) / 120 }, 600, 8),
        ]
        var csv = "domain,run,step,tokens,lr,loss\n"
        for domain in ["shell", "math"] {
            let scale = domain == "shell" ? 1.0 : 0.5
            for (name, r, from, every) in runs {
                for t in stride(from: from + every, through: r.count, by: every) where t >= 150 {
                    csv += "\(domain),\(name),\(t),\(t * 1000),\(r[t - 1] * 1e-3),\(scale * law(r, t))\n"
                }
            }
        }
        let cosine = rates(4000) { 0.1 + 0.45 * (1 + cos(Double.pi * Double($0 - warmup) / 3900)) }
        return (csv, law(cosine, 4000))
    }

    let run = ["--schedule", "cosine", "--lr", "1e-3", "--min-lr", "1e-4", "--warmup-steps", "100"]

    @Test func aCSVOfAnotherProxyGivesTheLawsTargetAndAFileTrainAccepts() throws {
        let root = try CLIRunner.temporaryDirectory()
        let (csv, cosineEnd) = Self.proxyCSV()
        let file = root.appendingPathComponent("proxy.csv"), out = root.appendingPathComponent("targets.json")
        try csv.write(to: file, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["fit", file.path, "--at", "4M", "--targets", out.path, "--method", "multi-power"] + run)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as! [String: Any]
        let domains = object["domains"] as! [[String: Any]]
        let shell = domains.first { $0["name"] as? String == "shell" }!, math = domains.first { $0["name"] as? String == "math" }!
        #expect(abs((shell["l_target"] as! Double) / cosineEnd - 1) < 0.002, "hand-computed \(cosineEnd), got \(shell["l_target"]!)")
        #expect(abs((math["l_target"] as! Double) / (0.5 * cosineEnd) - 1) < 0.002)
        #expect((object["schedule"] as! [String: Any])["total_steps"] as? Int == 4000)
        #expect((shell["curve"] as! [[String: Any]]).last?["step"] as? Int == 4000)
        // Without the lr column the proxy counts as constant-rate, and the output says so.
        let noRates = csv.split(separator: "\n").map { line in line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 4 }.map(\.element).joined(separator: ",") }.joined(separator: "\n")
        try noRates.write(to: file, atomically: false, encoding: .utf8)
        let constant = try CLIRunner.run(["fit", file.path, "--at", "4M", "--targets", out.path] + run)
        #expect(constant.status == 0 && constant.stdout.contains("no lr column"), "\(constant.stderr)")
    }

    @Test func badProxiesAreOneClearErrorAndWriteNoTargets() throws {
        let root = try CLIRunner.temporaryDirectory()
        let (csv, _) = Self.proxyCSV()
        var lines = csv.split(separator: "\n").map(String.init)
        func replacing(_ index: Int, field: Int, with value: String) -> String {
            var copy = lines
            var fields = copy[index].split(separator: ",").map(String.init)
            fields[field] = value
            copy[index] = fields.joined(separator: ",")
            return copy.joined(separator: "\n")
        }
        let cases: [(String, [String], String)] = [
            (replacing(3, field: 5, with: "nan"), [], "proxy.csv:4: column \"loss\": nan is not finite"),
            (replacing(3, field: 5, with: "-2"), [], "proxy.csv:4: column \"loss\": must be > 0"),
            (replacing(3, field: 3, with: "1"), [], "proxy.csv:4: domain \"shell\", run \"trunk\": steps and tokens must increase"),
            (Array(lines.prefix(3)).joined(separator: "\n"), [], "domain \"shell\""),
            (csv, ["--schedule", "linear"], "schedule: \"linear\" is not one of cosine, constant or wsd"),
            (csv, ["--at", "300k"], "the budget must exceed the proxy"),
        ]
        for (text, extra, message) in cases {
            let file = root.appendingPathComponent("proxy.csv"), out = root.appendingPathComponent("targets.json")
            try text.write(to: file, atomically: false, encoding: .utf8)
            let result = try CLIRunner.run(["fit", file.path, "--at", "4M", "--targets", out.path] + run + extra)
            #expect(result.status == 2, "\(message): \(result.stderr)")
            #expect(result.stderr.contains(message), "expected \(message), got \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "no targets file after \(message)")
        }
        lines = []
    }

    @Test func fromLogFitsTheSameProxyTheTargetsCommandRan() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let shape = ["--n-layer", "2", "--n-head", "2", "--n-embd", "32", "--block-size", "16", "--batch-size", "4", "--eval-tokens", "64",
                     "--warmup-steps", "3", "--lr", "3e-3", "--min-lr", "3e-4", "--threads", "1"]
        let base = root.appendingPathComponent("base")
        #expect(try CLIRunner.run(["train", "--data", corpus.path, "--out", base.path, "--max-steps", "20", "--weights", "prose=1"] + shape).status == 0)
        let checkpoint = base.appendingPathComponent("checkpoints/step-00000020").path
        let targets = root.appendingPathComponent("t/targets.json")
        let estimate = try CLIRunner.run(["targets", "--data", corpus.path, "--init", checkpoint, "--budget", "10240", "--schedule", "cosine",
                                          "--out", targets.path] + shape)
        #expect(estimate.status == 0, "\(estimate.stderr)")
        let proxy = root.appendingPathComponent("t/targets-proxy")
        let logs = ["trunk", "branch-1", "branch-2"].flatMap { ["--from-log", proxy.appendingPathComponent("\($0)/metrics.jsonl").path] }
        let again = root.appendingPathComponent("again.json")
        let refit = try CLIRunner.run(["targets"] + logs + ["--budget", "10240", "--schedule", "cosine", "--out", again.path] + shape)
        #expect(refit.status == 0, "\(refit.stderr)")
        func targetsByName(_ url: URL) throws -> [String: Double] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            return Dictionary(uniqueKeysWithValues: (object["domains"] as! [[String: Any]]).map { ($0["name"] as! String, $0["l_target"] as! Double) })
        }
        #expect(try targetsByName(targets) == targetsByName(again), "the same observations give the same targets")
        // A log that is not a proxy's is refused with its path.
        let bad = root.appendingPathComponent("bad.jsonl")
        try "{\"event\":\"start\",\"step\":0,\"tokens\":0}\n".write(to: bad, atomically: false, encoding: .utf8)
        let refused = try CLIRunner.run(["targets", "--from-log", bad.path, "--budget", "10240", "--out", root.appendingPathComponent("x.json").path] + shape)
        #expect(refused.status == 2 && refused.stderr.contains("bad.jsonl"), "\(refused.stderr)")
    }
}
