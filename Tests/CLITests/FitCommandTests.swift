import Foundation
import Testing
import TestSupport

@Suite struct FitCommandTests {
    func writeCSV(_ text: String) throws -> URL {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent("losses.csv")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    var goodCSV: String {
        var text = "step,domain,tokens,loss\n"
        for (name, E, B, beta) in [("shell", 1.5, 40.0, 0.3), ("math", 1.0, 25.0, 0.25)] {
            for i in 0..<8 {
                let tokens = 1e6 * pow(10, Double(i) * 1.5 / 7)
                text += "\(i),\(name),\(tokens),\(E + B * pow(tokens, -beta))\n"
            }
        }
        return text
    }

    @Test func jsonOutputIsOneObjectWithTheDocumentedFields() throws {
        let csv = try writeCSV(goodCSV)
        let plot = csv.deletingLastPathComponent().appendingPathComponent("fits.svg")
        let result = try CLIRunner.run(["fit", csv.path, "--at", "1G", "--json", "--plot", plot.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let domains = object["domains"] as! [String: [String: Any]]
        #expect(Set(domains.keys) == ["shell", "math"])
        let shell = domains["shell"]!
        for key in ["E", "B", "beta", "prediction", "rmse", "interval"] { #expect(shell[key] != nil, "missing \(key)") }
        let prediction = shell["prediction"] as! Double
        #expect(abs(prediction - (1.5 + 40 * pow(1e9, -0.3))) < 1e-4)
        let interval = shell["interval"] as! [Double]
        #expect(interval.count == 2 && interval[0] <= prediction && prediction <= interval[1])
        let svg = try String(contentsOf: plot, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("</svg>") && svg.contains("shell"))
    }

    @Test func tableOutputListsEveryDomain() throws {
        let result = try CLIRunner.run(["fit", try writeCSV(goodCSV).path, "--at", "2e9"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("shell") && result.stdout.contains("math") && result.stdout.contains("loss@2G"))
    }

    @Test func malformedInputExitsWithCodeTwoNamingFileAndLine() throws {
        let cases: [(String, String)] = [
            ("domain,tokens\nshell,1\n", "losses.csv:1: missing column \"loss\""),
            ("domain,tokens,loss\nshell,1e6,3.0\nshell,x,2.9\n", "losses.csv:3: column \"tokens\": \"x\" is not a number"),
            ("domain,tokens,loss\nshell,1e6,inf\n", "losses.csv:2: column \"loss\": inf is not finite"),
            ("domain,tokens,loss\nshell,-5,3\n", "losses.csv:2: column \"tokens\": must be > 0"),
            ("domain,tokens,loss\nshell,1e6,3\nshell,2e6,2.9\n", "losses.csv:2: domain \"shell\" has 2 points, at least 4 are needed"),
        ]
        for (text, message) in cases {
            let result = try CLIRunner.run(["fit", try writeCSV(text).path, "--at", "1e9"])
            #expect(result.status == 2, "\(text)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one message: \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let missing = try CLIRunner.run(["fit", "/nonexistent/losses.csv", "--at", "1e9"])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/losses.csv"))
    }
}
