/// Bounds on the integers the protocol accepts. Every step, version, token count, interval and
/// delay is checked against them at the edge, so arithmetic on them inside the controller
/// (`step + apply_delay`, the next version number) cannot overflow, and every integer the
/// controller answers with is exact for every JSON client.
public enum ProtocolLimits {
    /// 2^53 - 1: the largest integer a JSON client that reads numbers as doubles (JavaScript,
    /// many Python tools) represents exactly. The sum of two such values is far below `Int.max`.
    public static let maxInteger = 9_007_199_254_740_991

    /// Throws `.invalid` unless `value` is in `minimum...maxInteger`.
    static func check(_ value: Int, _ field: String, minimum: Int = 0) throws(ControllerError) {
        guard value >= minimum, value <= maxInteger else {
            throw .invalid("\(field) must be an integer in \(minimum)...\(maxInteger), got \(value)")
        }
    }

    /// `a + b`, or `.invalid` when the sum overflows or exceeds `maxInteger`.
    static func sum(_ a: Int, _ b: Int, _ field: String) throws(ControllerError) -> Int {
        let (total, overflow) = a.addingReportingOverflow(b)
        guard !overflow, total <= maxInteger else { throw .invalid("\(field) would exceed \(maxInteger)") }
        return total
    }
}
