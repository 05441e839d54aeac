using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Tongxin.Data.Protection;

namespace Tongxin.Web.Infrastructure;

/// <summary>The cookie and antiforgery key ring, encrypted at rest with the master key's wrapper (SEC-23).</summary>
public sealed class WrappedXmlEncryptor(IKeyWrapper wrapper) : IXmlEncryptor
{
    internal const string Purpose = "dataprotection";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement("wrappedKey", new XAttribute("provider", wrapper.Name),
            new XComment(" wrapped with the Tongxin master key "),
            new XElement("value", Convert.ToBase64String(wrapper.Wrap(plain, Purpose))));
        return new EncryptedXmlInfo(element, typeof(WrappedXmlDecryptor));
    }
}

/// <summary>Created by Data Protection from the type name in the key file; takes the wrapper from the services.
/// </summary>
public sealed class WrappedXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var wrapper = services.GetRequiredService<IKeyWrapper>();
        var wrapped = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        return XElement.Parse(Encoding.UTF8.GetString(wrapper.Unwrap(wrapped, WrappedXmlEncryptor.Purpose)));
    }
}
