import Foundation
import Testing
import TestSupport

/// The Python client and the Hugging Face integration against real servers.
@Suite(.serialized) struct PythonClientTests {
    @Test func thePythonClientAgainstTheServer() throws {
        let dir = try Repository.temporaryDirectory("vt-py")
        let token = "py-token-0123456789"
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), token: token)
        let tests = Repository.root.appendingPathComponent("clients/python/tests").path
        let output = try PythonPeer.run(["-m", "unittest", "discover", "-s", tests, "-v"],
                                        environment: ["VELOCITUNE_URL": "http://127.0.0.1:\(server.port)", "VELOCITUNE_TOKEN": token])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("Ran 19 tests") && output.stderr.contains("OK"))
    }

    /// The example continues pre-training a GPT-2 with Trainer; the controller moves the weights.
    /// Interrupted at step 20 and resumed against a fresh controller (rebuilt from the
    /// checkpoint), it ends exactly where an uninterrupted run does.
    @Test func theHuggingFaceExampleRunsAndResumes() throws {
        guard PythonPeer.available(["torch", "transformers", "accelerate"]) else {
            print("torch/transformers/accelerate not installed: skipping the Hugging Face example (make test installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-hf")
        func run(_ server: ServerProcess, _ out: String, _ extra: [String]) throws -> [String: Any] {
            let output = try PythonPeer.runScript("examples/hf_continue_pretraining.py",
                                                  ["--controller", "http://127.0.0.1:\(server.port)", "--steps", "40", "--update-every", "10",
                                                   "--save-every", "20", "--output-dir", dir.appendingPathComponent(out).path] + extra,
                                                  directory: Repository.root)
            #expect(output.status == 0, "\(output.stderr.suffix(2000))")
            let last = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").last ?? ""
            return (try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]) ?? [:]
        }
        let straight = try run(try ServerProcess(database: dir.appendingPathComponent("a.sqlite")), "a", [])
        let initial = straight["initial_weights"] as? [String: Double] ?? [:]
        let final = straight["final_weights"] as? [String: Double] ?? [:]
        #expect(straight["versions"] as? Int == 5, "registration and 4 reports")
        #expect(abs((final["prose"] ?? 0) - (initial["prose"] ?? 0)) > 0.05, "the weights changed: \(initial) -> \(final)")
        _ = try run(try ServerProcess(database: dir.appendingPathComponent("b.sqlite")), "b", ["--stop-at", "20"])
        let resumed = try run(try ServerProcess(database: dir.appendingPathComponent("fresh.sqlite")), "b", ["--resume"])
        #expect(resumed["final_weights"] as? [String: Double] == final)
        #expect((resumed["stages"] as? [[String: Any]])?.count == (straight["stages"] as? [[String: Any]])?.count)
        // With two loader workers the sampler runs ahead by the prefetch window: new weights
        // apply only from a step the loader has not drawn yet, later than without workers.
        let workers = try run(try ServerProcess(database: dir.appendingPathComponent("w.sqlite")), "w", ["--workers", "2"])
        let applySteps = (workers["stages"] as? [[String: Any]] ?? []).compactMap { $0["apply_from_step"] as? Int }
        let plainSteps = (straight["stages"] as? [[String: Any]] ?? []).compactMap { $0["apply_from_step"] as? Int }
        #expect(applySteps.count == plainSteps.count && applySteps.count >= 3)
        #expect(zip(applySteps.dropFirst(), plainSteps.dropFirst()).dropLast().allSatisfy { $0 > $1 }, "\(applySteps) vs \(plainSteps)")
    }
}
