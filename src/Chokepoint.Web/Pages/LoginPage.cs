using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The sign-in form (user name, password, antiforgery token, where to go next) with an optional error.</summary>
internal static class LoginPage
{
    public static IResult Render(string token, string returnUrl, string? user = null, string? error = null, int status = 200) => Page("Sign in", $"""
        <h1>Sign in</h1>
        {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
        <form class="login" method="post" action="/login">
        <input type="hidden" name="__RequestVerificationToken" value="{E(token)}">
        <input type="hidden" name="return" value="{E(returnUrl)}">
        <label for="user">User name</label>
        <input id="user" name="user" autocomplete="username" required value="{E(user)}" autofocus>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Sign in</button>
        </form>
        <p class="meta">Accounts are created with <code>./chokepoint users add NAME --role viewer|analyst|admin</code>; API clients use keys from <code>./chokepoint keys create</code>.</p>
        """, status: status);
}
