using Mingle.Import;
using Spectre.Console;

namespace Mingle.Cli.Import;

/// <summary>One Spectre.Console bar per import phase; a new phase completes the bars before it.</summary>
internal sealed class SpectreImportProgress(ProgressContext context) : IProgress<ImportProgress>
{
    readonly Dictionary<string, ProgressTask> tasks = [];
    readonly Lock gate = new();

    public void Report(ImportProgress value)
    {
        lock (gate)
        {
            if (!tasks.TryGetValue(value.Phase, out var task))
            {
                foreach (var earlier in tasks.Values)
                {
                    earlier.Value = earlier.MaxValue;
                    earlier.StopTask();
                }
                task = context.AddTask(value.Phase, maxValue: Math.Max(1, value.Total));
                tasks[value.Phase] = task;
            }
            task.IsIndeterminate = value.Total <= 0;
            if (value.Total > 0) task.MaxValue = value.Total;
            task.Value = Math.Min(value.Done, task.MaxValue);
        }
    }
}
