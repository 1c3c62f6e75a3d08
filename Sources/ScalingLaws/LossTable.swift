import Foundation

/// Per-domain learning-curve points read from a CSV file with a header naming at least
/// `domain`, `tokens` and `loss` (any order; other columns ignored). Optional columns: `params`
/// (model sizes, for the two-variable law); `step` (optimizer steps done: the points of a
/// schedule-aware fit), with `lr` (the learning rate at that step), `run` (which proxy run the
/// row belongs to: the first run named is the constant-rate trunk, the others its cool-down
/// branches) and `se` (the loss's standard error).
public struct LossTable: Sendable {
    /// One row of a schedule-aware table (a `step` column).
    public struct ScheduledRow: Sendable, Hashable {
        /// The proxy run (`trunk` when the file has no `run` column).
        public var run: String
        /// Optimizer steps done.
        public var step: Int
        /// Training tokens seen.
        public var tokens: Double
        /// The learning rate at that step, when given.
        public var lr: Double?
        /// The held-out loss.
        public var loss: Double
        /// Its standard error, when given.
        public var standardError: Double?
        /// The 1-based line.
        public var line: Int
    }

    /// Domains in order of first appearance.
    public var domains: [String]
    /// Points of each domain, in file order.
    public var points: [String: [LossPoint]]
    /// The 1-based line of each domain's points, parallel to `points`.
    public var lines: [String: [Int]]
    /// With a `step` column: each domain's rows, in file order; nil otherwise.
    public var scheduled: [String: [ScheduledRow]]?
    /// Runs in order of first appearance (with a `step` column).
    public var runs: [String] = []
    /// The file the table was read from, for error messages.
    public var file: String?

    /// Reads and parses the CSV file at `url`; errors name the file.
    public static func load(_ url: URL, minimumPoints: Int = 4) throws(LossTableError) -> LossTable {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw LossTableError(file: url.path, line: 0, message: "cannot read the file (\(error.localizedDescription))")
        }
        do {
            var table = try parse(text, minimumPoints: minimumPoints)
            table.file = url.path
            return table
        } catch {
            throw LossTableError(file: url.path, line: error.line, message: error.message)
        }
    }

    /// Parses CSV text; errors carry the line.
    public static func parse(_ text: String, minimumPoints: Int = 4) throws(LossTableError) -> LossTable {
        var rows = CSVReader.rows(text)
        guard let header = rows.first else { throw LossTableError(line: 1, message: "the file is empty; expected a header with domain,tokens,loss") }
        rows.removeFirst()
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String, required: Bool) throws(LossTableError) -> Int? {
            if let index = names.firstIndex(of: name) { return index }
            if required {
                throw LossTableError(line: header.line,
                                     message: "missing column \"\(name)\" in header (found: \(names.joined(separator: ",")))")
            }
            return nil
        }
        let domainColumn = try column("domain", required: true)!
        let tokensColumn = try column("tokens", required: true)!
        let lossColumn = try column("loss", required: true)!
        let paramsColumn = try column("params", required: false)
        let stepColumn = try column("step", required: false)
        let lrColumn = try column("lr", required: false)
        let runColumn = try column("run", required: false)
        let seColumn = try column("se", required: false)

        var table = LossTable(domains: [], points: [:], lines: [:], scheduled: stepColumn == nil ? nil : [:])
        for row in rows {
            guard row.fields.count == names.count else {
                throw LossTableError(line: row.line, message: "expected \(names.count) fields as in the header, found \(row.fields.count)")
            }
            func number(_ column: Int, _ name: String) throws(LossTableError) -> Double {
                let raw = row.fields[column].trimmingCharacters(in: .whitespaces)
                guard let value = Double(raw) else {
                    throw LossTableError(line: row.line, message: "column \"\(name)\": \"\(raw)\" is not a number")
                }
                guard value.isFinite else {
                    throw LossTableError(line: row.line, message: "column \"\(name)\": \(raw) is not finite")
                }
                return value
            }
            let domain = row.fields[domainColumn].trimmingCharacters(in: .whitespaces)
            guard !domain.isEmpty else { throw LossTableError(line: row.line, message: "column \"domain\" is empty") }
            let tokens = try number(tokensColumn, "tokens")
            // A schedule-aware table may hold the step-0 evaluation (l_init) at 0 tokens.
            guard tokens > 0 || (stepColumn != nil && tokens == 0) else {
                throw LossTableError(line: row.line, message: "column \"tokens\": must be > 0, got \(row.fields[tokensColumn])")
            }
            let loss = try number(lossColumn, "loss")
            guard loss > 0 else { throw LossTableError(line: row.line, message: "column \"loss\": must be > 0, got \(row.fields[lossColumn])") }
            var params: Double?
            if let paramsColumn {
                let value = try number(paramsColumn, "params")
                guard value > 0 else { throw LossTableError(line: row.line, message: "column \"params\": must be > 0, got \(row.fields[paramsColumn])") }
                params = value
            }
            if table.points[domain] == nil { table.domains.append(domain) }
            table.points[domain, default: []].append(LossPoint(tokens: tokens, loss: loss, parameters: params))
            table.lines[domain, default: []].append(row.line)
            if let stepColumn {
                let rawStep = row.fields[stepColumn].trimmingCharacters(in: .whitespaces)
                guard let step = Int(rawStep), step >= 0 else {
                    throw LossTableError(line: row.line, message: "column \"step\": \"\(rawStep)\" is not a non-negative integer")
                }
                var lr: Double?
                if let lrColumn {
                    let value = try number(lrColumn, "lr")
                    guard value >= 0 else { throw LossTableError(line: row.line, message: "column \"lr\": must be >= 0, got \(row.fields[lrColumn])") }
                    lr = value
                }
                var se: Double?
                if let seColumn {
                    let value = try number(seColumn, "se")
                    guard value >= 0 else { throw LossTableError(line: row.line, message: "column \"se\": must be >= 0, got \(row.fields[seColumn])") }
                    se = value
                }
                let run = runColumn.map { row.fields[$0].trimmingCharacters(in: .whitespaces) } ?? "trunk"
                guard !run.isEmpty else { throw LossTableError(line: row.line, message: "column \"run\" is empty") }
                if !table.runs.contains(run) { table.runs.append(run) }
                if let previous = table.scheduled?[domain]?.last(where: { $0.run == run }), step <= previous.step || tokens <= previous.tokens {
                    throw LossTableError(line: row.line, message: "domain \"\(domain)\", run \"\(run)\": steps and tokens must increase from line \(previous.line) (step \(previous.step), \(previous.tokens) tokens) to this one")
                }
                table.scheduled?[domain, default: []].append(ScheduledRow(run: run, step: step, tokens: tokens, lr: lr, loss: loss, standardError: se, line: row.line))
            }
        }
        guard !table.domains.isEmpty else { throw LossTableError(line: header.line, message: "no data rows after the header") }
        try table.requireMinimumPoints(minimumPoints)
        return table
    }
}

extension LossTable {
    /// Checks that every domain has at least `minimumPoints` points (6 for the two-variable law).
    public func requireMinimumPoints(_ minimumPoints: Int) throws(LossTableError) {
        for domain in domains {
            let count = points[domain]!.count
            let required = Set(points[domain]!.compactMap(\.parameters)).count >= 2 ? max(minimumPoints, 6) : minimumPoints
            if count < required {
                throw LossTableError(file: file, line: lines[domain]!.first!,
                                     message: "domain \"\(domain)\" has \(count) point\(count == 1 ? "" : "s"), at least \(required) are needed")
            }
        }
    }
}

/// A problem in a loss CSV, at a 1-based line.
public struct LossTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, when the table was read from one.
    public var file: String?
    /// The 1-based line of the problem (0: the file as a whole).
    public var line: Int
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error at `line` of `file`.
    public init(file: String? = nil, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:N: message" ("line N: message" without a file).
    public var description: String {
        guard let file else { return "line \(line): \(message)" }
        return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// A minimal RFC 4180 reader: commas, double-quoted fields with doubled quotes, CRLF or LF.
enum CSVReader {
    /// One record and the 1-based line it starts on.
    struct Row {
        var line: Int
        var fields: [String]
    }

    /// All non-blank records of `text`.
    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowStart = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                rows.append(Row(line: rowStart, fields: fields))
            }
            fields = []
        }
        while let c = pending {
            pending = iterator.next()
            if inQuotes {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case ",": fields.append(field); field = ""
            case "\r": if pending == "\n" { continue } else { endRow(); line += 1; rowStart = line }
            case "\n": endRow(); line += 1; rowStart = line
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
