// The BriefingClassify stage; see DESIGN.md.
