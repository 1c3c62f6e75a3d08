import ArgumentParser
import Artifacts
import Common
import ConfigFiles
import Foundation

/// Training options on a command line, in the order they apply over the defaults: a YAML file
/// (`--config`), then every declared key as `--key-name VALUE` (or `--key-name=VALUE`), then
/// `--set key=value`. Nothing here declares an option: `TrainingOptions.keys` does, once.
struct TrainingFlags: ParsableArguments {
    @Option(help: ArgumentHelp("A YAML file of training options (keys as in the README); flags override it.", valueName: "file.yaml"))
    var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set any training option: key=value (repeatable; see the list below).", valueName: "key=value"))
    var assignments: [String] = []

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(visibility: .private))
    var flags: [String] = []

    /// The options: defaults, then the config file, then the flags, then `--set`.
    func resolve(over base: TrainingOptions = TrainingOptions()) throws -> TrainingOptions {
        TrainingLayer.resolve(base, try layers())
    }

    /// The layers these flags describe, in order.
    func layers() throws -> [TrainingLayer] {
        var layers: [TrainingLayer] = []
        if let config { layers.append(try YAMLConfig.load(TrainingLayer.self, from: URL(fileURLWithPath: config))) }
        var flagLayer = TrainingLayer()
        var index = 0
        while index < flags.count {
            let argument = flags[index]
            guard argument.hasPrefix("--") else { throw ValidationError("unexpected argument \"\(argument)\"") }
            var name = String(argument.dropFirst(2)), value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            let key = name.replacingOccurrences(of: "-", with: "_")
            guard TrainingOptions.key(named: key) != nil else {
                throw ValidationError("unknown option \(argument.split(separator: "=")[0]) (\(TrainingOptions.unknownKey(key).message.dropFirst("unknown option (".count).dropLast()))")
            }
            if value == nil {
                index += 1
                guard index < flags.count else { throw ValidationError("missing value for \(argument)") }
                value = flags[index]
            }
            try flagLayer.set(key, text: value!)
            index += 1
        }
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--set expects key=value, got \"\(assignment)\"")
            }
            try flagLayer.set(String(assignment[..<equals]), text: String(assignment[assignment.index(after: equals)...]))
        }
        if !flagLayer.keys.isEmpty { layers.append(flagLayer) }
        return layers
    }

    /// The list of training options for `--help`.
    static var help: String {
        let defaults = TrainingOptions()
        let lines = TrainingOptions.keys.map { key in
            "  \(key.flag) (\(key.expected)): \(key.help)" + (key.value(in: defaults).map { " (default \($0.isEmpty ? "none" : $0))" } ?? "")
        }
        return "Training options (any of them as --key-name VALUE, --set key=value, or key: value in --config):\n" + lines.joined(separator: "\n")
    }
}
