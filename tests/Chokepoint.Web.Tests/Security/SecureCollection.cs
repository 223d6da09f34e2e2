namespace Chokepoint.Web.Tests.Security;

[CollectionDefinition(Name)]
public sealed class SecureCollection : ICollectionFixture<SecureHost>
{
    public const string Name = "secure";
}
