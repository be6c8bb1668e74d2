using System.Text;
using System.Xml;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Positions of nodes: a readable path such as <c>/doc[1]/ds:Signature[2]</c> for reports, and
/// child-index paths to find the same node again in a clone of the document.
/// </summary>
internal static class XmlNodePaths
{
    /// <summary>Describes a node as an XPath-like location, with 1-based positions among same-named siblings.</summary>
    public static string Describe(XmlNode node)
    {
        if (node is XmlDocument)
        {
            return "/";
        }

        var steps = new Stack<string>();
        for (var current = node; current is XmlElement element; current = current.ParentNode)
        {
            var position = 1;
            for (var sibling = element.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                if (sibling is XmlElement && sibling.Name == element.Name)
                {
                    position++;
                }
            }

            steps.Push($"{element.Name}[{position}]");
        }

        var path = new StringBuilder();
        foreach (var step in steps)
        {
            path.Append('/').Append(step);
        }

        return path.ToString();
    }

    public static int[] IndexPath(XmlNode node)
    {
        var indexes = new List<int>();
        for (var current = node; current is not XmlDocument && current?.ParentNode is not null; current = current.ParentNode)
        {
            var index = 0;
            for (var sibling = current.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                index++;
            }

            indexes.Add(index);
        }

        indexes.Reverse();
        return indexes.ToArray();
    }

    public static XmlNode Resolve(XmlDocument document, int[] indexPath)
    {
        XmlNode current = document;
        foreach (var index in indexPath)
        {
            current = current.ChildNodes[index] ?? throw new InvalidOperationException("The node path does not exist in the document copy.");
        }

        return current;
    }

    public static bool IsSelfOrDescendantOf(XmlNode node, XmlNode ancestor)
    {
        for (XmlNode? current = node; current is not null; current = current.ParentNode)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAttached(XmlNode node) => node is XmlDocument || IsSelfOrDescendantOf(node, node.OwnerDocument!);
}
