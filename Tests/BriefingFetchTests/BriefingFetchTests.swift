import Testing

@testable import BriefingFetch
