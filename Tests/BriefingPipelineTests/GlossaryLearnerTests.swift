import BriefingCompose
import BriefingModel
import Foundation
import Testing

@testable import BriefingPipeline

/// What `learn` remembers from one item, and how a later version fills the headline pattern.
struct GlossaryLearnerTests {
    private let learner = GlossaryLearner(month: "2025-05", now: Date(timeIntervalSince1970: 0))

    @Test func aNewsGroupRemembersItsOrganisationsBackground() {
        let item = ReadItem(
            section: .news, headline: "Nutanix 相关的新闻与访谈三则",
            lines: ["#### 背景", "Nutanix 从 HCI 起家,正在转型为平台提供商。", "#### 最新情况", "发布了 Cloud Native AOS。"])
        let entries = learner.entries(in: item)
        #expect(entries.count == 1)
        #expect(entries.first?.name == "Nutanix")
        #expect(entries.first?.kind == .background)
        #expect(entries.first?.lines == ["Nutanix 从 HCI 起家,正在转型为平台提供商。"])
    }

    @Test func markdownHeadingsAndBriefingsOwnMarksAreNotText() {
        let item = ReadItem(
            section: .releases, headline: "etcd v3.6.0 发布",
            lines: [
                "版本:v3.6.0", "#### etcd 是什么 <!-- from 2025-04 -->", "etcd 是一个强一致的分布式键值存储。",
                "🤖 机器初稿，请核对", "机器写的。",
            ])
        let entries = learner.entries(in: item)
        let intro = entries.first { $0.kind == .intro }
        #expect(intro?.heading == "etcd 是什么")
        #expect(intro?.lines == ["etcd 是一个强一致的分布式键值存储。"], "the machine draft is not the editors' text")
        #expect(intro?.month == "2025-05", "an updated remembered text is this month's")
        let headline = entries.first { $0.kind == .headline }
        #expect(headline?.lines == ["etcd {version} 发布"])
        #expect(headline?.heading == "v3.6.0")
    }

    @Test func onlyReleasesHaveAHeadlinePattern() {
        let item = ReadItem(section: .discussion, headline: "Kubernetes 1.33 部分新功能/优化解析")
        #expect(learner.entries(in: item).isEmpty)
    }

    @Test func aLaterVersionIsShownLikeTheEditorsWroteTheirs() {
        #expect(GlossaryMatcher.version("1.27.0", shapedLike: "1.26") == "1.27")
        #expect(GlossaryMatcher.version("v3.7.0", shapedLike: "v3.6.0") == "v3.7.0")
        #expect(GlossaryMatcher.version("3.7.0", shapedLike: "v3.6.0") == "v3.7.0")
        #expect(GlossaryMatcher.version("v2.0", shapedLike: "1.26.0") == "2.0")
    }

    @Test func aNameMatchesAsAWholeWordOnly() {
        #expect(GlossaryMatcher.contains(word: "istio", in: ["announcing istio 1.27.0"]))
        #expect(GlossaryMatcher.contains(word: "mcp", in: ["flux mcp 服务器"]))
        #expect(!GlossaryMatcher.contains(word: "etcd", in: ["etcdctl gains a flag"]))
        #expect(!GlossaryMatcher.contains(word: "istio", in: ["istioctl 1.27"]))
    }
}
