import ConfigFiles
import Testing

struct Sample: Codable, Equatable {
    struct Item: Codable, Equatable {
        var name: String
        var size: Double
    }
    var steps: Int
    var rate: Double?
    var items: [Item]
}

@Suite struct YAMLConfigTests {
    func error(_ yaml: String) -> ConfigError? {
        do { _ = try YAMLConfig.decode(Sample.self, yaml: yaml, file: "x.yaml"); return nil } catch { return error }
    }

    @Test func decodesAValidFile() throws {
        let value = try YAMLConfig.decode(Sample.self, yaml: "steps: 3\nitems:\n  - {name: a, size: 1.5}\n", file: "x.yaml")
        #expect(value == Sample(steps: 3, rate: nil, items: [.init(name: "a", size: 1.5)]))
    }

    @Test func typeErrorsNameLineAndField() {
        let e = error("steps: 3\nitems:\n  - name: a\n    size: big\n")
        #expect(e?.line == 4)
        #expect(e?.field == "items[0].size")
        #expect(e?.description.hasPrefix("x.yaml:4:") == true)
        #expect(e?.message.hasPrefix("expected a number") == true)
    }

    @Test func missingKeysAndTyposAreReported() {
        let missing = error("items: []\n")
        #expect(missing?.field == "steps")
        #expect(missing?.message == "required key is missing")
        let typo = error("steps: 3\nrat: 0.1\nitems: []\n")
        #expect(typo?.line == 2)
        #expect(typo?.field == "rat")
        #expect(typo?.message.contains("unknown key") == true)
    }

    @Test func syntaxErrorsCarryTheirPosition() {
        let e = error("steps: 3\nitems: [a, b\n")
        #expect(e?.line != nil)
        #expect(e?.message.hasPrefix("YAML syntax") == true)
        #expect(error("")?.message.contains("empty") == true)
    }
}
