using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint users add|list|disable</c>: local accounts for the web app.</summary>
public static class UsersCommand
{
    public static Command Build()
    {
        var name = new Argument<string>("name") { Description = "User name" };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin", Required = true };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from one line of standard input" };
        var add = new Command("add", "Add a user (the password is prompted for, or read from standard input)") { name, role, stdin };
        add.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var security = new CliSecurity(store, context);
            var password = CliSecurity.ReadPassword(context, context.Parse.GetValue(stdin));
            var user = await security.Accounts.AddUserAsync(context.Parse.GetValue(name)!, context.Parse.GetValue(role)!, password, security.By, cancellationToken);
            return context.Show(new { name = user.Name, role = user.Role }, console => console.MarkupLine($"added user [bold]{Markup.Escape(user.Name)}[/] ({user.Role})"));
        }));

        var list = new Command("list", "List users");
        list.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var users = await new CliSecurity(store, context).Accounts.ListUsersAsync(cancellationToken);
            return context.ShowEach(users.Select(user => new { name = user.Name, role = user.Role, disabled = user.Disabled, created_at = user.CreatedAt }), console =>
            {
                var table = new Table().AddColumns("user", "role", "disabled", "created");
                foreach (var user in users)
                    table.AddRow(Markup.Escape(user.Name), user.Role, user.Disabled ? "yes" : "", user.CreatedAt);
                console.Write(table);
            });
        }));

        var disableName = new Argument<string>("name") { Description = "User name" };
        var disable = new Command("disable", "Disable a user: no further logins") { disableName };
        disable.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var security = new CliSecurity(store, context);
            await security.Accounts.DisableUserAsync(context.Parse.GetValue(disableName)!, security.By, cancellationToken);
            context.Error.WriteLine("disabled");
            return 0;
        }));
        return new Command("users", "Manage local accounts") { add, list, disable };
    }
}
