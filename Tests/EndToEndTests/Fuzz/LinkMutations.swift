/// Symbolic links (loops, links that leave the site, dangling ones) and named pipes.
enum LinkMutations {
    /// A relative path from the folder of `path` (relative to the site's folder) up to the sandbox.
    static func upToSandbox(from path: String) -> String {
        FuzzText.repeated("../", path.split(separator: "/").count)
    }

    static let all: [SiteMutation] = [
        SiteMutation("link loop") { site, rng in
            let links: [(String, String)] = rng.pick([
                [("Content/articles/loop", ".")],
                [("Content/articles/a", "."), ("Content/articles/b", ".")],
                [("Content/a", "b"), ("Content/b", "a")],
                [("Content/self.md", "self.md")],
                [("Content/articles/up", "..")],
                [("Templates/assets/loop", ".")],
                [("Templates/assets/up", "..")],
                [("Templates/partials/loop", "../partials")],
                [("Content/articles/root", "/")],
            ])
            for (path, target) in links { site[path] = .link(target) }
            return links.map { "\($0.0) -> \($0.1)" }.joined(separator: ", ")
        },
        SiteMutation("link outside") { site, rng in
            let (path, target): (String, String) = rng.pick([
                ("Content/articles/leak.md", "outside/secret.md"),
                ("Content/outside", "outside"),
                ("Content/articles/leak", "outside"),
                ("Templates/partials/tag-list.mustache", "outside/secret.mustache"),
                ("Templates/page.mustache", "outside/secret.mustache"),
                ("Templates/assets/leak.css", "outside/secret.md"),
                ("Templates/assets/outside", "outside"),
                ("site.yaml", "outside/secret.md"),
            ])
            let absolute = rng.chance(15)
            let written = absolute ? rng.pick(["/etc/hostname", "/etc", "/proc/self/environ", "/dev/zero", "/dev/null"])
                : upToSandbox(from: path) + target
            site[path] = .link(written)
            return "\(path) -> \(written)"
        },
        SiteMutation("odd link") { site, rng in
            let (path, target): (String, String) = rng.pick([
                ("Content/articles/dangling.md", "nowhere.md"),
                ("Content/articles/copy.md", "first-post.md"),
                ("Content/about.md", "articles/first-post.md"),
                ("Content/mirror", "articles"),
                ("Templates/partials/tag-list.mustache", "../page.mustache"),
                ("Templates/assets/site.css", "../page.mustache"),
                ("Content/articles/Public.md", "../../Public/index.html"),
            ])
            site[path] = .link(target)
            return "\(path) -> \(target)"
        },
        SiteMutation("named pipe") { site, rng in
            let path = rng.pick([
                "Content/articles/pipe.md", "Templates/partials/tag-list.mustache", "Templates/assets/pipe.css", "Templates/home.mustache",
                "site.yaml", "Content/articles/_index.md",
            ])
            site[path] = .fifo
            return "\(path) is a named pipe"
        },
    ]
}
