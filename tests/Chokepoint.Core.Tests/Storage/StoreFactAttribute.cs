using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// A fact of the storage contract, run once per engine class. PostgreSQL cases are skipped, with the reason,
/// only when the server is unreachable outside CI; with CI=true they run and fail.
/// </summary>
[XunitTestCaseDiscoverer("Chokepoint.Core.Tests.Storage.StoreFactDiscoverer", "Chokepoint.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new StoreTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        (TestMethod.TestClass.Class.Name.Contains("Postgres", StringComparison.Ordinal) ? PostgresTestServer.SkipReason() : null)
        ?? base.GetSkipReason(factAttribute);
}
