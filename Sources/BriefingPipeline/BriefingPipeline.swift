// The BriefingPipeline stage; see DESIGN.md.
