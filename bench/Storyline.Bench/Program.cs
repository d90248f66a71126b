using Storyline.Bench;

// Throughput harness, not a unit test: see bench/README.md for the commands and recorded results.
return await BenchmarkRunner.RunAsync(args);
