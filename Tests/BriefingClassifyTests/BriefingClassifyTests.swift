import Testing

@testable import BriefingClassify
