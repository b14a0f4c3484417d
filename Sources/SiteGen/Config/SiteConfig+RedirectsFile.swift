extension SiteConfig {
    /// `redirects_file` in `site.yaml`: the host whose `_redirects` file the build writes from
    /// the pages' aliases, beside the redirect pages it always writes.
    public enum RedirectsFile: String, Sendable, Decodable, CaseIterable {
        /// Netlify serves a file that exists before a rule for its URL unless the rule is forced
        /// (`301!`), and the redirect pages are such files.
        case netlify
        /// Cloudflare Pages follows every rule before its files, and refuses a forced status.
        case cloudflare
    }
}
