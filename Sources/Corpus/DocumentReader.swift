import Foundation

/// One document of a domain: an identifier (its path relative to the domain's folder, with
/// `#LINE` for `.jsonl` records) and its bytes.
public struct Document: Sendable {
    /// Stable identifier; determines the train/valid/test split.
    public var id: String
    /// The text's bytes (UTF-8 or not; byte-level BPE takes any bytes).
    public var bytes: [UInt8]

    /// Creates a document.
    public init(id: String, bytes: [UInt8]) {
        self.id = id
        self.bytes = bytes
    }
}

/// A file under a domain's folder that was not used, and why.
public struct SkippedFile: Codable, Sendable, Hashable {
    /// Path relative to the domain's folder.
    public var path: String
    /// "empty" or "binary".
    public var reason: String
}

/// Reads a domain's documents from a file or a folder (recursively, in byte order of relative
/// paths, skipping hidden entries): plain text files, `.gz` files, and `.jsonl` files whose lines
/// are objects with a `text` field (one document per line; `.jsonl.gz` too). Empty files and
/// files with NUL bytes (binary) are skipped and reported.
public enum DocumentReader {
    /// The documents under `path`, and the files skipped.
    public static func read(_ path: URL) throws(CorpusError) -> (documents: [Document], skipped: [SkippedFile]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            throw .unreadable(path.path, "no such file or directory")
        }
        var files: [(relative: String, url: URL)] = []
        if isDirectory.boolValue {
            files = try listFiles(path)
        } else {
            files = [(path.lastPathComponent, path)]
        }
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for file in files {
            var bytes: [UInt8]
            do { bytes = Array(try Data(contentsOf: file.url)) } catch {
                throw .unreadable(file.url.path, "cannot read: \(error.localizedDescription)")
            }
            var name = file.relative
            if name.hasSuffix(".gz") {
                do { bytes = try Compression.gunzip(bytes) } catch {
                    throw .unreadable(file.url.path, error.description)
                }
                name.removeLast(3)
            }
            if name.hasSuffix(".jsonl") {
                documents += try jsonLines(bytes, id: file.relative, path: file.url.path)
                continue
            }
            if bytes.isEmpty {
                skipped.append(SkippedFile(path: file.relative, reason: "empty"))
            } else if bytes.prefix(8192).contains(0) {
                skipped.append(SkippedFile(path: file.relative, reason: "binary"))
            } else {
                documents.append(Document(id: file.relative, bytes: bytes))
            }
        }
        return (documents, skipped)
    }

    private static func listFiles(_ root: URL) throws(CorpusError) -> [(relative: String, url: URL)] {
        var result: [(String, URL)] = []
        func walk(_ directory: URL, _ prefix: String) throws(CorpusError) {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
                throw .unreadable(directory.path, "cannot list: \(error.localizedDescription)")
            }
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                let relative = prefix.isEmpty ? name : "\(prefix)/\(name)"
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    try walk(url, relative)
                } else if type == .typeRegular {
                    result.append((relative, url))
                } else if type == .typeSymbolicLink {
                    // Follow links to files; never links to folders (no cycles).
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                        result.append((relative, url))
                    }
                }
            }
        }
        try walk(root, "")
        return result
    }

    private static func jsonLines(_ bytes: [UInt8], id: String, path: String) throws(CorpusError) -> [Document] {
        var documents: [Document] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw .malformedJSONLine(path, lineNumber)
            }
            if !text.isEmpty { documents.append(Document(id: "\(id)#\(lineNumber)", bytes: Array(text.utf8))) }
        }
        return documents
    }
}
