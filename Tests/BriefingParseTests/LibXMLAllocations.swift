import CLibXML2
import Foundation

/// Counts the blocks libxml2 allocates and frees on one thread, through `xmlMemSetup`, so a test
/// can tell whether a parse leaves anything of libxml2's behind. The counting functions wrap the
/// C allocator libxml2 uses by default, so blocks allocated before they were installed (or on
/// other threads, by tests running at the same time) are freed as usual and simply not counted.
enum LibXMLAllocations {
    /// The blocks still allocated on this thread after `body` returned (0: nothing leaked).
    static func outstandingBlocks(after body: () throws -> Void) rethrows -> Int {
        _ = installed
        Counter.thread = pthread_self()
        Counter.blocks = 0
        defer { Counter.thread = nil }
        try body()
        return Counter.blocks
    }

    /// Installs the counting functions once per process; libxml2 reads them on every call.
    private static let installed: Bool = {
        xmlMemSetup(
            { pointer in
                if pointer != nil { Counter.count(-1) }
                free(pointer)
            },
            { size in
                Counter.count(1)
                return malloc(size)
            },
            { pointer, size in
                if pointer == nil { Counter.count(1) }
                return realloc(pointer, size)
            },
            { text in
                guard let text else { return nil }
                Counter.count(1)
                return strdup(text)
            }) == 0
    }()

    /// The watched thread and its count, written only by the watched thread. Other threads read
    /// `thread` (one aligned word) to see they are not watched; only one test watches at a time.
    private enum Counter {
        nonisolated(unsafe) static var thread: pthread_t?
        nonisolated(unsafe) static var blocks = 0

        static func count(_ change: Int) {
            guard let thread, pthread_equal(thread, pthread_self()) != 0 else { return }
            blocks += change
        }
    }
}
