using Asiakasmaksu.StaffApi.Load;

// The staff API load harness (docs/staff-api.md): N parallel clients doing mixed reads and
// deferrals against the loopback Kestrel host on Azurite, then a lost-update check.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

return await LoadRun.RunAsync(options, Console.Out) ? 0 : 1;
