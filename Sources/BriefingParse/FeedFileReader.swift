import Foundation

/// Reads feed files one after another into one buffer that grows as needed and is reused, as
/// libxml2's own benchmark reads them: no fresh allocation (and so no fresh pages to fault in)
/// and no `URL` per file. For commands that parse many files (`briefing parse`).
public final class FeedFileReader {
    private var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)

    public init() {}

    deinit { buffer.deallocate() }

    /// Calls `body` with the bytes of the file at `path`, valid only during the call; nil when
    /// the file cannot be opened or read.
    public func withContents<Result, Failure: Error>(
        ofFile path: String, _ body: (Data) throws(Failure) -> Result
    ) throws(Failure) -> Result? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        if size > buffer.count {
            buffer.deallocate()
            buffer = .allocate(byteCount: size, alignment: 16)
        }
        guard let base = buffer.baseAddress else { return nil }
        var filled = 0
        while filled < size {
            let count = read(descriptor, base + filled, size - filled)
            guard count > 0 else { break }
            filled += count
        }
        return try body(Data(bytesNoCopy: base, count: filled, deallocator: .none))
    }
}
