using System.CommandLine;
using Mingle.Cli.Graph;

var root = new RootCommand("mingle — operator and analyst tasks for Mingle");
root.Subcommands.Add(GraphCommand.Create());
return await root.Parse(args).InvokeAsync();
