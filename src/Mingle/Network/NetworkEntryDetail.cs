namespace Mingle.Network;

/// <summary>One person in my network with my private details; <see cref="NotesHtml"/> is sanitised and safe to show.</summary>
public sealed record NetworkEntryDetail(
    NetworkEntryView Entry,
    string? HowWeMet,
    string? WhereWeMet,
    DateOnly? MetOn,
    string? Notes,
    string NotesHtml,
    DateTime CreatedAt);
