namespace Storyline.Bench;

/// <summary>Dispatches <c>dotnet run --project bench/Storyline.Bench -c Release -- NAME [options]</c> to a benchmark.</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault();
        switch (name)
        {
            case "extraction":
                return await ExtractionThroughput.RunAsync(args[1..]);
            case "language":
                return await LanguageThroughput.RunAsync(args[1..]);
            case "figures":
                return await FigureThroughput.RunAsync(args[1..]);
            case "clustering":
                return await ClusteringThroughput.RunAsync(args[1..]);
            case "ingest":
                return await IngestThroughput.RunAsync(args[1..]);
            case "serve":
                return await ServeLatency.RunAsync(args[1..]);
            case ServeLatency.HostCommand:
                return await ServeLatency.HostAsync(args[1..]);
            default:
                Console.Error.WriteLine("usage: Storyline.Bench extraction [--pages DIR] [--rounds N] [--warmup N]");
                Console.Error.WriteLine("       Storyline.Bench language [--samples DIR] [--rounds N] [--warmup N] [--generated ARTICLES]");
                Console.Error.WriteLine("       Storyline.Bench figures [--samples DIR] [--rounds N] [--warmup N] [--generated ARTICLES] [--newsquant FILE]");
                Console.Error.WriteLine("       Storyline.Bench clustering [--articles 1000,10000,100000]");
                Console.Error.WriteLine("       Storyline.Bench ingest [--articles 10000,100000]");
                Console.Error.WriteLine("       Storyline.Bench serve [--articles 100000] [--db PATH] [--clients 20] [--seconds 30] [--server child|inproc] [--only story|page|search]");
                return 2;
        }
    }
}
