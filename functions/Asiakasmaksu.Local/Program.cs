using Asiakasmaksu.Local.Cli;

return await LocalCli.RunAsync(args).ConfigureAwait(false);
