using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Hosting;
using Tongxin.Data.Protection;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Operations;

/// <summary>SEC-23: key files from before wrapping stay readable, and where the master key may come from.</summary>
public sealed class KeyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tongxin-keyfiles").FullName;
    private readonly LocalKeyWrapper _wrapper = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    [Trait("Req", "SEC-23")]
    public void An_unwrapped_key_file_keeps_its_key_and_is_rewritten_wrapped()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(Path.Combine(_dir, "field-encryption.key"), Convert.ToBase64String(key));
        File.WriteAllText(Path.Combine(_dir, "field-index.key"), Convert.ToBase64String(key));
        var old = new FieldProtector(key, key).Encrypt("370404199001011234");

        FieldProtector.LoadOrCreate(_dir, _wrapper).Decrypt(old).ShouldBe("370404199001011234");
        File.ReadAllText(Path.Combine(_dir, "field-encryption.key")).ShouldStartWith(KeyFiles.Prefix);
        FieldProtector.LoadOrCreate(_dir, _wrapper).Decrypt(old).ShouldBe("370404199001011234");
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(_dir, "field-encryption.key")).ShouldBe(FileModes.File);
    }

    [Fact]
    [Trait("Req", "SEC-23")]
    public void A_wrapped_key_moved_to_another_name_does_not_unwrap()
    {
        var key = KeyFiles.LoadOrCreate(_dir, "audit.key", _wrapper);
        File.Copy(Path.Combine(_dir, "audit.key"), Path.Combine(_dir, "field-index.key"));
        Should.Throw<CryptographicException>(() => KeyFiles.LoadOrCreate(_dir, "field-index.key", _wrapper));
        KeyFiles.LoadOrCreate(_dir, "audit.key", _wrapper).ShouldBe(key);
    }

    [Fact]
    [Trait("Req", "SEC-23")]
    public void A_plain_key_of_the_cookie_key_ring_is_encrypted_on_start_and_still_decrypts()
    {
        XNamespace dp = "http://schemas.asp.net/2015/03/dataProtection";
        var secret = new XElement("masterKey", new XAttribute(dp + "requiresEncryption", "true"),
            new XComment(" Warning: the key below is in an unencrypted form. "), new XElement("value", "c2VjcmV0"));
        var file = Path.Combine(_dir, "key-1.xml");
        new XDocument(new XElement("key", new XElement("descriptor", secret))).Save(file);

        KeyRing.EncryptPlainKeys(_dir, new WrappedXmlEncryptor(_wrapper));

        var text = File.ReadAllText(file);
        text.ShouldNotContain("c2VjcmV0");
        var encrypted = XDocument.Load(file).Descendants(dp + "encryptedSecret").Single();
        var decryptorType = Type.GetType((string)encrypted.Attribute("decryptorType")!)!;
        var services = new ServiceCollection().AddSingleton<IKeyWrapper>(_wrapper).BuildServiceProvider();
        var decryptor = (IXmlDecryptor)Activator.CreateInstance(decryptorType, services)!;
        decryptor.Decrypt(encrypted.Elements().Single()).Element("value")!.Value.ShouldBe("c2VjcmV0");
    }

    [Fact]
    [Trait("Req", "SEC-23")]
    public void Production_refuses_to_start_without_a_master_key_and_development_makes_one_outside_the_data()
    {
        var data = Path.Combine(_dir, "data");
        var none = Config([]);
        Should.Throw<InvalidOperationException>(() => MasterKey.Resolve(none, Env("Production"), data, TextWriter.Null))
            .Message.ShouldContain("生产环境必须配置主密钥");
        var file = Path.Combine(_dir, "etc", "master.key");
        Should.Throw<InvalidOperationException>(() => MasterKey.Resolve(
            Config(new() { ["Tongxin:MasterKeyFile"] = file }), Env("Production"), data, TextWriter.Null));
        Should.Throw<InvalidOperationException>(() => MasterKey.Resolve(
            Config(new() { ["Tongxin:MasterKeyFile"] = Path.Combine(data, "master.key") }), Env("Development"), data,
            TextWriter.Null)).Message.ShouldContain("数据目录");

        var notice = new StringWriter();
        var made = MasterKey.Resolve(Config(new() { ["Tongxin:MasterKeyFile"] = file }), Env("Development"), data,
            notice);
        notice.ToString().ShouldContain(file);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).ShouldBe(FileModes.File);
        var wrapped = made.Wrap([1, 2, 3], "x");
        var again = MasterKey.Resolve(Config(new() { ["Tongxin:MasterKeyFile"] = file }), Env("Production"), data,
            TextWriter.Null);
        again.Unwrap(wrapped, "x").ShouldBe(new byte[] { 1, 2, 3 });
        Should.Throw<InvalidOperationException>(() => MasterKey.Resolve(
            Config(new() { ["Tongxin:MasterKey"] = "too-short" }), Env("Production"), data, TextWriter.Null));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static IHostEnvironment Env(string name) => new HostingEnvironment { EnvironmentName = name };

    public void Dispose() => Directory.Delete(_dir, true);
}
