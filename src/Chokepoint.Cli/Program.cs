using Chokepoint.Cli;

return await Cli.RunAsync(args);
