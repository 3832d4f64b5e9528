import Glibc

/// Converts legacy code pages to UTF-8 through glibc's iconv.
enum Transcoder {
    /// The bytes in UTF-8, or nil when iconv does not know `encoding` or a byte is invalid in it.
    /// With `lenient`, a truncated sequence at the end is dropped instead of failing.
    static func toUTF8(_ bytes: [UInt8], from encoding: String, lenient: Bool = false) -> [UInt8]? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var input = bytes
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 && !(lenient && errno == EINVAL) { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        output.removeSubrange(written...)
        return output
    }
}
