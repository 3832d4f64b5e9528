import BriefingModel
import CLibXML2

extension FeedBuilder {
    mutating func endElement(_ localName: UnsafePointer<xmlChar>) {
        takeWellFormedError()
        let depth = openElements.count
        guard let name = openElements.popLast() else { return }
        defer {
            if let last = bases.last, last.depth == depth { bases.removeLast() }
        }
        if let capture {
            if depth > capture.depth {
                closeMarkup(localName, depth: depth)
            } else {
                finishCapture()
                if person?.depth == depth { endPerson(depth: depth) }
            }
            return
        }
        if let ignoredDepth {
            if depth == ignoredDepth {
                self.ignoredDepth = nil
                inImage = false
            }
            return
        }
        switch name {
        case .item, .entry: endEntry()
        case .author, .itunesOwner: endPerson(depth: depth)
        default: break
        }
    }

    private mutating func endPerson(depth: Int) {
        guard let person, person.depth == depth else { return }
        self.person = nil
        guard let display = person.display else { return }
        if person.forEntry {
            entry.authors.append(display)
        } else {
            feed.author = display
        }
    }

    private mutating func endEntry() {
        guard inEntry else { return }
        inEntry = false
        if let guid = entryGuid, entry.link == nil, entryGuidIsLink { entry.link = guid }
        if entry.summary == nil, entryContentIsText, let content = entry.content { entry.summary = content }
        // Moved, not copied: a copy retained and then released every field.
        var finished = ParsedEntry()
        swap(&finished, &entry)
        feed.entries.append(consume finished)
    }
}
