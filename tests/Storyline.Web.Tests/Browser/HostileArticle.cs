namespace Storyline.Web.Tests.Browser;

/// <summary>
/// A fictional article written to attack the pages: script elements, event-handler attributes,
/// javascript: links, markup in the title and in the text. Every payload sets
/// <c>window.__pwned</c> or opens a dialog, so a test can tell whether anything ran.
/// </summary>
internal static class HostileArticle
{
    /// <summary>A word only this article contains, to find it through search.</summary>
    public const string Marker = "Quorvanti";

    public const string Title = "<img src=x onerror=\"window.__pwned=1\">Quorvanti harbour <b>fire</b> <script>window.__pwned=2</script>";

    /// <summary>The page as an outlet might serve it, with the payloads in the title, body, links and metadata.</summary>
    public static string Html { get; } = $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{System.Net.WebUtility.HtmlEncode(Title)}}</title>
          <meta property="og:title" content="{{System.Net.WebUtility.HtmlEncode(Title)}}">
          <link rel="canonical" href="javascript:window.__pwned=3">
          <meta property="article:published_time" content="2026-03-10T08:00:00Z">
          <meta name="author" content="&lt;svg onload=window.__pwned=4&gt;">
          <script>window.__pwned = 5;</script>
        </head>
        <body onload="window.__pwned=6">
          <article>
            <h1>{{System.Net.WebUtility.HtmlEncode(Title)}}</h1>
            <p class="byline">By Tomas Vell, Lantern Bay Gazette</p>
            <p>A warehouse fire in the fictional port of Quorvanti destroyed 14 fishing boats on Monday, the harbour master said.
            <a href="javascript:window.__pwned=7">Read the harbour notice</a> and <a href="https://gazette.example/fire" onclick="window.__pwned=8">the gazette's report</a>.</p>
            <p onmouseover="window.__pwned=9">Firefighters said &lt;script&gt;window.__pwned=10&lt;/script&gt; was painted on the warehouse door, and that
            the words &lt;img src=x onerror=alert(1)&gt; appeared on a second wall. About 40 people were evacuated from nearby homes.</p>
            <img src="x" onerror="window.__pwned=11" alt="smoke over the harbour">
            <p>The harbour master said the port of Quorvanti would reopen on Wednesday once the 14 damaged boats were towed away.
            <iframe src="javascript:window.__pwned=12"></iframe><svg><script>window.__pwned=13</script></svg></p>
            <p>Residents said the fire burned for six hours. <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">A data link</a> was posted online.</p>
          </article>
          <script>alert("pwned")</script>
        </body>
        </html>
        """;

    /// <summary>The same attack as pasted text: markup that must come out as literal characters.</summary>
    public const string PastedText =
        "Quorvanti pasted report <script>window.__pwned=20</script> says 3 boats sank. " +
        "<img src=x onerror=\"window.__pwned=21\"> Visit javascript:window.__pwned=22 for details, the harbour master said.";
}
