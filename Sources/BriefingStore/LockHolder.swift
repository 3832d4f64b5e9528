/// Who holds the run lock, as the holder wrote it into the lock file.
public struct LockHolder: Sendable, Hashable {
    public var pid: Int32?
    /// When the holder started, ISO 8601 in UTC.
    public var startedAt: String?
    /// The command the holder runs, e.g. `run`.
    public var command: String?

    public init(pid: Int32?, startedAt: String?, command: String?) {
        self.pid = pid
        self.startedAt = startedAt
        self.command = command
    }

    /// Reads the `key=value` lines of a lock file; unknown or missing lines leave fields nil.
    init(lockFileText text: String) {
        var fields: [Substring: Substring] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        self.init(
            pid: fields["pid"].flatMap { Int32($0) }, startedAt: fields["started"].map(String.init),
            command: fields["command"].map(String.init))
    }

    /// The text a holder writes into the lock file.
    var lockFileText: String {
        "pid=\(pid.map(String.init) ?? "")\nstarted=\(startedAt ?? "")\ncommand=\(command ?? "")\n"
    }

    /// `pid 123, started 2026-01-01T06:00:00Z, command run`, or what is known of it.
    var description: String {
        let parts = [
            pid.map { "pid \($0)" }, startedAt.map { "started \($0)" }, command.map { "command \($0)" },
        ].compactMap(\.self)
        return parts.isEmpty ? "holder not recorded yet" : parts.joined(separator: ", ")
    }
}
