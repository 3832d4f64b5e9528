import Testing

@testable import BriefingConfig
