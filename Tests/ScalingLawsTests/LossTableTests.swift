import ScalingLaws
import Testing

@Suite struct LossTableTests {
    let rows = (1...4).map { "shell,\($0)000000,\(3.0 - 0.1 * Double($0))" }.joined(separator: "\n")

    @Test func readsColumnsInAnyOrderAndIgnoresExtras() throws {
        let text = "loss,note,tokens,domain\n" + (1...4).map { "\(3.0 - 0.1 * Double($0)),\"a, b\",\($0)e6,math" }.joined(separator: "\n")
        let table = try LossTable.parse(text)
        #expect(table.domains == ["math"])
        #expect(table.points["math"]!.map(\.tokens) == [1e6, 2e6, 3e6, 4e6])
        #expect(table.lines["math"] == [2, 3, 4, 5])
    }

    @Test func namesTheLineAndProblem() {
        func problem(_ text: String) -> LossTableError? {
            do { _ = try LossTable.parse(text); return nil } catch { return error }
        }
        #expect(problem("domain,loss\nshell,3") == LossTableError(line: 1, message: "missing column \"tokens\" in header (found: domain,loss)"))
        #expect(problem("domain,tokens,loss\n" + rows + "\nshell,abc,2.0")?.line == 6)
        #expect(problem("domain,tokens,loss\n" + rows + "\nshell,5e6,nan")?.message.contains("not finite") == true)
        #expect(problem("domain,tokens,loss\nshell,0,2.0\n" + rows)?.line == 2)
        #expect(problem("domain,tokens,loss\n" + rows + "\nmath,1e6,2.0")?.message == "domain \"math\" has 1 point, at least 4 are needed")
        #expect(problem("domain,tokens,loss\nshell,1e6\n")?.line == 2)
        #expect(problem("")?.line == 1)
    }

    @Test func paramsColumnSelectsTheTwoVariableMinimum() {
        let text = "domain,tokens,loss,params\n" + (1...4).map { "d,\($0)e6,\(3.0 - 0.1 * Double($0)),\($0 % 2 == 0 ? 1e7 : 2e7)" }.joined(separator: "\n")
        #expect(throws: LossTableError.self) { try LossTable.parse(text) }
    }
}
