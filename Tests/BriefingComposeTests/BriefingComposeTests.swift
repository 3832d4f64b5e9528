import Testing

@testable import BriefingCompose
