using BatteryOs.Cli;

return await BatteryOsCli.RunAsync(args, Console.Out, Console.Error);
