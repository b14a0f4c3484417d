/// The valid site every fuzz case starts from: small, but with each thing the mutations aim
/// at — sections and their `_index.md`, dated and undated pages, tags, aliases, a partial used
/// by two templates, an asset — so that a single mutation reaches every stage of a build.
enum FuzzBaseSite {
    static let pageTemplate = """
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head><title>{{meta.title}}</title><link rel="stylesheet" href="/assets/site.css"></head>
        <body>
        <article>
        <h1>{{page.title}}</h1>
        {{#page.date}}<time datetime="{{iso}}">{{short}}</time>{{/page.date}}
        {{> partials/tag-list}}
        {{{page.content}}}
        </article>
        </body>
        </html>

        """

    static let tagList = """
        {{#page.tags}}<a class="tag" href="{{url}}">{{name}}</a>
        {{/page.tags}}
        """

    static let pages: [String: String] = [
        "Content/_index.md": "---\ntitle: Home\n---\nWelcome to the *test* site.\n",
        "Content/about.md": "---\ntitle: About\nsummary: Who writes here.\n---\n# About\n\nSee [the first post](/articles/first-post/).\n",
        "Content/articles/_index.md": "---\ntitle: Articles\n---\nEverything we wrote.\n",
        "Content/articles/first-post.md": """
            ---
            title: First post
            date: 2026-01-05
            tags: [swift, web]
            aliases: [/old/first/]
            summary: The first one.
            ---
            # Hello

            Some *text* with a [link](/about/) and `code`.

            - one
            - two

            """,
        "Content/articles/second.md": """
            ---
            title: Second
            date: 2026-02-10T09:30:00+01:00
            updated: 2026-02-11
            tags: web
            ---
            > A quote.

            ![a picture](/assets/site.css)

            """,
        "Content/campaigns/city-cup.md": """
            ---
            title: 城市杯 City Cup
            date: 2025-11-20
            tags: [社区, Community]
            slug: city-cup
            ---
            ## 比赛

            中文段落，和 English words.

            """,
        "Templates/page.mustache": pageTemplate,
        "Templates/partials/tag-list.mustache": tagList,
        "Templates/assets/site.css": "body { font-family: sans-serif; }\n",
    ]

    /// A fresh copy of the base site.
    static var site: FuzzSite { FuzzSite(MinimalSite.with(pages)) }
}
