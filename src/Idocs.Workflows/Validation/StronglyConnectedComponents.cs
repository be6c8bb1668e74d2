namespace Idocs.Workflows.Validation;

/// <summary>Tarjan's algorithm, iterative so that a large hostile definition cannot overflow the stack.</summary>
internal sealed class StronglyConnectedComponents(Dictionary<string, List<string>> successors)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lowLink = new(StringComparer.Ordinal);
    private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
    private readonly Stack<string> _stack = new();
    private readonly List<List<string>> _components = [];
    private int _counter;

    public List<List<string>> Find()
    {
        foreach (var node in successors.Keys.Where(node => !_index.ContainsKey(node)))
        {
            Visit(node);
        }

        return _components;
    }

    private void Visit(string root)
    {
        var work = new Stack<(string Node, int NextSuccessor)>();
        Open(root);
        work.Push((root, 0));
        while (work.Count > 0)
        {
            var (node, next) = work.Pop();
            var targets = successors[node];
            if (next < targets.Count)
            {
                work.Push((node, next + 1));
                var target = targets[next];
                if (!_index.TryGetValue(target, out var targetIndex))
                {
                    Open(target);
                    work.Push((target, 0));
                }
                else if (_onStack.Contains(target))
                {
                    _lowLink[node] = Math.Min(_lowLink[node], targetIndex);
                }

                continue;
            }

            if (_lowLink[node] == _index[node])
            {
                CloseComponent(node);
            }

            if (work.Count > 0)
            {
                var parent = work.Peek().Node;
                _lowLink[parent] = Math.Min(_lowLink[parent], _lowLink[node]);
            }
        }
    }

    private void Open(string node)
    {
        _index[node] = _counter;
        _lowLink[node] = _counter;
        _counter++;
        _stack.Push(node);
        _onStack.Add(node);
    }

    private void CloseComponent(string node)
    {
        var component = new List<string>();
        string member;
        do
        {
            member = _stack.Pop();
            _onStack.Remove(member);
            component.Add(member);
        }
        while (member != node);

        _components.Add(component);
    }
}
