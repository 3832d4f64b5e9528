import CFuzzer
import Foundation

// `briefing-fuzz TARGET [libFuzzer options] [CORPUS…]`: runs libFuzzer on one target. Built by
// `scripts/fuzz` with -sanitize=fuzzer,address; see the README's hostile-feeds section.
let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: briefing-fuzz TARGET [libFuzzer options]; TARGET is \(names)\n".utf8))
    exit(64)
}
guard briefing_fuzzerLinked() != 0 else {
    FileHandle.standardError.write(Data("briefing-fuzz: built without libFuzzer; run scripts/fuzz\n".utf8))
    exit(69)
}
exit(target.run())
