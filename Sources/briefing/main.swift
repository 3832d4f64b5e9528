import BriefingModel

print("briefing \(BriefingVersion.current)")
