using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mingle.Network;

namespace Mingle.Mail;

/// <summary>Deleting a notification (e.g. erasing the person it names) deletes its delivery state too.</summary>
public sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    public void Configure(EntityTypeBuilder<EmailDelivery> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(d => d.NotificationId);
        builder.Property(d => d.NotificationId).ValueGeneratedNever();
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasIndex(d => d.SentAt);
        builder.HasOne<Notification>().WithOne().HasForeignKey<EmailDelivery>(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
