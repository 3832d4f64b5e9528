/// An Atom person construct (author) being read: name, email, uri.
struct PersonBuilder {
    let depth: Int
    let forEntry: Bool
    /// iTunes `owner`: the display is the name alone.
    var namesOnly = false
    var name: String?
    var email: String?

    /// feedparser's display string: `Name (email)`, or whichever part is present.
    var display: String? {
        switch (name, namesOnly ? nil : email) {
        case (let name?, let email?): return "\(name) (\(email))"
        case (let name?, nil): return name
        case (nil, let email?): return email
        case (nil, nil): return nil
        }
    }
}
