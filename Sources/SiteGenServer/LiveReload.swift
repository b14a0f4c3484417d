import Foundation

/// What `serve` adds to every HTML page it sends (never to `build` output): a script that
/// reloads the page when a rebuild finishes, and, while the last rebuild failed, its errors.
enum LiveReload {
    static let eventsPath = "/__sitegen/events"

    /// A page reloads when the build changed its own file, or every page's; `files` are paths in
    /// the output folder, so the page's URL path is decoded and a folder's gets `index.html`.
    static let script = """
        <script>/* sitegen serve: live reload */(() => {
          const events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", (event) => {
            const files = JSON.parse(event.data).files;
            let path = decodeURIComponent(location.pathname).slice(1);
            if (path === "" || path.endsWith("/")) path += "index.html";
            if (!files || files.includes(path)) location.reload();
          });
        })();</script>
        """

    /// The data of a `reload` event.
    static func data(_ reload: ReloadHub.Reload) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let files = reload.files.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return "{\"generation\":\(reload.generation),\"files\":\(files)}"
    }

    /// Inserts the script, and the error overlay when there is one, before `</body>` (or at the end).
    static func inject(into html: String, errors: String?) -> String {
        var addition = script
        if let errors {
            addition += """
                <div id="sitegen-errors" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;\
                margin:0;padding:1rem;background:#2b0b0b;color:#ffd7d7;font:14px/1.5 ui-monospace,monospace;\
                white-space:pre-wrap;z-index:2147483647;border-top:4px solid #ff5a5a">\
                <strong>sitegen: the last rebuild failed; showing the last good site.</strong>
                \(escape(errors))</div>
                """
        }
        if let range = html.range(of: "</body>", options: .backwards) {
            return html.replacingCharacters(in: range, with: addition + "</body>")
        }
        return html + addition
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
