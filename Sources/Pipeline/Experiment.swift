import Artifacts
import Common
import Corpus
import Foundation
import Mixing
import ScalingLaws

/// `velocitune run EXPERIMENT.yaml`: the whole Velocitune workflow in one file. See
/// examples/experiment.yaml and the README for every key.
public struct Experiment: Codable, Sendable {
    /// Where every artifact goes (relative paths are relative to the current directory).
    public var out: String
    /// The corpus: prepared from text folders, or an existing corpus directory.
    public var corpus: CorpusSpec
    /// The base model: an existing checkpoint, or a pre-training stage.
    public var base: BaseSpec
    /// The model shape (n_layer, n_head, n_embd, block_size) for pre-training.
    public var model: TrainingLayer?
    /// Training options shared by every continual pre-training run (and the proxy).
    public var training: TrainingLayer?
    /// Tokens of each continual pre-training run.
    public var budgetTokens: Double
    /// The targets stage (a proxy fit), or a targets file.
    public var targets: TargetsSpec
    /// The runs to compare.
    public var runs: [RunSpec]
    /// Seeds every run is repeated with (data order, sampling and the mixer's draws); nil: once,
    /// with the options' `seed`. The base model and the targets' proxy are shared by all seeds.
    public var seeds: [Int]?
    /// Threads (default: all cores).
    public var threads: Int?

    enum CodingKeys: String, CodingKey {
        case out, corpus, base, model, training, targets, runs, seeds, threads
        case budgetTokens = "budget_tokens"
    }

    /// Creates an experiment.
    public init(out: String, corpus: CorpusSpec, base: BaseSpec, model: TrainingLayer?, training: TrainingLayer?, budgetTokens: Double,
                targets: TargetsSpec, runs: [RunSpec], seeds: [Int]? = nil, threads: Int? = nil) {
        self.out = out
        self.corpus = corpus
        self.base = base
        self.model = model
        self.training = training
        self.budgetTokens = budgetTokens
        self.targets = targets
        self.runs = runs
        self.seeds = seeds
        self.threads = threads
    }

    /// The corpus stage.
    public struct CorpusSpec: Codable, Sendable {
        /// An existing corpus directory (made by `prepare`).
        public var path: String?
        /// Text folders by domain name, prepared into OUT/corpus.
        public var domains: [String: String]?
        /// Domain order (default: sorted names).
        public var order: [String]?
        /// Vocabulary size of the trained tokenizer (default 4096).
        public var vocabSize: Int?
        /// The base model's tokenizer instead of a trained one: a `tokenizer.json` or a GGUF
        /// file (`~/` is the home directory).
        public var tokenizer: String?
        /// Held-out shares (defaults 0.05).
        public var validFraction: Double?, testFraction: Double?
        /// The smallest held-out split in bytes (default 32768).
        public var minimumHeldOutBytes: Int?

        enum CodingKeys: String, CodingKey {
            case path, domains, order, tokenizer
            case vocabSize = "vocab_size"
            case validFraction = "valid_fraction"
            case testFraction = "test_fraction"
            case minimumHeldOutBytes = "min_heldout_bytes"
        }

        /// Creates a corpus stage.
        public init(path: String? = nil, domains: [String: String]? = nil, order: [String]? = nil, vocabSize: Int? = nil,
                    validFraction: Double? = nil, testFraction: Double? = nil, tokenizer: String? = nil) {
            self.tokenizer = tokenizer
            self.path = path
            self.domains = domains
            self.order = order
            self.vocabSize = vocabSize
            self.validFraction = validFraction
            self.testFraction = testFraction
        }
    }

    /// The base-model stage.
    public struct BaseSpec: Codable, Sendable {
        /// An existing checkpoint: a GPT checkpoint directory or .safetensors file, a Hugging
        /// Face Llama directory or a GGUF file (`~/` is the home directory).
        public var initCheckpoint: String?
        /// Options of a pre-training run from scratch (over `model`), e.g. `weights: {prose: 1}`.
        public var pretrain: TrainingLayer?

        enum CodingKeys: String, CodingKey {
            case pretrain
            case initCheckpoint = "init"
        }

        /// Creates a base stage.
        public init(initCheckpoint: String? = nil, pretrain: TrainingLayer? = nil) {
            self.initCheckpoint = initCheckpoint
            self.pretrain = pretrain
        }
    }

    /// The targets stage.
    public struct TargetsSpec: Codable, Sendable {
        /// Use this targets file instead of a proxy fit.
        public var file: String?
        /// Share of one run's training tokens the proxy may use (default 0.2).
        public var fraction: Double?
        /// The schedule-aware law (default `cooldown`).
        public var method: ScheduleLawMethod?

        /// Creates a targets stage.
        public init(file: String? = nil, fraction: Double? = nil, method: ScheduleLawMethod? = nil) {
            self.file = file
            self.fraction = fraction
            self.method = method
        }
    }

    /// One continual pre-training run: a name, its own options (mixer, eta, ...), and for the
    /// replay policy the run to replay.
    public struct RunSpec: Codable, Sendable {
        /// Unique name (the run's directory under OUT/runs).
        public var name: String
        /// For `mixer: replay`: the name of an earlier run of this experiment.
        public var replay: String?
        /// Replay the time-averaged weights instead of the schedule.
        public var replayAverage: Bool?
        /// The run's own options.
        public var options: TrainingLayer

        enum CodingKeys: String, CodingKey {
            case name, replay
            case replayAverage = "replay_average"
        }

        /// Creates a run.
        public init(name: String, replay: String? = nil, replayAverage: Bool? = nil, options: TrainingLayer) {
            self.name = name
            self.replay = replay
            self.replayAverage = replayAverage
            self.options = options
        }

        /// Decodes `name`, `replay`, `replay_average` and training options from one mapping.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            replay = try container.decodeIfPresent(String.self, forKey: .replay)
            replayAverage = try container.decodeIfPresent(Bool.self, forKey: .replayAverage)
            options = try TrainingLayer(from: decoder)
        }

        /// Encodes the same flat mapping.
        public func encode(to encoder: Encoder) throws {
            try options.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(replay, forKey: .replay)
            try container.encodeIfPresent(replayAverage, forKey: .replayAverage)
        }
    }
}

extension Experiment: FieldValidating {
    /// Checks what the keys alone cannot: a positive budget, at least one run, unique run names,
    /// replay sources that name earlier runs, one corpus source and one base model source.
    public func validateFields() throws(FieldError) {
        guard budgetTokens > 0, budgetTokens.isFinite else {
            throw FieldError([.key("budget_tokens")], "must be a positive number, got \(budgetTokens)")
        }
        guard !runs.isEmpty else { throw FieldError([.key("runs")], "at least one run is needed") }
        if let seeds {
            guard !seeds.isEmpty else { throw FieldError([.key("seeds")], "must list at least one seed (or leave seeds out to run once)") }
            for (index, seed) in seeds.enumerated() {
                guard seed >= 0 else { throw FieldError([.key("seeds"), .index(index)], "must be a non-negative integer, got \(seed)") }
                guard seeds.firstIndex(of: seed) == index else { throw FieldError([.key("seeds"), .index(index)], "seed \(seed) is listed twice") }
            }
            for (index, run) in runs.enumerated() where run.options.sets("seed") {
                throw FieldError([.key("runs"), .index(index), .key("seed")], "the experiment's seeds set every run's seed; remove this one")
            }
        }
        var seen = Set<String>()
        for (index, run) in runs.enumerated() {
            guard seen.insert(run.name).inserted else { throw FieldError([.key("runs"), .index(index), .key("name")], "two runs are named \"\(run.name)\"") }
            if let source = run.replay, !seen.contains(source) || source == run.name {
                throw FieldError([.key("runs"), .index(index), .key("replay")], "\"\(source)\" must name an earlier run")
            }
            if (run.replay != nil) != (run.options.sets("mixer") && run.options.values.mixer == .replay) {
                throw FieldError([.key("runs"), .index(index)], "replay: goes with mixer: replay (and mixer: replay needs replay: RUN)")
            }
        }
        guard (corpus.path == nil) != (corpus.domains == nil) else {
            throw FieldError([.key("corpus")], "give either path (a prepared corpus) or domains (text folders)")
        }
        if corpus.tokenizer != nil, corpus.vocabSize != nil {
            throw FieldError([.key("corpus"), .key("vocab_size")], "goes with a trained tokenizer; the given tokenizer has its own vocabulary")
        }
        if corpus.tokenizer != nil, corpus.path != nil {
            throw FieldError([.key("corpus"), .key("tokenizer")], "goes with domains (text folders to prepare); a prepared corpus has its tokenizer")
        }
        if let order = corpus.order, let domains = corpus.domains, Set(order) != Set(domains.keys) || order.count != domains.count {
            throw FieldError([.key("corpus"), .key("order")], "must list exactly the domains \(domains.keys.sorted())")
        }
        guard (base.initCheckpoint == nil) != (base.pretrain == nil) else {
            throw FieldError([.key("base")], "give either init (a checkpoint) or pretrain (options of a pre-training run)")
        }
        // Names known here (written in the file, or in a readable corpus's manifest) are checked
        // now, so the error points at its line; the runner checks the rest before any stage.
        let manifest = corpus.path.flatMap { try? CorpusManifest.load(directory: URL(fileURLWithPath: $0)) }
        if let names = corpus.order ?? corpus.domains.map({ $0.keys.sorted() }) ?? manifest?.domains.map(\.name) {
            try validateRuns(domains: names)
        }
    }

    /// Checks every run's options that name domains (`weights`, `replay_domains`) against the
    /// corpus's `domains`, naming the field that set them: the run's own, or the shared
    /// `training` one.
    public func validateRuns(domains: [String]) throws(FieldError) {
        for (index, spec) in runs.enumerated() {
            do { try TrainingLayer.resolve(TrainingOptions(), [model, training, spec.options].compactMap { $0 }).validate(domains: domains) } catch {
                let key = error.key ?? "options"
                let path: [FieldError.Component] = spec.options.sets(key) ? [.key("runs"), .index(index), .key(key)] : [.key("training"), .key(key)]
                throw FieldError(path, error.message)
            }
        }
    }
}

extension Experiment {
    /// `path` with a leading `~/` replaced by the home directory (`$HOME`), so an experiment file
    /// can name a model in a user's cache.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
