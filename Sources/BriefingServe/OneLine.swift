import BriefingModel

/// The one line an error page shows.
enum OneLine {
    static func message(of error: any Error) -> String {
        let text = (error as? any BriefingError)?.message ?? "\(error)"
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "unexpected error"
    }
}
