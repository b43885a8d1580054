using System.CommandLine;
using Mingle.Cli.Admin;
using Mingle.Cli.Graph;
using Mingle.Cli.Import;
using Mingle.Cli.Jobs;

var root = new RootCommand("mingle — operator and analyst tasks for Mingle")
{
    MigrateCommand.Create(),
    TokenCommand.Create(),
    RoleCommand.Create(),
    GraphCommand.Create(),
    ImportCommand.Create(),
    JobsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
