using System.CommandLine;
using Mingle.Cli.Admin;
using Mingle.Cli.Demo;
using Mingle.Cli.Graph;
using Mingle.Cli.Import;
using Mingle.Cli.Insights;
using Mingle.Cli.Jobs;
using Mingle.Cli.Matching;
using Mingle.Cli.Privacy;

var root = new RootCommand("mingle — operator and analyst tasks for Mingle")
{
    MigrateCommand.Create(),
    TokenCommand.Create(),
    RoleCommand.Create(),
    GraphCommand.Create(),
    ImportCommand.Create(),
    SeedDemoCommand.Create(),
    PrivacyCommands.Export(),
    PrivacyCommands.Erase(),
    JobsCommand.Create(),
    AnalyzeCommand.Create(),
    SimulateCommand.Create(),
    RoundCommand.Create(),
    Mingle.Cli.Onboarding.BuddyCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
