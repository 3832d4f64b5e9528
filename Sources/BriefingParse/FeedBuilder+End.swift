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

    /// The document ended inside an entry (a cut-off download): the entry is kept when it has
    /// a whole title and link, which is enough for an editor to find the story; anything less
    /// would be invented. The element the cut fell in is dropped: its text is a fragment.
    mutating func keepCutOffEntry() {
        guard inEntry else { return }
        capture = nil
        let link = entry.link ?? (entryGuidIsLink ? entryGuid : nil)
        guard entry.title != nil, link != nil else { return }
        endEntry()
        feed.cutOffEntries += 1
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
