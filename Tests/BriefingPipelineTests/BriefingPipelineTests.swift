import Testing

@testable import BriefingPipeline
