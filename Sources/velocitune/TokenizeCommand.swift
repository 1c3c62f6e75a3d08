import ArgumentParser
import Corpus
import Foundation

/// `velocitune tokenize`: text to ids and back with a tokenizer file.
struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Encode stdin to token ids (one line of space-separated integers), or decode ids back.",
        discussion: "Reads a Hugging Face tokenizer.json, or GPT-2's encoder.json when vocab.bpe sits beside it. <|endoftext|> in the text becomes its special id.")

    @Option(help: ArgumentHelp("tokenizer.json, or GPT-2's encoder.json (with vocab.bpe in the same folder).", valueName: "file"))
    var tokenizer: String

    @Flag(help: "Decode: read space-separated ids on stdin, write the text (bytes) to stdout.")
    var decode = false

    func run() throws {
        let model: BPEModel
        model = try TokenizerLoader.load(tokenizer)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var encoder = BPEEncoder(model: model)
        if decode {
            var ids: [UInt32] = []
            for field in String(decoding: input, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
                guard let id = UInt32(field) else { throw CLIError.invalidInput("stdin: \"\(field)\" is not a token id (expected non-negative integers)") }
                ids.append(id)
            }
            FileHandle.standardOutput.write(Data(try inFile("stdin") { try encoder.decode(ids) }))
        } else {
            let ids = encoder.encode(bytes: Array(input))
            print(ids.map(String.init).joined(separator: " "))
        }
    }
}

/// Loads a tokenizer from a `tokenizer.json` or a GPT-2 `encoder.json` (+ `vocab.bpe`).
enum TokenizerLoader {
    static func load(_ path: String) throws(TokenizerError) -> BPEModel {
        let url = URL(fileURLWithPath: path)
        let merges = url.deletingLastPathComponent().appendingPathComponent("vocab.bpe")
        if url.lastPathComponent == "encoder.json", FileManager.default.fileExists(atPath: merges.path) {
            return try TokenizerFile.load(gpt2Encoder: url, merges: merges)
        }
        return try TokenizerFile.load(huggingFace: url)
    }
}
