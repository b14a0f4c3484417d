import Foundation

/// sitegen's man page, `sitegen(1)`, written in roff from the description of its commands that
/// swift-argument-parser prints (`--experimental-dump-help`): each command's abstract,
/// discussion and options, so that the page says what `--help` says and cannot fall behind it.
public enum ManualPage {
    /// The page for the tool that `toolInfo` (the JSON) describes, or nil when it describes none.
    public static func render(toolInfo: Data, version: String) -> String? {
        guard let root = try? JSONDecoder().decode(ToolInfo.self, from: toolInfo).command else { return nil }
        let name = root.commandName
        var lines = [
            ".TH \(escape(name.uppercased())) 1 \"\" \"\(escape(name)) \(escape(version))\" \"User Commands\"",
            // Neither hyphenated nor stretched: an option split across lines cannot be copied.
            ".nh",
            ".ad l",
            ".SH NAME",
            "\(escape(name)) \\- \(escape(root.abstract ?? ""))",
            ".SH SYNOPSIS",
        ]
        let commands = (root.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
        for command in commands { lines += [".PP", synopsis(command, prefix: name)] }
        lines += [".SH DESCRIPTION"] + paragraphs(root.abstract) + paragraphs(root.discussion)
        lines += [".SH COMMANDS"]
        for command in commands {
            lines += [".SS \"\(escape("\(name) \(command.commandName)"))\""] + paragraphs(command.abstract) + paragraphs(command.discussion)
            lines += arguments(command).flatMap(item)
        }
        lines += [".SH OPTIONS"] + arguments(root, keepingHelp: true).flatMap(item)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The arguments a page lists: those `--help` shows, but `--help` and `--version`, which every
    /// command takes, only where asked.
    static func arguments(_ command: Command, keepingHelp: Bool = false) -> [Argument] {
        (command.arguments ?? []).filter { argument in
            argument.shouldDisplay != false && (keepingHelp || !["help", "version"].contains(argument.valueName ?? ""))
        }
    }

    /// `sitegen build [--drafts] [--output output]`, in bold and italics.
    static func synopsis(_ command: Command, prefix: String) -> String {
        var words = ["\\fB\(escape(prefix)) \(escape(command.commandName))\\fR"]
        for argument in arguments(command) {
            var word = label(argument, allNames: false)
            if argument.isRepeating == true { word += " ..." }
            words.append(argument.isOptional == true ? "[\(word)]" : word)
        }
        return words.joined(separator: " ")
    }

    /// One argument as a tagged paragraph: its names, then what it does and its default.
    static func item(_ argument: Argument) -> [String] {
        var text = argument.abstract ?? ""
        if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" { text += " (default: \(value))" }
        return [".TP", label(argument, allNames: true)] + lines(text) + paragraphs(argument.discussion)
    }

    /// `\fB\-\-output\fR \fIoutput\fR`; a positional argument as `\fItarget\fR`.
    static func label(_ argument: Argument, allNames: Bool) -> String {
        let value = "\\fI\(escape(argument.valueName ?? "value"))\\fR"
        guard argument.kind != "positional" else { return value }
        let names = (argument.names ?? []).map { "\\fB\(escape($0.kind == "short" ? "-\($0.name)" : "--\($0.name)"))\\fR" }
        let shown = allNames ? names.joined(separator: ", ") : names.last ?? value
        return argument.kind == "option" ? "\(shown) \(value)" : shown
    }

    /// Text split at blank lines into paragraphs.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n\n").flatMap { [".PP"] + lines($0) }
    }

    /// Text as roff lines, each safe to start a line.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let escaped = escape(String(line))
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }
    }

    /// Backslashes escaped, and hyphens written as the minus sign that commands are typed with.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }

    /// The parts of swift-argument-parser's description that the page shows.
    struct ToolInfo: Decodable {
        var command: Command
    }

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var discussion: String?
        var defaultValue: String?
        var isOptional: Bool?
        var isRepeating: Bool?
        var shouldDisplay: Bool?
    }
}
