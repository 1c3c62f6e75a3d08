/// A plain-text table with aligned columns: text left-aligned, numbers right-aligned. What every
/// command and report prints.
public struct TextTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// Rows of cells.
    public var rows: [[String]]

    /// A table with `header` and no rows yet.
    public init(_ header: [String]) {
        self.header = header
        rows = []
    }

    /// A table with `header` and `rows`.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Appends a row.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines of aligned text, a rule under the header.
    public func text() -> String {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func isNumeric(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first else { return false }
            return "0123456789-+.[".unicodeScalars.contains(first) && !text.contains(" ") || text.hasSuffix("%") || text == "n/a"
        }
        func line(_ cells: [String]) -> String {
            var text = header.indices.map { column in
                let cell = column < cells.count ? cells[column] : ""
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column > 0 && isNumeric(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n")
    }
}
