namespace Mingle.Expertise;

/// <summary>
/// Splits free text into lower-cased search tokens. Keeps '+', '#' and inner '.' so "C#", "C++" and ".NET"
/// survive; drops a short list of English stop words so "help with the kubernetes upgrade" matches on content.
/// </summary>
public static class TextTokens
{
    static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "help", "i", "i'm", "in", "into", "is",
        "it", "me", "my", "of", "on", "or", "our", "someone", "that", "the", "their", "to", "up", "us", "we", "who", "with",
        "you", "your", "looking", "about", "how", "happy", "will", "would", "any", "all", "get", "am", "also", "do",
    };

    public static HashSet<string> Of(string? text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inToken = i < span.Length && IsTokenChar(span[i]);
            if (inToken && start < 0) start = i;
            else if (!inToken && start >= 0)
            {
                var token = span[start..i].Trim('.').ToString().ToLowerInvariant();
                if (token.Length > 0 && !StopWords.Contains(token)) tokens.Add(token);
                start = -1;
            }
        }
        return tokens;
    }

    static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '#' or '.' or '\'';
}
