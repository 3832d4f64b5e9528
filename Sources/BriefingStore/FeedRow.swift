import BriefingModel
import Foundation
import GRDB

/// One row of `feeds`: a configured feed and the health the fetcher keeps for it.
struct FeedRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "feeds" }
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var name: String
    var url: String
    var position: Int?
    var enabled: Bool
    var effectiveUrl: String?
    var etag: String?
    var lastModified: String?
    var bodyHash: String?
    var lastStatus: Int?
    var lastError: String?
    var errorCount: Int
    var lastAttempt: Date?
    var lastSuccess: Date?
    var nextFetchAt: Date?
    var gone: Bool
    var notice: String?

    /// A row for `name` with `health` and no configuration yet (not listed, enabled).
    init(name: String, health: FeedHealth) {
        self.name = name
        url = health.url
        enabled = true
        effectiveUrl = nil
        errorCount = 0
        gone = false
        apply(health)
    }

    var health: FeedHealth {
        FeedHealth(
            url: url, effectiveURL: effectiveUrl, etag: etag, lastModified: lastModified, bodyHash: bodyHash,
            lastStatus: lastStatus, lastError: lastError, errorCount: errorCount, lastAttempt: lastAttempt,
            lastSuccess: lastSuccess, nextFetchAt: nextFetchAt, gone: gone, notice: notice)
    }

    mutating func apply(_ health: FeedHealth) {
        url = health.url
        effectiveUrl = health.effectiveURL
        etag = health.etag
        lastModified = health.lastModified
        bodyHash = health.bodyHash
        lastStatus = health.lastStatus
        lastError = health.lastError
        errorCount = health.errorCount
        lastAttempt = health.lastAttempt
        lastSuccess = health.lastSuccess
        nextFetchAt = health.nextFetchAt
        gone = health.gone
        notice = health.notice
    }
}
