import BriefingCompose
import BriefingModel
import Foundation
import Testing

struct DraftWriterTests {
    private let folder: String

    init() {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("briefing-compose-\(UUID().uuidString)").path
    }

    private var draftPath: String { folder + "/drafts/2025-05.md" }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder + "/drafts").filter { $0.hasPrefix(".") }
    }

    @Test func writesAbsentFileCreatingTheFolder() throws {
        let outcome = try DraftWriter.write("hello\n", to: draftPath, previousHash: nil)
        #expect(outcome == .written(hash: DraftWriter.hash("hello\n")))
        #expect(try read(draftPath) == "hello\n")
        #expect(try leftovers().isEmpty, "no temporary file is left behind")
    }

    @Test func sameBytesAreUnchanged() throws {
        guard case .written(let hash) = try DraftWriter.write("a\n", to: draftPath, previousHash: nil) else {
            Issue.record("first write did not write")
            return
        }
        #expect(try DraftWriter.write("a\n", to: draftPath, previousHash: hash) == .unchanged(hash: hash))
    }

    @Test func untouchedDraftIsReplacedAtomically() throws {
        guard case .written(let hash) = try DraftWriter.write("old\n", to: draftPath, previousHash: nil) else {
            Issue.record("first write did not write")
            return
        }
        let before = try FileManager.default.attributesOfItem(atPath: draftPath)[.systemFileNumber] as? Int
        #expect(
            try DraftWriter.write("new\n", to: draftPath, previousHash: hash)
                == .written(hash: DraftWriter.hash("new\n")))
        let after = try FileManager.default.attributesOfItem(atPath: draftPath)[.systemFileNumber] as? Int
        #expect(try read(draftPath) == "new\n")
        #expect(before != after, "replaced by rename of a new file, not rewritten in place")
        #expect(try leftovers().isEmpty)
    }

    @Test func editedDraftIsNeverTouchedAndNewCandidatesGoToNewFile() throws {
        let composer = DraftComposer(settings: DraftSettings(), feeds: [])
        let plan = try FixturePlan.plan()
        let first = composer.markdown(plan)
        guard case .written(let hash) = try DraftWriter.write(first, to: draftPath, previousHash: nil) else {
            Issue.record("first write did not write")
            return
        }
        // The editor drops everything but the etcd item and writes a headline of their own.
        let edited =
            "# 2025.05\n\n## 专题一\n\n### 1. etcd 3.6 来了\n\nhttps://github.com/etcd-io/etcd/releases/tag/v3.6.0\n"
        try edited.write(toFile: draftPath, atomically: false, encoding: .utf8)
        let regenerated = composer.markdown(plan)
        let outcome = try DraftWriter.write(regenerated, to: draftPath, previousHash: hash)
        let newPath = folder + "/drafts/2025-05.new.md"
        #expect(outcome == .editedKept(newCandidatesPath: newPath, hash: DraftWriter.hash(edited)))
        #expect(try read(draftPath) == edited)

        let fresh = DraftWriter.newCandidates(plan, notLinkedIn: try read(draftPath))
        #expect(fresh.items[.releases]?.map(\.lead.id) == [13], "etcd is linked in the edited draft")
        #expect(fresh.items[.news]?.count == 3)
        try DraftWriter.overwrite(composer.markdown(fresh), to: newPath)
        try DraftWriter.overwrite(composer.markdown(fresh), to: newPath)
        #expect(try read(newPath).contains("Announcing Istio 1.26.0"))
        #expect(try !read(newPath).contains("etcd v3.6.0 发布"))
    }

    @Test func newCandidatesMatchLinksLoosely() throws {
        let plan = try FixturePlan.plan()
        let edited =
            "see HTTPS://WWW.CNCF.IO/announcements/2025/05/01/cncf-and-synadia-align-on-securing-the-future-of-the-nats-io-project#x."
        let fresh = DraftWriter.newCandidates(plan, notLinkedIn: edited)
        #expect(fresh.items[.news]?.map(\.lead.id) == [31, 90], "the NATS group is linked (one of its links)")
    }

    @Test func unwritableFolderIsADraftErrorNamingThePath() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "x".write(toFile: folder + "/drafts", atomically: false, encoding: .utf8)
        #expect {
            try DraftWriter.write("a", to: draftPath, previousHash: nil)
        } throws: { error in
            guard let error = error as? DraftError else { return false }
            return error.exitStatus == .draftNotWritable && error.message.hasPrefix("cannot write draft \(draftPath): ")
        }
    }

    @Test func folderInPlaceOfTheDraftIsAnError() throws {
        try FileManager.default.createDirectory(atPath: draftPath, withIntermediateDirectories: true)
        #expect(throws: DraftError(path: draftPath, reason: "it is a folder")) {
            try DraftWriter.write("a", to: draftPath, previousHash: nil)
        }
    }
}
