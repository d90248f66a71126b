namespace Storyline.Ingest.Tests.Support;

/// <summary>Runs an <see cref="InputReader"/> to completion.</summary>
public static class Read
{
    public static IngestOptions LocalOptions { get; } = new()
    {
        AllowPrivate = true,
        PerHostDelay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(5),
    };

    public static async Task<List<InputItem>> AllAsync(IngestOptions options, params string[] inputs) =>
        await AllAsync(options, null, inputs);

    public static async Task<List<InputItem>> AllAsync(IngestOptions options, TextReader? stdin, params string[] inputs)
    {
        var items = new List<InputItem>();
        await foreach (var item in new InputReader(options).ReadAsync(inputs, stdin, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
