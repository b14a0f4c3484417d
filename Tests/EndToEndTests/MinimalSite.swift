/// The smallest complete site: `site.yaml` and the templates every theme must have.
/// Tests add their own `Content/` pages (and may replace any of these files).
enum MinimalSite {
    static let siteYAML = """
        title: Test Site
        base_url: https://test.example/
        language: en
        timezone: UTC

        """

    static let templates: [String: String] = [
        "Templates/home.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body>
            <h1>{{site.title}}</h1>
            <ul>
            {{#pages}}<li><a href="{{url}}">{{title}}</a></li>
            {{/pages}}</ul>
            </body>
            </html>

            """,
        "Templates/page.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body>
            <a href="{{site.url}}">{{site.title}}</a>
            <article>
            <h1>{{page.title}}</h1>
            {{#page.date}}<time datetime="{{iso}}">{{short}}</time>{{/page.date}}
            {{#page.tags}}<a href="{{url}}">{{name}}</a>
            {{/page.tags}}{{{page.content}}}
            </article>
            </body>
            </html>

            """,
        "Templates/section.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body>
            <h1>{{section.title}}</h1>
            <ul>
            {{#section.pages}}<li><a href="{{url}}">{{title}}</a></li>
            {{/section.pages}}</ul>
            </body>
            </html>

            """,
        "Templates/tags.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body><ul>
            {{#tags}}<li><a href="{{url}}">{{name}}</a> ({{count}})</li>
            {{/tags}}</ul></body>
            </html>

            """,
        "Templates/tag.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body><h1>{{tag.name}}</h1><ul>
            {{#pages}}<li><a href="{{url}}">{{title}}</a></li>
            {{/pages}}</ul></body>
            </html>

            """,
        "Templates/archive.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title><link rel="canonical" href="{{meta.permalink}}"></head>
            <body><h1>{{archive.title}}</h1>
            {{#archive.years}}<h2><a href="{{url}}">{{year}}</a></h2>
            {{#months}}<h3><a href="{{url}}">{{title}}</a></h3>
            {{#pages}}<a href="{{url}}">{{title}}</a>
            {{/pages}}{{/months}}{{/archive.years}}</body>
            </html>

            """,
        "Templates/404.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><title>{{meta.title}}</title></head>
            <body><h1>{{page.title}}</h1><a href="{{site.url}}">Home</a></body>
            </html>

            """,
    ]

    /// `site.yaml` and the theme, with `files` added on top (a file in `files` wins).
    static func with(_ files: [String: String]) -> [String: String] {
        templates.merging(["site.yaml": siteYAML]) { _, new in new }.merging(files) { _, new in new }
    }
}
