import Testing

@testable import BriefingStore
