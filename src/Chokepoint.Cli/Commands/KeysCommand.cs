using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint keys create|list|revoke</c>: API keys, shown once, stored hashed, scoped to a role.</summary>
public static class KeysCommand
{
    public static Command Build()
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin", Required = true };
        var create = new Command("create", "Create an API key; it is printed once and cannot be shown again") { name, role };
        create.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var security = new CliSecurity(store, context);
            var (key, info) = await security.Accounts.CreateKeyAsync(context.Parse.GetValue(name)!, context.Parse.GetValue(role)!, security.By, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new { id = info.Id, name = info.Name, role = info.Role, key = key.Presented });
                return 0;
            }
            context.Out.WriteLine(key.Presented);
            context.Error.WriteLine($"key {info.Id} ({info.Role}); store it now, it will not be shown again");
            return 0;
        }));

        var list = new Command("list", "List API keys (never their secrets)");
        list.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var keys = await new CliSecurity(store, context).Accounts.ListKeysAsync(cancellationToken);
            return context.ShowEach(keys.Select(k => new { id = k.Id, name = k.Name, role = k.Role, created_at = k.CreatedAt, revoked_at = k.RevokedAt, last_used_at = k.LastUsedAt }), console =>
            {
                var table = new Table().AddColumns("id", "name", "role", "created", "revoked", "last used");
                foreach (var k in keys)
                    table.AddRow(k.Id, Markup.Escape(k.Name), k.Role, k.CreatedAt, k.RevokedAt ?? "", k.LastUsedAt ?? "");
                console.Write(table);
            });
        }));

        var id = new Argument<string>("id") { Description = "Key id (as listed)" };
        var revoke = new Command("revoke", "Revoke an API key") { id };
        revoke.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var security = new CliSecurity(store, context);
            await security.Accounts.RevokeKeyAsync(context.Parse.GetValue(id)!, security.By, cancellationToken);
            context.Error.WriteLine("revoked");
            return 0;
        }));
        return new Command("keys", "Manage API keys") { create, list, revoke };
    }
}
