// The BriefingStore stage; see DESIGN.md.
