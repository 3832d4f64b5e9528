import CLibXML2

// The parse stage; see DESIGN.md.
let libxmlVersion = LIBXML_DOTTED_VERSION
