import Foundation

/// Short number texts for the pages.
enum Numbers {
    /// Two decimals at most: `0.9`, `1.25`.
    static func short(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
