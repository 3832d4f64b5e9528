import BriefingConfig
import BriefingModel
import Foundation

/// feeds.yaml as the commands handle it: load and check it, write a starter, move feeds in and
/// out as OPML. The commands reach the configuration stage only through here.
public enum ConfigFile {
    /// The configuration at `path` (exit 65 with the line for a bad one, 66 for a missing one).
    public static func load(_ path: String) throws -> BriefingConfig {
        try ConfigLoader.load(path: path)
    }

    /// `path` loaded and its template checked as a run would use it.
    public static func check(_ path: String) throws -> BriefingConfig {
        let config = try load(path)
        try TemplateCheck.check(config)
        return config
    }

    /// The commented starter configuration, checked before anything is written (a bad contact
    /// is reported first).
    public static func starter(contact: String?, path: String) throws -> String {
        let text = StarterConfig.text(contact: contact)
        _ = try ConfigLoader.parse(text, path: path)
        return text
    }

    /// The configured feeds of `path` as OPML 2.0.
    public static func exportOPML(_ path: String) throws -> String {
        OPML.export(feeds: try load(path).feeds, title: "briefing feeds")
    }

    /// Appends the feeds of the OPML `data` to the configuration at `path`, keeping its comments
    /// and order; the edited text must still be a valid configuration before it replaces the file.
    /// - Returns: how many feeds were added, and why the others were skipped.
    public static func importOPML(_ data: Data, named file: String, into path: String) throws
        -> (added: Int, skipped: [String])
    {
        let imported = try OPML.parse(data, path: file)
        _ = try load(path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edit = ConfigEditor.appendingFeeds(imported, to: text)
        _ = try ConfigLoader.parse(edit.text, path: path)
        try edit.text.write(toFile: path, atomically: true, encoding: .utf8)
        return (edit.added.count, edit.skipped)
    }
}
