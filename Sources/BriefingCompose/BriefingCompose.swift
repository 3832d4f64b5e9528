// The BriefingCompose stage; see DESIGN.md.
