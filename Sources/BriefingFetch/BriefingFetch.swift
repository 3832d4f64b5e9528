import CCurl

// The fetch stage; see DESIGN.md.
let curlVersionNumber = LIBCURL_VERSION_NUM
