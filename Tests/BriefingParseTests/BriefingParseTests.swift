import Testing

@testable import BriefingParse
