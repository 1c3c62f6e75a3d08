import Foundation
import Testing
import TestSupport

/// Issue 14's fuzz and property-based runs against a live server: no answer of 500 or above, no
/// crash, and no refused request changes the database. `scripts/fuzz_controller.py --bodies
/// 10000` is the full fuzz run (the suite runs 300 bodies per endpoint).
@Suite(.serialized) struct FuzzTests {
    @Test func randomBodiesNeverBreakTheServerNorChangeItWhenRefused() throws {
        let output = try PythonPeer.runScript("scripts/fuzz_controller.py", ["--binary", CLIRunner.executable.path, "--bodies", "300", "--seed", "14"])
        let summary = String(decoding: output.stdout, as: UTF8.self)
        #expect(output.status == 0, "\(summary)\n\(output.stderr.suffix(2000))")
        #expect(summary.contains("\"failures\": 0") && summary.contains("\"server_alive\": true"), "\(summary)")
    }

    /// Schemathesis (PyPI) generates requests from docs/controller-openapi.yaml, positive and
    /// negative, one operation at a time and chained by the description's links, and checks every
    /// answer against it (status codes, content types, schemas, 405 for other methods), plus
    /// `database_unchanged_by_refusals` from scripts/controller_schemathesis_hooks.py.
    /// `positive_data_acceptance` is left out: a body can match the schema and still be refused
    /// (422) because its maps must name exactly the registered domains, which a schema cannot say.
    @Test(.enabled(if: PythonPeer.available(["schemathesis"]), "schemathesis is not installed in the Python peer environment (scripts/setup.sh --python installs it)"))
    func theOpenAPIDescriptionHoldsUnderSchemathesis() throws {
        let dir = try Repository.temporaryDirectory("vt-schemathesis")
        let database = dir.appendingPathComponent("c.sqlite")
        let server = try ServerProcess(database: database)
        let root = Repository.root
        let output = try PythonPeer.run(["-m", "schemathesis.cli", "run", root.appendingPathComponent("docs/controller-openapi.yaml").path,
                                         "--url", "http://127.0.0.1:\(server.port)", "--checks", "all", "--exclude-checks", "positive_data_acceptance",
                                         "--max-examples", "20", "--seed", "14", "--workers", "1", "--no-color", "--generation-database", "none"],
                                        environment: ["SCHEMATHESIS_HOOKS": root.appendingPathComponent("scripts/controller_schemathesis_hooks.py").path,
                                                      "VELOCITUNE_FUZZ_DB": database.path],
                                        directory: dir)
        let report = String(decoding: output.stdout, as: UTF8.self)
        #expect(output.status == 0, "\(report.suffix(4000))\n\(output.stderr.suffix(2000))")
    }
}
