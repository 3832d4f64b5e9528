import Foundation

/// This process's resident memory, from /proc (Linux).
enum ResourceUsage {
    /// Resets the peak resident size so `peakResidentBytes` measures from now (Linux ≥ 4.0).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func residentBytes() -> Int { statusField("VmRSS:") }

    static func peakResidentBytes() -> Int { statusField("VmHWM:") }

    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
            let kilobytes = Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).dropLast(3))
        else { return 0 }
        return kilobytes * 1024
    }
}
