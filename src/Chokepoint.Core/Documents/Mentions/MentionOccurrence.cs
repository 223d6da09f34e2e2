namespace Chokepoint.Documents.Mentions;

/// <summary>One place a named thing is mentioned: the exact words and their character span.</summary>
public sealed record MentionOccurrence(int Start, int End, string Surface);
