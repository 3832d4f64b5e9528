import BriefingCompose
import BriefingModel
import Foundation
import Testing

struct DraftReaderTests {
    @Test func readsItsOwnDraftWithIdsAndAppendix() throws {
        let text = DraftComposer(settings: DraftSettings(), feeds: []).markdown(try FixturePlan.plan())
        let draft = DraftReader.read(text)
        #expect(
            draft.items.map(\.section) == [
                .releases, .releases, .news, .news, .discussion, .discussion, .products, .fun,
            ])
        #expect(draft.items[0].entryIDs == [12, 40])
        #expect(draft.items[0].headline == "etcd v3.6.0 发布")
        #expect(
            draft.items[0].links == [
                "https://github.com/etcd-io/etcd/releases/tag/v3.6.0",
                "https://medium.com/@ops/the-kubernetes-surgeons-handbook",
            ])
        #expect(draft.moreCandidateIDs == [82, 81])
        #expect(
            draft.moreCandidateLinks == [
                "https://www.infoq.com/news/2025/05/servicenow-data-world/",
                "https://thenewstack.io/what-is-a-service-mesh/",
            ])
    }

    @Test func readsHandEditedDraftWithoutMostCommentsBySectionHeading() {
        let edited = """
            # 2025.05 云原生相关信息简报

            ## 🆕 专题一 产品新功能/新版本

            ### 3. etcd 3.6 终于来了

            详见 [发布说明](https://github.com/etcd-io/etcd/releases/tag/v3.6.0)。另见 https://etcd.io/blog/2025/v3.6.0/。

            ## 专题三 讨论（编辑改过标题）

            ### 一篇好文
            <!-- briefing: ids=81 section=news confidence=0.52 why="moved by the editor" -->
            <https://thenewstack.io/what-is-a-service-mesh/>

            ## fun

            ### 1、Meme
            ![](https://i.redd.it/meme.png)

            ## 其他

            ### not a section
            https://example.com/ignored

            ## 更多候选

            - [x](https://example.com/more) — feed · 2025-05-01
            """
        let draft = DraftReader.read(edited)
        #expect(
            draft.items == [
                ReadItem(
                    section: .releases, headline: "etcd 3.6 终于来了",
                    links: [
                        "https://github.com/etcd-io/etcd/releases/tag/v3.6.0", "https://etcd.io/blog/2025/v3.6.0/",
                    ]),
                ReadItem(
                    section: .discussion, headline: "一篇好文", links: ["https://thenewstack.io/what-is-a-service-mesh/"],
                    entryIDs: [81]),
                ReadItem(section: .fun, headline: "Meme", links: ["https://i.redd.it/meme.png"]),
            ])
        #expect(draft.moreCandidateLinks == ["https://example.com/more"])
        #expect(draft.moreCandidateIDs.isEmpty)
    }

    @Test func readsDraftSavedWithWindowsLineEnds() throws {
        let text = DraftComposer(settings: DraftSettings(), feeds: []).markdown(try FixturePlan.plan())
        let crlf = DraftReader.read(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf == DraftReader.read(text))
        #expect(crlf.items.count == 8)
    }

    @Test func emptyTextReadsAsNothing() {
        #expect(DraftReader.read("") == ReadDraft())
    }
}
