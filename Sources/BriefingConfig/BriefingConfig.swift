// The BriefingConfig stage; see DESIGN.md.
