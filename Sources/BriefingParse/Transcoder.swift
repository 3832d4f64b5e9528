import Glibc

/// Converts legacy code pages to UTF-8 through glibc's iconv, and the Mac code pages it lacks
/// through `MacCodePages`.
enum Transcoder {
    /// The bytes in UTF-8, or nil when neither knows `encoding` or a byte is invalid in it.
    /// With `lenient`, a truncated sequence at the end is dropped instead of failing.
    static func toUTF8(_ bytes: [UInt8], from encoding: String, lenient: Bool = false) -> [UInt8]? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, Int(bitPattern: converter) != -1 else {
            return MacCodePages.table(named: encoding).map { toUTF8(bytes, table: $0) }
        }
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

    /// A single-byte code page that is ASCII below 0x80 and `table` above.
    private static func toUTF8(_ bytes: [UInt8], table: [UInt16]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else if let scalar = Unicode.Scalar(table[Int(byte) - 0x80]) {
                output.append(contentsOf: String(scalar).utf8)
            }
        }
        return output
    }
}
