import Common
import Corpus
import Foundation

/// Small real-looking corpora for tests that train.
public enum TestCorpus {
    /// Writes a two- or three-domain text tree and prepares it with a small vocabulary; returns
    /// the corpus directory.
    public static func prepared(in root: URL, domains: Int = 2, vocabularySize: Int = 300, documents: Int = 12) throws -> URL {
        let sources: [(String, (Int) -> String)] = [
            ("prose", { i in String(repeating: "The old king walked slowly through the quiet castle at night, thinking of his daughters. ", count: 6 + i % 4) }),
            ("code", { i in String(repeating: "def add\(i)(a, b):\n    return a + b * \(i)\n\nfor k in range(10):\n    print(add\(i)(k, k))\n", count: 5 + i % 3) }),
            ("math", { i in (0..<40).map { j in "Solve \(i + j)*x = \((i + j) * 3) for x.\n3\n" }.joined() }),
        ]
        var domainSources: [DomainSource] = []
        for (name, make) in sources.prefix(domains) {
            let dir = root.appendingPathComponent("text/\(name)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for i in 0..<documents { try make(i).write(to: dir.appendingPathComponent("\(i).txt"), atomically: false, encoding: .utf8) }
            domainSources.append(DomainSource(name: name, path: dir))
        }
        let out = root.appendingPathComponent("corpus")
        _ = try CorpusBuilder.prepare(PrepareOptions(domains: domainSources, output: out, vocabularySize: vocabularySize,
                                                     validFraction: 0.2, testFraction: 0.1, seed: 0, threads: 2),
                                      progress: ProgressLine(interactive: false))
        return out
    }
}
