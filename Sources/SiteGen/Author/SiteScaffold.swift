import Foundation

/// A new site for `sitegen init DIR`: `site.yaml` with a comment on each key, a home page, an
/// about page, a section with an example page (front matter, tags, sources, an image) and the
/// default theme. It builds, and `sitegen check` finds nothing, as it is.
public struct SiteScaffold: Sendable {
    /// Each file by its path inside the site's folder, in path order.
    public var files: [(path: String, bytes: Data)]

    /// `title` names the site; `now` dates the example page (today, in the site's UTC).
    public static func make(title: String, now: Date) -> SiteScaffold {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.dateComponents([.year, .month, .day], from: now)
        let date = String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
        let quoted = PageScaffold.yamlQuoted(title)
        var files: [(String, Data)] = [
            (SiteConfig.file, Data(settings(title: quoted).utf8)),
            (".gitignore", Data("# What sitegen builds and works in, made again by every build.\nPublic/\n.Public.sitegen/\n\(EncodedImageCache.folderName)/\n".utf8)),
            ("\(ContentLoader.folder)/_index.md", Data(home(title: quoted).utf8)),
            ("\(ContentLoader.folder)/about.md", Data(about.utf8)),
            ("\(ContentLoader.folder)/articles/_index.md", Data(articles.utf8)),
            ("\(ContentLoader.folder)/articles/first-page.md", Data(firstPage(date: date).utf8)),
            ("\(TemplateLibrary.folder)/\(imagePath)", Data(image.utf8)),
        ]
        files += DefaultTheme.files.map { ("\(TemplateLibrary.folder)/\($0.path)", $0.bytes) }
        return SiteScaffold(files: files.sorted { $0.0 < $1.0 })
    }

    /// A title from a folder's name: `my-site` → `My Site`.
    public static func title(forFolder name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "." || $0 == "/" }).joined(separator: " ")
        return words.isEmpty ? "My Site" : words.capitalized
    }

    /// The example page's image, inside `Templates/`: published under `/assets/`, the one place a
    /// site's own files are copied from today.
    static let imagePath = "assets/images/first-page.svg"

    static func settings(title: String) -> String {
        """
        # The settings of this site. sitegen's README explains each key; any other key you add
        # reaches the templates as site.params.KEY.

        # The site's name, in the header, in each page's title and in the feed.
        title: \(title)
        # One sentence about the site, for search engines and the feed.
        description: "A new site made with sitegen."
        # Who writes it, for the footer and the feed: remove the # and write your name.
        # author: "Your Name"
        # Where the site will be published: every permalink, feed and sitemap entry starts with it.
        base_url: https://example.org/
        # The pages' language, as a tag like en, de or zh-CN.
        language: en
        # The time zone a date without a time is a day in, e.g. Europe/Berlin or Asia/Shanghai.
        timezone: UTC
        # How many pages each page of a list (a section, a tag) shows.
        paginate: 10
        # How many of the newest pages each Atom feed holds.
        feed_limit: 20
        # false leaves raw HTML in Markdown out of the pages; true lets it through.
        unsafe_html: false
        # On Netlify or Cloudflare Pages: also write /_redirects from the pages' aliases, for that host.
        # redirects_file: netlify

        """
    }

    static func home(title: String) -> String {
        """
        ---
        title: \(title)
        ---
        Welcome to your new site. This text is `Content/_index.md`: say here what the site is about. The newest pages follow; [Articles](/articles/) lists every one, and [About](/about/) is a page of its own.

        Start with [the first page](/articles/first-page/), which shows what a page can hold. `sitegen serve` shows the site while you write, and `sitegen new articles/my-page` starts another page.

        """
    }

    static let about = """
        ---
        title: About
        ---
        This is `Content/about.md`, a page outside any section: it is published at `/about/`, and the header links to it. Say here who writes the site and how to reach them.

        """

    static let articles = """
        ---
        title: Articles
        ---
        Every page in `Content/articles/` is listed here, newest first. `sitegen new articles/my-page --title "My page"` adds one.

        """

    static func firstPage(date: String) -> String {
        """
        ---
        title: Your first page
        date: \(date)
        tags: [getting started, sitegen]
        summary: "What a page is made of: front matter, Markdown, tags, sources and an image."
        # aliases: [/old/address/]   # earlier URLs of this page, which then lead here
        sources:
        - title: CommonMark Spec, version 0.31.2
          author: John MacFarlane
          date: 2024-01-28
          url: https://spec.commonmark.org/0.31.2/
          quote: "Markdown is a plain text format for writing structured documents"
        - title: YAML Ain't Markup Language, version 1.2.2
          publisher: YAML Language Development Team
          date: 2021-10-01
          url: https://yaml.org/spec/1.2.2/
        ---
        This page is `Content/articles/first-page.md`. Everything between the two `---` lines at its top is its front matter, written in YAML: its title, the day it was written, its tags, a summary for lists, and the sources it relies on. The rest is Markdown.

        ## Tags

        Its tags, *getting started* and *sitegen*, are linked at the top of the page: each has a page listing every page that carries it, and [the tags page](/tags/) lists them all.

        ## Sources

        The `sources:` of the front matter are listed at the foot of the page, numbered, each with its title, author or publisher, date, link and the passage relied on. Pages are written in Markdown as the CommonMark specification describes it; front matter is YAML.

        ## An image

        ![A sketch of a page: a title, lines of text and a picture of hills under the sun](/assets/images/first-page.svg)

        The image is `Templates/assets/images/first-page.svg`. Every file in `Templates/assets/` is published under `/assets/`, where pages can show it or link to it, and `sitegen check` reports an image or a link that leads nowhere, at its line.

        ## Next

        Change the title, write your own text, or remove this page: `sitegen new articles/another-page` writes a new one with its front matter filled in. A page with `draft: true` is built only with `sitegen build --drafts`.

        """
    }

    static let image = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">
        <title>A sketch of a page</title>
        <rect width="320" height="200" rx="12" fill="#f6efe9"/>
        <rect x="24" y="24" width="150" height="16" rx="4" fill="#b93a00"/>
        <rect x="24" y="56" width="120" height="8" rx="4" fill="#8a7e76"/>
        <rect x="24" y="74" width="132" height="8" rx="4" fill="#8a7e76"/>
        <rect x="24" y="92" width="104" height="8" rx="4" fill="#8a7e76"/>
        <rect x="24" y="110" width="126" height="8" rx="4" fill="#8a7e76"/>
        <rect x="186" y="24" width="110" height="152" rx="8" fill="#dbe8f0"/>
        <circle cx="266" cy="58" r="14" fill="#f2b705"/>
        <path d="M186 150 L222 106 L248 134 L268 116 L296 150 L296 168 Q296 176 288 176 L194 176 Q186 176 186 168 Z" fill="#5a8f4e"/>
        </svg>

        """
}
