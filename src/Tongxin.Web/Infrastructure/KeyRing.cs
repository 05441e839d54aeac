using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Tongxin.Data.Audit;
using Tongxin.Data.Protection;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// SEC-23, SEC-28: the data folder owner-only, the master key's wrapper, the wrapped data keys and the encrypted
/// cookie key ring. Key files from before wrapping are rewritten wrapped on first start.
/// </summary>
public static class KeyRing
{
    public static void AddKeyRing(this WebApplicationBuilder builder, TongxinOptions tx)
    {
        FileModes.Secure(tx.FullDataPath);
        var wrapper = MasterKey.Resolve(builder.Configuration, builder.Environment, tx.FullDataPath, Console.Out);
        var s = builder.Services;
        s.AddSingleton(wrapper);
        s.AddSingleton(AuditSigner.LoadOrCreate(tx.KeysPath, wrapper));
        s.AddSingleton(FieldProtector.LoadOrCreate(tx.KeysPath, wrapper));
        var ring = Path.Combine(tx.KeysPath, "dataprotection");
        var encryptor = new WrappedXmlEncryptor(wrapper);
        EncryptPlainKeys(ring, encryptor);
        s.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(ring)).SetApplicationName("Tongxin");
        s.Configure<KeyManagementOptions>(o => o.XmlEncryptor = encryptor);
    }

    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    /// <summary>Does to a key written before the encryptor what Data Protection does to a new one: each element
    /// marked requiresEncryption becomes an encryptedSecret naming its decryptor.</summary>
    internal static void EncryptPlainKeys(string ring, IXmlEncryptor encryptor)
    {
        if (!Directory.Exists(ring)) return;
        foreach (var file in Directory.GetFiles(ring, "*.xml"))
        {
            var doc = XDocument.Load(file);
            var plain = doc.Descendants().Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true)
                .ToList();
            if (plain.Count == 0) continue;
            foreach (var e in plain)
            {
                var info = encryptor.Encrypt(new XElement(e));
                e.ReplaceWith(new XElement(DataProtection + "encryptedSecret",
                    new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!), info.EncryptedElement));
            }
            var temp = file + ".tmp";
            doc.Save(temp);
            File.Move(temp, file, true);
        }
    }
}
