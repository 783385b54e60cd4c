using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/BatteryOs.Model.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BatteryOs.Model.Benchmarks.ProfileBenchmarks).Assembly).Run(args);
