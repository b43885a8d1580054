using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.People;

namespace Mingle.Suggestions;

public sealed class SuggestionDismissalConfiguration : IEntityTypeConfiguration<SuggestionDismissal>
{
    public void Configure(EntityTypeBuilder<SuggestionDismissal> builder)
    {
        builder.HasIndex(d => new { d.PersonId, d.SuggestedPersonId }).IsUnique();
        builder.HasIndex(d => d.SuggestedPersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.SuggestedPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
